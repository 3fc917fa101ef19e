/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.spikestudio.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.spikestudio.model.SpikestudioPackage
 * @generated
 */
public class SpikestudioAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SpikestudioPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpikestudioAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = SpikestudioPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpikestudioSwitch<Adapter> modelSwitch =
		new SpikestudioSwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseNetwork(Network object) {
				return createNetworkAdapter();
			}
			@Override
			public Adapter caseSimulationSettings(SimulationSettings object) {
				return createSimulationSettingsAdapter();
			}
			@Override
			public Adapter caseNeuronModel(NeuronModel object) {
				return createNeuronModelAdapter();
			}
			@Override
			public Adapter caseLifModel(LifModel object) {
				return createLifModelAdapter();
			}
			@Override
			public Adapter caseIzhikevichModel(IzhikevichModel object) {
				return createIzhikevichModelAdapter();
			}
			@Override
			public Adapter caseAdExModel(AdExModel object) {
				return createAdExModelAdapter();
			}
			@Override
			public Adapter caseNeuronGroup(NeuronGroup object) {
				return createNeuronGroupAdapter();
			}
			@Override
			public Adapter casePopulation(Population object) {
				return createPopulationAdapter();
			}
			@Override
			public Adapter caseAssembly(Assembly object) {
				return createAssemblyAdapter();
			}
			@Override
			public Adapter caseDistribution(Distribution object) {
				return createDistributionAdapter();
			}
			@Override
			public Adapter caseConstantValue(ConstantValue object) {
				return createConstantValueAdapter();
			}
			@Override
			public Adapter caseUniformDistribution(UniformDistribution object) {
				return createUniformDistributionAdapter();
			}
			@Override
			public Adapter caseNormalDistribution(NormalDistribution object) {
				return createNormalDistributionAdapter();
			}
			@Override
			public Adapter caseConnectivity(Connectivity object) {
				return createConnectivityAdapter();
			}
			@Override
			public Adapter caseAllToAll(AllToAll object) {
				return createAllToAllAdapter();
			}
			@Override
			public Adapter caseOneToOne(OneToOne object) {
				return createOneToOneAdapter();
			}
			@Override
			public Adapter caseFixedProbability(FixedProbability object) {
				return createFixedProbabilityAdapter();
			}
			@Override
			public Adapter caseFixedOutDegree(FixedOutDegree object) {
				return createFixedOutDegreeAdapter();
			}
			@Override
			public Adapter caseFixedInDegree(FixedInDegree object) {
				return createFixedInDegreeAdapter();
			}
			@Override
			public Adapter caseExplicitConnections(ExplicitConnections object) {
				return createExplicitConnectionsAdapter();
			}
			@Override
			public Adapter caseConnection(Connection object) {
				return createConnectionAdapter();
			}
			@Override
			public Adapter caseSynapse(Synapse object) {
				return createSynapseAdapter();
			}
			@Override
			public Adapter caseDeltaSynapse(DeltaSynapse object) {
				return createDeltaSynapseAdapter();
			}
			@Override
			public Adapter caseExponentialCurrentSynapse(ExponentialCurrentSynapse object) {
				return createExponentialCurrentSynapseAdapter();
			}
			@Override
			public Adapter caseExponentialConductanceSynapse(ExponentialConductanceSynapse object) {
				return createExponentialConductanceSynapseAdapter();
			}
			@Override
			public Adapter caseProjection(Projection object) {
				return createProjectionAdapter();
			}
			@Override
			public Adapter caseSpikeCountCoupling(SpikeCountCoupling object) {
				return createSpikeCountCouplingAdapter();
			}
			@Override
			public Adapter caseInput(Input object) {
				return createInputAdapter();
			}
			@Override
			public Adapter caseConstantInput(ConstantInput object) {
				return createConstantInputAdapter();
			}
			@Override
			public Adapter caseStepInput(StepInput object) {
				return createStepInputAdapter();
			}
			@Override
			public Adapter caseSineInput(SineInput object) {
				return createSineInputAdapter();
			}
			@Override
			public Adapter caseNoiseInput(NoiseInput object) {
				return createNoiseInputAdapter();
			}
			@Override
			public Adapter caseExpressionInput(ExpressionInput object) {
				return createExpressionInputAdapter();
			}
			@Override
			public Adapter casePoissonInput(PoissonInput object) {
				return createPoissonInputAdapter();
			}
			@Override
			public Adapter caseSpikeSourceArray(SpikeSourceArray object) {
				return createSpikeSourceArrayAdapter();
			}
			@Override
			public Adapter caseRecorder(Recorder object) {
				return createRecorderAdapter();
			}
			@Override
			public Adapter caseSpikeRecorder(SpikeRecorder object) {
				return createSpikeRecorderAdapter();
			}
			@Override
			public Adapter caseStateRecorder(StateRecorder object) {
				return createStateRecorderAdapter();
			}
			@Override
			public Adapter caseRateRecorder(RateRecorder object) {
				return createRateRecorderAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.Network <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.Network
	 * @generated
	 */
	public Adapter createNetworkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.SimulationSettings <em>Simulation Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.SimulationSettings
	 * @generated
	 */
	public Adapter createSimulationSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.NeuronModel <em>Neuron Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.NeuronModel
	 * @generated
	 */
	public Adapter createNeuronModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.LifModel <em>Lif Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.LifModel
	 * @generated
	 */
	public Adapter createLifModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.IzhikevichModel <em>Izhikevich Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.IzhikevichModel
	 * @generated
	 */
	public Adapter createIzhikevichModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.AdExModel <em>Ad Ex Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.AdExModel
	 * @generated
	 */
	public Adapter createAdExModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.NeuronGroup <em>Neuron Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.NeuronGroup
	 * @generated
	 */
	public Adapter createNeuronGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.Population <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.Population
	 * @generated
	 */
	public Adapter createPopulationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.Assembly <em>Assembly</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.Assembly
	 * @generated
	 */
	public Adapter createAssemblyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.Distribution <em>Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.Distribution
	 * @generated
	 */
	public Adapter createDistributionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.ConstantValue <em>Constant Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.ConstantValue
	 * @generated
	 */
	public Adapter createConstantValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.UniformDistribution <em>Uniform Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.UniformDistribution
	 * @generated
	 */
	public Adapter createUniformDistributionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.NormalDistribution <em>Normal Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.NormalDistribution
	 * @generated
	 */
	public Adapter createNormalDistributionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.Connectivity <em>Connectivity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.Connectivity
	 * @generated
	 */
	public Adapter createConnectivityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.AllToAll <em>All To All</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.AllToAll
	 * @generated
	 */
	public Adapter createAllToAllAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.OneToOne <em>One To One</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.OneToOne
	 * @generated
	 */
	public Adapter createOneToOneAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.FixedProbability <em>Fixed Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.FixedProbability
	 * @generated
	 */
	public Adapter createFixedProbabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.FixedOutDegree <em>Fixed Out Degree</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.FixedOutDegree
	 * @generated
	 */
	public Adapter createFixedOutDegreeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.FixedInDegree <em>Fixed In Degree</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.FixedInDegree
	 * @generated
	 */
	public Adapter createFixedInDegreeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.ExplicitConnections <em>Explicit Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.ExplicitConnections
	 * @generated
	 */
	public Adapter createExplicitConnectionsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.Connection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.Connection
	 * @generated
	 */
	public Adapter createConnectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.Synapse <em>Synapse</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.Synapse
	 * @generated
	 */
	public Adapter createSynapseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.DeltaSynapse <em>Delta Synapse</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.DeltaSynapse
	 * @generated
	 */
	public Adapter createDeltaSynapseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.ExponentialCurrentSynapse <em>Exponential Current Synapse</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.ExponentialCurrentSynapse
	 * @generated
	 */
	public Adapter createExponentialCurrentSynapseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.ExponentialConductanceSynapse <em>Exponential Conductance Synapse</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.ExponentialConductanceSynapse
	 * @generated
	 */
	public Adapter createExponentialConductanceSynapseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.Projection <em>Projection</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.Projection
	 * @generated
	 */
	public Adapter createProjectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.SpikeCountCoupling <em>Spike Count Coupling</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.SpikeCountCoupling
	 * @generated
	 */
	public Adapter createSpikeCountCouplingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.Input <em>Input</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.Input
	 * @generated
	 */
	public Adapter createInputAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.ConstantInput <em>Constant Input</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.ConstantInput
	 * @generated
	 */
	public Adapter createConstantInputAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.StepInput <em>Step Input</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.StepInput
	 * @generated
	 */
	public Adapter createStepInputAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.SineInput <em>Sine Input</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.SineInput
	 * @generated
	 */
	public Adapter createSineInputAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.NoiseInput <em>Noise Input</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.NoiseInput
	 * @generated
	 */
	public Adapter createNoiseInputAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.ExpressionInput <em>Expression Input</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.ExpressionInput
	 * @generated
	 */
	public Adapter createExpressionInputAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.PoissonInput <em>Poisson Input</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.PoissonInput
	 * @generated
	 */
	public Adapter createPoissonInputAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.SpikeSourceArray <em>Spike Source Array</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.SpikeSourceArray
	 * @generated
	 */
	public Adapter createSpikeSourceArrayAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.Recorder <em>Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.Recorder
	 * @generated
	 */
	public Adapter createRecorderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.SpikeRecorder <em>Spike Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.SpikeRecorder
	 * @generated
	 */
	public Adapter createSpikeRecorderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.StateRecorder <em>State Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.StateRecorder
	 * @generated
	 */
	public Adapter createStateRecorderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spikestudio.model.RateRecorder <em>Rate Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spikestudio.model.RateRecorder
	 * @generated
	 */
	public Adapter createRateRecorderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //SpikestudioAdapterFactory
