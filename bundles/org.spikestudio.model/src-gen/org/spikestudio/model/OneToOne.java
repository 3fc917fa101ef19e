/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>One To One</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Source neuron i to target neuron i; both populations must have the same size.
 * <!-- end-model-doc -->
 *
 *
 * @see org.spikestudio.model.SpikestudioPackage#getOneToOne()
 * @model
 * @generated
 */
public interface OneToOne extends Connectivity {
} // OneToOne
