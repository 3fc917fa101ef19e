/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exponential Conductance Synapse</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Conductance synapse: the target's conductance g jumps by the weight (uS) and decays with tau; the current is g*(E_rev - u). The sign of the effect comes from the reversal potential, not from the source's type: choose E_rev above threshold for excitation (e.g. 0 mV) and near or below rest for inhibition (e.g. -80 mV).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.ExponentialConductanceSynapse#getTimeConstant <em>Time Constant</em>}</li>
 *   <li>{@link org.spikestudio.model.ExponentialConductanceSynapse#getReversalPotential <em>Reversal Potential</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getExponentialConductanceSynapse()
 * @model annotation="http://spikestudio.org/unit weightUnit='uS'"
 * @generated
 */
public interface ExponentialConductanceSynapse extends Synapse {
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
	 * @see org.spikestudio.model.SpikestudioPackage#getExponentialConductanceSynapse_TimeConstant()
	 * @model default="5.0"
	 *        annotation="http://spikestudio.org/unit unit='ms'"
	 * @generated
	 */
	double getTimeConstant();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.ExponentialConductanceSynapse#getTimeConstant <em>Time Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Constant</em>' attribute.
	 * @see #getTimeConstant()
	 * @generated
	 */
	void setTimeConstant(double value);

	/**
	 * Returns the value of the '<em><b>Reversal Potential</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reversal potential E_rev (mV).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reversal Potential</em>' attribute.
	 * @see #setReversalPotential(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getExponentialConductanceSynapse_ReversalPotential()
	 * @model default="0.0"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getReversalPotential();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.ExponentialConductanceSynapse#getReversalPotential <em>Reversal Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reversal Potential</em>' attribute.
	 * @see #getReversalPotential()
	 * @generated
	 */
	void setReversalPotential(double value);

} // ExponentialConductanceSynapse
