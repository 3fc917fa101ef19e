/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Constant Input</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A constant current.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.ConstantInput#getAmplitude <em>Amplitude</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getConstantInput()
 * @model
 * @generated
 */
public interface ConstantInput extends Input {
	/**
	 * Returns the value of the '<em><b>Amplitude</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current I (nA).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amplitude</em>' attribute.
	 * @see #setAmplitude(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getConstantInput_Amplitude()
	 * @model default="0.0"
	 *        annotation="http://spikestudio.org/unit unit='nA'"
	 * @generated
	 */
	double getAmplitude();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.ConstantInput#getAmplitude <em>Amplitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amplitude</em>' attribute.
	 * @see #getAmplitude()
	 * @generated
	 */
	void setAmplitude(double value);

} // ConstantInput
