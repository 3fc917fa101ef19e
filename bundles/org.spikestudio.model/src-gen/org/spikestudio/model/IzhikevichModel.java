/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Izhikevich Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Izhikevich (2003) neuron: dv/dt = 0.04v^2 + 5v + 140 - u + I, du/dt = a(bv - u); when v >= v_peak: v = c, u += d. v in mV, t in ms, I in the model's own current units (taken as nA).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.IzhikevichModel#getA <em>A</em>}</li>
 *   <li>{@link org.spikestudio.model.IzhikevichModel#getB <em>B</em>}</li>
 *   <li>{@link org.spikestudio.model.IzhikevichModel#getC <em>C</em>}</li>
 *   <li>{@link org.spikestudio.model.IzhikevichModel#getD <em>D</em>}</li>
 *   <li>{@link org.spikestudio.model.IzhikevichModel#getPeakPotential <em>Peak Potential</em>}</li>
 *   <li>{@link org.spikestudio.model.IzhikevichModel#getInitialPotential <em>Initial Potential</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getIzhikevichModel()
 * @model
 * @generated
 */
public interface IzhikevichModel extends NeuronModel {
	/**
	 * Returns the value of the '<em><b>A</b></em>' attribute.
	 * The default value is <code>"0.02"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recovery time scale a (1/ms).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>A</em>' attribute.
	 * @see #setA(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getIzhikevichModel_A()
	 * @model default="0.02"
	 *        annotation="http://spikestudio.org/unit unit='1/ms'"
	 * @generated
	 */
	double getA();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.IzhikevichModel#getA <em>A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>A</em>' attribute.
	 * @see #getA()
	 * @generated
	 */
	void setA(double value);

	/**
	 * Returns the value of the '<em><b>B</b></em>' attribute.
	 * The default value is <code>"0.2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recovery sensitivity b (dimensionless).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>B</em>' attribute.
	 * @see #setB(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getIzhikevichModel_B()
	 * @model default="0.2"
	 *        annotation="http://spikestudio.org/unit unit='1'"
	 * @generated
	 */
	double getB();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.IzhikevichModel#getB <em>B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>B</em>' attribute.
	 * @see #getB()
	 * @generated
	 */
	void setB(double value);

	/**
	 * Returns the value of the '<em><b>C</b></em>' attribute.
	 * The default value is <code>"-65.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After-spike reset c of v (mV).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>C</em>' attribute.
	 * @see #setC(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getIzhikevichModel_C()
	 * @model default="-65.0"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getC();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.IzhikevichModel#getC <em>C</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>C</em>' attribute.
	 * @see #getC()
	 * @generated
	 */
	void setC(double value);

	/**
	 * Returns the value of the '<em><b>D</b></em>' attribute.
	 * The default value is <code>"8.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After-spike increment d of the recovery variable u (mV/ms).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>D</em>' attribute.
	 * @see #setD(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getIzhikevichModel_D()
	 * @model default="8.0"
	 *        annotation="http://spikestudio.org/unit unit='mV/ms'"
	 * @generated
	 */
	double getD();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.IzhikevichModel#getD <em>D</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>D</em>' attribute.
	 * @see #getD()
	 * @generated
	 */
	void setD(double value);

	/**
	 * Returns the value of the '<em><b>Peak Potential</b></em>' attribute.
	 * The default value is <code>"30.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spike cut-off v_peak (mV).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Peak Potential</em>' attribute.
	 * @see #setPeakPotential(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getIzhikevichModel_PeakPotential()
	 * @model default="30.0"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getPeakPotential();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.IzhikevichModel#getPeakPotential <em>Peak Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peak Potential</em>' attribute.
	 * @see #getPeakPotential()
	 * @generated
	 */
	void setPeakPotential(double value);

	/**
	 * Returns the value of the '<em><b>Initial Potential</b></em>' attribute.
	 * The default value is <code>"-65.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Initial v (mV); u starts at b*v.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial Potential</em>' attribute.
	 * @see #setInitialPotential(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getIzhikevichModel_InitialPotential()
	 * @model default="-65.0"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 */
	double getInitialPotential();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.IzhikevichModel#getInitialPotential <em>Initial Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Potential</em>' attribute.
	 * @see #getInitialPotential()
	 * @generated
	 */
	void setInitialPotential(double value);

} // IzhikevichModel
