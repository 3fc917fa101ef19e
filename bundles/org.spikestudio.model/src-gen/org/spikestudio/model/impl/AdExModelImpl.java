/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.spikestudio.model.AdExModel;
import org.spikestudio.model.SpikestudioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ad Ex Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.impl.AdExModelImpl#getCapacitance <em>Capacitance</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.AdExModelImpl#getLeakConductance <em>Leak Conductance</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.AdExModelImpl#getLeakReversal <em>Leak Reversal</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.AdExModelImpl#getThresholdPotential <em>Threshold Potential</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.AdExModelImpl#getSlopeFactor <em>Slope Factor</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.AdExModelImpl#getSubthresholdAdaptation <em>Subthreshold Adaptation</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.AdExModelImpl#getAdaptationTimeConstant <em>Adaptation Time Constant</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.AdExModelImpl#getSpikeTriggeredAdaptation <em>Spike Triggered Adaptation</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.AdExModelImpl#getResetPotential <em>Reset Potential</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.AdExModelImpl#getPeakPotential <em>Peak Potential</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.AdExModelImpl#getRefractoryPeriod <em>Refractory Period</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.AdExModelImpl#isDiscardJumpsWhenRefractory <em>Discard Jumps When Refractory</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.AdExModelImpl#getInitialPotential <em>Initial Potential</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdExModelImpl extends NeuronModelImpl implements AdExModel {
	/**
	 * The default value of the '{@link #getCapacitance() <em>Capacitance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacitance()
	 * @generated
	 * @ordered
	 */
	protected static final double CAPACITANCE_EDEFAULT = 0.281;

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
	 * The default value of the '{@link #getLeakConductance() <em>Leak Conductance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeakConductance()
	 * @generated
	 * @ordered
	 */
	protected static final double LEAK_CONDUCTANCE_EDEFAULT = 0.03;

	/**
	 * The cached value of the '{@link #getLeakConductance() <em>Leak Conductance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeakConductance()
	 * @generated
	 * @ordered
	 */
	protected double leakConductance = LEAK_CONDUCTANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeakReversal() <em>Leak Reversal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeakReversal()
	 * @generated
	 * @ordered
	 */
	protected static final double LEAK_REVERSAL_EDEFAULT = -70.6;

	/**
	 * The cached value of the '{@link #getLeakReversal() <em>Leak Reversal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeakReversal()
	 * @generated
	 * @ordered
	 */
	protected double leakReversal = LEAK_REVERSAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getThresholdPotential() <em>Threshold Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThresholdPotential()
	 * @generated
	 * @ordered
	 */
	protected static final double THRESHOLD_POTENTIAL_EDEFAULT = -50.4;

	/**
	 * The cached value of the '{@link #getThresholdPotential() <em>Threshold Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThresholdPotential()
	 * @generated
	 * @ordered
	 */
	protected double thresholdPotential = THRESHOLD_POTENTIAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlopeFactor() <em>Slope Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlopeFactor()
	 * @generated
	 * @ordered
	 */
	protected static final double SLOPE_FACTOR_EDEFAULT = 2.0;

	/**
	 * The cached value of the '{@link #getSlopeFactor() <em>Slope Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlopeFactor()
	 * @generated
	 * @ordered
	 */
	protected double slopeFactor = SLOPE_FACTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubthresholdAdaptation() <em>Subthreshold Adaptation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubthresholdAdaptation()
	 * @generated
	 * @ordered
	 */
	protected static final double SUBTHRESHOLD_ADAPTATION_EDEFAULT = 0.004;

	/**
	 * The cached value of the '{@link #getSubthresholdAdaptation() <em>Subthreshold Adaptation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubthresholdAdaptation()
	 * @generated
	 * @ordered
	 */
	protected double subthresholdAdaptation = SUBTHRESHOLD_ADAPTATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdaptationTimeConstant() <em>Adaptation Time Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdaptationTimeConstant()
	 * @generated
	 * @ordered
	 */
	protected static final double ADAPTATION_TIME_CONSTANT_EDEFAULT = 144.0;

	/**
	 * The cached value of the '{@link #getAdaptationTimeConstant() <em>Adaptation Time Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdaptationTimeConstant()
	 * @generated
	 * @ordered
	 */
	protected double adaptationTimeConstant = ADAPTATION_TIME_CONSTANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpikeTriggeredAdaptation() <em>Spike Triggered Adaptation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpikeTriggeredAdaptation()
	 * @generated
	 * @ordered
	 */
	protected static final double SPIKE_TRIGGERED_ADAPTATION_EDEFAULT = 0.0805;

	/**
	 * The cached value of the '{@link #getSpikeTriggeredAdaptation() <em>Spike Triggered Adaptation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpikeTriggeredAdaptation()
	 * @generated
	 * @ordered
	 */
	protected double spikeTriggeredAdaptation = SPIKE_TRIGGERED_ADAPTATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getResetPotential() <em>Reset Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResetPotential()
	 * @generated
	 * @ordered
	 */
	protected static final double RESET_POTENTIAL_EDEFAULT = -70.6;

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
	 * The default value of the '{@link #getPeakPotential() <em>Peak Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeakPotential()
	 * @generated
	 * @ordered
	 */
	protected static final double PEAK_POTENTIAL_EDEFAULT = -40.4;

	/**
	 * The cached value of the '{@link #getPeakPotential() <em>Peak Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeakPotential()
	 * @generated
	 * @ordered
	 */
	protected double peakPotential = PEAK_POTENTIAL_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdExModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpikestudioPackage.Literals.AD_EX_MODEL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.AD_EX_MODEL__CAPACITANCE, oldCapacitance, capacitance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLeakConductance() {
		return leakConductance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeakConductance(double newLeakConductance) {
		double oldLeakConductance = leakConductance;
		leakConductance = newLeakConductance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.AD_EX_MODEL__LEAK_CONDUCTANCE, oldLeakConductance, leakConductance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLeakReversal() {
		return leakReversal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeakReversal(double newLeakReversal) {
		double oldLeakReversal = leakReversal;
		leakReversal = newLeakReversal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.AD_EX_MODEL__LEAK_REVERSAL, oldLeakReversal, leakReversal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getThresholdPotential() {
		return thresholdPotential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThresholdPotential(double newThresholdPotential) {
		double oldThresholdPotential = thresholdPotential;
		thresholdPotential = newThresholdPotential;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.AD_EX_MODEL__THRESHOLD_POTENTIAL, oldThresholdPotential, thresholdPotential));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSlopeFactor() {
		return slopeFactor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlopeFactor(double newSlopeFactor) {
		double oldSlopeFactor = slopeFactor;
		slopeFactor = newSlopeFactor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.AD_EX_MODEL__SLOPE_FACTOR, oldSlopeFactor, slopeFactor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSubthresholdAdaptation() {
		return subthresholdAdaptation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubthresholdAdaptation(double newSubthresholdAdaptation) {
		double oldSubthresholdAdaptation = subthresholdAdaptation;
		subthresholdAdaptation = newSubthresholdAdaptation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.AD_EX_MODEL__SUBTHRESHOLD_ADAPTATION, oldSubthresholdAdaptation, subthresholdAdaptation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAdaptationTimeConstant() {
		return adaptationTimeConstant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdaptationTimeConstant(double newAdaptationTimeConstant) {
		double oldAdaptationTimeConstant = adaptationTimeConstant;
		adaptationTimeConstant = newAdaptationTimeConstant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.AD_EX_MODEL__ADAPTATION_TIME_CONSTANT, oldAdaptationTimeConstant, adaptationTimeConstant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSpikeTriggeredAdaptation() {
		return spikeTriggeredAdaptation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpikeTriggeredAdaptation(double newSpikeTriggeredAdaptation) {
		double oldSpikeTriggeredAdaptation = spikeTriggeredAdaptation;
		spikeTriggeredAdaptation = newSpikeTriggeredAdaptation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.AD_EX_MODEL__SPIKE_TRIGGERED_ADAPTATION, oldSpikeTriggeredAdaptation, spikeTriggeredAdaptation));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.AD_EX_MODEL__RESET_POTENTIAL, oldResetPotential, resetPotential));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPeakPotential() {
		return peakPotential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeakPotential(double newPeakPotential) {
		double oldPeakPotential = peakPotential;
		peakPotential = newPeakPotential;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.AD_EX_MODEL__PEAK_POTENTIAL, oldPeakPotential, peakPotential));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.AD_EX_MODEL__REFRACTORY_PERIOD, oldRefractoryPeriod, refractoryPeriod));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.AD_EX_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY, oldDiscardJumpsWhenRefractory, discardJumpsWhenRefractory));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.AD_EX_MODEL__INITIAL_POTENTIAL, oldInitialPotential, initialPotential, !oldInitialPotentialESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, SpikestudioPackage.AD_EX_MODEL__INITIAL_POTENTIAL, oldInitialPotential, INITIAL_POTENTIAL_EDEFAULT, oldInitialPotentialESet));
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
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpikestudioPackage.AD_EX_MODEL__CAPACITANCE:
				return getCapacitance();
			case SpikestudioPackage.AD_EX_MODEL__LEAK_CONDUCTANCE:
				return getLeakConductance();
			case SpikestudioPackage.AD_EX_MODEL__LEAK_REVERSAL:
				return getLeakReversal();
			case SpikestudioPackage.AD_EX_MODEL__THRESHOLD_POTENTIAL:
				return getThresholdPotential();
			case SpikestudioPackage.AD_EX_MODEL__SLOPE_FACTOR:
				return getSlopeFactor();
			case SpikestudioPackage.AD_EX_MODEL__SUBTHRESHOLD_ADAPTATION:
				return getSubthresholdAdaptation();
			case SpikestudioPackage.AD_EX_MODEL__ADAPTATION_TIME_CONSTANT:
				return getAdaptationTimeConstant();
			case SpikestudioPackage.AD_EX_MODEL__SPIKE_TRIGGERED_ADAPTATION:
				return getSpikeTriggeredAdaptation();
			case SpikestudioPackage.AD_EX_MODEL__RESET_POTENTIAL:
				return getResetPotential();
			case SpikestudioPackage.AD_EX_MODEL__PEAK_POTENTIAL:
				return getPeakPotential();
			case SpikestudioPackage.AD_EX_MODEL__REFRACTORY_PERIOD:
				return getRefractoryPeriod();
			case SpikestudioPackage.AD_EX_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY:
				return isDiscardJumpsWhenRefractory();
			case SpikestudioPackage.AD_EX_MODEL__INITIAL_POTENTIAL:
				return getInitialPotential();
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
			case SpikestudioPackage.AD_EX_MODEL__CAPACITANCE:
				setCapacitance((Double)newValue);
				return;
			case SpikestudioPackage.AD_EX_MODEL__LEAK_CONDUCTANCE:
				setLeakConductance((Double)newValue);
				return;
			case SpikestudioPackage.AD_EX_MODEL__LEAK_REVERSAL:
				setLeakReversal((Double)newValue);
				return;
			case SpikestudioPackage.AD_EX_MODEL__THRESHOLD_POTENTIAL:
				setThresholdPotential((Double)newValue);
				return;
			case SpikestudioPackage.AD_EX_MODEL__SLOPE_FACTOR:
				setSlopeFactor((Double)newValue);
				return;
			case SpikestudioPackage.AD_EX_MODEL__SUBTHRESHOLD_ADAPTATION:
				setSubthresholdAdaptation((Double)newValue);
				return;
			case SpikestudioPackage.AD_EX_MODEL__ADAPTATION_TIME_CONSTANT:
				setAdaptationTimeConstant((Double)newValue);
				return;
			case SpikestudioPackage.AD_EX_MODEL__SPIKE_TRIGGERED_ADAPTATION:
				setSpikeTriggeredAdaptation((Double)newValue);
				return;
			case SpikestudioPackage.AD_EX_MODEL__RESET_POTENTIAL:
				setResetPotential((Double)newValue);
				return;
			case SpikestudioPackage.AD_EX_MODEL__PEAK_POTENTIAL:
				setPeakPotential((Double)newValue);
				return;
			case SpikestudioPackage.AD_EX_MODEL__REFRACTORY_PERIOD:
				setRefractoryPeriod((Double)newValue);
				return;
			case SpikestudioPackage.AD_EX_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY:
				setDiscardJumpsWhenRefractory((Boolean)newValue);
				return;
			case SpikestudioPackage.AD_EX_MODEL__INITIAL_POTENTIAL:
				setInitialPotential((Double)newValue);
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
			case SpikestudioPackage.AD_EX_MODEL__CAPACITANCE:
				setCapacitance(CAPACITANCE_EDEFAULT);
				return;
			case SpikestudioPackage.AD_EX_MODEL__LEAK_CONDUCTANCE:
				setLeakConductance(LEAK_CONDUCTANCE_EDEFAULT);
				return;
			case SpikestudioPackage.AD_EX_MODEL__LEAK_REVERSAL:
				setLeakReversal(LEAK_REVERSAL_EDEFAULT);
				return;
			case SpikestudioPackage.AD_EX_MODEL__THRESHOLD_POTENTIAL:
				setThresholdPotential(THRESHOLD_POTENTIAL_EDEFAULT);
				return;
			case SpikestudioPackage.AD_EX_MODEL__SLOPE_FACTOR:
				setSlopeFactor(SLOPE_FACTOR_EDEFAULT);
				return;
			case SpikestudioPackage.AD_EX_MODEL__SUBTHRESHOLD_ADAPTATION:
				setSubthresholdAdaptation(SUBTHRESHOLD_ADAPTATION_EDEFAULT);
				return;
			case SpikestudioPackage.AD_EX_MODEL__ADAPTATION_TIME_CONSTANT:
				setAdaptationTimeConstant(ADAPTATION_TIME_CONSTANT_EDEFAULT);
				return;
			case SpikestudioPackage.AD_EX_MODEL__SPIKE_TRIGGERED_ADAPTATION:
				setSpikeTriggeredAdaptation(SPIKE_TRIGGERED_ADAPTATION_EDEFAULT);
				return;
			case SpikestudioPackage.AD_EX_MODEL__RESET_POTENTIAL:
				setResetPotential(RESET_POTENTIAL_EDEFAULT);
				return;
			case SpikestudioPackage.AD_EX_MODEL__PEAK_POTENTIAL:
				setPeakPotential(PEAK_POTENTIAL_EDEFAULT);
				return;
			case SpikestudioPackage.AD_EX_MODEL__REFRACTORY_PERIOD:
				setRefractoryPeriod(REFRACTORY_PERIOD_EDEFAULT);
				return;
			case SpikestudioPackage.AD_EX_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY:
				setDiscardJumpsWhenRefractory(DISCARD_JUMPS_WHEN_REFRACTORY_EDEFAULT);
				return;
			case SpikestudioPackage.AD_EX_MODEL__INITIAL_POTENTIAL:
				unsetInitialPotential();
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
			case SpikestudioPackage.AD_EX_MODEL__CAPACITANCE:
				return capacitance != CAPACITANCE_EDEFAULT;
			case SpikestudioPackage.AD_EX_MODEL__LEAK_CONDUCTANCE:
				return leakConductance != LEAK_CONDUCTANCE_EDEFAULT;
			case SpikestudioPackage.AD_EX_MODEL__LEAK_REVERSAL:
				return leakReversal != LEAK_REVERSAL_EDEFAULT;
			case SpikestudioPackage.AD_EX_MODEL__THRESHOLD_POTENTIAL:
				return thresholdPotential != THRESHOLD_POTENTIAL_EDEFAULT;
			case SpikestudioPackage.AD_EX_MODEL__SLOPE_FACTOR:
				return slopeFactor != SLOPE_FACTOR_EDEFAULT;
			case SpikestudioPackage.AD_EX_MODEL__SUBTHRESHOLD_ADAPTATION:
				return subthresholdAdaptation != SUBTHRESHOLD_ADAPTATION_EDEFAULT;
			case SpikestudioPackage.AD_EX_MODEL__ADAPTATION_TIME_CONSTANT:
				return adaptationTimeConstant != ADAPTATION_TIME_CONSTANT_EDEFAULT;
			case SpikestudioPackage.AD_EX_MODEL__SPIKE_TRIGGERED_ADAPTATION:
				return spikeTriggeredAdaptation != SPIKE_TRIGGERED_ADAPTATION_EDEFAULT;
			case SpikestudioPackage.AD_EX_MODEL__RESET_POTENTIAL:
				return resetPotential != RESET_POTENTIAL_EDEFAULT;
			case SpikestudioPackage.AD_EX_MODEL__PEAK_POTENTIAL:
				return peakPotential != PEAK_POTENTIAL_EDEFAULT;
			case SpikestudioPackage.AD_EX_MODEL__REFRACTORY_PERIOD:
				return refractoryPeriod != REFRACTORY_PERIOD_EDEFAULT;
			case SpikestudioPackage.AD_EX_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY:
				return discardJumpsWhenRefractory != DISCARD_JUMPS_WHEN_REFRACTORY_EDEFAULT;
			case SpikestudioPackage.AD_EX_MODEL__INITIAL_POTENTIAL:
				return isSetInitialPotential();
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
		result.append(" (capacitance: ");
		result.append(capacitance);
		result.append(", leakConductance: ");
		result.append(leakConductance);
		result.append(", leakReversal: ");
		result.append(leakReversal);
		result.append(", thresholdPotential: ");
		result.append(thresholdPotential);
		result.append(", slopeFactor: ");
		result.append(slopeFactor);
		result.append(", subthresholdAdaptation: ");
		result.append(subthresholdAdaptation);
		result.append(", adaptationTimeConstant: ");
		result.append(adaptationTimeConstant);
		result.append(", spikeTriggeredAdaptation: ");
		result.append(spikeTriggeredAdaptation);
		result.append(", resetPotential: ");
		result.append(resetPotential);
		result.append(", peakPotential: ");
		result.append(peakPotential);
		result.append(", refractoryPeriod: ");
		result.append(refractoryPeriod);
		result.append(", discardJumpsWhenRefractory: ");
		result.append(discardJumpsWhenRefractory);
		result.append(", initialPotential: ");
		if (initialPotentialESet) result.append(initialPotential); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //AdExModelImpl
