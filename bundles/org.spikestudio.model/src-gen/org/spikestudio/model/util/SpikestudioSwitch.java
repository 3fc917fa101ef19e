/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.spikestudio.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.spikestudio.model.SpikestudioPackage
 * @generated
 */
public class SpikestudioSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SpikestudioPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpikestudioSwitch() {
		if (modelPackage == null) {
			modelPackage = SpikestudioPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case SpikestudioPackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = caseIdentified(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.NETWORK: {
				Network network = (Network)theEObject;
				T result = caseNetwork(network);
				if (result == null) result = caseNamedElement(network);
				if (result == null) result = caseIdentified(network);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.SIMULATION_SETTINGS: {
				SimulationSettings simulationSettings = (SimulationSettings)theEObject;
				T result = caseSimulationSettings(simulationSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.NEURON_MODEL: {
				NeuronModel neuronModel = (NeuronModel)theEObject;
				T result = caseNeuronModel(neuronModel);
				if (result == null) result = caseNamedElement(neuronModel);
				if (result == null) result = caseIdentified(neuronModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.LIF_MODEL: {
				LifModel lifModel = (LifModel)theEObject;
				T result = caseLifModel(lifModel);
				if (result == null) result = caseNeuronModel(lifModel);
				if (result == null) result = caseNamedElement(lifModel);
				if (result == null) result = caseIdentified(lifModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.IZHIKEVICH_MODEL: {
				IzhikevichModel izhikevichModel = (IzhikevichModel)theEObject;
				T result = caseIzhikevichModel(izhikevichModel);
				if (result == null) result = caseNeuronModel(izhikevichModel);
				if (result == null) result = caseNamedElement(izhikevichModel);
				if (result == null) result = caseIdentified(izhikevichModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.AD_EX_MODEL: {
				AdExModel adExModel = (AdExModel)theEObject;
				T result = caseAdExModel(adExModel);
				if (result == null) result = caseNeuronModel(adExModel);
				if (result == null) result = caseNamedElement(adExModel);
				if (result == null) result = caseIdentified(adExModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.NEURON_GROUP: {
				NeuronGroup neuronGroup = (NeuronGroup)theEObject;
				T result = caseNeuronGroup(neuronGroup);
				if (result == null) result = caseNamedElement(neuronGroup);
				if (result == null) result = caseIdentified(neuronGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.POPULATION: {
				Population population = (Population)theEObject;
				T result = casePopulation(population);
				if (result == null) result = caseNeuronGroup(population);
				if (result == null) result = caseNamedElement(population);
				if (result == null) result = caseIdentified(population);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.ASSEMBLY: {
				Assembly assembly = (Assembly)theEObject;
				T result = caseAssembly(assembly);
				if (result == null) result = caseNeuronGroup(assembly);
				if (result == null) result = caseNamedElement(assembly);
				if (result == null) result = caseIdentified(assembly);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.DISTRIBUTION: {
				Distribution distribution = (Distribution)theEObject;
				T result = caseDistribution(distribution);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.CONSTANT_VALUE: {
				ConstantValue constantValue = (ConstantValue)theEObject;
				T result = caseConstantValue(constantValue);
				if (result == null) result = caseDistribution(constantValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.UNIFORM_DISTRIBUTION: {
				UniformDistribution uniformDistribution = (UniformDistribution)theEObject;
				T result = caseUniformDistribution(uniformDistribution);
				if (result == null) result = caseDistribution(uniformDistribution);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.NORMAL_DISTRIBUTION: {
				NormalDistribution normalDistribution = (NormalDistribution)theEObject;
				T result = caseNormalDistribution(normalDistribution);
				if (result == null) result = caseDistribution(normalDistribution);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.CONNECTIVITY: {
				Connectivity connectivity = (Connectivity)theEObject;
				T result = caseConnectivity(connectivity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.ALL_TO_ALL: {
				AllToAll allToAll = (AllToAll)theEObject;
				T result = caseAllToAll(allToAll);
				if (result == null) result = caseConnectivity(allToAll);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.ONE_TO_ONE: {
				OneToOne oneToOne = (OneToOne)theEObject;
				T result = caseOneToOne(oneToOne);
				if (result == null) result = caseConnectivity(oneToOne);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.FIXED_PROBABILITY: {
				FixedProbability fixedProbability = (FixedProbability)theEObject;
				T result = caseFixedProbability(fixedProbability);
				if (result == null) result = caseConnectivity(fixedProbability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.FIXED_OUT_DEGREE: {
				FixedOutDegree fixedOutDegree = (FixedOutDegree)theEObject;
				T result = caseFixedOutDegree(fixedOutDegree);
				if (result == null) result = caseConnectivity(fixedOutDegree);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.FIXED_IN_DEGREE: {
				FixedInDegree fixedInDegree = (FixedInDegree)theEObject;
				T result = caseFixedInDegree(fixedInDegree);
				if (result == null) result = caseConnectivity(fixedInDegree);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.EXPLICIT_CONNECTIONS: {
				ExplicitConnections explicitConnections = (ExplicitConnections)theEObject;
				T result = caseExplicitConnections(explicitConnections);
				if (result == null) result = caseConnectivity(explicitConnections);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.CONNECTION: {
				Connection connection = (Connection)theEObject;
				T result = caseConnection(connection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.SYNAPSE: {
				Synapse synapse = (Synapse)theEObject;
				T result = caseSynapse(synapse);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.DELTA_SYNAPSE: {
				DeltaSynapse deltaSynapse = (DeltaSynapse)theEObject;
				T result = caseDeltaSynapse(deltaSynapse);
				if (result == null) result = caseSynapse(deltaSynapse);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.EXPONENTIAL_CURRENT_SYNAPSE: {
				ExponentialCurrentSynapse exponentialCurrentSynapse = (ExponentialCurrentSynapse)theEObject;
				T result = caseExponentialCurrentSynapse(exponentialCurrentSynapse);
				if (result == null) result = caseSynapse(exponentialCurrentSynapse);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.EXPONENTIAL_CONDUCTANCE_SYNAPSE: {
				ExponentialConductanceSynapse exponentialConductanceSynapse = (ExponentialConductanceSynapse)theEObject;
				T result = caseExponentialConductanceSynapse(exponentialConductanceSynapse);
				if (result == null) result = caseSynapse(exponentialConductanceSynapse);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.PROJECTION: {
				Projection projection = (Projection)theEObject;
				T result = caseProjection(projection);
				if (result == null) result = caseNamedElement(projection);
				if (result == null) result = caseIdentified(projection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.SPIKE_COUNT_COUPLING: {
				SpikeCountCoupling spikeCountCoupling = (SpikeCountCoupling)theEObject;
				T result = caseSpikeCountCoupling(spikeCountCoupling);
				if (result == null) result = caseNamedElement(spikeCountCoupling);
				if (result == null) result = caseIdentified(spikeCountCoupling);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.INPUT: {
				Input input = (Input)theEObject;
				T result = caseInput(input);
				if (result == null) result = caseNamedElement(input);
				if (result == null) result = caseIdentified(input);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.CONSTANT_INPUT: {
				ConstantInput constantInput = (ConstantInput)theEObject;
				T result = caseConstantInput(constantInput);
				if (result == null) result = caseInput(constantInput);
				if (result == null) result = caseNamedElement(constantInput);
				if (result == null) result = caseIdentified(constantInput);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.STEP_INPUT: {
				StepInput stepInput = (StepInput)theEObject;
				T result = caseStepInput(stepInput);
				if (result == null) result = caseInput(stepInput);
				if (result == null) result = caseNamedElement(stepInput);
				if (result == null) result = caseIdentified(stepInput);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.SINE_INPUT: {
				SineInput sineInput = (SineInput)theEObject;
				T result = caseSineInput(sineInput);
				if (result == null) result = caseInput(sineInput);
				if (result == null) result = caseNamedElement(sineInput);
				if (result == null) result = caseIdentified(sineInput);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.NOISE_INPUT: {
				NoiseInput noiseInput = (NoiseInput)theEObject;
				T result = caseNoiseInput(noiseInput);
				if (result == null) result = caseInput(noiseInput);
				if (result == null) result = caseNamedElement(noiseInput);
				if (result == null) result = caseIdentified(noiseInput);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.EXPRESSION_INPUT: {
				ExpressionInput expressionInput = (ExpressionInput)theEObject;
				T result = caseExpressionInput(expressionInput);
				if (result == null) result = caseInput(expressionInput);
				if (result == null) result = caseNamedElement(expressionInput);
				if (result == null) result = caseIdentified(expressionInput);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.POISSON_INPUT: {
				PoissonInput poissonInput = (PoissonInput)theEObject;
				T result = casePoissonInput(poissonInput);
				if (result == null) result = caseInput(poissonInput);
				if (result == null) result = caseNamedElement(poissonInput);
				if (result == null) result = caseIdentified(poissonInput);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.SPIKE_SOURCE_ARRAY: {
				SpikeSourceArray spikeSourceArray = (SpikeSourceArray)theEObject;
				T result = caseSpikeSourceArray(spikeSourceArray);
				if (result == null) result = caseInput(spikeSourceArray);
				if (result == null) result = caseNamedElement(spikeSourceArray);
				if (result == null) result = caseIdentified(spikeSourceArray);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.RECORDER: {
				Recorder recorder = (Recorder)theEObject;
				T result = caseRecorder(recorder);
				if (result == null) result = caseNamedElement(recorder);
				if (result == null) result = caseIdentified(recorder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.SPIKE_RECORDER: {
				SpikeRecorder spikeRecorder = (SpikeRecorder)theEObject;
				T result = caseSpikeRecorder(spikeRecorder);
				if (result == null) result = caseRecorder(spikeRecorder);
				if (result == null) result = caseNamedElement(spikeRecorder);
				if (result == null) result = caseIdentified(spikeRecorder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.STATE_RECORDER: {
				StateRecorder stateRecorder = (StateRecorder)theEObject;
				T result = caseStateRecorder(stateRecorder);
				if (result == null) result = caseRecorder(stateRecorder);
				if (result == null) result = caseNamedElement(stateRecorder);
				if (result == null) result = caseIdentified(stateRecorder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpikestudioPackage.RATE_RECORDER: {
				RateRecorder rateRecorder = (RateRecorder)theEObject;
				T result = caseRateRecorder(rateRecorder);
				if (result == null) result = caseRecorder(rateRecorder);
				if (result == null) result = caseNamedElement(rateRecorder);
				if (result == null) result = caseIdentified(rateRecorder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Network</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Network</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNetwork(Network object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Simulation Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Simulation Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSimulationSettings(SimulationSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Neuron Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Neuron Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNeuronModel(NeuronModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Lif Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Lif Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLifModel(LifModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Izhikevich Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Izhikevich Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIzhikevichModel(IzhikevichModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ad Ex Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ad Ex Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAdExModel(AdExModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Neuron Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Neuron Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNeuronGroup(NeuronGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Population</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Population</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePopulation(Population object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assembly</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assembly</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssembly(Assembly object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Distribution</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDistribution(Distribution object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Constant Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Constant Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConstantValue(ConstantValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Uniform Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Uniform Distribution</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUniformDistribution(UniformDistribution object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Normal Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Normal Distribution</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNormalDistribution(NormalDistribution object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Connectivity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Connectivity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConnectivity(Connectivity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>All To All</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>All To All</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAllToAll(AllToAll object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>One To One</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>One To One</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOneToOne(OneToOne object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fixed Probability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fixed Probability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFixedProbability(FixedProbability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fixed Out Degree</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fixed Out Degree</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFixedOutDegree(FixedOutDegree object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fixed In Degree</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fixed In Degree</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFixedInDegree(FixedInDegree object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Explicit Connections</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Explicit Connections</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExplicitConnections(ExplicitConnections object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Connection</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Connection</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConnection(Connection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Synapse</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Synapse</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSynapse(Synapse object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Delta Synapse</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Delta Synapse</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeltaSynapse(DeltaSynapse object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Exponential Current Synapse</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Exponential Current Synapse</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExponentialCurrentSynapse(ExponentialCurrentSynapse object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Exponential Conductance Synapse</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Exponential Conductance Synapse</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExponentialConductanceSynapse(ExponentialConductanceSynapse object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Projection</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Projection</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProjection(Projection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spike Count Coupling</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spike Count Coupling</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpikeCountCoupling(SpikeCountCoupling object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Input</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Input</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInput(Input object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Constant Input</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Constant Input</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConstantInput(ConstantInput object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Step Input</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Step Input</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStepInput(StepInput object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sine Input</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sine Input</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSineInput(SineInput object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Noise Input</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Noise Input</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNoiseInput(NoiseInput object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expression Input</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expression Input</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpressionInput(ExpressionInput object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Poisson Input</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Poisson Input</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePoissonInput(PoissonInput object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spike Source Array</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spike Source Array</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpikeSourceArray(SpikeSourceArray object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Recorder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Recorder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecorder(Recorder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spike Recorder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spike Recorder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpikeRecorder(SpikeRecorder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>State Recorder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>State Recorder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStateRecorder(StateRecorder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rate Recorder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rate Recorder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRateRecorder(RateRecorder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //SpikestudioSwitch
