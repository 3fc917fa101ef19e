/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.spikestudio.model.NeuronModel;
import org.spikestudio.model.SpikestudioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Neuron Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class NeuronModelImpl extends NamedElementImpl implements NeuronModel {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NeuronModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpikestudioPackage.Literals.NEURON_MODEL;
	}

} //NeuronModelImpl
