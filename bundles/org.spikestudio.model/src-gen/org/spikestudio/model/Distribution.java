/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Distribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A value or a random distribution, drawn from the network's seed. Used for weights and delays (where samples below 0 are clipped to 0), initial potentials and noise.
 * <!-- end-model-doc -->
 *
 *
 * @see org.spikestudio.model.SpikestudioPackage#getDistribution()
 * @model abstract="true"
 * @generated
 */
public interface Distribution extends EObject {
} // Distribution
