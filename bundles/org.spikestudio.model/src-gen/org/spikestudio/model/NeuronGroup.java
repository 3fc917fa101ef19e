/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Neuron Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a projection connects: a population, or an assembly of populations seen as one index space.
 * <!-- end-model-doc -->
 *
 *
 * @see org.spikestudio.model.SpikestudioPackage#getNeuronGroup()
 * @model abstract="true"
 * @generated
 */
public interface NeuronGroup extends NamedElement {
} // NeuronGroup
