/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fixed Probability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Each (pre, post) pair is connected independently with probability p (Brian2's p=..., PyNN's FixedProbabilityConnector).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.FixedProbability#getProbability <em>Probability</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getFixedProbability()
 * @model
 * @generated
 */
public interface FixedProbability extends Connectivity {
	/**
	 * Returns the value of the '<em><b>Probability</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connection probability p (dimensionless), in [0, 1].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probability</em>' attribute.
	 * @see #setProbability(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getFixedProbability_Probability()
	 * @model default="0.1"
	 *        annotation="http://spikestudio.org/unit unit='1'"
	 * @generated
	 */
	double getProbability();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.FixedProbability#getProbability <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probability</em>' attribute.
	 * @see #getProbability()
	 * @generated
	 */
	void setProbability(double value);

} // FixedProbability
