/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Normal Distribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Gaussian with the given mean and standard deviation; for weights and delays, samples below 0 are clipped to 0.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.NormalDistribution#getMean <em>Mean</em>}</li>
 *   <li>{@link org.spikestudio.model.NormalDistribution#getStandardDeviation <em>Standard Deviation</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getNormalDistribution()
 * @model
 * @generated
 */
public interface NormalDistribution extends Distribution {
	/**
	 * Returns the value of the '<em><b>Mean</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean, in the unit of the owning property.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mean</em>' attribute.
	 * @see #setMean(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getNormalDistribution_Mean()
	 * @model default="0.0"
	 *        annotation="http://spikestudio.org/unit unit='inherit'"
	 * @generated
	 */
	double getMean();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.NormalDistribution#getMean <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean</em>' attribute.
	 * @see #getMean()
	 * @generated
	 */
	void setMean(double value);

	/**
	 * Returns the value of the '<em><b>Standard Deviation</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard deviation, >= 0, in the unit of the owning property.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standard Deviation</em>' attribute.
	 * @see #setStandardDeviation(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getNormalDistribution_StandardDeviation()
	 * @model default="1.0"
	 *        annotation="http://spikestudio.org/unit unit='inherit'"
	 * @generated
	 */
	double getStandardDeviation();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.NormalDistribution#getStandardDeviation <em>Standard Deviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standard Deviation</em>' attribute.
	 * @see #getStandardDeviation()
	 * @generated
	 */
	void setStandardDeviation(double value);

} // NormalDistribution
