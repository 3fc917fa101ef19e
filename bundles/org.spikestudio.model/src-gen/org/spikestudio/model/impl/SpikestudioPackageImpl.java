/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.spikestudio.model.AdExModel;
import org.spikestudio.model.AllToAll;
import org.spikestudio.model.Assembly;
import org.spikestudio.model.Connection;
import org.spikestudio.model.Connectivity;
import org.spikestudio.model.ConstantInput;
import org.spikestudio.model.ConstantValue;
import org.spikestudio.model.DeltaSynapse;
import org.spikestudio.model.Distribution;
import org.spikestudio.model.ExplicitConnections;
import org.spikestudio.model.ExponentialConductanceSynapse;
import org.spikestudio.model.ExponentialCurrentSynapse;
import org.spikestudio.model.ExpressionInput;
import org.spikestudio.model.FixedInDegree;
import org.spikestudio.model.FixedOutDegree;
import org.spikestudio.model.FixedProbability;
import org.spikestudio.model.Identified;
import org.spikestudio.model.Input;
import org.spikestudio.model.IntegrationScheme;
import org.spikestudio.model.IzhikevichModel;
import org.spikestudio.model.LifModel;
import org.spikestudio.model.NamedElement;
import org.spikestudio.model.Network;
import org.spikestudio.model.NeuronGroup;
import org.spikestudio.model.NeuronModel;
import org.spikestudio.model.NoiseInput;
import org.spikestudio.model.NormalDistribution;
import org.spikestudio.model.OneToOne;
import org.spikestudio.model.PoissonInput;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.Projection;
import org.spikestudio.model.RateRecorder;
import org.spikestudio.model.Recorder;
import org.spikestudio.model.SimulationSettings;
import org.spikestudio.model.SineInput;
import org.spikestudio.model.SpikeCountCoupling;
import org.spikestudio.model.SpikeRecorder;
import org.spikestudio.model.SpikeSourceArray;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.StateVariable;
import org.spikestudio.model.StepInput;
import org.spikestudio.model.Synapse;
import org.spikestudio.model.UniformDistribution;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SpikestudioPackageImpl extends EPackageImpl implements SpikestudioPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass simulationSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass neuronModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lifModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass izhikevichModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adExModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass neuronGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass populationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assemblyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass distributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass constantValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass uniformDistributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass normalDistributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass connectivityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass allToAllEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass oneToOneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fixedProbabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fixedOutDegreeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fixedInDegreeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass explicitConnectionsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass connectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass synapseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deltaSynapseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass exponentialCurrentSynapseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass exponentialConductanceSynapseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass projectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spikeCountCouplingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inputEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass constantInputEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepInputEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sineInputEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass noiseInputEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass expressionInputEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass poissonInputEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spikeSourceArrayEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recorderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spikeRecorderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stateRecorderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rateRecorderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum integrationSchemeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum populationTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stateVariableEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.spikestudio.model.SpikestudioPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SpikestudioPackageImpl() {
		super(eNS_URI, SpikestudioFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SpikestudioPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SpikestudioPackage init() {
		if (isInited) return (SpikestudioPackage)EPackage.Registry.INSTANCE.getEPackage(SpikestudioPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSpikestudioPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SpikestudioPackageImpl theSpikestudioPackage = registeredSpikestudioPackage instanceof SpikestudioPackageImpl ? (SpikestudioPackageImpl)registeredSpikestudioPackage : new SpikestudioPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theSpikestudioPackage.createPackageContents();

		// Initialize created meta-data
		theSpikestudioPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSpikestudioPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SpikestudioPackage.eNS_URI, theSpikestudioPackage);
		return theSpikestudioPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetwork() {
		return networkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetwork_FormatVersion() {
		return (EAttribute)networkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetwork_Seed() {
		return (EAttribute)networkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Simulation() {
		return (EReference)networkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_NeuronModels() {
		return (EReference)networkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Populations() {
		return (EReference)networkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Assemblies() {
		return (EReference)networkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Projections() {
		return (EReference)networkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Couplings() {
		return (EReference)networkEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Inputs() {
		return (EReference)networkEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Recorders() {
		return (EReference)networkEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSimulationSettings() {
		return simulationSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSimulationSettings_TimeStep() {
		return (EAttribute)simulationSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSimulationSettings_Duration() {
		return (EAttribute)simulationSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSimulationSettings_Integration() {
		return (EAttribute)simulationSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNeuronModel() {
		return neuronModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLifModel() {
		return lifModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifModel_Resistance() {
		return (EAttribute)lifModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifModel_Capacitance() {
		return (EAttribute)lifModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifModel_MembraneTimeConstant() {
		return (EAttribute)lifModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifModel_RestPotential() {
		return (EAttribute)lifModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifModel_ResetPotential() {
		return (EAttribute)lifModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifModel_Threshold() {
		return (EAttribute)lifModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifModel_RefractoryPeriod() {
		return (EAttribute)lifModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifModel_DiscardJumpsWhenRefractory() {
		return (EAttribute)lifModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifModel_InitialPotential() {
		return (EAttribute)lifModelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifModel_LowerBound() {
		return (EAttribute)lifModelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIzhikevichModel() {
		return izhikevichModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIzhikevichModel_A() {
		return (EAttribute)izhikevichModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIzhikevichModel_B() {
		return (EAttribute)izhikevichModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIzhikevichModel_C() {
		return (EAttribute)izhikevichModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIzhikevichModel_D() {
		return (EAttribute)izhikevichModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIzhikevichModel_PeakPotential() {
		return (EAttribute)izhikevichModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIzhikevichModel_InitialPotential() {
		return (EAttribute)izhikevichModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdExModel() {
		return adExModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdExModel_Capacitance() {
		return (EAttribute)adExModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdExModel_LeakConductance() {
		return (EAttribute)adExModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdExModel_LeakReversal() {
		return (EAttribute)adExModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdExModel_ThresholdPotential() {
		return (EAttribute)adExModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdExModel_SlopeFactor() {
		return (EAttribute)adExModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdExModel_SubthresholdAdaptation() {
		return (EAttribute)adExModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdExModel_AdaptationTimeConstant() {
		return (EAttribute)adExModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdExModel_SpikeTriggeredAdaptation() {
		return (EAttribute)adExModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdExModel_ResetPotential() {
		return (EAttribute)adExModelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdExModel_PeakPotential() {
		return (EAttribute)adExModelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdExModel_RefractoryPeriod() {
		return (EAttribute)adExModelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdExModel_DiscardJumpsWhenRefractory() {
		return (EAttribute)adExModelEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdExModel_InitialPotential() {
		return (EAttribute)adExModelEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNeuronGroup() {
		return neuronGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPopulation() {
		return populationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulation_Size() {
		return (EAttribute)populationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulation_Type() {
		return (EAttribute)populationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPopulation_NeuronModel() {
		return (EReference)populationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPopulation_InitialPotential() {
		return (EReference)populationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssembly() {
		return assemblyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssembly_Populations() {
		return (EReference)assemblyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDistribution() {
		return distributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConstantValue() {
		return constantValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConstantValue_Value() {
		return (EAttribute)constantValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUniformDistribution() {
		return uniformDistributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUniformDistribution_Low() {
		return (EAttribute)uniformDistributionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUniformDistribution_High() {
		return (EAttribute)uniformDistributionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNormalDistribution() {
		return normalDistributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNormalDistribution_Mean() {
		return (EAttribute)normalDistributionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNormalDistribution_StandardDeviation() {
		return (EAttribute)normalDistributionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConnectivity() {
		return connectivityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAllToAll() {
		return allToAllEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOneToOne() {
		return oneToOneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFixedProbability() {
		return fixedProbabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixedProbability_Probability() {
		return (EAttribute)fixedProbabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFixedOutDegree() {
		return fixedOutDegreeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixedOutDegree_Degree() {
		return (EAttribute)fixedOutDegreeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFixedInDegree() {
		return fixedInDegreeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixedInDegree_Degree() {
		return (EAttribute)fixedInDegreeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExplicitConnections() {
		return explicitConnectionsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExplicitConnections_Connections() {
		return (EReference)explicitConnectionsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConnection() {
		return connectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnection_Pre() {
		return (EAttribute)connectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnection_Post() {
		return (EAttribute)connectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSynapse() {
		return synapseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeltaSynapse() {
		return deltaSynapseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExponentialCurrentSynapse() {
		return exponentialCurrentSynapseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExponentialCurrentSynapse_TimeConstant() {
		return (EAttribute)exponentialCurrentSynapseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExponentialConductanceSynapse() {
		return exponentialConductanceSynapseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExponentialConductanceSynapse_TimeConstant() {
		return (EAttribute)exponentialConductanceSynapseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExponentialConductanceSynapse_ReversalPotential() {
		return (EAttribute)exponentialConductanceSynapseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProjection() {
		return projectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjection_Source() {
		return (EReference)projectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjection_Target() {
		return (EReference)projectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjection_Connectivity() {
		return (EReference)projectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjection_AllowAutapses() {
		return (EAttribute)projectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjection_AllowMultapses() {
		return (EAttribute)projectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjection_Synapse() {
		return (EReference)projectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjection_Weight() {
		return (EReference)projectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjection_Delay() {
		return (EReference)projectionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpikeCountCoupling() {
		return spikeCountCouplingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpikeCountCoupling_Source() {
		return (EReference)spikeCountCouplingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpikeCountCoupling_Target() {
		return (EReference)spikeCountCouplingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpikeCountCoupling_Threshold() {
		return (EAttribute)spikeCountCouplingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpikeCountCoupling_Effect() {
		return (EAttribute)spikeCountCouplingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInput() {
		return inputEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInput_Target() {
		return (EReference)inputEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInput_Neurons() {
		return (EAttribute)inputEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConstantInput() {
		return constantInputEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConstantInput_Amplitude() {
		return (EAttribute)constantInputEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStepInput() {
		return stepInputEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepInput_Start() {
		return (EAttribute)stepInputEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepInput_Stop() {
		return (EAttribute)stepInputEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepInput_Amplitude() {
		return (EAttribute)stepInputEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSineInput() {
		return sineInputEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSineInput_Amplitude() {
		return (EAttribute)sineInputEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSineInput_Frequency() {
		return (EAttribute)sineInputEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSineInput_Period() {
		return (EAttribute)sineInputEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSineInput_Phase() {
		return (EAttribute)sineInputEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSineInput_Offset() {
		return (EAttribute)sineInputEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNoiseInput() {
		return noiseInputEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNoiseInput_Distribution() {
		return (EReference)noiseInputEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExpressionInput() {
		return expressionInputEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpressionInput_Expression() {
		return (EAttribute)expressionInputEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPoissonInput() {
		return poissonInputEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoissonInput_Rate() {
		return (EAttribute)poissonInputEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoissonInput_Weight() {
		return (EAttribute)poissonInputEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoissonInput_Sources() {
		return (EAttribute)poissonInputEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpikeSourceArray() {
		return spikeSourceArrayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpikeSourceArray_Times() {
		return (EAttribute)spikeSourceArrayEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpikeSourceArray_Weight() {
		return (EAttribute)spikeSourceArrayEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecorder() {
		return recorderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecorder_Population() {
		return (EReference)recorderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpikeRecorder() {
		return spikeRecorderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStateRecorder() {
		return stateRecorderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStateRecorder_Variable() {
		return (EAttribute)stateRecorderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStateRecorder_Neurons() {
		return (EAttribute)stateRecorderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStateRecorder_SamplingInterval() {
		return (EAttribute)stateRecorderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRateRecorder() {
		return rateRecorderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRateRecorder_BinWidth() {
		return (EAttribute)rateRecorderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIntegrationScheme() {
		return integrationSchemeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPopulationType() {
		return populationTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStateVariable() {
		return stateVariableEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpikestudioFactory getSpikestudioFactory() {
		return (SpikestudioFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);

		networkEClass = createEClass(NETWORK);
		createEAttribute(networkEClass, NETWORK__FORMAT_VERSION);
		createEAttribute(networkEClass, NETWORK__SEED);
		createEReference(networkEClass, NETWORK__SIMULATION);
		createEReference(networkEClass, NETWORK__NEURON_MODELS);
		createEReference(networkEClass, NETWORK__POPULATIONS);
		createEReference(networkEClass, NETWORK__ASSEMBLIES);
		createEReference(networkEClass, NETWORK__PROJECTIONS);
		createEReference(networkEClass, NETWORK__COUPLINGS);
		createEReference(networkEClass, NETWORK__INPUTS);
		createEReference(networkEClass, NETWORK__RECORDERS);

		simulationSettingsEClass = createEClass(SIMULATION_SETTINGS);
		createEAttribute(simulationSettingsEClass, SIMULATION_SETTINGS__TIME_STEP);
		createEAttribute(simulationSettingsEClass, SIMULATION_SETTINGS__DURATION);
		createEAttribute(simulationSettingsEClass, SIMULATION_SETTINGS__INTEGRATION);

		neuronModelEClass = createEClass(NEURON_MODEL);

		lifModelEClass = createEClass(LIF_MODEL);
		createEAttribute(lifModelEClass, LIF_MODEL__RESISTANCE);
		createEAttribute(lifModelEClass, LIF_MODEL__CAPACITANCE);
		createEAttribute(lifModelEClass, LIF_MODEL__MEMBRANE_TIME_CONSTANT);
		createEAttribute(lifModelEClass, LIF_MODEL__REST_POTENTIAL);
		createEAttribute(lifModelEClass, LIF_MODEL__RESET_POTENTIAL);
		createEAttribute(lifModelEClass, LIF_MODEL__THRESHOLD);
		createEAttribute(lifModelEClass, LIF_MODEL__REFRACTORY_PERIOD);
		createEAttribute(lifModelEClass, LIF_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY);
		createEAttribute(lifModelEClass, LIF_MODEL__INITIAL_POTENTIAL);
		createEAttribute(lifModelEClass, LIF_MODEL__LOWER_BOUND);

		izhikevichModelEClass = createEClass(IZHIKEVICH_MODEL);
		createEAttribute(izhikevichModelEClass, IZHIKEVICH_MODEL__A);
		createEAttribute(izhikevichModelEClass, IZHIKEVICH_MODEL__B);
		createEAttribute(izhikevichModelEClass, IZHIKEVICH_MODEL__C);
		createEAttribute(izhikevichModelEClass, IZHIKEVICH_MODEL__D);
		createEAttribute(izhikevichModelEClass, IZHIKEVICH_MODEL__PEAK_POTENTIAL);
		createEAttribute(izhikevichModelEClass, IZHIKEVICH_MODEL__INITIAL_POTENTIAL);

		adExModelEClass = createEClass(AD_EX_MODEL);
		createEAttribute(adExModelEClass, AD_EX_MODEL__CAPACITANCE);
		createEAttribute(adExModelEClass, AD_EX_MODEL__LEAK_CONDUCTANCE);
		createEAttribute(adExModelEClass, AD_EX_MODEL__LEAK_REVERSAL);
		createEAttribute(adExModelEClass, AD_EX_MODEL__THRESHOLD_POTENTIAL);
		createEAttribute(adExModelEClass, AD_EX_MODEL__SLOPE_FACTOR);
		createEAttribute(adExModelEClass, AD_EX_MODEL__SUBTHRESHOLD_ADAPTATION);
		createEAttribute(adExModelEClass, AD_EX_MODEL__ADAPTATION_TIME_CONSTANT);
		createEAttribute(adExModelEClass, AD_EX_MODEL__SPIKE_TRIGGERED_ADAPTATION);
		createEAttribute(adExModelEClass, AD_EX_MODEL__RESET_POTENTIAL);
		createEAttribute(adExModelEClass, AD_EX_MODEL__PEAK_POTENTIAL);
		createEAttribute(adExModelEClass, AD_EX_MODEL__REFRACTORY_PERIOD);
		createEAttribute(adExModelEClass, AD_EX_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY);
		createEAttribute(adExModelEClass, AD_EX_MODEL__INITIAL_POTENTIAL);

		neuronGroupEClass = createEClass(NEURON_GROUP);

		populationEClass = createEClass(POPULATION);
		createEAttribute(populationEClass, POPULATION__SIZE);
		createEAttribute(populationEClass, POPULATION__TYPE);
		createEReference(populationEClass, POPULATION__NEURON_MODEL);
		createEReference(populationEClass, POPULATION__INITIAL_POTENTIAL);

		assemblyEClass = createEClass(ASSEMBLY);
		createEReference(assemblyEClass, ASSEMBLY__POPULATIONS);

		distributionEClass = createEClass(DISTRIBUTION);

		constantValueEClass = createEClass(CONSTANT_VALUE);
		createEAttribute(constantValueEClass, CONSTANT_VALUE__VALUE);

		uniformDistributionEClass = createEClass(UNIFORM_DISTRIBUTION);
		createEAttribute(uniformDistributionEClass, UNIFORM_DISTRIBUTION__LOW);
		createEAttribute(uniformDistributionEClass, UNIFORM_DISTRIBUTION__HIGH);

		normalDistributionEClass = createEClass(NORMAL_DISTRIBUTION);
		createEAttribute(normalDistributionEClass, NORMAL_DISTRIBUTION__MEAN);
		createEAttribute(normalDistributionEClass, NORMAL_DISTRIBUTION__STANDARD_DEVIATION);

		connectivityEClass = createEClass(CONNECTIVITY);

		allToAllEClass = createEClass(ALL_TO_ALL);

		oneToOneEClass = createEClass(ONE_TO_ONE);

		fixedProbabilityEClass = createEClass(FIXED_PROBABILITY);
		createEAttribute(fixedProbabilityEClass, FIXED_PROBABILITY__PROBABILITY);

		fixedOutDegreeEClass = createEClass(FIXED_OUT_DEGREE);
		createEAttribute(fixedOutDegreeEClass, FIXED_OUT_DEGREE__DEGREE);

		fixedInDegreeEClass = createEClass(FIXED_IN_DEGREE);
		createEAttribute(fixedInDegreeEClass, FIXED_IN_DEGREE__DEGREE);

		explicitConnectionsEClass = createEClass(EXPLICIT_CONNECTIONS);
		createEReference(explicitConnectionsEClass, EXPLICIT_CONNECTIONS__CONNECTIONS);

		connectionEClass = createEClass(CONNECTION);
		createEAttribute(connectionEClass, CONNECTION__PRE);
		createEAttribute(connectionEClass, CONNECTION__POST);

		synapseEClass = createEClass(SYNAPSE);

		deltaSynapseEClass = createEClass(DELTA_SYNAPSE);

		exponentialCurrentSynapseEClass = createEClass(EXPONENTIAL_CURRENT_SYNAPSE);
		createEAttribute(exponentialCurrentSynapseEClass, EXPONENTIAL_CURRENT_SYNAPSE__TIME_CONSTANT);

		exponentialConductanceSynapseEClass = createEClass(EXPONENTIAL_CONDUCTANCE_SYNAPSE);
		createEAttribute(exponentialConductanceSynapseEClass, EXPONENTIAL_CONDUCTANCE_SYNAPSE__TIME_CONSTANT);
		createEAttribute(exponentialConductanceSynapseEClass, EXPONENTIAL_CONDUCTANCE_SYNAPSE__REVERSAL_POTENTIAL);

		projectionEClass = createEClass(PROJECTION);
		createEReference(projectionEClass, PROJECTION__SOURCE);
		createEReference(projectionEClass, PROJECTION__TARGET);
		createEReference(projectionEClass, PROJECTION__CONNECTIVITY);
		createEAttribute(projectionEClass, PROJECTION__ALLOW_AUTAPSES);
		createEAttribute(projectionEClass, PROJECTION__ALLOW_MULTAPSES);
		createEReference(projectionEClass, PROJECTION__SYNAPSE);
		createEReference(projectionEClass, PROJECTION__WEIGHT);
		createEReference(projectionEClass, PROJECTION__DELAY);

		spikeCountCouplingEClass = createEClass(SPIKE_COUNT_COUPLING);
		createEReference(spikeCountCouplingEClass, SPIKE_COUNT_COUPLING__SOURCE);
		createEReference(spikeCountCouplingEClass, SPIKE_COUNT_COUPLING__TARGET);
		createEAttribute(spikeCountCouplingEClass, SPIKE_COUNT_COUPLING__THRESHOLD);
		createEAttribute(spikeCountCouplingEClass, SPIKE_COUNT_COUPLING__EFFECT);

		inputEClass = createEClass(INPUT);
		createEReference(inputEClass, INPUT__TARGET);
		createEAttribute(inputEClass, INPUT__NEURONS);

		constantInputEClass = createEClass(CONSTANT_INPUT);
		createEAttribute(constantInputEClass, CONSTANT_INPUT__AMPLITUDE);

		stepInputEClass = createEClass(STEP_INPUT);
		createEAttribute(stepInputEClass, STEP_INPUT__START);
		createEAttribute(stepInputEClass, STEP_INPUT__STOP);
		createEAttribute(stepInputEClass, STEP_INPUT__AMPLITUDE);

		sineInputEClass = createEClass(SINE_INPUT);
		createEAttribute(sineInputEClass, SINE_INPUT__AMPLITUDE);
		createEAttribute(sineInputEClass, SINE_INPUT__FREQUENCY);
		createEAttribute(sineInputEClass, SINE_INPUT__PERIOD);
		createEAttribute(sineInputEClass, SINE_INPUT__PHASE);
		createEAttribute(sineInputEClass, SINE_INPUT__OFFSET);

		noiseInputEClass = createEClass(NOISE_INPUT);
		createEReference(noiseInputEClass, NOISE_INPUT__DISTRIBUTION);

		expressionInputEClass = createEClass(EXPRESSION_INPUT);
		createEAttribute(expressionInputEClass, EXPRESSION_INPUT__EXPRESSION);

		poissonInputEClass = createEClass(POISSON_INPUT);
		createEAttribute(poissonInputEClass, POISSON_INPUT__RATE);
		createEAttribute(poissonInputEClass, POISSON_INPUT__WEIGHT);
		createEAttribute(poissonInputEClass, POISSON_INPUT__SOURCES);

		spikeSourceArrayEClass = createEClass(SPIKE_SOURCE_ARRAY);
		createEAttribute(spikeSourceArrayEClass, SPIKE_SOURCE_ARRAY__TIMES);
		createEAttribute(spikeSourceArrayEClass, SPIKE_SOURCE_ARRAY__WEIGHT);

		recorderEClass = createEClass(RECORDER);
		createEReference(recorderEClass, RECORDER__POPULATION);

		spikeRecorderEClass = createEClass(SPIKE_RECORDER);

		stateRecorderEClass = createEClass(STATE_RECORDER);
		createEAttribute(stateRecorderEClass, STATE_RECORDER__VARIABLE);
		createEAttribute(stateRecorderEClass, STATE_RECORDER__NEURONS);
		createEAttribute(stateRecorderEClass, STATE_RECORDER__SAMPLING_INTERVAL);

		rateRecorderEClass = createEClass(RATE_RECORDER);
		createEAttribute(rateRecorderEClass, RATE_RECORDER__BIN_WIDTH);

		// Create enums
		integrationSchemeEEnum = createEEnum(INTEGRATION_SCHEME);
		populationTypeEEnum = createEEnum(POPULATION_TYPE);
		stateVariableEEnum = createEEnum(STATE_VARIABLE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedElementEClass.getESuperTypes().add(this.getIdentified());
		networkEClass.getESuperTypes().add(this.getNamedElement());
		neuronModelEClass.getESuperTypes().add(this.getNamedElement());
		lifModelEClass.getESuperTypes().add(this.getNeuronModel());
		izhikevichModelEClass.getESuperTypes().add(this.getNeuronModel());
		adExModelEClass.getESuperTypes().add(this.getNeuronModel());
		neuronGroupEClass.getESuperTypes().add(this.getNamedElement());
		populationEClass.getESuperTypes().add(this.getNeuronGroup());
		assemblyEClass.getESuperTypes().add(this.getNeuronGroup());
		constantValueEClass.getESuperTypes().add(this.getDistribution());
		uniformDistributionEClass.getESuperTypes().add(this.getDistribution());
		normalDistributionEClass.getESuperTypes().add(this.getDistribution());
		allToAllEClass.getESuperTypes().add(this.getConnectivity());
		oneToOneEClass.getESuperTypes().add(this.getConnectivity());
		fixedProbabilityEClass.getESuperTypes().add(this.getConnectivity());
		fixedOutDegreeEClass.getESuperTypes().add(this.getConnectivity());
		fixedInDegreeEClass.getESuperTypes().add(this.getConnectivity());
		explicitConnectionsEClass.getESuperTypes().add(this.getConnectivity());
		deltaSynapseEClass.getESuperTypes().add(this.getSynapse());
		exponentialCurrentSynapseEClass.getESuperTypes().add(this.getSynapse());
		exponentialConductanceSynapseEClass.getESuperTypes().add(this.getSynapse());
		projectionEClass.getESuperTypes().add(this.getNamedElement());
		spikeCountCouplingEClass.getESuperTypes().add(this.getNamedElement());
		inputEClass.getESuperTypes().add(this.getNamedElement());
		constantInputEClass.getESuperTypes().add(this.getInput());
		stepInputEClass.getESuperTypes().add(this.getInput());
		sineInputEClass.getESuperTypes().add(this.getInput());
		noiseInputEClass.getESuperTypes().add(this.getInput());
		expressionInputEClass.getESuperTypes().add(this.getInput());
		poissonInputEClass.getESuperTypes().add(this.getInput());
		spikeSourceArrayEClass.getESuperTypes().add(this.getInput());
		recorderEClass.getESuperTypes().add(this.getNamedElement());
		spikeRecorderEClass.getESuperTypes().add(this.getRecorder());
		stateRecorderEClass.getESuperTypes().add(this.getRecorder());
		rateRecorderEClass.getESuperTypes().add(this.getRecorder());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 1, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 1, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(networkEClass, Network.class, "Network", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNetwork_FormatVersion(), ecorePackage.getEString(), "formatVersion", "1", 0, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetwork_Seed(), ecorePackage.getELong(), "seed", "1", 0, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Simulation(), this.getSimulationSettings(), null, "simulation", null, 1, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_NeuronModels(), this.getNeuronModel(), null, "neuronModels", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Populations(), this.getPopulation(), null, "populations", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Assemblies(), this.getAssembly(), null, "assemblies", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Projections(), this.getProjection(), null, "projections", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Couplings(), this.getSpikeCountCoupling(), null, "couplings", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Inputs(), this.getInput(), null, "inputs", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Recorders(), this.getRecorder(), null, "recorders", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(simulationSettingsEClass, SimulationSettings.class, "SimulationSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSimulationSettings_TimeStep(), ecorePackage.getEDouble(), "timeStep", "0.1", 0, 1, SimulationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSimulationSettings_Duration(), ecorePackage.getEDouble(), "duration", "100.0", 0, 1, SimulationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSimulationSettings_Integration(), this.getIntegrationScheme(), "integration", "forwardEuler", 0, 1, SimulationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(neuronModelEClass, NeuronModel.class, "NeuronModel", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(lifModelEClass, LifModel.class, "LifModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLifModel_Resistance(), ecorePackage.getEDouble(), "resistance", "1.0", 0, 1, LifModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifModel_Capacitance(), ecorePackage.getEDouble(), "capacitance", "10.0", 0, 1, LifModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifModel_MembraneTimeConstant(), ecorePackage.getEDouble(), "membraneTimeConstant", null, 0, 1, LifModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifModel_RestPotential(), ecorePackage.getEDouble(), "restPotential", "0.0", 0, 1, LifModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifModel_ResetPotential(), ecorePackage.getEDouble(), "resetPotential", "0.0", 0, 1, LifModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifModel_Threshold(), ecorePackage.getEDouble(), "threshold", "1.0", 0, 1, LifModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifModel_RefractoryPeriod(), ecorePackage.getEDouble(), "refractoryPeriod", "0.0", 0, 1, LifModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifModel_DiscardJumpsWhenRefractory(), ecorePackage.getEBoolean(), "discardJumpsWhenRefractory", "false", 0, 1, LifModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifModel_InitialPotential(), ecorePackage.getEDouble(), "initialPotential", null, 0, 1, LifModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifModel_LowerBound(), ecorePackage.getEDouble(), "lowerBound", null, 0, 1, LifModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(izhikevichModelEClass, IzhikevichModel.class, "IzhikevichModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIzhikevichModel_A(), ecorePackage.getEDouble(), "a", "0.02", 0, 1, IzhikevichModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIzhikevichModel_B(), ecorePackage.getEDouble(), "b", "0.2", 0, 1, IzhikevichModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIzhikevichModel_C(), ecorePackage.getEDouble(), "c", "-65.0", 0, 1, IzhikevichModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIzhikevichModel_D(), ecorePackage.getEDouble(), "d", "8.0", 0, 1, IzhikevichModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIzhikevichModel_PeakPotential(), ecorePackage.getEDouble(), "peakPotential", "30.0", 0, 1, IzhikevichModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIzhikevichModel_InitialPotential(), ecorePackage.getEDouble(), "initialPotential", "-65.0", 0, 1, IzhikevichModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adExModelEClass, AdExModel.class, "AdExModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdExModel_Capacitance(), ecorePackage.getEDouble(), "capacitance", "0.281", 0, 1, AdExModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdExModel_LeakConductance(), ecorePackage.getEDouble(), "leakConductance", "0.03", 0, 1, AdExModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdExModel_LeakReversal(), ecorePackage.getEDouble(), "leakReversal", "-70.6", 0, 1, AdExModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdExModel_ThresholdPotential(), ecorePackage.getEDouble(), "thresholdPotential", "-50.4", 0, 1, AdExModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdExModel_SlopeFactor(), ecorePackage.getEDouble(), "slopeFactor", "2.0", 0, 1, AdExModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdExModel_SubthresholdAdaptation(), ecorePackage.getEDouble(), "subthresholdAdaptation", "0.004", 0, 1, AdExModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdExModel_AdaptationTimeConstant(), ecorePackage.getEDouble(), "adaptationTimeConstant", "144.0", 0, 1, AdExModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdExModel_SpikeTriggeredAdaptation(), ecorePackage.getEDouble(), "spikeTriggeredAdaptation", "0.0805", 0, 1, AdExModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdExModel_ResetPotential(), ecorePackage.getEDouble(), "resetPotential", "-70.6", 0, 1, AdExModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdExModel_PeakPotential(), ecorePackage.getEDouble(), "peakPotential", "-40.4", 0, 1, AdExModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdExModel_RefractoryPeriod(), ecorePackage.getEDouble(), "refractoryPeriod", "0.0", 0, 1, AdExModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdExModel_DiscardJumpsWhenRefractory(), ecorePackage.getEBoolean(), "discardJumpsWhenRefractory", "false", 0, 1, AdExModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdExModel_InitialPotential(), ecorePackage.getEDouble(), "initialPotential", null, 0, 1, AdExModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(neuronGroupEClass, NeuronGroup.class, "NeuronGroup", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(populationEClass, Population.class, "Population", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPopulation_Size(), ecorePackage.getEInt(), "size", "1", 0, 1, Population.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPopulation_Type(), this.getPopulationType(), "type", "excitatory", 0, 1, Population.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPopulation_NeuronModel(), this.getNeuronModel(), null, "neuronModel", null, 1, 1, Population.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPopulation_InitialPotential(), this.getDistribution(), null, "initialPotential", null, 0, 1, Population.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assemblyEClass, Assembly.class, "Assembly", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAssembly_Populations(), this.getPopulation(), null, "populations", null, 0, -1, Assembly.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(distributionEClass, Distribution.class, "Distribution", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(constantValueEClass, ConstantValue.class, "ConstantValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConstantValue_Value(), ecorePackage.getEDouble(), "value", "0.0", 0, 1, ConstantValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(uniformDistributionEClass, UniformDistribution.class, "UniformDistribution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUniformDistribution_Low(), ecorePackage.getEDouble(), "low", "0.0", 0, 1, UniformDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUniformDistribution_High(), ecorePackage.getEDouble(), "high", "1.0", 0, 1, UniformDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(normalDistributionEClass, NormalDistribution.class, "NormalDistribution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNormalDistribution_Mean(), ecorePackage.getEDouble(), "mean", "0.0", 0, 1, NormalDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNormalDistribution_StandardDeviation(), ecorePackage.getEDouble(), "standardDeviation", "1.0", 0, 1, NormalDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(connectivityEClass, Connectivity.class, "Connectivity", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(allToAllEClass, AllToAll.class, "AllToAll", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(oneToOneEClass, OneToOne.class, "OneToOne", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(fixedProbabilityEClass, FixedProbability.class, "FixedProbability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFixedProbability_Probability(), ecorePackage.getEDouble(), "probability", "0.1", 0, 1, FixedProbability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fixedOutDegreeEClass, FixedOutDegree.class, "FixedOutDegree", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFixedOutDegree_Degree(), ecorePackage.getEInt(), "degree", "1", 0, 1, FixedOutDegree.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fixedInDegreeEClass, FixedInDegree.class, "FixedInDegree", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFixedInDegree_Degree(), ecorePackage.getEInt(), "degree", "1", 0, 1, FixedInDegree.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(explicitConnectionsEClass, ExplicitConnections.class, "ExplicitConnections", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getExplicitConnections_Connections(), this.getConnection(), null, "connections", null, 0, -1, ExplicitConnections.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(connectionEClass, Connection.class, "Connection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConnection_Pre(), ecorePackage.getEInt(), "pre", "0", 0, 1, Connection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnection_Post(), ecorePackage.getEInt(), "post", "0", 0, 1, Connection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(synapseEClass, Synapse.class, "Synapse", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(deltaSynapseEClass, DeltaSynapse.class, "DeltaSynapse", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(exponentialCurrentSynapseEClass, ExponentialCurrentSynapse.class, "ExponentialCurrentSynapse", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExponentialCurrentSynapse_TimeConstant(), ecorePackage.getEDouble(), "timeConstant", "5.0", 0, 1, ExponentialCurrentSynapse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(exponentialConductanceSynapseEClass, ExponentialConductanceSynapse.class, "ExponentialConductanceSynapse", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExponentialConductanceSynapse_TimeConstant(), ecorePackage.getEDouble(), "timeConstant", "5.0", 0, 1, ExponentialConductanceSynapse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExponentialConductanceSynapse_ReversalPotential(), ecorePackage.getEDouble(), "reversalPotential", "0.0", 0, 1, ExponentialConductanceSynapse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(projectionEClass, Projection.class, "Projection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getProjection_Source(), this.getNeuronGroup(), null, "source", null, 1, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProjection_Target(), this.getNeuronGroup(), null, "target", null, 1, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProjection_Connectivity(), this.getConnectivity(), null, "connectivity", null, 1, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjection_AllowAutapses(), ecorePackage.getEBoolean(), "allowAutapses", "false", 0, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjection_AllowMultapses(), ecorePackage.getEBoolean(), "allowMultapses", "false", 0, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProjection_Synapse(), this.getSynapse(), null, "synapse", null, 1, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProjection_Weight(), this.getDistribution(), null, "weight", null, 1, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProjection_Delay(), this.getDistribution(), null, "delay", null, 1, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spikeCountCouplingEClass, SpikeCountCoupling.class, "SpikeCountCoupling", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSpikeCountCoupling_Source(), this.getPopulation(), null, "source", null, 1, 1, SpikeCountCoupling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSpikeCountCoupling_Target(), this.getPopulation(), null, "target", null, 1, 1, SpikeCountCoupling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpikeCountCoupling_Threshold(), ecorePackage.getEInt(), "threshold", "20", 0, 1, SpikeCountCoupling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpikeCountCoupling_Effect(), ecorePackage.getEDouble(), "effect", "2.0", 0, 1, SpikeCountCoupling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inputEClass, Input.class, "Input", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getInput_Target(), this.getPopulation(), null, "target", null, 1, 1, Input.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInput_Neurons(), ecorePackage.getEInt(), "neurons", null, 0, -1, Input.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(constantInputEClass, ConstantInput.class, "ConstantInput", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConstantInput_Amplitude(), ecorePackage.getEDouble(), "amplitude", "0.0", 0, 1, ConstantInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepInputEClass, StepInput.class, "StepInput", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStepInput_Start(), ecorePackage.getEDouble(), "start", "0.0", 0, 1, StepInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepInput_Stop(), ecorePackage.getEDouble(), "stop", "100.0", 0, 1, StepInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepInput_Amplitude(), ecorePackage.getEDouble(), "amplitude", "1.0", 0, 1, StepInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sineInputEClass, SineInput.class, "SineInput", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSineInput_Amplitude(), ecorePackage.getEDouble(), "amplitude", "1.0", 0, 1, SineInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSineInput_Frequency(), ecorePackage.getEDouble(), "frequency", null, 0, 1, SineInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSineInput_Period(), ecorePackage.getEDouble(), "period", null, 0, 1, SineInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSineInput_Phase(), ecorePackage.getEDouble(), "phase", "0.0", 0, 1, SineInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSineInput_Offset(), ecorePackage.getEDouble(), "offset", "0.0", 0, 1, SineInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(noiseInputEClass, NoiseInput.class, "NoiseInput", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNoiseInput_Distribution(), this.getDistribution(), null, "distribution", null, 1, 1, NoiseInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(expressionInputEClass, ExpressionInput.class, "ExpressionInput", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExpressionInput_Expression(), ecorePackage.getEString(), "expression", "0", 0, 1, ExpressionInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(poissonInputEClass, PoissonInput.class, "PoissonInput", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPoissonInput_Rate(), ecorePackage.getEDouble(), "rate", "10.0", 0, 1, PoissonInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoissonInput_Weight(), ecorePackage.getEDouble(), "weight", "0.1", 0, 1, PoissonInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoissonInput_Sources(), ecorePackage.getEInt(), "sources", "1", 0, 1, PoissonInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spikeSourceArrayEClass, SpikeSourceArray.class, "SpikeSourceArray", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpikeSourceArray_Times(), ecorePackage.getEDouble(), "times", null, 0, -1, SpikeSourceArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpikeSourceArray_Weight(), ecorePackage.getEDouble(), "weight", "1.0", 0, 1, SpikeSourceArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recorderEClass, Recorder.class, "Recorder", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRecorder_Population(), this.getPopulation(), null, "population", null, 1, 1, Recorder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spikeRecorderEClass, SpikeRecorder.class, "SpikeRecorder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(stateRecorderEClass, StateRecorder.class, "StateRecorder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStateRecorder_Variable(), this.getStateVariable(), "variable", "v", 0, 1, StateRecorder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStateRecorder_Neurons(), ecorePackage.getEInt(), "neurons", null, 0, -1, StateRecorder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStateRecorder_SamplingInterval(), ecorePackage.getEDouble(), "samplingInterval", null, 0, 1, StateRecorder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rateRecorderEClass, RateRecorder.class, "RateRecorder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRateRecorder_BinWidth(), ecorePackage.getEDouble(), "binWidth", null, 0, 1, RateRecorder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(integrationSchemeEEnum, IntegrationScheme.class, "IntegrationScheme");
		addEEnumLiteral(integrationSchemeEEnum, IntegrationScheme.FORWARD_EULER);
		addEEnumLiteral(integrationSchemeEEnum, IntegrationScheme.EXACT);

		initEEnum(populationTypeEEnum, PopulationType.class, "PopulationType");
		addEEnumLiteral(populationTypeEEnum, PopulationType.EXCITATORY);
		addEEnumLiteral(populationTypeEEnum, PopulationType.INHIBITORY);

		initEEnum(stateVariableEEnum, StateVariable.class, "StateVariable");
		addEEnumLiteral(stateVariableEEnum, StateVariable.MEMBRANE_POTENTIAL);
		addEEnumLiteral(stateVariableEEnum, StateVariable.INPUT_CURRENT);
		addEEnumLiteral(stateVariableEEnum, StateVariable.SYNAPTIC_CURRENT);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://spikestudio.org/unit
		createUnitAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://spikestudio.org/unit</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createUnitAnnotations() {
		String source = "http://spikestudio.org/unit";
		addAnnotation
		  (stateVariableEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (stateVariableEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "unit", "nA"
		   });
		addAnnotation
		  (stateVariableEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "unit", "nA"
		   });
		addAnnotation
		  (getNetwork_Seed(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getSimulationSettings_TimeStep(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getSimulationSettings_Duration(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getLifModel_Resistance(),
		   source,
		   new String[] {
			   "unit", "MOhm"
		   });
		addAnnotation
		  (getLifModel_Capacitance(),
		   source,
		   new String[] {
			   "unit", "nF"
		   });
		addAnnotation
		  (getLifModel_MembraneTimeConstant(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getLifModel_RestPotential(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getLifModel_ResetPotential(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getLifModel_Threshold(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getLifModel_RefractoryPeriod(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getLifModel_InitialPotential(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getLifModel_LowerBound(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getIzhikevichModel_A(),
		   source,
		   new String[] {
			   "unit", "1/ms"
		   });
		addAnnotation
		  (getIzhikevichModel_B(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getIzhikevichModel_C(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getIzhikevichModel_D(),
		   source,
		   new String[] {
			   "unit", "mV/ms"
		   });
		addAnnotation
		  (getIzhikevichModel_PeakPotential(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getIzhikevichModel_InitialPotential(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getAdExModel_Capacitance(),
		   source,
		   new String[] {
			   "unit", "nF"
		   });
		addAnnotation
		  (getAdExModel_LeakConductance(),
		   source,
		   new String[] {
			   "unit", "uS"
		   });
		addAnnotation
		  (getAdExModel_LeakReversal(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getAdExModel_ThresholdPotential(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getAdExModel_SlopeFactor(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getAdExModel_SubthresholdAdaptation(),
		   source,
		   new String[] {
			   "unit", "uS"
		   });
		addAnnotation
		  (getAdExModel_AdaptationTimeConstant(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getAdExModel_SpikeTriggeredAdaptation(),
		   source,
		   new String[] {
			   "unit", "nA"
		   });
		addAnnotation
		  (getAdExModel_ResetPotential(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getAdExModel_PeakPotential(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getAdExModel_RefractoryPeriod(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getAdExModel_InitialPotential(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getPopulation_Size(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getPopulation_InitialPotential(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getConstantValue_Value(),
		   source,
		   new String[] {
			   "unit", "inherit"
		   });
		addAnnotation
		  (getUniformDistribution_Low(),
		   source,
		   new String[] {
			   "unit", "inherit"
		   });
		addAnnotation
		  (getUniformDistribution_High(),
		   source,
		   new String[] {
			   "unit", "inherit"
		   });
		addAnnotation
		  (getNormalDistribution_Mean(),
		   source,
		   new String[] {
			   "unit", "inherit"
		   });
		addAnnotation
		  (getNormalDistribution_StandardDeviation(),
		   source,
		   new String[] {
			   "unit", "inherit"
		   });
		addAnnotation
		  (getFixedProbability_Probability(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getFixedOutDegree_Degree(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getFixedInDegree_Degree(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getConnection_Pre(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getConnection_Post(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (deltaSynapseEClass,
		   source,
		   new String[] {
			   "weightUnit", "mV"
		   });
		addAnnotation
		  (exponentialCurrentSynapseEClass,
		   source,
		   new String[] {
			   "weightUnit", "nA"
		   });
		addAnnotation
		  (getExponentialCurrentSynapse_TimeConstant(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (exponentialConductanceSynapseEClass,
		   source,
		   new String[] {
			   "weightUnit", "uS"
		   });
		addAnnotation
		  (getExponentialConductanceSynapse_TimeConstant(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getExponentialConductanceSynapse_ReversalPotential(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getProjection_Weight(),
		   source,
		   new String[] {
			   "unit", "synapse"
		   });
		addAnnotation
		  (getProjection_Delay(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getSpikeCountCoupling_Threshold(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getSpikeCountCoupling_Effect(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getInput_Neurons(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getConstantInput_Amplitude(),
		   source,
		   new String[] {
			   "unit", "nA"
		   });
		addAnnotation
		  (getStepInput_Start(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getStepInput_Stop(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getStepInput_Amplitude(),
		   source,
		   new String[] {
			   "unit", "nA"
		   });
		addAnnotation
		  (getSineInput_Amplitude(),
		   source,
		   new String[] {
			   "unit", "nA"
		   });
		addAnnotation
		  (getSineInput_Frequency(),
		   source,
		   new String[] {
			   "unit", "Hz"
		   });
		addAnnotation
		  (getSineInput_Period(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getSineInput_Phase(),
		   source,
		   new String[] {
			   "unit", "rad"
		   });
		addAnnotation
		  (getSineInput_Offset(),
		   source,
		   new String[] {
			   "unit", "nA"
		   });
		addAnnotation
		  (getNoiseInput_Distribution(),
		   source,
		   new String[] {
			   "unit", "nA"
		   });
		addAnnotation
		  (getExpressionInput_Expression(),
		   source,
		   new String[] {
			   "unit", "nA"
		   });
		addAnnotation
		  (getPoissonInput_Rate(),
		   source,
		   new String[] {
			   "unit", "Hz"
		   });
		addAnnotation
		  (getPoissonInput_Weight(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getPoissonInput_Sources(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getSpikeSourceArray_Times(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getSpikeSourceArray_Weight(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getStateRecorder_Neurons(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getStateRecorder_SamplingInterval(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getRateRecorder_BinWidth(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
	}

} //SpikestudioPackageImpl
