/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.spikestudio.model.NeuronGroup;
import org.spikestudio.model.SpikestudioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Neuron Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class NeuronGroupImpl extends NamedElementImpl implements NeuronGroup {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NeuronGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpikestudioPackage.Literals.NEURON_GROUP;
	}

} //NeuronGroupImpl
