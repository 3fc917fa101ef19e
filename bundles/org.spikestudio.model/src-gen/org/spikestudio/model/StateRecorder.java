/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>State Recorder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Samples a state variable of chosen neurons.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.StateRecorder#getVariable <em>Variable</em>}</li>
 *   <li>{@link org.spikestudio.model.StateRecorder#getNeurons <em>Neurons</em>}</li>
 *   <li>{@link org.spikestudio.model.StateRecorder#getSamplingInterval <em>Sampling Interval</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getStateRecorder()
 * @model
 * @generated
 */
public interface StateRecorder extends Recorder {
	/**
	 * Returns the value of the '<em><b>Variable</b></em>' attribute.
	 * The default value is <code>"v"</code>.
	 * The literals are from the enumeration {@link org.spikestudio.model.StateVariable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recorded variable: v (mV), inputCurrent (nA) or synapticCurrent (nA).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variable</em>' attribute.
	 * @see org.spikestudio.model.StateVariable
	 * @see #setVariable(StateVariable)
	 * @see org.spikestudio.model.SpikestudioPackage#getStateRecorder_Variable()
	 * @model default="v"
	 * @generated
	 */
	StateVariable getVariable();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.StateRecorder#getVariable <em>Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variable</em>' attribute.
	 * @see org.spikestudio.model.StateVariable
	 * @see #getVariable()
	 * @generated
	 */
	void setVariable(StateVariable value);

	/**
	 * Returns the value of the '<em><b>Neurons</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Indices of the recorded neurons; all neurons when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Neurons</em>' attribute list.
	 * @see org.spikestudio.model.SpikestudioPackage#getStateRecorder_Neurons()
	 * @model annotation="http://spikestudio.org/unit unit='1'"
	 * @generated
	 */
	EList<Integer> getNeurons();

	/**
	 * Returns the value of the '<em><b>Sampling Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sampling interval (ms), a whole multiple of dt; every step when not set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sampling Interval</em>' attribute.
	 * @see #isSetSamplingInterval()
	 * @see #unsetSamplingInterval()
	 * @see #setSamplingInterval(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getStateRecorder_SamplingInterval()
	 * @model unsettable="true"
	 *        annotation="http://spikestudio.org/unit unit='ms'"
	 * @generated
	 */
	double getSamplingInterval();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.StateRecorder#getSamplingInterval <em>Sampling Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sampling Interval</em>' attribute.
	 * @see #isSetSamplingInterval()
	 * @see #unsetSamplingInterval()
	 * @see #getSamplingInterval()
	 * @generated
	 */
	void setSamplingInterval(double value);

	/**
	 * Unsets the value of the '{@link org.spikestudio.model.StateRecorder#getSamplingInterval <em>Sampling Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSamplingInterval()
	 * @see #getSamplingInterval()
	 * @see #setSamplingInterval(double)
	 * @generated
	 */
	void unsetSamplingInterval();

	/**
	 * Returns whether the value of the '{@link org.spikestudio.model.StateRecorder#getSamplingInterval <em>Sampling Interval</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Sampling Interval</em>' attribute is set.
	 * @see #unsetSamplingInterval()
	 * @see #getSamplingInterval()
	 * @see #setSamplingInterval(double)
	 * @generated
	 */
	boolean isSetSamplingInterval();

} // StateRecorder
