/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.spikestudio.model.SpikestudioPackage
 * @generated
 */
public interface SpikestudioFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SpikestudioFactory eINSTANCE = org.spikestudio.model.impl.SpikestudioFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Network</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network</em>'.
	 * @generated
	 */
	Network createNetwork();

	/**
	 * Returns a new object of class '<em>Simulation Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Simulation Settings</em>'.
	 * @generated
	 */
	SimulationSettings createSimulationSettings();

	/**
	 * Returns a new object of class '<em>Lif Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lif Model</em>'.
	 * @generated
	 */
	LifModel createLifModel();

	/**
	 * Returns a new object of class '<em>Izhikevich Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Izhikevich Model</em>'.
	 * @generated
	 */
	IzhikevichModel createIzhikevichModel();

	/**
	 * Returns a new object of class '<em>Ad Ex Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ad Ex Model</em>'.
	 * @generated
	 */
	AdExModel createAdExModel();

	/**
	 * Returns a new object of class '<em>Population</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Population</em>'.
	 * @generated
	 */
	Population createPopulation();

	/**
	 * Returns a new object of class '<em>Assembly</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assembly</em>'.
	 * @generated
	 */
	Assembly createAssembly();

	/**
	 * Returns a new object of class '<em>Constant Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Constant Value</em>'.
	 * @generated
	 */
	ConstantValue createConstantValue();

	/**
	 * Returns a new object of class '<em>Uniform Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Uniform Distribution</em>'.
	 * @generated
	 */
	UniformDistribution createUniformDistribution();

	/**
	 * Returns a new object of class '<em>Normal Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Normal Distribution</em>'.
	 * @generated
	 */
	NormalDistribution createNormalDistribution();

	/**
	 * Returns a new object of class '<em>All To All</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>All To All</em>'.
	 * @generated
	 */
	AllToAll createAllToAll();

	/**
	 * Returns a new object of class '<em>One To One</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>One To One</em>'.
	 * @generated
	 */
	OneToOne createOneToOne();

	/**
	 * Returns a new object of class '<em>Fixed Probability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fixed Probability</em>'.
	 * @generated
	 */
	FixedProbability createFixedProbability();

	/**
	 * Returns a new object of class '<em>Fixed Out Degree</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fixed Out Degree</em>'.
	 * @generated
	 */
	FixedOutDegree createFixedOutDegree();

	/**
	 * Returns a new object of class '<em>Fixed In Degree</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fixed In Degree</em>'.
	 * @generated
	 */
	FixedInDegree createFixedInDegree();

	/**
	 * Returns a new object of class '<em>Explicit Connections</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Explicit Connections</em>'.
	 * @generated
	 */
	ExplicitConnections createExplicitConnections();

	/**
	 * Returns a new object of class '<em>Connection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Connection</em>'.
	 * @generated
	 */
	Connection createConnection();

	/**
	 * Returns a new object of class '<em>Delta Synapse</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Delta Synapse</em>'.
	 * @generated
	 */
	DeltaSynapse createDeltaSynapse();

	/**
	 * Returns a new object of class '<em>Exponential Current Synapse</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Exponential Current Synapse</em>'.
	 * @generated
	 */
	ExponentialCurrentSynapse createExponentialCurrentSynapse();

	/**
	 * Returns a new object of class '<em>Exponential Conductance Synapse</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Exponential Conductance Synapse</em>'.
	 * @generated
	 */
	ExponentialConductanceSynapse createExponentialConductanceSynapse();

	/**
	 * Returns a new object of class '<em>Projection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Projection</em>'.
	 * @generated
	 */
	Projection createProjection();

	/**
	 * Returns a new object of class '<em>Spike Count Coupling</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Spike Count Coupling</em>'.
	 * @generated
	 */
	SpikeCountCoupling createSpikeCountCoupling();

	/**
	 * Returns a new object of class '<em>Constant Input</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Constant Input</em>'.
	 * @generated
	 */
	ConstantInput createConstantInput();

	/**
	 * Returns a new object of class '<em>Step Input</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Step Input</em>'.
	 * @generated
	 */
	StepInput createStepInput();

	/**
	 * Returns a new object of class '<em>Sine Input</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sine Input</em>'.
	 * @generated
	 */
	SineInput createSineInput();

	/**
	 * Returns a new object of class '<em>Noise Input</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Noise Input</em>'.
	 * @generated
	 */
	NoiseInput createNoiseInput();

	/**
	 * Returns a new object of class '<em>Expression Input</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expression Input</em>'.
	 * @generated
	 */
	ExpressionInput createExpressionInput();

	/**
	 * Returns a new object of class '<em>Poisson Input</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Poisson Input</em>'.
	 * @generated
	 */
	PoissonInput createPoissonInput();

	/**
	 * Returns a new object of class '<em>Spike Source Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Spike Source Array</em>'.
	 * @generated
	 */
	SpikeSourceArray createSpikeSourceArray();

	/**
	 * Returns a new object of class '<em>Spike Recorder</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Spike Recorder</em>'.
	 * @generated
	 */
	SpikeRecorder createSpikeRecorder();

	/**
	 * Returns a new object of class '<em>State Recorder</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>State Recorder</em>'.
	 * @generated
	 */
	StateRecorder createStateRecorder();

	/**
	 * Returns a new object of class '<em>Rate Recorder</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rate Recorder</em>'.
	 * @generated
	 */
	RateRecorder createRateRecorder();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SpikestudioPackage getSpikestudioPackage();

} //SpikestudioFactory
