/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rate Recorder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Records the population rate (Hz): the spikes of a bin divided by the population size and by the bin width.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.RateRecorder#getBinWidth <em>Bin Width</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getRateRecorder()
 * @model
 * @generated
 */
public interface RateRecorder extends Recorder {
	/**
	 * Returns the value of the '<em><b>Bin Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bin width (ms), a whole multiple of dt; one time step when not set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bin Width</em>' attribute.
	 * @see #isSetBinWidth()
	 * @see #unsetBinWidth()
	 * @see #setBinWidth(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getRateRecorder_BinWidth()
	 * @model unsettable="true"
	 *        annotation="http://spikestudio.org/unit unit='ms'"
	 * @generated
	 */
	double getBinWidth();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.RateRecorder#getBinWidth <em>Bin Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bin Width</em>' attribute.
	 * @see #isSetBinWidth()
	 * @see #unsetBinWidth()
	 * @see #getBinWidth()
	 * @generated
	 */
	void setBinWidth(double value);

	/**
	 * Unsets the value of the '{@link org.spikestudio.model.RateRecorder#getBinWidth <em>Bin Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBinWidth()
	 * @see #getBinWidth()
	 * @see #setBinWidth(double)
	 * @generated
	 */
	void unsetBinWidth();

	/**
	 * Returns whether the value of the '{@link org.spikestudio.model.RateRecorder#getBinWidth <em>Bin Width</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Bin Width</em>' attribute is set.
	 * @see #unsetBinWidth()
	 * @see #getBinWidth()
	 * @see #setBinWidth(double)
	 * @generated
	 */
	boolean isSetBinWidth();

} // RateRecorder
