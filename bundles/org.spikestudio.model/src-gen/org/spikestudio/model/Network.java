/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a model file: neuron models, populations, projections, spike-count couplings, inputs and recorders, with the random seed and the simulation settings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.Network#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.spikestudio.model.Network#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.spikestudio.model.Network#getSimulation <em>Simulation</em>}</li>
 *   <li>{@link org.spikestudio.model.Network#getNeuronModels <em>Neuron Models</em>}</li>
 *   <li>{@link org.spikestudio.model.Network#getPopulations <em>Populations</em>}</li>
 *   <li>{@link org.spikestudio.model.Network#getAssemblies <em>Assemblies</em>}</li>
 *   <li>{@link org.spikestudio.model.Network#getProjections <em>Projections</em>}</li>
 *   <li>{@link org.spikestudio.model.Network#getCouplings <em>Couplings</em>}</li>
 *   <li>{@link org.spikestudio.model.Network#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.spikestudio.model.Network#getRecorders <em>Recorders</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getNetwork()
 * @model
 * @generated
 */
public interface Network extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the file format. A file written by a newer Spikestudio is refused with a clear message instead of being misread.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see org.spikestudio.model.SpikestudioPackage#getNetwork_FormatVersion()
	 * @model default="1"
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Network#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Random seed: connectivity, distributions, noise and Poisson inputs are drawn from it. The same model and seed give bit-identical spikes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.spikestudio.model.SpikestudioPackage#getNetwork_Seed()
	 * @model default="1"
	 *        annotation="http://spikestudio.org/unit unit='1'"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Network#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Simulation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time step, duration and integration scheme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Simulation</em>' containment reference.
	 * @see #setSimulation(SimulationSettings)
	 * @see org.spikestudio.model.SpikestudioPackage#getNetwork_Simulation()
	 * @model containment="true" required="true"
	 * @generated
	 */
	SimulationSettings getSimulation();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Network#getSimulation <em>Simulation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Simulation</em>' containment reference.
	 * @see #getSimulation()
	 * @generated
	 */
	void setSimulation(SimulationSettings value);

	/**
	 * Returns the value of the '<em><b>Neuron Models</b></em>' containment reference list.
	 * The list contents are of type {@link org.spikestudio.model.NeuronModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reusable neuron models, referenced by populations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Neuron Models</em>' containment reference list.
	 * @see org.spikestudio.model.SpikestudioPackage#getNetwork_NeuronModels()
	 * @model containment="true"
	 * @generated
	 */
	EList<NeuronModel> getNeuronModels();

	/**
	 * Returns the value of the '<em><b>Populations</b></em>' containment reference list.
	 * The list contents are of type {@link org.spikestudio.model.Population}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Groups of identical neurons.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Populations</em>' containment reference list.
	 * @see org.spikestudio.model.SpikestudioPackage#getNetwork_Populations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Population> getPopulations();

	/**
	 * Returns the value of the '<em><b>Assemblies</b></em>' containment reference list.
	 * The list contents are of type {@link org.spikestudio.model.Assembly}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unions of populations that projections can connect as one group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assemblies</em>' containment reference list.
	 * @see org.spikestudio.model.SpikestudioPackage#getNetwork_Assemblies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assembly> getAssemblies();

	/**
	 * Returns the value of the '<em><b>Projections</b></em>' containment reference list.
	 * The list contents are of type {@link org.spikestudio.model.Projection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Synaptic connections from one population to another (or to itself).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Projections</em>' containment reference list.
	 * @see org.spikestudio.model.SpikestudioPackage#getNetwork_Projections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Projection> getProjections();

	/**
	 * Returns the value of the '<em><b>Couplings</b></em>' containment reference list.
	 * The list contents are of type {@link org.spikestudio.model.SpikeCountCoupling}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Population-level couplings triggered by a number of source spikes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Couplings</em>' containment reference list.
	 * @see org.spikestudio.model.SpikestudioPackage#getNetwork_Couplings()
	 * @model containment="true"
	 * @generated
	 */
	EList<SpikeCountCoupling> getCouplings();

	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' containment reference list.
	 * The list contents are of type {@link org.spikestudio.model.Input}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * External stimulation of populations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inputs</em>' containment reference list.
	 * @see org.spikestudio.model.SpikestudioPackage#getNetwork_Inputs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Input> getInputs();

	/**
	 * Returns the value of the '<em><b>Recorders</b></em>' containment reference list.
	 * The list contents are of type {@link org.spikestudio.model.Recorder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the simulation records.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recorders</em>' containment reference list.
	 * @see org.spikestudio.model.SpikestudioPackage#getNetwork_Recorders()
	 * @model containment="true"
	 * @generated
	 */
	EList<Recorder> getRecorders();

} // Network
