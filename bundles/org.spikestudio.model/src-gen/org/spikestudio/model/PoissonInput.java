/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Poisson Input</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Independent Poisson spike sources: every target neuron receives spikes of 'sources' sources firing at 'rate'; each spike is a jump of the potential by the weight (mV).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.PoissonInput#getRate <em>Rate</em>}</li>
 *   <li>{@link org.spikestudio.model.PoissonInput#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.spikestudio.model.PoissonInput#getSources <em>Sources</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getPoissonInput()
 * @model
 * @generated
 */
public interface PoissonInput extends Input {
	/**
	 * Returns the value of the '<em><b>Rate</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rate of each source (Hz), >= 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rate</em>' attribute.
	 * @see #setRate(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getPoissonInput_Rate()
	 * @model default="10.0"
	 *        annotation="http://spikestudio.org/unit unit='Hz'"
	 * @generated
	 */
	double getRate();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.PoissonInput#getRate <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate</em>' attribute.
	 * @see #getRate()
	 * @generated
	 */
	void setRate(double value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Jump of the potential per spike (mV); negative for inhibitory input.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getPoissonInput_Weight()
	 * @model default="0.1"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.PoissonInput#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of independent sources per target neuron, >= 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sources</em>' attribute.
	 * @see #setSources(int)
	 * @see org.spikestudio.model.SpikestudioPackage#getPoissonInput_Sources()
	 * @model default="1"
	 *        annotation="http://spikestudio.org/unit unit='1'"
	 * @generated
	 */
	int getSources();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.PoissonInput#getSources <em>Sources</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sources</em>' attribute.
	 * @see #getSources()
	 * @generated
	 */
	void setSources(int value);

} // PoissonInput
