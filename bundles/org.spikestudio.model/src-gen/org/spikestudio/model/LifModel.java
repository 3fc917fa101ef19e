/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lif Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Leaky integrate-and-fire neuron: tau_m du/dt = -(u - u_rest) + R*I with tau_m = R*C. When u >= threshold the neuron spikes, u is set to u_reset and held there for the refractory period. With the seed assignment's numbers: R = 1 MOhm, C = 10 nF, threshold 1 mV, u_rest = u_reset = 0 mV.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.LifModel#getResistance <em>Resistance</em>}</li>
 *   <li>{@link org.spikestudio.model.LifModel#getCapacitance <em>Capacitance</em>}</li>
 *   <li>{@link org.spikestudio.model.LifModel#getMembraneTimeConstant <em>Membrane Time Constant</em>}</li>
 *   <li>{@link org.spikestudio.model.LifModel#getRestPotential <em>Rest Potential</em>}</li>
 *   <li>{@link org.spikestudio.model.LifModel#getResetPotential <em>Reset Potential</em>}</li>
 *   <li>{@link org.spikestudio.model.LifModel#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.spikestudio.model.LifModel#getRefractoryPeriod <em>Refractory Period</em>}</li>
 *   <li>{@link org.spikestudio.model.LifModel#isDiscardJumpsWhenRefractory <em>Discard Jumps When Refractory</em>}</li>
 *   <li>{@link org.spikestudio.model.LifModel#getInitialPotential <em>Initial Potential</em>}</li>
 *   <li>{@link org.spikestudio.model.LifModel#getLowerBound <em>Lower Bound</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getLifModel()
 * @model
 * @generated
 */
public interface LifModel extends NeuronModel {
	/**
	 * Returns the value of the '<em><b>Resistance</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membrane resistance R (MOhm), > 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resistance</em>' attribute.
	 * @see #setResistance(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getLifModel_Resistance()
	 * @model default="1.0"
	 *        annotation="http://spikestudio.org/unit unit='MOhm'"
	 * @generated
	 */
	double getResistance();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.LifModel#getResistance <em>Resistance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resistance</em>' attribute.
	 * @see #getResistance()
	 * @generated
	 */
	void setResistance(double value);

	/**
	 * Returns the value of the '<em><b>Capacitance</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membrane capacitance C (nF), > 0. Ignored when the membrane time constant is set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacitance</em>' attribute.
	 * @see #setCapacitance(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getLifModel_Capacitance()
	 * @model default="10.0"
	 *        annotation="http://spikestudio.org/unit unit='nF'"
	 * @generated
	 */
	double getCapacitance();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.LifModel#getCapacitance <em>Capacitance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacitance</em>' attribute.
	 * @see #getCapacitance()
	 * @generated
	 */
	void setCapacitance(double value);

	/**
	 * Returns the value of the '<em><b>Membrane Time Constant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional membrane time constant tau_m (ms), > 0. When set, it replaces R*C (C = tau_m/R).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Membrane Time Constant</em>' attribute.
	 * @see #isSetMembraneTimeConstant()
	 * @see #unsetMembraneTimeConstant()
	 * @see #setMembraneTimeConstant(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getLifModel_MembraneTimeConstant()
	 * @model unsettable="true"
	 *        annotation="http://spikestudio.org/unit unit='ms'"
	 * @generated
	 */
	double getMembraneTimeConstant();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.LifModel#getMembraneTimeConstant <em>Membrane Time Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Membrane Time Constant</em>' attribute.
	 * @see #isSetMembraneTimeConstant()
	 * @see #unsetMembraneTimeConstant()
	 * @see #getMembraneTimeConstant()
	 * @generated
	 */
	void setMembraneTimeConstant(double value);

	/**
	 * Unsets the value of the '{@link org.spikestudio.model.LifModel#getMembraneTimeConstant <em>Membrane Time Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMembraneTimeConstant()
	 * @see #getMembraneTimeConstant()
	 * @see #setMembraneTimeConstant(double)
	 * @generated
	 */
	void unsetMembraneTimeConstant();

	/**
	 * Returns whether the value of the '{@link org.spikestudio.model.LifModel#getMembraneTimeConstant <em>Membrane Time Constant</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Membrane Time Constant</em>' attribute is set.
	 * @see #unsetMembraneTimeConstant()
	 * @see #getMembraneTimeConstant()
	 * @see #setMembraneTimeConstant(double)
	 * @generated
	 */
	boolean isSetMembraneTimeConstant();

	/**
	 * Returns the value of the '<em><b>Rest Potential</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resting potential u_rest (mV).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rest Potential</em>' attribute.
	 * @see #setRestPotential(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getLifModel_RestPotential()
	 * @model default="0.0"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getRestPotential();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.LifModel#getRestPotential <em>Rest Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rest Potential</em>' attribute.
	 * @see #getRestPotential()
	 * @generated
	 */
	void setRestPotential(double value);

	/**
	 * Returns the value of the '<em><b>Reset Potential</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reset potential u_reset (mV) after a spike, < threshold.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reset Potential</em>' attribute.
	 * @see #setResetPotential(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getLifModel_ResetPotential()
	 * @model default="0.0"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getResetPotential();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.LifModel#getResetPotential <em>Reset Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reset Potential</em>' attribute.
	 * @see #getResetPotential()
	 * @generated
	 */
	void setResetPotential(double value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Firing threshold theta (mV): a spike when u >= theta.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getLifModel_Threshold()
	 * @model default="1.0"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getThreshold();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.LifModel#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Refractory Period</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Absolute refractory period (ms), >= 0: u is held at u_reset for round(t_ref/dt) steps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Refractory Period</em>' attribute.
	 * @see #setRefractoryPeriod(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getLifModel_RefractoryPeriod()
	 * @model default="0.0"
	 *        annotation="http://spikestudio.org/unit unit='ms'"
	 * @generated
	 */
	double getRefractoryPeriod();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.LifModel#getRefractoryPeriod <em>Refractory Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Refractory Period</em>' attribute.
	 * @see #getRefractoryPeriod()
	 * @generated
	 */
	void setRefractoryPeriod(double value);

	/**
	 * Returns the value of the '<em><b>Discard Jumps When Refractory</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether delta-synapse jumps that arrive during the refractory period are discarded, as Brian2 2.5.1 does for a potential declared (unless refractory); by default they are applied to the held potential.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discard Jumps When Refractory</em>' attribute.
	 * @see #setDiscardJumpsWhenRefractory(boolean)
	 * @see org.spikestudio.model.SpikestudioPackage#getLifModel_DiscardJumpsWhenRefractory()
	 * @model default="false"
	 * @generated
	 */
	boolean isDiscardJumpsWhenRefractory();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.LifModel#isDiscardJumpsWhenRefractory <em>Discard Jumps When Refractory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discard Jumps When Refractory</em>' attribute.
	 * @see #isDiscardJumpsWhenRefractory()
	 * @generated
	 */
	void setDiscardJumpsWhenRefractory(boolean value);

	/**
	 * Returns the value of the '<em><b>Initial Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Initial membrane potential u(0) (mV); u_rest when not set. A population's initial-potential distribution overrides it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial Potential</em>' attribute.
	 * @see #isSetInitialPotential()
	 * @see #unsetInitialPotential()
	 * @see #setInitialPotential(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getLifModel_InitialPotential()
	 * @model unsettable="true"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getInitialPotential();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.LifModel#getInitialPotential <em>Initial Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Potential</em>' attribute.
	 * @see #isSetInitialPotential()
	 * @see #unsetInitialPotential()
	 * @see #getInitialPotential()
	 * @generated
	 */
	void setInitialPotential(double value);

	/**
	 * Unsets the value of the '{@link org.spikestudio.model.LifModel#getInitialPotential <em>Initial Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInitialPotential()
	 * @see #getInitialPotential()
	 * @see #setInitialPotential(double)
	 * @generated
	 */
	void unsetInitialPotential();

	/**
	 * Returns whether the value of the '{@link org.spikestudio.model.LifModel#getInitialPotential <em>Initial Potential</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Initial Potential</em>' attribute is set.
	 * @see #unsetInitialPotential()
	 * @see #getInitialPotential()
	 * @see #setInitialPotential(double)
	 * @generated
	 */
	boolean isSetInitialPotential();

	/**
	 * Returns the value of the '<em><b>Lower Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional lower clamp u_min (mV): whenever u would drop below u_min (after synaptic jumps and after each integration step) it is set to u_min, so a reset potential below u_min acts as u_min. The assignment clamps at u_rest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lower Bound</em>' attribute.
	 * @see #isSetLowerBound()
	 * @see #unsetLowerBound()
	 * @see #setLowerBound(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getLifModel_LowerBound()
	 * @model unsettable="true"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getLowerBound();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.LifModel#getLowerBound <em>Lower Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lower Bound</em>' attribute.
	 * @see #isSetLowerBound()
	 * @see #unsetLowerBound()
	 * @see #getLowerBound()
	 * @generated
	 */
	void setLowerBound(double value);

	/**
	 * Unsets the value of the '{@link org.spikestudio.model.LifModel#getLowerBound <em>Lower Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLowerBound()
	 * @see #getLowerBound()
	 * @see #setLowerBound(double)
	 * @generated
	 */
	void unsetLowerBound();

	/**
	 * Returns whether the value of the '{@link org.spikestudio.model.LifModel#getLowerBound <em>Lower Bound</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Lower Bound</em>' attribute is set.
	 * @see #unsetLowerBound()
	 * @see #getLowerBound()
	 * @see #setLowerBound(double)
	 * @generated
	 */
	boolean isSetLowerBound();

} // LifModel
