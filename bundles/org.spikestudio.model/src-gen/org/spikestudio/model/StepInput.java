/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step Input</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A current pulse: amplitude for start <= t < stop, 0 otherwise.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.StepInput#getStart <em>Start</em>}</li>
 *   <li>{@link org.spikestudio.model.StepInput#getStop <em>Stop</em>}</li>
 *   <li>{@link org.spikestudio.model.StepInput#getAmplitude <em>Amplitude</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getStepInput()
 * @model
 * @generated
 */
public interface StepInput extends Input {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Onset (ms).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getStepInput_Start()
	 * @model default="0.0"
	 *        annotation="http://spikestudio.org/unit unit='ms'"
	 * @generated
	 */
	double getStart();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.StepInput#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(double value);

	/**
	 * Returns the value of the '<em><b>Stop</b></em>' attribute.
	 * The default value is <code>"100.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offset (ms), > start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stop</em>' attribute.
	 * @see #setStop(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getStepInput_Stop()
	 * @model default="100.0"
	 *        annotation="http://spikestudio.org/unit unit='ms'"
	 * @generated
	 */
	double getStop();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.StepInput#getStop <em>Stop</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop</em>' attribute.
	 * @see #getStop()
	 * @generated
	 */
	void setStop(double value);

	/**
	 * Returns the value of the '<em><b>Amplitude</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current during the pulse (nA).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amplitude</em>' attribute.
	 * @see #setAmplitude(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getStepInput_Amplitude()
	 * @model default="1.0"
	 *        annotation="http://spikestudio.org/unit unit='nA'"
	 * @generated
	 */
	double getAmplitude();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.StepInput#getAmplitude <em>Amplitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amplitude</em>' attribute.
	 * @see #getAmplitude()
	 * @generated
	 */
	void setAmplitude(double value);

} // StepInput
