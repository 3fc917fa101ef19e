/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Noise Input</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A random current drawn independently per neuron and per time step from the distribution (uniform or normal, nA).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.NoiseInput#getDistribution <em>Distribution</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getNoiseInput()
 * @model
 * @generated
 */
public interface NoiseInput extends Input {
	/**
	 * Returns the value of the '<em><b>Distribution</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Distribution of the current (nA) drawn per neuron per step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Distribution</em>' containment reference.
	 * @see #setDistribution(Distribution)
	 * @see org.spikestudio.model.SpikestudioPackage#getNoiseInput_Distribution()
	 * @model containment="true" required="true"
	 *        annotation="http://spikestudio.org/unit unit='nA'"
	 * @generated
	 */
	Distribution getDistribution();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.NoiseInput#getDistribution <em>Distribution</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Distribution</em>' containment reference.
	 * @see #getDistribution()
	 * @generated
	 */
	void setDistribution(Distribution value);

} // NoiseInput
