/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expression Input</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A current given as an expression of the time t (ms) and the neuron index i, e.g. 4*(sin(t/5)+0.3). Functions: sin cos tan exp log sqrt abs floor ceil min max pow; constants pi and e; ^ for powers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.ExpressionInput#getExpression <em>Expression</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getExpressionInput()
 * @model
 * @generated
 */
public interface ExpressionInput extends Input {
	/**
	 * Returns the value of the '<em><b>Expression</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current (nA) as an expression of t (ms) and i (neuron index).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expression</em>' attribute.
	 * @see #setExpression(String)
	 * @see org.spikestudio.model.SpikestudioPackage#getExpressionInput_Expression()
	 * @model default="0"
	 *        annotation="http://spikestudio.org/unit unit='nA'"
	 * @generated
	 */
	String getExpression();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.ExpressionInput#getExpression <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expression</em>' attribute.
	 * @see #getExpression()
	 * @generated
	 */
	void setExpression(String value);

} // ExpressionInput
