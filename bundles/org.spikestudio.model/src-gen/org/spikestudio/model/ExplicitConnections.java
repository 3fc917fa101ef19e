/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Explicit Connections</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An explicit list of (pre, post) index pairs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.ExplicitConnections#getConnections <em>Connections</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getExplicitConnections()
 * @model
 * @generated
 */
public interface ExplicitConnections extends Connectivity {
	/**
	 * Returns the value of the '<em><b>Connections</b></em>' containment reference list.
	 * The list contents are of type {@link org.spikestudio.model.Connection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The connected pairs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connections</em>' containment reference list.
	 * @see org.spikestudio.model.SpikestudioPackage#getExplicitConnections_Connections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Connection> getConnections();

} // ExplicitConnections
