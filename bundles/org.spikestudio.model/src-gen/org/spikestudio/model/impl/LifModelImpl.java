/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.spikestudio.model.LifModel;
import org.spikestudio.model.SpikestudioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lif Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.impl.LifModelImpl#getResistance <em>Resistance</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.LifModelImpl#getCapacitance <em>Capacitance</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.LifModelImpl#getMembraneTimeConstant <em>Membrane Time Constant</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.LifModelImpl#getRestPotential <em>Rest Potential</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.LifModelImpl#getResetPotential <em>Reset Potential</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.LifModelImpl#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.LifModelImpl#getRefractoryPeriod <em>Refractory Period</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.LifModelImpl#isDiscardJumpsWhenRefractory <em>Discard Jumps When Refractory</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.LifModelImpl#getInitialPotential <em>Initial Potential</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.LifModelImpl#getLowerBound <em>Lower Bound</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LifModelImpl extends NeuronModelImpl implements LifModel {
	/**
	 * The default value of the '{@link #getResistance() <em>Resistance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResistance()
	 * @generated
	 * @ordered
	 */
	protected static final double RESISTANCE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getResistance() <em>Resistance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResistance()
	 * @generated
	 * @ordered
	 */
	protected double resistance = RESISTANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacitance() <em>Capacitance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacitance()
	 * @generated
	 * @ordered
	 */
	protected static final double CAPACITANCE_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getCapacitance() <em>Capacitance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacitance()
	 * @generated
	 * @ordered
	 */
	protected double capacitance = CAPACITANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMembraneTimeConstant() <em>Membrane Time Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembraneTimeConstant()
	 * @generated
	 * @ordered
	 */
	protected static final double MEMBRANE_TIME_CONSTANT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMembraneTimeConstant() <em>Membrane Time Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembraneTimeConstant()
	 * @generated
	 * @ordered
	 */
	protected double membraneTimeConstant = MEMBRANE_TIME_CONSTANT_EDEFAULT;

	/**
	 * This is true if the Membrane Time Constant attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean membraneTimeConstantESet;

	/**
	 * The default value of the '{@link #getRestPotential() <em>Rest Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestPotential()
	 * @generated
	 * @ordered
	 */
	protected static final double REST_POTENTIAL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRestPotential() <em>Rest Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestPotential()
	 * @generated
	 * @ordered
	 */
	protected double restPotential = REST_POTENTIAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getResetPotential() <em>Reset Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResetPotential()
	 * @generated
	 * @ordered
	 */
	protected static final double RESET_POTENTIAL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getResetPotential() <em>Reset Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResetPotential()
	 * @generated
	 * @ordered
	 */
	protected double resetPotential = RESET_POTENTIAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double THRESHOLD_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected double threshold = THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getRefractoryPeriod() <em>Refractory Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefractoryPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final double REFRACTORY_PERIOD_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRefractoryPeriod() <em>Refractory Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefractoryPeriod()
	 * @generated
	 * @ordered
	 */
	protected double refractoryPeriod = REFRACTORY_PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #isDiscardJumpsWhenRefractory() <em>Discard Jumps When Refractory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDiscardJumpsWhenRefractory()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DISCARD_JUMPS_WHEN_REFRACTORY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDiscardJumpsWhenRefractory() <em>Discard Jumps When Refractory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDiscardJumpsWhenRefractory()
	 * @generated
	 * @ordered
	 */
	protected boolean discardJumpsWhenRefractory = DISCARD_JUMPS_WHEN_REFRACTORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitialPotential() <em>Initial Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialPotential()
	 * @generated
	 * @ordered
	 */
	protected static final double INITIAL_POTENTIAL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInitialPotential() <em>Initial Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialPotential()
	 * @generated
	 * @ordered
	 */
	protected double initialPotential = INITIAL_POTENTIAL_EDEFAULT;

	/**
	 * This is true if the Initial Potential attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean initialPotentialESet;

	/**
	 * The default value of the '{@link #getLowerBound() <em>Lower Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowerBound()
	 * @generated
	 * @ordered
	 */
	protected static final double LOWER_BOUND_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLowerBound() <em>Lower Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowerBound()
	 * @generated
	 * @ordered
	 */
	protected double lowerBound = LOWER_BOUND_EDEFAULT;

	/**
	 * This is true if the Lower Bound attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean lowerBoundESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LifModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpikestudioPackage.Literals.LIF_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getResistance() {
		return resistance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResistance(double newResistance) {
		double oldResistance = resistance;
		resistance = newResistance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.LIF_MODEL__RESISTANCE, oldResistance, resistance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCapacitance() {
		return capacitance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacitance(double newCapacitance) {
		double oldCapacitance = capacitance;
		capacitance = newCapacitance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.LIF_MODEL__CAPACITANCE, oldCapacitance, capacitance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMembraneTimeConstant() {
		return membraneTimeConstant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMembraneTimeConstant(double newMembraneTimeConstant) {
		double oldMembraneTimeConstant = membraneTimeConstant;
		membraneTimeConstant = newMembraneTimeConstant;
		boolean oldMembraneTimeConstantESet = membraneTimeConstantESet;
		membraneTimeConstantESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.LIF_MODEL__MEMBRANE_TIME_CONSTANT, oldMembraneTimeConstant, membraneTimeConstant, !oldMembraneTimeConstantESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMembraneTimeConstant() {
		double oldMembraneTimeConstant = membraneTimeConstant;
		boolean oldMembraneTimeConstantESet = membraneTimeConstantESet;
		membraneTimeConstant = MEMBRANE_TIME_CONSTANT_EDEFAULT;
		membraneTimeConstantESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SpikestudioPackage.LIF_MODEL__MEMBRANE_TIME_CONSTANT, oldMembraneTimeConstant, MEMBRANE_TIME_CONSTANT_EDEFAULT, oldMembraneTimeConstantESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMembraneTimeConstant() {
		return membraneTimeConstantESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRestPotential() {
		return restPotential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestPotential(double newRestPotential) {
		double oldRestPotential = restPotential;
		restPotential = newRestPotential;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.LIF_MODEL__REST_POTENTIAL, oldRestPotential, restPotential));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getResetPotential() {
		return resetPotential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResetPotential(double newResetPotential) {
		double oldResetPotential = resetPotential;
		resetPotential = newResetPotential;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.LIF_MODEL__RESET_POTENTIAL, oldResetPotential, resetPotential));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getThreshold() {
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreshold(double newThreshold) {
		double oldThreshold = threshold;
		threshold = newThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.LIF_MODEL__THRESHOLD, oldThreshold, threshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRefractoryPeriod() {
		return refractoryPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRefractoryPeriod(double newRefractoryPeriod) {
		double oldRefractoryPeriod = refractoryPeriod;
		refractoryPeriod = newRefractoryPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.LIF_MODEL__REFRACTORY_PERIOD, oldRefractoryPeriod, refractoryPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDiscardJumpsWhenRefractory() {
		return discardJumpsWhenRefractory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscardJumpsWhenRefractory(boolean newDiscardJumpsWhenRefractory) {
		boolean oldDiscardJumpsWhenRefractory = discardJumpsWhenRefractory;
		discardJumpsWhenRefractory = newDiscardJumpsWhenRefractory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.LIF_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY, oldDiscardJumpsWhenRefractory, discardJumpsWhenRefractory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInitialPotential() {
		return initialPotential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialPotential(double newInitialPotential) {
		double oldInitialPotential = initialPotential;
		initialPotential = newInitialPotential;
		boolean oldInitialPotentialESet = initialPotentialESet;
		initialPotentialESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.LIF_MODEL__INITIAL_POTENTIAL, oldInitialPotential, initialPotential, !oldInitialPotentialESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetInitialPotential() {
		double oldInitialPotential = initialPotential;
		boolean oldInitialPotentialESet = initialPotentialESet;
		initialPotential = INITIAL_POTENTIAL_EDEFAULT;
		initialPotentialESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SpikestudioPackage.LIF_MODEL__INITIAL_POTENTIAL, oldInitialPotential, INITIAL_POTENTIAL_EDEFAULT, oldInitialPotentialESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetInitialPotential() {
		return initialPotentialESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLowerBound() {
		return lowerBound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLowerBound(double newLowerBound) {
		double oldLowerBound = lowerBound;
		lowerBound = newLowerBound;
		boolean oldLowerBoundESet = lowerBoundESet;
		lowerBoundESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.LIF_MODEL__LOWER_BOUND, oldLowerBound, lowerBound, !oldLowerBoundESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLowerBound() {
		double oldLowerBound = lowerBound;
		boolean oldLowerBoundESet = lowerBoundESet;
		lowerBound = LOWER_BOUND_EDEFAULT;
		lowerBoundESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SpikestudioPackage.LIF_MODEL__LOWER_BOUND, oldLowerBound, LOWER_BOUND_EDEFAULT, oldLowerBoundESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLowerBound() {
		return lowerBoundESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpikestudioPackage.LIF_MODEL__RESISTANCE:
				return getResistance();
			case SpikestudioPackage.LIF_MODEL__CAPACITANCE:
				return getCapacitance();
			case SpikestudioPackage.LIF_MODEL__MEMBRANE_TIME_CONSTANT:
				return getMembraneTimeConstant();
			case SpikestudioPackage.LIF_MODEL__REST_POTENTIAL:
				return getRestPotential();
			case SpikestudioPackage.LIF_MODEL__RESET_POTENTIAL:
				return getResetPotential();
			case SpikestudioPackage.LIF_MODEL__THRESHOLD:
				return getThreshold();
			case SpikestudioPackage.LIF_MODEL__REFRACTORY_PERIOD:
				return getRefractoryPeriod();
			case SpikestudioPackage.LIF_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY:
				return isDiscardJumpsWhenRefractory();
			case SpikestudioPackage.LIF_MODEL__INITIAL_POTENTIAL:
				return getInitialPotential();
			case SpikestudioPackage.LIF_MODEL__LOWER_BOUND:
				return getLowerBound();
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
			case SpikestudioPackage.LIF_MODEL__RESISTANCE:
				setResistance((Double)newValue);
				return;
			case SpikestudioPackage.LIF_MODEL__CAPACITANCE:
				setCapacitance((Double)newValue);
				return;
			case SpikestudioPackage.LIF_MODEL__MEMBRANE_TIME_CONSTANT:
				setMembraneTimeConstant((Double)newValue);
				return;
			case SpikestudioPackage.LIF_MODEL__REST_POTENTIAL:
				setRestPotential((Double)newValue);
				return;
			case SpikestudioPackage.LIF_MODEL__RESET_POTENTIAL:
				setResetPotential((Double)newValue);
				return;
			case SpikestudioPackage.LIF_MODEL__THRESHOLD:
				setThreshold((Double)newValue);
				return;
			case SpikestudioPackage.LIF_MODEL__REFRACTORY_PERIOD:
				setRefractoryPeriod((Double)newValue);
				return;
			case SpikestudioPackage.LIF_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY:
				setDiscardJumpsWhenRefractory((Boolean)newValue);
				return;
			case SpikestudioPackage.LIF_MODEL__INITIAL_POTENTIAL:
				setInitialPotential((Double)newValue);
				return;
			case SpikestudioPackage.LIF_MODEL__LOWER_BOUND:
				setLowerBound((Double)newValue);
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
			case SpikestudioPackage.LIF_MODEL__RESISTANCE:
				setResistance(RESISTANCE_EDEFAULT);
				return;
			case SpikestudioPackage.LIF_MODEL__CAPACITANCE:
				setCapacitance(CAPACITANCE_EDEFAULT);
				return;
			case SpikestudioPackage.LIF_MODEL__MEMBRANE_TIME_CONSTANT:
				unsetMembraneTimeConstant();
				return;
			case SpikestudioPackage.LIF_MODEL__REST_POTENTIAL:
				setRestPotential(REST_POTENTIAL_EDEFAULT);
				return;
			case SpikestudioPackage.LIF_MODEL__RESET_POTENTIAL:
				setResetPotential(RESET_POTENTIAL_EDEFAULT);
				return;
			case SpikestudioPackage.LIF_MODEL__THRESHOLD:
				setThreshold(THRESHOLD_EDEFAULT);
				return;
			case SpikestudioPackage.LIF_MODEL__REFRACTORY_PERIOD:
				setRefractoryPeriod(REFRACTORY_PERIOD_EDEFAULT);
				return;
			case SpikestudioPackage.LIF_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY:
				setDiscardJumpsWhenRefractory(DISCARD_JUMPS_WHEN_REFRACTORY_EDEFAULT);
				return;
			case SpikestudioPackage.LIF_MODEL__INITIAL_POTENTIAL:
				unsetInitialPotential();
				return;
			case SpikestudioPackage.LIF_MODEL__LOWER_BOUND:
				unsetLowerBound();
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
			case SpikestudioPackage.LIF_MODEL__RESISTANCE:
				return resistance != RESISTANCE_EDEFAULT;
			case SpikestudioPackage.LIF_MODEL__CAPACITANCE:
				return capacitance != CAPACITANCE_EDEFAULT;
			case SpikestudioPackage.LIF_MODEL__MEMBRANE_TIME_CONSTANT:
				return isSetMembraneTimeConstant();
			case SpikestudioPackage.LIF_MODEL__REST_POTENTIAL:
				return restPotential != REST_POTENTIAL_EDEFAULT;
			case SpikestudioPackage.LIF_MODEL__RESET_POTENTIAL:
				return resetPotential != RESET_POTENTIAL_EDEFAULT;
			case SpikestudioPackage.LIF_MODEL__THRESHOLD:
				return threshold != THRESHOLD_EDEFAULT;
			case SpikestudioPackage.LIF_MODEL__REFRACTORY_PERIOD:
				return refractoryPeriod != REFRACTORY_PERIOD_EDEFAULT;
			case SpikestudioPackage.LIF_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY:
				return discardJumpsWhenRefractory != DISCARD_JUMPS_WHEN_REFRACTORY_EDEFAULT;
			case SpikestudioPackage.LIF_MODEL__INITIAL_POTENTIAL:
				return isSetInitialPotential();
			case SpikestudioPackage.LIF_MODEL__LOWER_BOUND:
				return isSetLowerBound();
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
		result.append(" (resistance: ");
		result.append(resistance);
		result.append(", capacitance: ");
		result.append(capacitance);
		result.append(", membraneTimeConstant: ");
		if (membraneTimeConstantESet) result.append(membraneTimeConstant); else result.append("<unset>");
		result.append(", restPotential: ");
		result.append(restPotential);
		result.append(", resetPotential: ");
		result.append(resetPotential);
		result.append(", threshold: ");
		result.append(threshold);
		result.append(", refractoryPeriod: ");
		result.append(refractoryPeriod);
		result.append(", discardJumpsWhenRefractory: ");
		result.append(discardJumpsWhenRefractory);
		result.append(", initialPotential: ");
		if (initialPotentialESet) result.append(initialPotential); else result.append("<unset>");
		result.append(", lowerBound: ");
		if (lowerBoundESet) result.append(lowerBound); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //LifModelImpl
