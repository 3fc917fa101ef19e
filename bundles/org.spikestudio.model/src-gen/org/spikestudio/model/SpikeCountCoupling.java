/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spike Count Coupling</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The seed assignment's population coupling: the spikes of the source population are counted; at the end of the step in which the count reaches the threshold, every neuron of the target population receives a jump of the effect (mV, sign by the source type: excitatory raises, inhibitory lowers), and the count restarts at 0 (spikes beyond the threshold in that step are not carried over). The jump is visible from the next step on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.SpikeCountCoupling#getSource <em>Source</em>}</li>
 *   <li>{@link org.spikestudio.model.SpikeCountCoupling#getTarget <em>Target</em>}</li>
 *   <li>{@link org.spikestudio.model.SpikeCountCoupling#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.spikestudio.model.SpikeCountCoupling#getEffect <em>Effect</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getSpikeCountCoupling()
 * @model
 * @generated
 */
public interface SpikeCountCoupling extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Population whose spikes are counted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Population)
	 * @see org.spikestudio.model.SpikestudioPackage#getSpikeCountCoupling_Source()
	 * @model required="true"
	 * @generated
	 */
	Population getSource();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.SpikeCountCoupling#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Population value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Population that receives the jump.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Population)
	 * @see org.spikestudio.model.SpikestudioPackage#getSpikeCountCoupling_Target()
	 * @model required="true"
	 * @generated
	 */
	Population getTarget();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.SpikeCountCoupling#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Population value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * The default value is <code>"20"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of source spikes that triggers a jump, >= 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(int)
	 * @see org.spikestudio.model.SpikestudioPackage#getSpikeCountCoupling_Threshold()
	 * @model default="20"
	 *        annotation="http://spikestudio.org/unit unit='1'"
	 * @generated
	 */
	int getThreshold();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.SpikeCountCoupling#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(int value);

	/**
	 * Returns the value of the '<em><b>Effect</b></em>' attribute.
	 * The default value is <code>"2.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size of the jump (mV), a magnitude; the sign follows the source population's type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effect</em>' attribute.
	 * @see #setEffect(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getSpikeCountCoupling_Effect()
	 * @model default="2.0"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getEffect();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.SpikeCountCoupling#getEffect <em>Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effect</em>' attribute.
	 * @see #getEffect()
	 * @generated
	 */
	void setEffect(double value);

} // SpikeCountCoupling
