/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Input</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * External stimulation of a population, evaluated at every time step t = n*dt. Inputs on the same neuron add up.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.Input#getTarget <em>Target</em>}</li>
 *   <li>{@link org.spikestudio.model.Input#getNeurons <em>Neurons</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getInput()
 * @model abstract="true"
 * @generated
 */
public interface Input extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stimulated population.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Population)
	 * @see org.spikestudio.model.SpikestudioPackage#getInput_Target()
	 * @model required="true"
	 * @generated
	 */
	Population getTarget();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Input#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Population value);

	/**
	 * Returns the value of the '<em><b>Neurons</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Indices of the stimulated neurons; all neurons when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Neurons</em>' attribute list.
	 * @see org.spikestudio.model.SpikestudioPackage#getInput_Neurons()
	 * @model annotation="http://spikestudio.org/unit unit='1'"
	 * @generated
	 */
	EList<Integer> getNeurons();

} // Input
