/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Constant Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Always the same value.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.ConstantValue#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getConstantValue()
 * @model
 * @generated
 */
public interface ConstantValue extends Distribution {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value, in the unit of the owning property.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getConstantValue_Value()
	 * @model default="0.0"
	 *        annotation="http://spikestudio.org/unit unit='inherit'"
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.ConstantValue#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

} // ConstantValue
