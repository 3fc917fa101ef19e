/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recorder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the simulation records from a population.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.Recorder#getPopulation <em>Population</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getRecorder()
 * @model abstract="true"
 * @generated
 */
public interface Recorder extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Population</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The recorded population.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Population</em>' reference.
	 * @see #setPopulation(Population)
	 * @see org.spikestudio.model.SpikestudioPackage#getRecorder_Population()
	 * @model required="true"
	 * @generated
	 */
	Population getPopulation();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Recorder#getPopulation <em>Population</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' reference.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(Population value);

} // Recorder
