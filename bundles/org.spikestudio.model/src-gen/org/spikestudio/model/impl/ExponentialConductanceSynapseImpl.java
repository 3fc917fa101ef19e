/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.spikestudio.model.ExponentialConductanceSynapse;
import org.spikestudio.model.SpikestudioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Exponential Conductance Synapse</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.impl.ExponentialConductanceSynapseImpl#getTimeConstant <em>Time Constant</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.ExponentialConductanceSynapseImpl#getReversalPotential <em>Reversal Potential</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExponentialConductanceSynapseImpl extends SynapseImpl implements ExponentialConductanceSynapse {
	/**
	 * The default value of the '{@link #getTimeConstant() <em>Time Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeConstant()
	 * @generated
	 * @ordered
	 */
	protected static final double TIME_CONSTANT_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getTimeConstant() <em>Time Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeConstant()
	 * @generated
	 * @ordered
	 */
	protected double timeConstant = TIME_CONSTANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReversalPotential() <em>Reversal Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReversalPotential()
	 * @generated
	 * @ordered
	 */
	protected static final double REVERSAL_POTENTIAL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getReversalPotential() <em>Reversal Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReversalPotential()
	 * @generated
	 * @ordered
	 */
	protected double reversalPotential = REVERSAL_POTENTIAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExponentialConductanceSynapseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpikestudioPackage.Literals.EXPONENTIAL_CONDUCTANCE_SYNAPSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTimeConstant() {
		return timeConstant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeConstant(double newTimeConstant) {
		double oldTimeConstant = timeConstant;
		timeConstant = newTimeConstant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.EXPONENTIAL_CONDUCTANCE_SYNAPSE__TIME_CONSTANT, oldTimeConstant, timeConstant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getReversalPotential() {
		return reversalPotential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReversalPotential(double newReversalPotential) {
		double oldReversalPotential = reversalPotential;
		reversalPotential = newReversalPotential;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.EXPONENTIAL_CONDUCTANCE_SYNAPSE__REVERSAL_POTENTIAL, oldReversalPotential, reversalPotential));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpikestudioPackage.EXPONENTIAL_CONDUCTANCE_SYNAPSE__TIME_CONSTANT:
				return getTimeConstant();
			case SpikestudioPackage.EXPONENTIAL_CONDUCTANCE_SYNAPSE__REVERSAL_POTENTIAL:
				return getReversalPotential();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SpikestudioPackage.EXPONENTIAL_CONDUCTANCE_SYNAPSE__TIME_CONSTANT:
				setTimeConstant((Double)newValue);
				return;
			case SpikestudioPackage.EXPONENTIAL_CONDUCTANCE_SYNAPSE__REVERSAL_POTENTIAL:
				setReversalPotential((Double)newValue);
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
			case SpikestudioPackage.EXPONENTIAL_CONDUCTANCE_SYNAPSE__TIME_CONSTANT:
				setTimeConstant(TIME_CONSTANT_EDEFAULT);
				return;
			case SpikestudioPackage.EXPONENTIAL_CONDUCTANCE_SYNAPSE__REVERSAL_POTENTIAL:
				setReversalPotential(REVERSAL_POTENTIAL_EDEFAULT);
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
			case SpikestudioPackage.EXPONENTIAL_CONDUCTANCE_SYNAPSE__TIME_CONSTANT:
				return timeConstant != TIME_CONSTANT_EDEFAULT;
			case SpikestudioPackage.EXPONENTIAL_CONDUCTANCE_SYNAPSE__REVERSAL_POTENTIAL:
				return reversalPotential != REVERSAL_POTENTIAL_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (timeConstant: ");
		result.append(timeConstant);
		result.append(", reversalPotential: ");
		result.append(reversalPotential);
		result.append(')');
		return result.toString();
	}

} //ExponentialConductanceSynapseImpl
