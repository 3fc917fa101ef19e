/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spike Source Array</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Spikes at given times delivered to every target neuron as jumps of the potential by the weight (mV).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.SpikeSourceArray#getTimes <em>Times</em>}</li>
 *   <li>{@link org.spikestudio.model.SpikeSourceArray#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getSpikeSourceArray()
 * @model
 * @generated
 */
public interface SpikeSourceArray extends Input {
	/**
	 * Returns the value of the '<em><b>Times</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spike times (ms), >= 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Times</em>' attribute list.
	 * @see org.spikestudio.model.SpikestudioPackage#getSpikeSourceArray_Times()
	 * @model annotation="http://spikestudio.org/unit unit='ms'"
	 * @generated
	 */
	EList<Double> getTimes();

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Jump of the potential per spike (mV); negative for inhibitory input.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getSpikeSourceArray_Weight()
	 * @model default="1.0"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.SpikeSourceArray#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

} // SpikeSourceArray
