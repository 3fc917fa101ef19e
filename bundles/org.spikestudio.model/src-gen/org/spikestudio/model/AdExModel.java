/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ad Ex Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Adaptive exponential integrate-and-fire (Brette and Gerstner 2005): C dV/dt = -g_L(V - E_L) + g_L Delta_T exp((V - V_T)/Delta_T) - w + I, tau_w dw/dt = a(V - E_L) - w; when V >= V_peak: V = V_reset, w += b. Defaults are the paper's regular-spiking values.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.AdExModel#getCapacitance <em>Capacitance</em>}</li>
 *   <li>{@link org.spikestudio.model.AdExModel#getLeakConductance <em>Leak Conductance</em>}</li>
 *   <li>{@link org.spikestudio.model.AdExModel#getLeakReversal <em>Leak Reversal</em>}</li>
 *   <li>{@link org.spikestudio.model.AdExModel#getThresholdPotential <em>Threshold Potential</em>}</li>
 *   <li>{@link org.spikestudio.model.AdExModel#getSlopeFactor <em>Slope Factor</em>}</li>
 *   <li>{@link org.spikestudio.model.AdExModel#getSubthresholdAdaptation <em>Subthreshold Adaptation</em>}</li>
 *   <li>{@link org.spikestudio.model.AdExModel#getAdaptationTimeConstant <em>Adaptation Time Constant</em>}</li>
 *   <li>{@link org.spikestudio.model.AdExModel#getSpikeTriggeredAdaptation <em>Spike Triggered Adaptation</em>}</li>
 *   <li>{@link org.spikestudio.model.AdExModel#getResetPotential <em>Reset Potential</em>}</li>
 *   <li>{@link org.spikestudio.model.AdExModel#getPeakPotential <em>Peak Potential</em>}</li>
 *   <li>{@link org.spikestudio.model.AdExModel#getRefractoryPeriod <em>Refractory Period</em>}</li>
 *   <li>{@link org.spikestudio.model.AdExModel#isDiscardJumpsWhenRefractory <em>Discard Jumps When Refractory</em>}</li>
 *   <li>{@link org.spikestudio.model.AdExModel#getInitialPotential <em>Initial Potential</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getAdExModel()
 * @model
 * @generated
 */
public interface AdExModel extends NeuronModel {
	/**
	 * Returns the value of the '<em><b>Capacitance</b></em>' attribute.
	 * The default value is <code>"0.281"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membrane capacitance C (nF), > 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacitance</em>' attribute.
	 * @see #setCapacitance(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getAdExModel_Capacitance()
	 * @model default="0.281"
	 *        annotation="http://spikestudio.org/unit unit='nF'"
	 * @generated
	 */
	double getCapacitance();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.AdExModel#getCapacitance <em>Capacitance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacitance</em>' attribute.
	 * @see #getCapacitance()
	 * @generated
	 */
	void setCapacitance(double value);

	/**
	 * Returns the value of the '<em><b>Leak Conductance</b></em>' attribute.
	 * The default value is <code>"0.03"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leak conductance g_L (uS), > 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leak Conductance</em>' attribute.
	 * @see #setLeakConductance(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getAdExModel_LeakConductance()
	 * @model default="0.03"
	 *        annotation="http://spikestudio.org/unit unit='uS'"
	 * @generated
	 */
	double getLeakConductance();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.AdExModel#getLeakConductance <em>Leak Conductance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leak Conductance</em>' attribute.
	 * @see #getLeakConductance()
	 * @generated
	 */
	void setLeakConductance(double value);

	/**
	 * Returns the value of the '<em><b>Leak Reversal</b></em>' attribute.
	 * The default value is <code>"-70.6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leak reversal potential E_L (mV).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leak Reversal</em>' attribute.
	 * @see #setLeakReversal(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getAdExModel_LeakReversal()
	 * @model default="-70.6"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getLeakReversal();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.AdExModel#getLeakReversal <em>Leak Reversal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leak Reversal</em>' attribute.
	 * @see #getLeakReversal()
	 * @generated
	 */
	void setLeakReversal(double value);

	/**
	 * Returns the value of the '<em><b>Threshold Potential</b></em>' attribute.
	 * The default value is <code>"-50.4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exponential threshold V_T (mV).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threshold Potential</em>' attribute.
	 * @see #setThresholdPotential(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getAdExModel_ThresholdPotential()
	 * @model default="-50.4"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getThresholdPotential();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.AdExModel#getThresholdPotential <em>Threshold Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold Potential</em>' attribute.
	 * @see #getThresholdPotential()
	 * @generated
	 */
	void setThresholdPotential(double value);

	/**
	 * Returns the value of the '<em><b>Slope Factor</b></em>' attribute.
	 * The default value is <code>"2.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Slope factor Delta_T (mV), > 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slope Factor</em>' attribute.
	 * @see #setSlopeFactor(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getAdExModel_SlopeFactor()
	 * @model default="2.0"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getSlopeFactor();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.AdExModel#getSlopeFactor <em>Slope Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slope Factor</em>' attribute.
	 * @see #getSlopeFactor()
	 * @generated
	 */
	void setSlopeFactor(double value);

	/**
	 * Returns the value of the '<em><b>Subthreshold Adaptation</b></em>' attribute.
	 * The default value is <code>"0.004"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sub-threshold adaptation a (uS).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subthreshold Adaptation</em>' attribute.
	 * @see #setSubthresholdAdaptation(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getAdExModel_SubthresholdAdaptation()
	 * @model default="0.004"
	 *        annotation="http://spikestudio.org/unit unit='uS'"
	 * @generated
	 */
	double getSubthresholdAdaptation();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.AdExModel#getSubthresholdAdaptation <em>Subthreshold Adaptation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subthreshold Adaptation</em>' attribute.
	 * @see #getSubthresholdAdaptation()
	 * @generated
	 */
	void setSubthresholdAdaptation(double value);

	/**
	 * Returns the value of the '<em><b>Adaptation Time Constant</b></em>' attribute.
	 * The default value is <code>"144.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adaptation time constant tau_w (ms), > 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adaptation Time Constant</em>' attribute.
	 * @see #setAdaptationTimeConstant(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getAdExModel_AdaptationTimeConstant()
	 * @model default="144.0"
	 *        annotation="http://spikestudio.org/unit unit='ms'"
	 * @generated
	 */
	double getAdaptationTimeConstant();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.AdExModel#getAdaptationTimeConstant <em>Adaptation Time Constant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adaptation Time Constant</em>' attribute.
	 * @see #getAdaptationTimeConstant()
	 * @generated
	 */
	void setAdaptationTimeConstant(double value);

	/**
	 * Returns the value of the '<em><b>Spike Triggered Adaptation</b></em>' attribute.
	 * The default value is <code>"0.0805"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spike-triggered adaptation b (nA).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spike Triggered Adaptation</em>' attribute.
	 * @see #setSpikeTriggeredAdaptation(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getAdExModel_SpikeTriggeredAdaptation()
	 * @model default="0.0805"
	 *        annotation="http://spikestudio.org/unit unit='nA'"
	 * @generated
	 */
	double getSpikeTriggeredAdaptation();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.AdExModel#getSpikeTriggeredAdaptation <em>Spike Triggered Adaptation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spike Triggered Adaptation</em>' attribute.
	 * @see #getSpikeTriggeredAdaptation()
	 * @generated
	 */
	void setSpikeTriggeredAdaptation(double value);

	/**
	 * Returns the value of the '<em><b>Reset Potential</b></em>' attribute.
	 * The default value is <code>"-70.6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reset potential V_reset (mV), < V_peak.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reset Potential</em>' attribute.
	 * @see #setResetPotential(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getAdExModel_ResetPotential()
	 * @model default="-70.6"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getResetPotential();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.AdExModel#getResetPotential <em>Reset Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reset Potential</em>' attribute.
	 * @see #getResetPotential()
	 * @generated
	 */
	void setResetPotential(double value);

	/**
	 * Returns the value of the '<em><b>Peak Potential</b></em>' attribute.
	 * The default value is <code>"-40.4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spike detection V_peak (mV), > V_T; V_T + 5 Delta_T as in Brian2's example.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Peak Potential</em>' attribute.
	 * @see #setPeakPotential(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getAdExModel_PeakPotential()
	 * @model default="-40.4"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getPeakPotential();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.AdExModel#getPeakPotential <em>Peak Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peak Potential</em>' attribute.
	 * @see #getPeakPotential()
	 * @generated
	 */
	void setPeakPotential(double value);

	/**
	 * Returns the value of the '<em><b>Refractory Period</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Absolute refractory period (ms), >= 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Refractory Period</em>' attribute.
	 * @see #setRefractoryPeriod(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getAdExModel_RefractoryPeriod()
	 * @model default="0.0"
	 *        annotation="http://spikestudio.org/unit unit='ms'"
	 * @generated
	 */
	double getRefractoryPeriod();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.AdExModel#getRefractoryPeriod <em>Refractory Period</em>}' attribute.
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
	 * @see org.spikestudio.model.SpikestudioPackage#getAdExModel_DiscardJumpsWhenRefractory()
	 * @model default="false"
	 * @generated
	 */
	boolean isDiscardJumpsWhenRefractory();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.AdExModel#isDiscardJumpsWhenRefractory <em>Discard Jumps When Refractory</em>}' attribute.
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
	 * Initial V (mV); E_L when not set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial Potential</em>' attribute.
	 * @see #isSetInitialPotential()
	 * @see #unsetInitialPotential()
	 * @see #setInitialPotential(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getAdExModel_InitialPotential()
	 * @model unsettable="true"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getInitialPotential();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.AdExModel#getInitialPotential <em>Initial Potential</em>}' attribute.
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
	 * Unsets the value of the '{@link org.spikestudio.model.AdExModel#getInitialPotential <em>Initial Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInitialPotential()
	 * @see #getInitialPotential()
	 * @see #setInitialPotential(double)
	 * @generated
	 */
	void unsetInitialPotential();

	/**
	 * Returns whether the value of the '{@link org.spikestudio.model.AdExModel#getInitialPotential <em>Initial Potential</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Initial Potential</em>' attribute is set.
	 * @see #unsetInitialPotential()
	 * @see #getInitialPotential()
	 * @see #setInitialPotential(double)
	 * @generated
	 */
	boolean isSetInitialPotential();

} // AdExModel
