/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>All To All</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Every source neuron to every target neuron (except itself when autapses are not allowed).
 * <!-- end-model-doc -->
 *
 *
 * @see org.spikestudio.model.SpikestudioPackage#getAllToAll()
 * @model
 * @generated
 */
public interface AllToAll extends Connectivity {
} // AllToAll
