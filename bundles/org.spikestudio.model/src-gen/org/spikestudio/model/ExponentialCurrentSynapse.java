/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exponential Current Synapse</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Current synapse: the target's synaptic current jumps by the weight (nA) and decays with tau. With R = 1 MOhm a weight of w nA is a drive of w mV, as in Brian2's CUBA example.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.ExponentialCurrentSynapse#getTimeConstant <em>Time Constant</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getExponentialCurrentSynapse()
 * @model annotation="http://spikestudio.org/unit weightUnit='nA'"
 * @generated
 */
public interface ExponentialCurrentSynapse extends Synapse {
	/**
	 * Returns the value of the '<em><b>Time Constant</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decay time constant tau_syn (ms), > 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Constant</em>' attribute.
	 * @see #setTimeConstant(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getExponentialCurrentSynapse_TimeConstant()
	 * @model default="5.0"
	 *        annotation="http://spikestudio.org/unit unit='ms'"
	 * @generated
	 */
	double getTimeConstant();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.ExponentialCurrentSynapse#getTimeConstant <em>Time Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Constant</em>' attribute.
	 * @see #getTimeConstant()
	 * @generated
	 */
	void setTimeConstant(double value);

} // ExponentialCurrentSynapse
