/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sine Input</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * I(t) = offset + amplitude*sin(2*pi*t/period + phase), t and period in ms; with a frequency f in Hz, period = 1000/f ms. Give either the frequency or the period.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.SineInput#getAmplitude <em>Amplitude</em>}</li>
 *   <li>{@link org.spikestudio.model.SineInput#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.spikestudio.model.SineInput#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.spikestudio.model.SineInput#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.spikestudio.model.SineInput#getOffset <em>Offset</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getSineInput()
 * @model
 * @generated
 */
public interface SineInput extends Input {
	/**
	 * Returns the value of the '<em><b>Amplitude</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Amplitude (nA).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amplitude</em>' attribute.
	 * @see #setAmplitude(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getSineInput_Amplitude()
	 * @model default="1.0"
	 *        annotation="http://spikestudio.org/unit unit='nA'"
	 * @generated
	 */
	double getAmplitude();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.SineInput#getAmplitude <em>Amplitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amplitude</em>' attribute.
	 * @see #getAmplitude()
	 * @generated
	 */
	void setAmplitude(double value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Frequency (Hz), > 0; set this or the period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see #isSetFrequency()
	 * @see #unsetFrequency()
	 * @see #setFrequency(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getSineInput_Frequency()
	 * @model unsettable="true"
	 *        annotation="http://spikestudio.org/unit unit='Hz'"
	 * @generated
	 */
	double getFrequency();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.SineInput#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see #isSetFrequency()
	 * @see #unsetFrequency()
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(double value);

	/**
	 * Unsets the value of the '{@link org.spikestudio.model.SineInput#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFrequency()
	 * @see #getFrequency()
	 * @see #setFrequency(double)
	 * @generated
	 */
	void unsetFrequency();

	/**
	 * Returns whether the value of the '{@link org.spikestudio.model.SineInput#getFrequency <em>Frequency</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Frequency</em>' attribute is set.
	 * @see #unsetFrequency()
	 * @see #getFrequency()
	 * @see #setFrequency(double)
	 * @generated
	 */
	boolean isSetFrequency();

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Period (ms), > 0; set this or the frequency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #isSetPeriod()
	 * @see #unsetPeriod()
	 * @see #setPeriod(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getSineInput_Period()
	 * @model unsettable="true"
	 *        annotation="http://spikestudio.org/unit unit='ms'"
	 * @generated
	 */
	double getPeriod();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.SineInput#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #isSetPeriod()
	 * @see #unsetPeriod()
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(double value);

	/**
	 * Unsets the value of the '{@link org.spikestudio.model.SineInput#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPeriod()
	 * @see #getPeriod()
	 * @see #setPeriod(double)
	 * @generated
	 */
	void unsetPeriod();

	/**
	 * Returns whether the value of the '{@link org.spikestudio.model.SineInput#getPeriod <em>Period</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Period</em>' attribute is set.
	 * @see #unsetPeriod()
	 * @see #getPeriod()
	 * @see #setPeriod(double)
	 * @generated
	 */
	boolean isSetPeriod();

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Phase (rad).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see #setPhase(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getSineInput_Phase()
	 * @model default="0.0"
	 *        annotation="http://spikestudio.org/unit unit='rad'"
	 * @generated
	 */
	double getPhase();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.SineInput#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(double value);

	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Constant offset (nA).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getSineInput_Offset()
	 * @model default="0.0"
	 *        annotation="http://spikestudio.org/unit unit='nA'"
	 * @generated
	 */
	double getOffset();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.SineInput#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(double value);

} // SineInput
