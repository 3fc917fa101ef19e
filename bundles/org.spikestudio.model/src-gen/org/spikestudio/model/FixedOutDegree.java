/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fixed Out Degree</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Each source neuron connects to exactly k target neurons chosen at random (distinct unless multapses are allowed). The seed assignment's 'connection probability p' is this rule with k = ceil(N_target * p).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.FixedOutDegree#getDegree <em>Degree</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getFixedOutDegree()
 * @model
 * @generated
 */
public interface FixedOutDegree extends Connectivity {
	/**
	 * Returns the value of the '<em><b>Degree</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Out-degree k per source neuron, >= 0; <= target size unless multapses are allowed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Degree</em>' attribute.
	 * @see #setDegree(int)
	 * @see org.spikestudio.model.SpikestudioPackage#getFixedOutDegree_Degree()
	 * @model default="1"
	 *        annotation="http://spikestudio.org/unit unit='1'"
	 * @generated
	 */
	int getDegree();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.FixedOutDegree#getDegree <em>Degree</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Degree</em>' attribute.
	 * @see #getDegree()
	 * @generated
	 */
	void setDegree(int value);

} // FixedOutDegree
