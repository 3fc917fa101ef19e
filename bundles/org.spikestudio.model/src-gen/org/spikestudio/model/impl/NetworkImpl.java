/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.spikestudio.model.Assembly;
import org.spikestudio.model.Input;
import org.spikestudio.model.Network;
import org.spikestudio.model.NeuronModel;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.Recorder;
import org.spikestudio.model.SimulationSettings;
import org.spikestudio.model.SpikeCountCoupling;
import org.spikestudio.model.SpikestudioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.impl.NetworkImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.NetworkImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.NetworkImpl#getSimulation <em>Simulation</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.NetworkImpl#getNeuronModels <em>Neuron Models</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.NetworkImpl#getPopulations <em>Populations</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.NetworkImpl#getAssemblies <em>Assemblies</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.NetworkImpl#getProjections <em>Projections</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.NetworkImpl#getCouplings <em>Couplings</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.NetworkImpl#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.NetworkImpl#getRecorders <em>Recorders</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkImpl extends NamedElementImpl implements Network {
	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_VERSION_EDEFAULT = "1";

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected String formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSimulation() <em>Simulation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSimulation()
	 * @generated
	 * @ordered
	 */
	protected SimulationSettings simulation;

	/**
	 * The cached value of the '{@link #getNeuronModels() <em>Neuron Models</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeuronModels()
	 * @generated
	 * @ordered
	 */
	protected EList<NeuronModel> neuronModels;

	/**
	 * The cached value of the '{@link #getPopulations() <em>Populations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulations()
	 * @generated
	 * @ordered
	 */
	protected EList<Population> populations;

	/**
	 * The cached value of the '{@link #getAssemblies() <em>Assemblies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssemblies()
	 * @generated
	 * @ordered
	 */
	protected EList<Assembly> assemblies;

	/**
	 * The cached value of the '{@link #getProjections() <em>Projections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjections()
	 * @generated
	 * @ordered
	 */
	protected EList<Projection> projections;

	/**
	 * The cached value of the '{@link #getCouplings() <em>Couplings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCouplings()
	 * @generated
	 * @ordered
	 */
	protected EList<SpikeCountCoupling> couplings;

	/**
	 * The cached value of the '{@link #getInputs() <em>Inputs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputs()
	 * @generated
	 * @ordered
	 */
	protected EList<Input> inputs;

	/**
	 * The cached value of the '{@link #getRecorders() <em>Recorders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecorders()
	 * @generated
	 * @ordered
	 */
	protected EList<Recorder> recorders;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpikestudioPackage.Literals.NETWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(String newFormatVersion) {
		String oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.NETWORK__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.NETWORK__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SimulationSettings getSimulation() {
		return simulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSimulation(SimulationSettings newSimulation, NotificationChain msgs) {
		SimulationSettings oldSimulation = simulation;
		simulation = newSimulation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SpikestudioPackage.NETWORK__SIMULATION, oldSimulation, newSimulation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSimulation(SimulationSettings newSimulation) {
		if (newSimulation != simulation) {
			NotificationChain msgs = null;
			if (simulation != null)
				msgs = ((InternalEObject)simulation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SpikestudioPackage.NETWORK__SIMULATION, null, msgs);
			if (newSimulation != null)
				msgs = ((InternalEObject)newSimulation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SpikestudioPackage.NETWORK__SIMULATION, null, msgs);
			msgs = basicSetSimulation(newSimulation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.NETWORK__SIMULATION, newSimulation, newSimulation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NeuronModel> getNeuronModels() {
		if (neuronModels == null) {
			neuronModels = new EObjectContainmentEList<NeuronModel>(NeuronModel.class, this, SpikestudioPackage.NETWORK__NEURON_MODELS);
		}
		return neuronModels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Population> getPopulations() {
		if (populations == null) {
			populations = new EObjectContainmentEList<Population>(Population.class, this, SpikestudioPackage.NETWORK__POPULATIONS);
		}
		return populations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assembly> getAssemblies() {
		if (assemblies == null) {
			assemblies = new EObjectContainmentEList<Assembly>(Assembly.class, this, SpikestudioPackage.NETWORK__ASSEMBLIES);
		}
		return assemblies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Projection> getProjections() {
		if (projections == null) {
			projections = new EObjectContainmentEList<Projection>(Projection.class, this, SpikestudioPackage.NETWORK__PROJECTIONS);
		}
		return projections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SpikeCountCoupling> getCouplings() {
		if (couplings == null) {
			couplings = new EObjectContainmentEList<SpikeCountCoupling>(SpikeCountCoupling.class, this, SpikestudioPackage.NETWORK__COUPLINGS);
		}
		return couplings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Input> getInputs() {
		if (inputs == null) {
			inputs = new EObjectContainmentEList<Input>(Input.class, this, SpikestudioPackage.NETWORK__INPUTS);
		}
		return inputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recorder> getRecorders() {
		if (recorders == null) {
			recorders = new EObjectContainmentEList<Recorder>(Recorder.class, this, SpikestudioPackage.NETWORK__RECORDERS);
		}
		return recorders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SpikestudioPackage.NETWORK__SIMULATION:
				return basicSetSimulation(null, msgs);
			case SpikestudioPackage.NETWORK__NEURON_MODELS:
				return ((InternalEList<?>)getNeuronModels()).basicRemove(otherEnd, msgs);
			case SpikestudioPackage.NETWORK__POPULATIONS:
				return ((InternalEList<?>)getPopulations()).basicRemove(otherEnd, msgs);
			case SpikestudioPackage.NETWORK__ASSEMBLIES:
				return ((InternalEList<?>)getAssemblies()).basicRemove(otherEnd, msgs);
			case SpikestudioPackage.NETWORK__PROJECTIONS:
				return ((InternalEList<?>)getProjections()).basicRemove(otherEnd, msgs);
			case SpikestudioPackage.NETWORK__COUPLINGS:
				return ((InternalEList<?>)getCouplings()).basicRemove(otherEnd, msgs);
			case SpikestudioPackage.NETWORK__INPUTS:
				return ((InternalEList<?>)getInputs()).basicRemove(otherEnd, msgs);
			case SpikestudioPackage.NETWORK__RECORDERS:
				return ((InternalEList<?>)getRecorders()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpikestudioPackage.NETWORK__FORMAT_VERSION:
				return getFormatVersion();
			case SpikestudioPackage.NETWORK__SEED:
				return getSeed();
			case SpikestudioPackage.NETWORK__SIMULATION:
				return getSimulation();
			case SpikestudioPackage.NETWORK__NEURON_MODELS:
				return getNeuronModels();
			case SpikestudioPackage.NETWORK__POPULATIONS:
				return getPopulations();
			case SpikestudioPackage.NETWORK__ASSEMBLIES:
				return getAssemblies();
			case SpikestudioPackage.NETWORK__PROJECTIONS:
				return getProjections();
			case SpikestudioPackage.NETWORK__COUPLINGS:
				return getCouplings();
			case SpikestudioPackage.NETWORK__INPUTS:
				return getInputs();
			case SpikestudioPackage.NETWORK__RECORDERS:
				return getRecorders();
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
			case SpikestudioPackage.NETWORK__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case SpikestudioPackage.NETWORK__SEED:
				setSeed((Long)newValue);
				return;
			case SpikestudioPackage.NETWORK__SIMULATION:
				setSimulation((SimulationSettings)newValue);
				return;
			case SpikestudioPackage.NETWORK__NEURON_MODELS:
				getNeuronModels().clear();
				getNeuronModels().addAll((Collection<? extends NeuronModel>)newValue);
				return;
			case SpikestudioPackage.NETWORK__POPULATIONS:
				getPopulations().clear();
				getPopulations().addAll((Collection<? extends Population>)newValue);
				return;
			case SpikestudioPackage.NETWORK__ASSEMBLIES:
				getAssemblies().clear();
				getAssemblies().addAll((Collection<? extends Assembly>)newValue);
				return;
			case SpikestudioPackage.NETWORK__PROJECTIONS:
				getProjections().clear();
				getProjections().addAll((Collection<? extends Projection>)newValue);
				return;
			case SpikestudioPackage.NETWORK__COUPLINGS:
				getCouplings().clear();
				getCouplings().addAll((Collection<? extends SpikeCountCoupling>)newValue);
				return;
			case SpikestudioPackage.NETWORK__INPUTS:
				getInputs().clear();
				getInputs().addAll((Collection<? extends Input>)newValue);
				return;
			case SpikestudioPackage.NETWORK__RECORDERS:
				getRecorders().clear();
				getRecorders().addAll((Collection<? extends Recorder>)newValue);
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
			case SpikestudioPackage.NETWORK__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case SpikestudioPackage.NETWORK__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case SpikestudioPackage.NETWORK__SIMULATION:
				setSimulation((SimulationSettings)null);
				return;
			case SpikestudioPackage.NETWORK__NEURON_MODELS:
				getNeuronModels().clear();
				return;
			case SpikestudioPackage.NETWORK__POPULATIONS:
				getPopulations().clear();
				return;
			case SpikestudioPackage.NETWORK__ASSEMBLIES:
				getAssemblies().clear();
				return;
			case SpikestudioPackage.NETWORK__PROJECTIONS:
				getProjections().clear();
				return;
			case SpikestudioPackage.NETWORK__COUPLINGS:
				getCouplings().clear();
				return;
			case SpikestudioPackage.NETWORK__INPUTS:
				getInputs().clear();
				return;
			case SpikestudioPackage.NETWORK__RECORDERS:
				getRecorders().clear();
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
			case SpikestudioPackage.NETWORK__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
			case SpikestudioPackage.NETWORK__SEED:
				return seed != SEED_EDEFAULT;
			case SpikestudioPackage.NETWORK__SIMULATION:
				return simulation != null;
			case SpikestudioPackage.NETWORK__NEURON_MODELS:
				return neuronModels != null && !neuronModels.isEmpty();
			case SpikestudioPackage.NETWORK__POPULATIONS:
				return populations != null && !populations.isEmpty();
			case SpikestudioPackage.NETWORK__ASSEMBLIES:
				return assemblies != null && !assemblies.isEmpty();
			case SpikestudioPackage.NETWORK__PROJECTIONS:
				return projections != null && !projections.isEmpty();
			case SpikestudioPackage.NETWORK__COUPLINGS:
				return couplings != null && !couplings.isEmpty();
			case SpikestudioPackage.NETWORK__INPUTS:
				return inputs != null && !inputs.isEmpty();
			case SpikestudioPackage.NETWORK__RECORDERS:
				return recorders != null && !recorders.isEmpty();
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
		result.append(" (formatVersion: ");
		result.append(formatVersion);
		result.append(", seed: ");
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //NetworkImpl
