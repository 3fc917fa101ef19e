/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Connectivity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The rule that decides which (pre, post) pairs of a projection are connected. Random rules draw from the network's seed.
 * <!-- end-model-doc -->
 *
 *
 * @see org.spikestudio.model.SpikestudioPackage#getConnectivity()
 * @model abstract="true"
 * @generated
 */
public interface Connectivity extends EObject {
} // Connectivity
