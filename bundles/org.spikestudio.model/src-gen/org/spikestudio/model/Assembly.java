/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assembly</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Several populations seen as one group of neurons (PyNN's Assembly, Brian2's subgroups of one NeuronGroup): neuron indices run through the populations in the order listed, so a projection onto an assembly draws its targets among all their neurons. A projection from an assembly needs populations of one type (Dale's principle).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.Assembly#getPopulations <em>Populations</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getAssembly()
 * @model
 * @generated
 */
public interface Assembly extends NeuronGroup {
	/**
	 * Returns the value of the '<em><b>Populations</b></em>' reference list.
	 * The list contents are of type {@link org.spikestudio.model.Population}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The populations, in index order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Populations</em>' reference list.
	 * @see org.spikestudio.model.SpikestudioPackage#getAssembly_Populations()
	 * @model
	 * @generated
	 */
	EList<Population> getPopulations();

} // Assembly
