/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Population</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of identical neurons, indexed 0..size-1. Size 1 is a single neuron.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.Population#getSize <em>Size</em>}</li>
 *   <li>{@link org.spikestudio.model.Population#getType <em>Type</em>}</li>
 *   <li>{@link org.spikestudio.model.Population#getNeuronModel <em>Neuron Model</em>}</li>
 *   <li>{@link org.spikestudio.model.Population#getInitialPotential <em>Initial Potential</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getPopulation()
 * @model
 * @generated
 */
public interface Population extends NeuronGroup {
	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of neurons, >= 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see org.spikestudio.model.SpikestudioPackage#getPopulation_Size()
	 * @model default="1"
	 *        annotation="http://spikestudio.org/unit unit='1'"
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Population#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The default value is <code>"excitatory"</code>.
	 * The literals are from the enumeration {@link org.spikestudio.model.PopulationType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Excitatory or inhibitory: the sign of all outgoing synaptic effects (Dale's principle).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.spikestudio.model.PopulationType
	 * @see #setType(PopulationType)
	 * @see org.spikestudio.model.SpikestudioPackage#getPopulation_Type()
	 * @model default="excitatory"
	 * @generated
	 */
	PopulationType getType();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Population#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.spikestudio.model.PopulationType
	 * @see #getType()
	 * @generated
	 */
	void setType(PopulationType value);

	/**
	 * Returns the value of the '<em><b>Neuron Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The neuron model of every neuron of the population.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Neuron Model</em>' reference.
	 * @see #setNeuronModel(NeuronModel)
	 * @see org.spikestudio.model.SpikestudioPackage#getPopulation_NeuronModel()
	 * @model required="true"
	 * @generated
	 */
	NeuronModel getNeuronModel();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Population#getNeuronModel <em>Neuron Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Neuron Model</em>' reference.
	 * @see #getNeuronModel()
	 * @generated
	 */
	void setNeuronModel(NeuronModel value);

	/**
	 * Returns the value of the '<em><b>Initial Potential</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional distribution of initial potentials (mV), drawn per neuron from the seed; overrides the model's initial potential.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial Potential</em>' containment reference.
	 * @see #setInitialPotential(Distribution)
	 * @see org.spikestudio.model.SpikestudioPackage#getPopulation_InitialPotential()
	 * @model containment="true"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	Distribution getInitialPotential();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Population#getInitialPotential <em>Initial Potential</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Potential</em>' containment reference.
	 * @see #getInitialPotential()
	 * @generated
	 */
	void setInitialPotential(Distribution value);

} // Population
