/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Synapse</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a spike acts on its target. Weights are magnitudes. For delta and current synapses the sign follows the source population's type; a conductance is always >= 0 and its effect has the sign of E_rev - u.
 * <!-- end-model-doc -->
 *
 *
 * @see org.spikestudio.model.SpikestudioPackage#getSynapse()
 * @model abstract="true"
 * @generated
 */
public interface Synapse extends EObject {
} // Synapse
