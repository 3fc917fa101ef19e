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
 * Instantaneous jump of the target's potential by the weight (mV), as in the seed assignment; applied also during the refractory period, as in Brian2.
 * <!-- end-model-doc -->
 *
 *
 * @see org.spikestudio.model.SpikestudioPackage#getDeltaSynapse()
 * @model
 * @generated
 */
public interface DeltaSynapse extends Synapse {
} // DeltaSynapse
