/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.StateVariable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>State Recorder</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.impl.StateRecorderImpl#getVariable <em>Variable</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.StateRecorderImpl#getNeurons <em>Neurons</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.StateRecorderImpl#getSamplingInterval <em>Sampling Interval</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StateRecorderImpl extends RecorderImpl implements StateRecorder {
	/**
	 * The default value of the '{@link #getVariable() <em>Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariable()
	 * @generated
	 * @ordered
	 */
	protected static final StateVariable VARIABLE_EDEFAULT = StateVariable.MEMBRANE_POTENTIAL;

	/**
	 * The cached value of the '{@link #getVariable() <em>Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariable()
	 * @generated
	 * @ordered
	 */
	protected StateVariable variable = VARIABLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNeurons() <em>Neurons</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeurons()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> neurons;

	/**
	 * The default value of the '{@link #getSamplingInterval() <em>Sampling Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamplingInterval()
	 * @generated
	 * @ordered
	 */
	protected static final double SAMPLING_INTERVAL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSamplingInterval() <em>Sampling Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamplingInterval()
	 * @generated
	 * @ordered
	 */
	protected double samplingInterval = SAMPLING_INTERVAL_EDEFAULT;

	/**
	 * This is true if the Sampling Interval attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean samplingIntervalESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StateRecorderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpikestudioPackage.Literals.STATE_RECORDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StateVariable getVariable() {
		return variable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariable(StateVariable newVariable) {
		StateVariable oldVariable = variable;
		variable = newVariable == null ? VARIABLE_EDEFAULT : newVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.STATE_RECORDER__VARIABLE, oldVariable, variable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getNeurons() {
		if (neurons == null) {
			neurons = new EDataTypeUniqueEList<Integer>(Integer.class, this, SpikestudioPackage.STATE_RECORDER__NEURONS);
		}
		return neurons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSamplingInterval() {
		return samplingInterval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSamplingInterval(double newSamplingInterval) {
		double oldSamplingInterval = samplingInterval;
		samplingInterval = newSamplingInterval;
		boolean oldSamplingIntervalESet = samplingIntervalESet;
		samplingIntervalESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.STATE_RECORDER__SAMPLING_INTERVAL, oldSamplingInterval, samplingInterval, !oldSamplingIntervalESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSamplingInterval() {
		double oldSamplingInterval = samplingInterval;
		boolean oldSamplingIntervalESet = samplingIntervalESet;
		samplingInterval = SAMPLING_INTERVAL_EDEFAULT;
		samplingIntervalESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SpikestudioPackage.STATE_RECORDER__SAMPLING_INTERVAL, oldSamplingInterval, SAMPLING_INTERVAL_EDEFAULT, oldSamplingIntervalESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSamplingInterval() {
		return samplingIntervalESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpikestudioPackage.STATE_RECORDER__VARIABLE:
				return getVariable();
			case SpikestudioPackage.STATE_RECORDER__NEURONS:
				return getNeurons();
			case SpikestudioPackage.STATE_RECORDER__SAMPLING_INTERVAL:
				return getSamplingInterval();
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
			case SpikestudioPackage.STATE_RECORDER__VARIABLE:
				setVariable((StateVariable)newValue);
				return;
			case SpikestudioPackage.STATE_RECORDER__NEURONS:
				getNeurons().clear();
				getNeurons().addAll((Collection<? extends Integer>)newValue);
				return;
			case SpikestudioPackage.STATE_RECORDER__SAMPLING_INTERVAL:
				setSamplingInterval((Double)newValue);
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
			case SpikestudioPackage.STATE_RECORDER__VARIABLE:
				setVariable(VARIABLE_EDEFAULT);
				return;
			case SpikestudioPackage.STATE_RECORDER__NEURONS:
				getNeurons().clear();
				return;
			case SpikestudioPackage.STATE_RECORDER__SAMPLING_INTERVAL:
				unsetSamplingInterval();
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
			case SpikestudioPackage.STATE_RECORDER__VARIABLE:
				return variable != VARIABLE_EDEFAULT;
			case SpikestudioPackage.STATE_RECORDER__NEURONS:
				return neurons != null && !neurons.isEmpty();
			case SpikestudioPackage.STATE_RECORDER__SAMPLING_INTERVAL:
				return isSetSamplingInterval();
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
		result.append(" (variable: ");
		result.append(variable);
		result.append(", neurons: ");
		result.append(neurons);
		result.append(", samplingInterval: ");
		if (samplingIntervalESet) result.append(samplingInterval); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //StateRecorderImpl
