/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fixed In Degree</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Each target neuron receives exactly k source neurons chosen at random (distinct unless multapses are allowed).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.FixedInDegree#getDegree <em>Degree</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getFixedInDegree()
 * @model
 * @generated
 */
public interface FixedInDegree extends Connectivity {
	/**
	 * Returns the value of the '<em><b>Degree</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In-degree k per target neuron, >= 0; <= source size unless multapses are allowed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Degree</em>' attribute.
	 * @see #setDegree(int)
	 * @see org.spikestudio.model.SpikestudioPackage#getFixedInDegree_Degree()
	 * @model default="1"
	 *        annotation="http://spikestudio.org/unit unit='1'"
	 * @generated
	 */
	int getDegree();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.FixedInDegree#getDegree <em>Degree</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Degree</em>' attribute.
	 * @see #getDegree()
	 * @generated
	 */
	void setDegree(int value);

} // FixedInDegree
