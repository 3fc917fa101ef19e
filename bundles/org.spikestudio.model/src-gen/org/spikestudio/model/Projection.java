/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Projection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Synapses from a source group to a target group (possibly the same). Delays are rounded to whole steps, D = round(d/dt) with halves rounded up. A spike emitted in step k is delivered at the end of step k+D, after that step's threshold and reset, so it first changes the potential computed in step k+D+1: a zero delay acts at the next step, as in Brian2, and a delay of one step (0.1 ms at dt = 0.1 ms) two steps after the spike.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.Projection#getSource <em>Source</em>}</li>
 *   <li>{@link org.spikestudio.model.Projection#getTarget <em>Target</em>}</li>
 *   <li>{@link org.spikestudio.model.Projection#getConnectivity <em>Connectivity</em>}</li>
 *   <li>{@link org.spikestudio.model.Projection#isAllowAutapses <em>Allow Autapses</em>}</li>
 *   <li>{@link org.spikestudio.model.Projection#isAllowMultapses <em>Allow Multapses</em>}</li>
 *   <li>{@link org.spikestudio.model.Projection#getSynapse <em>Synapse</em>}</li>
 *   <li>{@link org.spikestudio.model.Projection#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.spikestudio.model.Projection#getDelay <em>Delay</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getProjection()
 * @model
 * @generated
 */
public interface Projection extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Source (presynaptic) population or assembly; its type gives the sign of the effect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(NeuronGroup)
	 * @see org.spikestudio.model.SpikestudioPackage#getProjection_Source()
	 * @model required="true"
	 * @generated
	 */
	NeuronGroup getSource();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Projection#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(NeuronGroup value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target (postsynaptic) population or assembly.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(NeuronGroup)
	 * @see org.spikestudio.model.SpikestudioPackage#getProjection_Target()
	 * @model required="true"
	 * @generated
	 */
	NeuronGroup getTarget();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Projection#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(NeuronGroup value);

	/**
	 * Returns the value of the '<em><b>Connectivity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connection rule.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connectivity</em>' containment reference.
	 * @see #setConnectivity(Connectivity)
	 * @see org.spikestudio.model.SpikestudioPackage#getProjection_Connectivity()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Connectivity getConnectivity();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Projection#getConnectivity <em>Connectivity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connectivity</em>' containment reference.
	 * @see #getConnectivity()
	 * @generated
	 */
	void setConnectivity(Connectivity value);

	/**
	 * Returns the value of the '<em><b>Allow Autapses</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a neuron may connect to itself (only for a population projecting onto itself).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allow Autapses</em>' attribute.
	 * @see #setAllowAutapses(boolean)
	 * @see org.spikestudio.model.SpikestudioPackage#getProjection_AllowAutapses()
	 * @model default="false"
	 * @generated
	 */
	boolean isAllowAutapses();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Projection#isAllowAutapses <em>Allow Autapses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Autapses</em>' attribute.
	 * @see #isAllowAutapses()
	 * @generated
	 */
	void setAllowAutapses(boolean value);

	/**
	 * Returns the value of the '<em><b>Allow Multapses</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the same (pre, post) pair may be drawn more than once by the degree rules.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allow Multapses</em>' attribute.
	 * @see #setAllowMultapses(boolean)
	 * @see org.spikestudio.model.SpikestudioPackage#getProjection_AllowMultapses()
	 * @model default="false"
	 * @generated
	 */
	boolean isAllowMultapses();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Projection#isAllowMultapses <em>Allow Multapses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Multapses</em>' attribute.
	 * @see #isAllowMultapses()
	 * @generated
	 */
	void setAllowMultapses(boolean value);

	/**
	 * Returns the value of the '<em><b>Synapse</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Synapse kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Synapse</em>' containment reference.
	 * @see #setSynapse(Synapse)
	 * @see org.spikestudio.model.SpikestudioPackage#getProjection_Synapse()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Synapse getSynapse();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Projection#getSynapse <em>Synapse</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Synapse</em>' containment reference.
	 * @see #getSynapse()
	 * @generated
	 */
	void setSynapse(Synapse value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight magnitude: mV for delta synapses, nA for current synapses, uS for conductance synapses. A negative constant is taken as its magnitude (with a warning); samples of a distribution below 0 are clipped to 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' containment reference.
	 * @see #setWeight(Distribution)
	 * @see org.spikestudio.model.SpikestudioPackage#getProjection_Weight()
	 * @model containment="true" required="true"
	 *        annotation="http://spikestudio.org/unit unit='synapse'"
	 * @generated
	 */
	Distribution getWeight();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Projection#getWeight <em>Weight</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' containment reference.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(Distribution value);

	/**
	 * Returns the value of the '<em><b>Delay</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transmission delay (ms), >= 0, rounded to whole time steps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delay</em>' containment reference.
	 * @see #setDelay(Distribution)
	 * @see org.spikestudio.model.SpikestudioPackage#getProjection_Delay()
	 * @model containment="true" required="true"
	 *        annotation="http://spikestudio.org/unit unit='ms'"
	 * @generated
	 */
	Distribution getDelay();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Projection#getDelay <em>Delay</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delay</em>' containment reference.
	 * @see #getDelay()
	 * @generated
	 */
	void setDelay(Distribution value);

} // Projection
