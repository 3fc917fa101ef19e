/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.spikestudio.model.Assembly;
import org.spikestudio.model.Population;
import org.spikestudio.model.SpikestudioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assembly</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.impl.AssemblyImpl#getPopulations <em>Populations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssemblyImpl extends NeuronGroupImpl implements Assembly {
	/**
	 * The cached value of the '{@link #getPopulations() <em>Populations</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulations()
	 * @generated
	 * @ordered
	 */
	protected EList<Population> populations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssemblyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpikestudioPackage.Literals.ASSEMBLY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Population> getPopulations() {
		if (populations == null) {
			populations = new EObjectResolvingEList<Population>(Population.class, this, SpikestudioPackage.ASSEMBLY__POPULATIONS);
		}
		return populations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpikestudioPackage.ASSEMBLY__POPULATIONS:
				return getPopulations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SpikestudioPackage.ASSEMBLY__POPULATIONS:
				getPopulations().clear();
				getPopulations().addAll((Collection<? extends Population>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SpikestudioPackage.ASSEMBLY__POPULATIONS:
				getPopulations().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SpikestudioPackage.ASSEMBLY__POPULATIONS:
				return populations != null && !populations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //AssemblyImpl
