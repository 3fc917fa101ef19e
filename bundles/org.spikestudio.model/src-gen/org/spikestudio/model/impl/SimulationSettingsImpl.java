/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.spikestudio.model.IntegrationScheme;
import org.spikestudio.model.SimulationSettings;
import org.spikestudio.model.SpikestudioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Simulation Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.impl.SimulationSettingsImpl#getTimeStep <em>Time Step</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.SimulationSettingsImpl#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.SimulationSettingsImpl#getIntegration <em>Integration</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SimulationSettingsImpl extends MinimalEObjectImpl.Container implements SimulationSettings {
	/**
	 * The default value of the '{@link #getTimeStep() <em>Time Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeStep()
	 * @generated
	 * @ordered
	 */
	protected static final double TIME_STEP_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getTimeStep() <em>Time Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeStep()
	 * @generated
	 * @ordered
	 */
	protected double timeStep = TIME_STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected static final double DURATION_EDEFAULT = 100.0;

	/**
	 * The cached value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected double duration = DURATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntegration() <em>Integration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntegration()
	 * @generated
	 * @ordered
	 */
	protected static final IntegrationScheme INTEGRATION_EDEFAULT = IntegrationScheme.FORWARD_EULER;

	/**
	 * The cached value of the '{@link #getIntegration() <em>Integration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntegration()
	 * @generated
	 * @ordered
	 */
	protected IntegrationScheme integration = INTEGRATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SimulationSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpikestudioPackage.Literals.SIMULATION_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTimeStep() {
		return timeStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeStep(double newTimeStep) {
		double oldTimeStep = timeStep;
		timeStep = newTimeStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.SIMULATION_SETTINGS__TIME_STEP, oldTimeStep, timeStep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDuration() {
		return duration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDuration(double newDuration) {
		double oldDuration = duration;
		duration = newDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.SIMULATION_SETTINGS__DURATION, oldDuration, duration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegrationScheme getIntegration() {
		return integration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntegration(IntegrationScheme newIntegration) {
		IntegrationScheme oldIntegration = integration;
		integration = newIntegration == null ? INTEGRATION_EDEFAULT : newIntegration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.SIMULATION_SETTINGS__INTEGRATION, oldIntegration, integration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpikestudioPackage.SIMULATION_SETTINGS__TIME_STEP:
				return getTimeStep();
			case SpikestudioPackage.SIMULATION_SETTINGS__DURATION:
				return getDuration();
			case SpikestudioPackage.SIMULATION_SETTINGS__INTEGRATION:
				return getIntegration();
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
			case SpikestudioPackage.SIMULATION_SETTINGS__TIME_STEP:
				setTimeStep((Double)newValue);
				return;
			case SpikestudioPackage.SIMULATION_SETTINGS__DURATION:
				setDuration((Double)newValue);
				return;
			case SpikestudioPackage.SIMULATION_SETTINGS__INTEGRATION:
				setIntegration((IntegrationScheme)newValue);
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
			case SpikestudioPackage.SIMULATION_SETTINGS__TIME_STEP:
				setTimeStep(TIME_STEP_EDEFAULT);
				return;
			case SpikestudioPackage.SIMULATION_SETTINGS__DURATION:
				setDuration(DURATION_EDEFAULT);
				return;
			case SpikestudioPackage.SIMULATION_SETTINGS__INTEGRATION:
				setIntegration(INTEGRATION_EDEFAULT);
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
			case SpikestudioPackage.SIMULATION_SETTINGS__TIME_STEP:
				return timeStep != TIME_STEP_EDEFAULT;
			case SpikestudioPackage.SIMULATION_SETTINGS__DURATION:
				return duration != DURATION_EDEFAULT;
			case SpikestudioPackage.SIMULATION_SETTINGS__INTEGRATION:
				return integration != INTEGRATION_EDEFAULT;
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
		result.append(" (timeStep: ");
		result.append(timeStep);
		result.append(", duration: ");
		result.append(duration);
		result.append(", integration: ");
		result.append(integration);
		result.append(')');
		return result.toString();
	}

} //SimulationSettingsImpl
