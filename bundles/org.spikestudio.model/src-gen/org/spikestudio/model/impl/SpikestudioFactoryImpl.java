/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.spikestudio.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SpikestudioFactoryImpl extends EFactoryImpl implements SpikestudioFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SpikestudioFactory init() {
		try {
			SpikestudioFactory theSpikestudioFactory = (SpikestudioFactory)EPackage.Registry.INSTANCE.getEFactory(SpikestudioPackage.eNS_URI);
			if (theSpikestudioFactory != null) {
				return theSpikestudioFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SpikestudioFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpikestudioFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SpikestudioPackage.NETWORK: return createNetwork();
			case SpikestudioPackage.SIMULATION_SETTINGS: return createSimulationSettings();
			case SpikestudioPackage.LIF_MODEL: return createLifModel();
			case SpikestudioPackage.IZHIKEVICH_MODEL: return createIzhikevichModel();
			case SpikestudioPackage.AD_EX_MODEL: return createAdExModel();
			case SpikestudioPackage.POPULATION: return createPopulation();
			case SpikestudioPackage.ASSEMBLY: return createAssembly();
			case SpikestudioPackage.CONSTANT_VALUE: return createConstantValue();
			case SpikestudioPackage.UNIFORM_DISTRIBUTION: return createUniformDistribution();
			case SpikestudioPackage.NORMAL_DISTRIBUTION: return createNormalDistribution();
			case SpikestudioPackage.ALL_TO_ALL: return createAllToAll();
			case SpikestudioPackage.ONE_TO_ONE: return createOneToOne();
			case SpikestudioPackage.FIXED_PROBABILITY: return createFixedProbability();
			case SpikestudioPackage.FIXED_OUT_DEGREE: return createFixedOutDegree();
			case SpikestudioPackage.FIXED_IN_DEGREE: return createFixedInDegree();
			case SpikestudioPackage.EXPLICIT_CONNECTIONS: return createExplicitConnections();
			case SpikestudioPackage.CONNECTION: return createConnection();
			case SpikestudioPackage.DELTA_SYNAPSE: return createDeltaSynapse();
			case SpikestudioPackage.EXPONENTIAL_CURRENT_SYNAPSE: return createExponentialCurrentSynapse();
			case SpikestudioPackage.EXPONENTIAL_CONDUCTANCE_SYNAPSE: return createExponentialConductanceSynapse();
			case SpikestudioPackage.PROJECTION: return createProjection();
			case SpikestudioPackage.SPIKE_COUNT_COUPLING: return createSpikeCountCoupling();
			case SpikestudioPackage.CONSTANT_INPUT: return createConstantInput();
			case SpikestudioPackage.STEP_INPUT: return createStepInput();
			case SpikestudioPackage.SINE_INPUT: return createSineInput();
			case SpikestudioPackage.NOISE_INPUT: return createNoiseInput();
			case SpikestudioPackage.EXPRESSION_INPUT: return createExpressionInput();
			case SpikestudioPackage.POISSON_INPUT: return createPoissonInput();
			case SpikestudioPackage.SPIKE_SOURCE_ARRAY: return createSpikeSourceArray();
			case SpikestudioPackage.SPIKE_RECORDER: return createSpikeRecorder();
			case SpikestudioPackage.STATE_RECORDER: return createStateRecorder();
			case SpikestudioPackage.RATE_RECORDER: return createRateRecorder();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SpikestudioPackage.INTEGRATION_SCHEME:
				return createIntegrationSchemeFromString(eDataType, initialValue);
			case SpikestudioPackage.POPULATION_TYPE:
				return createPopulationTypeFromString(eDataType, initialValue);
			case SpikestudioPackage.STATE_VARIABLE:
				return createStateVariableFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SpikestudioPackage.INTEGRATION_SCHEME:
				return convertIntegrationSchemeToString(eDataType, instanceValue);
			case SpikestudioPackage.POPULATION_TYPE:
				return convertPopulationTypeToString(eDataType, instanceValue);
			case SpikestudioPackage.STATE_VARIABLE:
				return convertStateVariableToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Network createNetwork() {
		NetworkImpl network = new NetworkImpl();
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SimulationSettings createSimulationSettings() {
		SimulationSettingsImpl simulationSettings = new SimulationSettingsImpl();
		return simulationSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifModel createLifModel() {
		LifModelImpl lifModel = new LifModelImpl();
		return lifModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IzhikevichModel createIzhikevichModel() {
		IzhikevichModelImpl izhikevichModel = new IzhikevichModelImpl();
		return izhikevichModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdExModel createAdExModel() {
		AdExModelImpl adExModel = new AdExModelImpl();
		return adExModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Population createPopulation() {
		PopulationImpl population = new PopulationImpl();
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assembly createAssembly() {
		AssemblyImpl assembly = new AssemblyImpl();
		return assembly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConstantValue createConstantValue() {
		ConstantValueImpl constantValue = new ConstantValueImpl();
		return constantValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UniformDistribution createUniformDistribution() {
		UniformDistributionImpl uniformDistribution = new UniformDistributionImpl();
		return uniformDistribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NormalDistribution createNormalDistribution() {
		NormalDistributionImpl normalDistribution = new NormalDistributionImpl();
		return normalDistribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllToAll createAllToAll() {
		AllToAllImpl allToAll = new AllToAllImpl();
		return allToAll;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OneToOne createOneToOne() {
		OneToOneImpl oneToOne = new OneToOneImpl();
		return oneToOne;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FixedProbability createFixedProbability() {
		FixedProbabilityImpl fixedProbability = new FixedProbabilityImpl();
		return fixedProbability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FixedOutDegree createFixedOutDegree() {
		FixedOutDegreeImpl fixedOutDegree = new FixedOutDegreeImpl();
		return fixedOutDegree;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FixedInDegree createFixedInDegree() {
		FixedInDegreeImpl fixedInDegree = new FixedInDegreeImpl();
		return fixedInDegree;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExplicitConnections createExplicitConnections() {
		ExplicitConnectionsImpl explicitConnections = new ExplicitConnectionsImpl();
		return explicitConnections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Connection createConnection() {
		ConnectionImpl connection = new ConnectionImpl();
		return connection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeltaSynapse createDeltaSynapse() {
		DeltaSynapseImpl deltaSynapse = new DeltaSynapseImpl();
		return deltaSynapse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExponentialCurrentSynapse createExponentialCurrentSynapse() {
		ExponentialCurrentSynapseImpl exponentialCurrentSynapse = new ExponentialCurrentSynapseImpl();
		return exponentialCurrentSynapse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExponentialConductanceSynapse createExponentialConductanceSynapse() {
		ExponentialConductanceSynapseImpl exponentialConductanceSynapse = new ExponentialConductanceSynapseImpl();
		return exponentialConductanceSynapse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Projection createProjection() {
		ProjectionImpl projection = new ProjectionImpl();
		return projection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpikeCountCoupling createSpikeCountCoupling() {
		SpikeCountCouplingImpl spikeCountCoupling = new SpikeCountCouplingImpl();
		return spikeCountCoupling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConstantInput createConstantInput() {
		ConstantInputImpl constantInput = new ConstantInputImpl();
		return constantInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepInput createStepInput() {
		StepInputImpl stepInput = new StepInputImpl();
		return stepInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SineInput createSineInput() {
		SineInputImpl sineInput = new SineInputImpl();
		return sineInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoiseInput createNoiseInput() {
		NoiseInputImpl noiseInput = new NoiseInputImpl();
		return noiseInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpressionInput createExpressionInput() {
		ExpressionInputImpl expressionInput = new ExpressionInputImpl();
		return expressionInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PoissonInput createPoissonInput() {
		PoissonInputImpl poissonInput = new PoissonInputImpl();
		return poissonInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpikeSourceArray createSpikeSourceArray() {
		SpikeSourceArrayImpl spikeSourceArray = new SpikeSourceArrayImpl();
		return spikeSourceArray;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpikeRecorder createSpikeRecorder() {
		SpikeRecorderImpl spikeRecorder = new SpikeRecorderImpl();
		return spikeRecorder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StateRecorder createStateRecorder() {
		StateRecorderImpl stateRecorder = new StateRecorderImpl();
		return stateRecorder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RateRecorder createRateRecorder() {
		RateRecorderImpl rateRecorder = new RateRecorderImpl();
		return rateRecorder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IntegrationScheme createIntegrationSchemeFromString(EDataType eDataType, String initialValue) {
		IntegrationScheme result = IntegrationScheme.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIntegrationSchemeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PopulationType createPopulationTypeFromString(EDataType eDataType, String initialValue) {
		PopulationType result = PopulationType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPopulationTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StateVariable createStateVariableFromString(EDataType eDataType, String initialValue) {
		StateVariable result = StateVariable.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStateVariableToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpikestudioPackage getSpikestudioPackage() {
		return (SpikestudioPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SpikestudioPackage getPackage() {
		return SpikestudioPackage.eINSTANCE;
	}

} //SpikestudioFactoryImpl
