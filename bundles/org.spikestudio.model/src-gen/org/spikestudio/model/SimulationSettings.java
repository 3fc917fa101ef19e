/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Simulation Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Clock settings of a run. The duration must be a whole number of time steps.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.SimulationSettings#getTimeStep <em>Time Step</em>}</li>
 *   <li>{@link org.spikestudio.model.SimulationSettings#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.spikestudio.model.SimulationSettings#getIntegration <em>Integration</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getSimulationSettings()
 * @model
 * @generated
 */
public interface SimulationSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Time Step</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time step dt (ms), > 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Step</em>' attribute.
	 * @see #setTimeStep(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getSimulationSettings_TimeStep()
	 * @model default="0.1"
	 *        annotation="http://spikestudio.org/unit unit='ms'"
	 * @generated
	 */
	double getTimeStep();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.SimulationSettings#getTimeStep <em>Time Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Step</em>' attribute.
	 * @see #getTimeStep()
	 * @generated
	 */
	void setTimeStep(double value);

	/**
	 * Returns the value of the '<em><b>Duration</b></em>' attribute.
	 * The default value is <code>"100.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Simulated time (ms), > 0 and a whole number of time steps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration</em>' attribute.
	 * @see #setDuration(double)
	 * @see org.spikestudio.model.SpikestudioPackage#getSimulationSettings_Duration()
	 * @model default="100.0"
	 *        annotation="http://spikestudio.org/unit unit='ms'"
	 * @generated
	 */
	double getDuration();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.SimulationSettings#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' attribute.
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(double value);

	/**
	 * Returns the value of the '<em><b>Integration</b></em>' attribute.
	 * The default value is <code>"forwardEuler"</code>.
	 * The literals are from the enumeration {@link org.spikestudio.model.IntegrationScheme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Integration scheme: forwardEuler (the assignment's scheme) or exact (exponential integration of LIF).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Integration</em>' attribute.
	 * @see org.spikestudio.model.IntegrationScheme
	 * @see #setIntegration(IntegrationScheme)
	 * @see org.spikestudio.model.SpikestudioPackage#getSimulationSettings_Integration()
	 * @model default="forwardEuler"
	 * @generated
	 */
	IntegrationScheme getIntegration();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.SimulationSettings#getIntegration <em>Integration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Integration</em>' attribute.
	 * @see org.spikestudio.model.IntegrationScheme
	 * @see #getIntegration()
	 * @generated
	 */
	void setIntegration(IntegrationScheme value);

} // SimulationSettings
