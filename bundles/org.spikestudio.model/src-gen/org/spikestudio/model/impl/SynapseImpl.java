/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.Synapse;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Synapse</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class SynapseImpl extends MinimalEObjectImpl.Container implements Synapse {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SynapseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpikestudioPackage.Literals.SYNAPSE;
	}

} //SynapseImpl
