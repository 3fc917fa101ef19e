/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Delta Synapse</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Instantaneous jump of the target's potential by the weight (mV), as in the seed assignment. During the target's refractory period the jump is applied to the held potential unless the neuron model discards such jumps (discardJumpsWhenRefractory, Brian2's behaviour for a potential declared (unless refractory)).
 * <!-- end-model-doc -->
 *
 *
 * @see org.spikestudio.model.SpikestudioPackage#getDeltaSynapse()
 * @model annotation="http://spikestudio.org/unit weightUnit='mV'"
 * @generated
 */
public interface DeltaSynapse extends Synapse {
} // DeltaSynapse
