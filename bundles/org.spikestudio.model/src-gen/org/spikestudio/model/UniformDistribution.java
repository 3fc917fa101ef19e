/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Uniform Distribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Uniform on [low, high).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.UniformDistribution#getLow <em>Low</em>}</li>
 *   <li>{@link org.spikestudio.model.UniformDistribution#getHigh <em>High</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getUniformDistribution()
 * @model
 * @generated
 */
public interface UniformDistribution extends Distribution {
	/**
	 * Returns the value of the '<em><b>Low</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower bound (inclusive), in the unit of the owning property.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Low</em>' attribute.
	 * @see #setLow(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getUniformDistribution_Low()
	 * @model default="0.0"
	 *        annotation="http://spikestudio.org/unit unit='inherit'"
	 * @generated
	 */
	double getLow();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.UniformDistribution#getLow <em>Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low</em>' attribute.
	 * @see #getLow()
	 * @generated
	 */
	void setLow(double value);

	/**
	 * Returns the value of the '<em><b>High</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper bound (exclusive), > low, in the unit of the owning property.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>High</em>' attribute.
	 * @see #setHigh(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getUniformDistribution_High()
	 * @model default="1.0"
	 *        annotation="http://spikestudio.org/unit unit='inherit'"
	 * @generated
	 */
	double getHigh();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.UniformDistribution#getHigh <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High</em>' attribute.
	 * @see #getHigh()
	 * @generated
	 */
	void setHigh(double value);

} // UniformDistribution
