/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Spikestudio network model. Units: time ms, potential mV, current nA, resistance MOhm, capacitance nF, conductance uS, rate Hz.
 * <!-- end-model-doc -->
 * @see org.spikestudio.model.SpikestudioFactory
 * @model kind="package"
 * @generated
 */
public interface SpikestudioPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://spikestudio.org/snn";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "snn";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SpikestudioPackage eINSTANCE = org.spikestudio.model.impl.SpikestudioPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.IdentifiedImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.NamedElementImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.NetworkImpl <em>Network</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.NetworkImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getNetwork()
	 * @generated
	 */
	int NETWORK = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__FORMAT_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__SEED = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Simulation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__SIMULATION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Neuron Models</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__NEURON_MODELS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Populations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__POPULATIONS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Assemblies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__ASSEMBLIES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Projections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__PROJECTIONS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Couplings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__COUPLINGS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__INPUTS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Recorders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__RECORDERS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.SimulationSettingsImpl <em>Simulation Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.SimulationSettingsImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getSimulationSettings()
	 * @generated
	 */
	int SIMULATION_SETTINGS = 3;

	/**
	 * The feature id for the '<em><b>Time Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETTINGS__TIME_STEP = 0;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETTINGS__DURATION = 1;

	/**
	 * The feature id for the '<em><b>Integration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETTINGS__INTEGRATION = 2;

	/**
	 * The number of structural features of the '<em>Simulation Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETTINGS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Simulation Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.NeuronModelImpl <em>Neuron Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.NeuronModelImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getNeuronModel()
	 * @generated
	 */
	int NEURON_MODEL = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_MODEL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_MODEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_MODEL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Neuron Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_MODEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Neuron Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_MODEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.LifModelImpl <em>Lif Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.LifModelImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getLifModel()
	 * @generated
	 */
	int LIF_MODEL = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_MODEL__ID = NEURON_MODEL__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_MODEL__NAME = NEURON_MODEL__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_MODEL__DESCRIPTION = NEURON_MODEL__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Resistance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_MODEL__RESISTANCE = NEURON_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Capacitance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_MODEL__CAPACITANCE = NEURON_MODEL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Membrane Time Constant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_MODEL__MEMBRANE_TIME_CONSTANT = NEURON_MODEL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rest Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_MODEL__REST_POTENTIAL = NEURON_MODEL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Reset Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_MODEL__RESET_POTENTIAL = NEURON_MODEL_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_MODEL__THRESHOLD = NEURON_MODEL_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Refractory Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_MODEL__REFRACTORY_PERIOD = NEURON_MODEL_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Discard Jumps When Refractory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY = NEURON_MODEL_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Initial Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_MODEL__INITIAL_POTENTIAL = NEURON_MODEL_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Lower Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_MODEL__LOWER_BOUND = NEURON_MODEL_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Lif Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_MODEL_FEATURE_COUNT = NEURON_MODEL_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Lif Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_MODEL_OPERATION_COUNT = NEURON_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.IzhikevichModelImpl <em>Izhikevich Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.IzhikevichModelImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getIzhikevichModel()
	 * @generated
	 */
	int IZHIKEVICH_MODEL = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH_MODEL__ID = NEURON_MODEL__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH_MODEL__NAME = NEURON_MODEL__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH_MODEL__DESCRIPTION = NEURON_MODEL__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>A</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH_MODEL__A = NEURON_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH_MODEL__B = NEURON_MODEL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>C</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH_MODEL__C = NEURON_MODEL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>D</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH_MODEL__D = NEURON_MODEL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Peak Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH_MODEL__PEAK_POTENTIAL = NEURON_MODEL_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Initial Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH_MODEL__INITIAL_POTENTIAL = NEURON_MODEL_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Izhikevich Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH_MODEL_FEATURE_COUNT = NEURON_MODEL_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Izhikevich Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH_MODEL_OPERATION_COUNT = NEURON_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.AdExModelImpl <em>Ad Ex Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.AdExModelImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getAdExModel()
	 * @generated
	 */
	int AD_EX_MODEL = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL__ID = NEURON_MODEL__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL__NAME = NEURON_MODEL__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL__DESCRIPTION = NEURON_MODEL__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Capacitance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL__CAPACITANCE = NEURON_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Leak Conductance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL__LEAK_CONDUCTANCE = NEURON_MODEL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Leak Reversal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL__LEAK_REVERSAL = NEURON_MODEL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Threshold Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL__THRESHOLD_POTENTIAL = NEURON_MODEL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Slope Factor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL__SLOPE_FACTOR = NEURON_MODEL_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Subthreshold Adaptation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL__SUBTHRESHOLD_ADAPTATION = NEURON_MODEL_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Adaptation Time Constant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL__ADAPTATION_TIME_CONSTANT = NEURON_MODEL_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Spike Triggered Adaptation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL__SPIKE_TRIGGERED_ADAPTATION = NEURON_MODEL_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Reset Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL__RESET_POTENTIAL = NEURON_MODEL_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Peak Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL__PEAK_POTENTIAL = NEURON_MODEL_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Refractory Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL__REFRACTORY_PERIOD = NEURON_MODEL_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Discard Jumps When Refractory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY = NEURON_MODEL_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Initial Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL__INITIAL_POTENTIAL = NEURON_MODEL_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Ad Ex Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL_FEATURE_COUNT = NEURON_MODEL_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Ad Ex Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_MODEL_OPERATION_COUNT = NEURON_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.NeuronGroupImpl <em>Neuron Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.NeuronGroupImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getNeuronGroup()
	 * @generated
	 */
	int NEURON_GROUP = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_GROUP__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_GROUP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_GROUP__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Neuron Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_GROUP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Neuron Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_GROUP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.PopulationImpl <em>Population</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.PopulationImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getPopulation()
	 * @generated
	 */
	int POPULATION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION__ID = NEURON_GROUP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION__NAME = NEURON_GROUP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION__DESCRIPTION = NEURON_GROUP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION__SIZE = NEURON_GROUP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION__TYPE = NEURON_GROUP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Neuron Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION__NEURON_MODEL = NEURON_GROUP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Initial Potential</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION__INITIAL_POTENTIAL = NEURON_GROUP_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Population</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_FEATURE_COUNT = NEURON_GROUP_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Population</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_OPERATION_COUNT = NEURON_GROUP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.AssemblyImpl <em>Assembly</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.AssemblyImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getAssembly()
	 * @generated
	 */
	int ASSEMBLY = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSEMBLY__ID = NEURON_GROUP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSEMBLY__NAME = NEURON_GROUP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSEMBLY__DESCRIPTION = NEURON_GROUP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Populations</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSEMBLY__POPULATIONS = NEURON_GROUP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Assembly</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSEMBLY_FEATURE_COUNT = NEURON_GROUP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Assembly</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSEMBLY_OPERATION_COUNT = NEURON_GROUP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.DistributionImpl <em>Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.DistributionImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getDistribution()
	 * @generated
	 */
	int DISTRIBUTION = 11;

	/**
	 * The number of structural features of the '<em>Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.ConstantValueImpl <em>Constant Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.ConstantValueImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getConstantValue()
	 * @generated
	 */
	int CONSTANT_VALUE = 12;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTANT_VALUE__VALUE = DISTRIBUTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Constant Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTANT_VALUE_FEATURE_COUNT = DISTRIBUTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Constant Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTANT_VALUE_OPERATION_COUNT = DISTRIBUTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.UniformDistributionImpl <em>Uniform Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.UniformDistributionImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getUniformDistribution()
	 * @generated
	 */
	int UNIFORM_DISTRIBUTION = 13;

	/**
	 * The feature id for the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_DISTRIBUTION__LOW = DISTRIBUTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_DISTRIBUTION__HIGH = DISTRIBUTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Uniform Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_DISTRIBUTION_FEATURE_COUNT = DISTRIBUTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Uniform Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_DISTRIBUTION_OPERATION_COUNT = DISTRIBUTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.NormalDistributionImpl <em>Normal Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.NormalDistributionImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getNormalDistribution()
	 * @generated
	 */
	int NORMAL_DISTRIBUTION = 14;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_DISTRIBUTION__MEAN = DISTRIBUTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Standard Deviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_DISTRIBUTION__STANDARD_DEVIATION = DISTRIBUTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Normal Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_DISTRIBUTION_FEATURE_COUNT = DISTRIBUTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Normal Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_DISTRIBUTION_OPERATION_COUNT = DISTRIBUTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.ConnectivityImpl <em>Connectivity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.ConnectivityImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getConnectivity()
	 * @generated
	 */
	int CONNECTIVITY = 15;

	/**
	 * The number of structural features of the '<em>Connectivity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTIVITY_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Connectivity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTIVITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.AllToAllImpl <em>All To All</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.AllToAllImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getAllToAll()
	 * @generated
	 */
	int ALL_TO_ALL = 16;

	/**
	 * The number of structural features of the '<em>All To All</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALL_TO_ALL_FEATURE_COUNT = CONNECTIVITY_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>All To All</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALL_TO_ALL_OPERATION_COUNT = CONNECTIVITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.OneToOneImpl <em>One To One</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.OneToOneImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getOneToOne()
	 * @generated
	 */
	int ONE_TO_ONE = 17;

	/**
	 * The number of structural features of the '<em>One To One</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_TO_ONE_FEATURE_COUNT = CONNECTIVITY_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>One To One</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_TO_ONE_OPERATION_COUNT = CONNECTIVITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.FixedProbabilityImpl <em>Fixed Probability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.FixedProbabilityImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getFixedProbability()
	 * @generated
	 */
	int FIXED_PROBABILITY = 18;

	/**
	 * The feature id for the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_PROBABILITY__PROBABILITY = CONNECTIVITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Fixed Probability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_PROBABILITY_FEATURE_COUNT = CONNECTIVITY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Fixed Probability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_PROBABILITY_OPERATION_COUNT = CONNECTIVITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.FixedOutDegreeImpl <em>Fixed Out Degree</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.FixedOutDegreeImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getFixedOutDegree()
	 * @generated
	 */
	int FIXED_OUT_DEGREE = 19;

	/**
	 * The feature id for the '<em><b>Degree</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_OUT_DEGREE__DEGREE = CONNECTIVITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Fixed Out Degree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_OUT_DEGREE_FEATURE_COUNT = CONNECTIVITY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Fixed Out Degree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_OUT_DEGREE_OPERATION_COUNT = CONNECTIVITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.FixedInDegreeImpl <em>Fixed In Degree</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.FixedInDegreeImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getFixedInDegree()
	 * @generated
	 */
	int FIXED_IN_DEGREE = 20;

	/**
	 * The feature id for the '<em><b>Degree</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_IN_DEGREE__DEGREE = CONNECTIVITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Fixed In Degree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_IN_DEGREE_FEATURE_COUNT = CONNECTIVITY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Fixed In Degree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_IN_DEGREE_OPERATION_COUNT = CONNECTIVITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.ExplicitConnectionsImpl <em>Explicit Connections</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.ExplicitConnectionsImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getExplicitConnections()
	 * @generated
	 */
	int EXPLICIT_CONNECTIONS = 21;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_CONNECTIONS__CONNECTIONS = CONNECTIVITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Explicit Connections</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_CONNECTIONS_FEATURE_COUNT = CONNECTIVITY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Explicit Connections</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_CONNECTIONS_OPERATION_COUNT = CONNECTIVITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.ConnectionImpl <em>Connection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.ConnectionImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getConnection()
	 * @generated
	 */
	int CONNECTION = 22;

	/**
	 * The feature id for the '<em><b>Pre</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__PRE = 0;

	/**
	 * The feature id for the '<em><b>Post</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__POST = 1;

	/**
	 * The number of structural features of the '<em>Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.SynapseImpl <em>Synapse</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.SynapseImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getSynapse()
	 * @generated
	 */
	int SYNAPSE = 23;

	/**
	 * The number of structural features of the '<em>Synapse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNAPSE_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Synapse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNAPSE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.DeltaSynapseImpl <em>Delta Synapse</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.DeltaSynapseImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getDeltaSynapse()
	 * @generated
	 */
	int DELTA_SYNAPSE = 24;

	/**
	 * The number of structural features of the '<em>Delta Synapse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELTA_SYNAPSE_FEATURE_COUNT = SYNAPSE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Delta Synapse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELTA_SYNAPSE_OPERATION_COUNT = SYNAPSE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.ExponentialCurrentSynapseImpl <em>Exponential Current Synapse</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.ExponentialCurrentSynapseImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getExponentialCurrentSynapse()
	 * @generated
	 */
	int EXPONENTIAL_CURRENT_SYNAPSE = 25;

	/**
	 * The feature id for the '<em><b>Time Constant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPONENTIAL_CURRENT_SYNAPSE__TIME_CONSTANT = SYNAPSE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Exponential Current Synapse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPONENTIAL_CURRENT_SYNAPSE_FEATURE_COUNT = SYNAPSE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Exponential Current Synapse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPONENTIAL_CURRENT_SYNAPSE_OPERATION_COUNT = SYNAPSE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.ExponentialConductanceSynapseImpl <em>Exponential Conductance Synapse</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.ExponentialConductanceSynapseImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getExponentialConductanceSynapse()
	 * @generated
	 */
	int EXPONENTIAL_CONDUCTANCE_SYNAPSE = 26;

	/**
	 * The feature id for the '<em><b>Time Constant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPONENTIAL_CONDUCTANCE_SYNAPSE__TIME_CONSTANT = SYNAPSE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reversal Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPONENTIAL_CONDUCTANCE_SYNAPSE__REVERSAL_POTENTIAL = SYNAPSE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Exponential Conductance Synapse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPONENTIAL_CONDUCTANCE_SYNAPSE_FEATURE_COUNT = SYNAPSE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Exponential Conductance Synapse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPONENTIAL_CONDUCTANCE_SYNAPSE_OPERATION_COUNT = SYNAPSE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.ProjectionImpl <em>Projection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.ProjectionImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getProjection()
	 * @generated
	 */
	int PROJECTION = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Connectivity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__CONNECTIVITY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Allow Autapses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__ALLOW_AUTAPSES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Allow Multapses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__ALLOW_MULTAPSES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Synapse</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__SYNAPSE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__WEIGHT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__DELAY = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Projection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Projection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.SpikeCountCouplingImpl <em>Spike Count Coupling</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.SpikeCountCouplingImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getSpikeCountCoupling()
	 * @generated
	 */
	int SPIKE_COUNT_COUPLING = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_COUNT_COUPLING__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_COUNT_COUPLING__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_COUNT_COUPLING__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_COUNT_COUPLING__SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_COUNT_COUPLING__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_COUNT_COUPLING__THRESHOLD = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_COUNT_COUPLING__EFFECT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Spike Count Coupling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_COUNT_COUPLING_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Spike Count Coupling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_COUNT_COUPLING_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.InputImpl <em>Input</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.InputImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getInput()
	 * @generated
	 */
	int INPUT = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Neurons</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT__NEURONS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.ConstantInputImpl <em>Constant Input</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.ConstantInputImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getConstantInput()
	 * @generated
	 */
	int CONSTANT_INPUT = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTANT_INPUT__ID = INPUT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTANT_INPUT__NAME = INPUT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTANT_INPUT__DESCRIPTION = INPUT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTANT_INPUT__TARGET = INPUT__TARGET;

	/**
	 * The feature id for the '<em><b>Neurons</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTANT_INPUT__NEURONS = INPUT__NEURONS;

	/**
	 * The feature id for the '<em><b>Amplitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTANT_INPUT__AMPLITUDE = INPUT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Constant Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTANT_INPUT_FEATURE_COUNT = INPUT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Constant Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTANT_INPUT_OPERATION_COUNT = INPUT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.StepInputImpl <em>Step Input</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.StepInputImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getStepInput()
	 * @generated
	 */
	int STEP_INPUT = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_INPUT__ID = INPUT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_INPUT__NAME = INPUT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_INPUT__DESCRIPTION = INPUT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_INPUT__TARGET = INPUT__TARGET;

	/**
	 * The feature id for the '<em><b>Neurons</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_INPUT__NEURONS = INPUT__NEURONS;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_INPUT__START = INPUT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_INPUT__STOP = INPUT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Amplitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_INPUT__AMPLITUDE = INPUT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Step Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_INPUT_FEATURE_COUNT = INPUT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Step Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_INPUT_OPERATION_COUNT = INPUT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.SineInputImpl <em>Sine Input</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.SineInputImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getSineInput()
	 * @generated
	 */
	int SINE_INPUT = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINE_INPUT__ID = INPUT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINE_INPUT__NAME = INPUT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINE_INPUT__DESCRIPTION = INPUT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINE_INPUT__TARGET = INPUT__TARGET;

	/**
	 * The feature id for the '<em><b>Neurons</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINE_INPUT__NEURONS = INPUT__NEURONS;

	/**
	 * The feature id for the '<em><b>Amplitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINE_INPUT__AMPLITUDE = INPUT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINE_INPUT__FREQUENCY = INPUT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINE_INPUT__PERIOD = INPUT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINE_INPUT__PHASE = INPUT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINE_INPUT__OFFSET = INPUT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Sine Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINE_INPUT_FEATURE_COUNT = INPUT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Sine Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINE_INPUT_OPERATION_COUNT = INPUT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.NoiseInputImpl <em>Noise Input</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.NoiseInputImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getNoiseInput()
	 * @generated
	 */
	int NOISE_INPUT = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_INPUT__ID = INPUT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_INPUT__NAME = INPUT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_INPUT__DESCRIPTION = INPUT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_INPUT__TARGET = INPUT__TARGET;

	/**
	 * The feature id for the '<em><b>Neurons</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_INPUT__NEURONS = INPUT__NEURONS;

	/**
	 * The feature id for the '<em><b>Distribution</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_INPUT__DISTRIBUTION = INPUT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Noise Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_INPUT_FEATURE_COUNT = INPUT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Noise Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_INPUT_OPERATION_COUNT = INPUT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.ExpressionInputImpl <em>Expression Input</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.ExpressionInputImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getExpressionInput()
	 * @generated
	 */
	int EXPRESSION_INPUT = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_INPUT__ID = INPUT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_INPUT__NAME = INPUT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_INPUT__DESCRIPTION = INPUT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_INPUT__TARGET = INPUT__TARGET;

	/**
	 * The feature id for the '<em><b>Neurons</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_INPUT__NEURONS = INPUT__NEURONS;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_INPUT__EXPRESSION = INPUT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Expression Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_INPUT_FEATURE_COUNT = INPUT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Expression Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_INPUT_OPERATION_COUNT = INPUT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.PoissonInputImpl <em>Poisson Input</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.PoissonInputImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getPoissonInput()
	 * @generated
	 */
	int POISSON_INPUT = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_INPUT__ID = INPUT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_INPUT__NAME = INPUT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_INPUT__DESCRIPTION = INPUT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_INPUT__TARGET = INPUT__TARGET;

	/**
	 * The feature id for the '<em><b>Neurons</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_INPUT__NEURONS = INPUT__NEURONS;

	/**
	 * The feature id for the '<em><b>Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_INPUT__RATE = INPUT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_INPUT__WEIGHT = INPUT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_INPUT__SOURCES = INPUT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Poisson Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_INPUT_FEATURE_COUNT = INPUT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Poisson Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_INPUT_OPERATION_COUNT = INPUT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.SpikeSourceArrayImpl <em>Spike Source Array</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.SpikeSourceArrayImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getSpikeSourceArray()
	 * @generated
	 */
	int SPIKE_SOURCE_ARRAY = 36;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_SOURCE_ARRAY__ID = INPUT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_SOURCE_ARRAY__NAME = INPUT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_SOURCE_ARRAY__DESCRIPTION = INPUT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_SOURCE_ARRAY__TARGET = INPUT__TARGET;

	/**
	 * The feature id for the '<em><b>Neurons</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_SOURCE_ARRAY__NEURONS = INPUT__NEURONS;

	/**
	 * The feature id for the '<em><b>Times</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_SOURCE_ARRAY__TIMES = INPUT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_SOURCE_ARRAY__WEIGHT = INPUT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Spike Source Array</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_SOURCE_ARRAY_FEATURE_COUNT = INPUT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Spike Source Array</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_SOURCE_ARRAY_OPERATION_COUNT = INPUT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.RecorderImpl <em>Recorder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.RecorderImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getRecorder()
	 * @generated
	 */
	int RECORDER = 37;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDER__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Population</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDER__POPULATION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Recorder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Recorder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.SpikeRecorderImpl <em>Spike Recorder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.SpikeRecorderImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getSpikeRecorder()
	 * @generated
	 */
	int SPIKE_RECORDER = 38;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_RECORDER__ID = RECORDER__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_RECORDER__NAME = RECORDER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_RECORDER__DESCRIPTION = RECORDER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Population</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_RECORDER__POPULATION = RECORDER__POPULATION;

	/**
	 * The number of structural features of the '<em>Spike Recorder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_RECORDER_FEATURE_COUNT = RECORDER_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Spike Recorder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_RECORDER_OPERATION_COUNT = RECORDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.StateRecorderImpl <em>State Recorder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.StateRecorderImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getStateRecorder()
	 * @generated
	 */
	int STATE_RECORDER = 39;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER__ID = RECORDER__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER__NAME = RECORDER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER__DESCRIPTION = RECORDER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Population</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER__POPULATION = RECORDER__POPULATION;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER__VARIABLE = RECORDER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Neurons</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER__NEURONS = RECORDER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sampling Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER__SAMPLING_INTERVAL = RECORDER_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>State Recorder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER_FEATURE_COUNT = RECORDER_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>State Recorder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER_OPERATION_COUNT = RECORDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.impl.RateRecorderImpl <em>Rate Recorder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.impl.RateRecorderImpl
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getRateRecorder()
	 * @generated
	 */
	int RATE_RECORDER = 40;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_RECORDER__ID = RECORDER__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_RECORDER__NAME = RECORDER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_RECORDER__DESCRIPTION = RECORDER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Population</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_RECORDER__POPULATION = RECORDER__POPULATION;

	/**
	 * The feature id for the '<em><b>Bin Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_RECORDER__BIN_WIDTH = RECORDER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Rate Recorder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_RECORDER_FEATURE_COUNT = RECORDER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Rate Recorder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_RECORDER_OPERATION_COUNT = RECORDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.IntegrationScheme <em>Integration Scheme</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.IntegrationScheme
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getIntegrationScheme()
	 * @generated
	 */
	int INTEGRATION_SCHEME = 41;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.PopulationType <em>Population Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.PopulationType
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getPopulationType()
	 * @generated
	 */
	int POPULATION_TYPE = 42;

	/**
	 * The meta object id for the '{@link org.spikestudio.model.StateVariable <em>State Variable</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spikestudio.model.StateVariable
	 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getStateVariable()
	 * @generated
	 */
	int STATE_VARIABLE = 43;


	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.spikestudio.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.spikestudio.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.spikestudio.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.spikestudio.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.spikestudio.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.Network <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network</em>'.
	 * @see org.spikestudio.model.Network
	 * @generated
	 */
	EClass getNetwork();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.Network#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.spikestudio.model.Network#getFormatVersion()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.Network#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.spikestudio.model.Network#getSeed()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Seed();

	/**
	 * Returns the meta object for the containment reference '{@link org.spikestudio.model.Network#getSimulation <em>Simulation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Simulation</em>'.
	 * @see org.spikestudio.model.Network#getSimulation()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Simulation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spikestudio.model.Network#getNeuronModels <em>Neuron Models</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Neuron Models</em>'.
	 * @see org.spikestudio.model.Network#getNeuronModels()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_NeuronModels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spikestudio.model.Network#getPopulations <em>Populations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Populations</em>'.
	 * @see org.spikestudio.model.Network#getPopulations()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Populations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spikestudio.model.Network#getAssemblies <em>Assemblies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assemblies</em>'.
	 * @see org.spikestudio.model.Network#getAssemblies()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Assemblies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spikestudio.model.Network#getProjections <em>Projections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Projections</em>'.
	 * @see org.spikestudio.model.Network#getProjections()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Projections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spikestudio.model.Network#getCouplings <em>Couplings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Couplings</em>'.
	 * @see org.spikestudio.model.Network#getCouplings()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Couplings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spikestudio.model.Network#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inputs</em>'.
	 * @see org.spikestudio.model.Network#getInputs()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Inputs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spikestudio.model.Network#getRecorders <em>Recorders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recorders</em>'.
	 * @see org.spikestudio.model.Network#getRecorders()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Recorders();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.SimulationSettings <em>Simulation Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Simulation Settings</em>'.
	 * @see org.spikestudio.model.SimulationSettings
	 * @generated
	 */
	EClass getSimulationSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.SimulationSettings#getTimeStep <em>Time Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Step</em>'.
	 * @see org.spikestudio.model.SimulationSettings#getTimeStep()
	 * @see #getSimulationSettings()
	 * @generated
	 */
	EAttribute getSimulationSettings_TimeStep();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.SimulationSettings#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see org.spikestudio.model.SimulationSettings#getDuration()
	 * @see #getSimulationSettings()
	 * @generated
	 */
	EAttribute getSimulationSettings_Duration();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.SimulationSettings#getIntegration <em>Integration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Integration</em>'.
	 * @see org.spikestudio.model.SimulationSettings#getIntegration()
	 * @see #getSimulationSettings()
	 * @generated
	 */
	EAttribute getSimulationSettings_Integration();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.NeuronModel <em>Neuron Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Neuron Model</em>'.
	 * @see org.spikestudio.model.NeuronModel
	 * @generated
	 */
	EClass getNeuronModel();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.LifModel <em>Lif Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lif Model</em>'.
	 * @see org.spikestudio.model.LifModel
	 * @generated
	 */
	EClass getLifModel();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.LifModel#getResistance <em>Resistance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resistance</em>'.
	 * @see org.spikestudio.model.LifModel#getResistance()
	 * @see #getLifModel()
	 * @generated
	 */
	EAttribute getLifModel_Resistance();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.LifModel#getCapacitance <em>Capacitance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacitance</em>'.
	 * @see org.spikestudio.model.LifModel#getCapacitance()
	 * @see #getLifModel()
	 * @generated
	 */
	EAttribute getLifModel_Capacitance();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.LifModel#getMembraneTimeConstant <em>Membrane Time Constant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Membrane Time Constant</em>'.
	 * @see org.spikestudio.model.LifModel#getMembraneTimeConstant()
	 * @see #getLifModel()
	 * @generated
	 */
	EAttribute getLifModel_MembraneTimeConstant();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.LifModel#getRestPotential <em>Rest Potential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rest Potential</em>'.
	 * @see org.spikestudio.model.LifModel#getRestPotential()
	 * @see #getLifModel()
	 * @generated
	 */
	EAttribute getLifModel_RestPotential();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.LifModel#getResetPotential <em>Reset Potential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reset Potential</em>'.
	 * @see org.spikestudio.model.LifModel#getResetPotential()
	 * @see #getLifModel()
	 * @generated
	 */
	EAttribute getLifModel_ResetPotential();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.LifModel#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see org.spikestudio.model.LifModel#getThreshold()
	 * @see #getLifModel()
	 * @generated
	 */
	EAttribute getLifModel_Threshold();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.LifModel#getRefractoryPeriod <em>Refractory Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Refractory Period</em>'.
	 * @see org.spikestudio.model.LifModel#getRefractoryPeriod()
	 * @see #getLifModel()
	 * @generated
	 */
	EAttribute getLifModel_RefractoryPeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.LifModel#isDiscardJumpsWhenRefractory <em>Discard Jumps When Refractory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discard Jumps When Refractory</em>'.
	 * @see org.spikestudio.model.LifModel#isDiscardJumpsWhenRefractory()
	 * @see #getLifModel()
	 * @generated
	 */
	EAttribute getLifModel_DiscardJumpsWhenRefractory();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.LifModel#getInitialPotential <em>Initial Potential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Potential</em>'.
	 * @see org.spikestudio.model.LifModel#getInitialPotential()
	 * @see #getLifModel()
	 * @generated
	 */
	EAttribute getLifModel_InitialPotential();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.LifModel#getLowerBound <em>Lower Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower Bound</em>'.
	 * @see org.spikestudio.model.LifModel#getLowerBound()
	 * @see #getLifModel()
	 * @generated
	 */
	EAttribute getLifModel_LowerBound();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.IzhikevichModel <em>Izhikevich Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Izhikevich Model</em>'.
	 * @see org.spikestudio.model.IzhikevichModel
	 * @generated
	 */
	EClass getIzhikevichModel();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.IzhikevichModel#getA <em>A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>A</em>'.
	 * @see org.spikestudio.model.IzhikevichModel#getA()
	 * @see #getIzhikevichModel()
	 * @generated
	 */
	EAttribute getIzhikevichModel_A();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.IzhikevichModel#getB <em>B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>B</em>'.
	 * @see org.spikestudio.model.IzhikevichModel#getB()
	 * @see #getIzhikevichModel()
	 * @generated
	 */
	EAttribute getIzhikevichModel_B();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.IzhikevichModel#getC <em>C</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>C</em>'.
	 * @see org.spikestudio.model.IzhikevichModel#getC()
	 * @see #getIzhikevichModel()
	 * @generated
	 */
	EAttribute getIzhikevichModel_C();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.IzhikevichModel#getD <em>D</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>D</em>'.
	 * @see org.spikestudio.model.IzhikevichModel#getD()
	 * @see #getIzhikevichModel()
	 * @generated
	 */
	EAttribute getIzhikevichModel_D();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.IzhikevichModel#getPeakPotential <em>Peak Potential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Peak Potential</em>'.
	 * @see org.spikestudio.model.IzhikevichModel#getPeakPotential()
	 * @see #getIzhikevichModel()
	 * @generated
	 */
	EAttribute getIzhikevichModel_PeakPotential();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.IzhikevichModel#getInitialPotential <em>Initial Potential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Potential</em>'.
	 * @see org.spikestudio.model.IzhikevichModel#getInitialPotential()
	 * @see #getIzhikevichModel()
	 * @generated
	 */
	EAttribute getIzhikevichModel_InitialPotential();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.AdExModel <em>Ad Ex Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ad Ex Model</em>'.
	 * @see org.spikestudio.model.AdExModel
	 * @generated
	 */
	EClass getAdExModel();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.AdExModel#getCapacitance <em>Capacitance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacitance</em>'.
	 * @see org.spikestudio.model.AdExModel#getCapacitance()
	 * @see #getAdExModel()
	 * @generated
	 */
	EAttribute getAdExModel_Capacitance();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.AdExModel#getLeakConductance <em>Leak Conductance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leak Conductance</em>'.
	 * @see org.spikestudio.model.AdExModel#getLeakConductance()
	 * @see #getAdExModel()
	 * @generated
	 */
	EAttribute getAdExModel_LeakConductance();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.AdExModel#getLeakReversal <em>Leak Reversal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leak Reversal</em>'.
	 * @see org.spikestudio.model.AdExModel#getLeakReversal()
	 * @see #getAdExModel()
	 * @generated
	 */
	EAttribute getAdExModel_LeakReversal();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.AdExModel#getThresholdPotential <em>Threshold Potential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold Potential</em>'.
	 * @see org.spikestudio.model.AdExModel#getThresholdPotential()
	 * @see #getAdExModel()
	 * @generated
	 */
	EAttribute getAdExModel_ThresholdPotential();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.AdExModel#getSlopeFactor <em>Slope Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slope Factor</em>'.
	 * @see org.spikestudio.model.AdExModel#getSlopeFactor()
	 * @see #getAdExModel()
	 * @generated
	 */
	EAttribute getAdExModel_SlopeFactor();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.AdExModel#getSubthresholdAdaptation <em>Subthreshold Adaptation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subthreshold Adaptation</em>'.
	 * @see org.spikestudio.model.AdExModel#getSubthresholdAdaptation()
	 * @see #getAdExModel()
	 * @generated
	 */
	EAttribute getAdExModel_SubthresholdAdaptation();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.AdExModel#getAdaptationTimeConstant <em>Adaptation Time Constant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adaptation Time Constant</em>'.
	 * @see org.spikestudio.model.AdExModel#getAdaptationTimeConstant()
	 * @see #getAdExModel()
	 * @generated
	 */
	EAttribute getAdExModel_AdaptationTimeConstant();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.AdExModel#getSpikeTriggeredAdaptation <em>Spike Triggered Adaptation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spike Triggered Adaptation</em>'.
	 * @see org.spikestudio.model.AdExModel#getSpikeTriggeredAdaptation()
	 * @see #getAdExModel()
	 * @generated
	 */
	EAttribute getAdExModel_SpikeTriggeredAdaptation();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.AdExModel#getResetPotential <em>Reset Potential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reset Potential</em>'.
	 * @see org.spikestudio.model.AdExModel#getResetPotential()
	 * @see #getAdExModel()
	 * @generated
	 */
	EAttribute getAdExModel_ResetPotential();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.AdExModel#getPeakPotential <em>Peak Potential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Peak Potential</em>'.
	 * @see org.spikestudio.model.AdExModel#getPeakPotential()
	 * @see #getAdExModel()
	 * @generated
	 */
	EAttribute getAdExModel_PeakPotential();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.AdExModel#getRefractoryPeriod <em>Refractory Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Refractory Period</em>'.
	 * @see org.spikestudio.model.AdExModel#getRefractoryPeriod()
	 * @see #getAdExModel()
	 * @generated
	 */
	EAttribute getAdExModel_RefractoryPeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.AdExModel#isDiscardJumpsWhenRefractory <em>Discard Jumps When Refractory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discard Jumps When Refractory</em>'.
	 * @see org.spikestudio.model.AdExModel#isDiscardJumpsWhenRefractory()
	 * @see #getAdExModel()
	 * @generated
	 */
	EAttribute getAdExModel_DiscardJumpsWhenRefractory();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.AdExModel#getInitialPotential <em>Initial Potential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Potential</em>'.
	 * @see org.spikestudio.model.AdExModel#getInitialPotential()
	 * @see #getAdExModel()
	 * @generated
	 */
	EAttribute getAdExModel_InitialPotential();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.NeuronGroup <em>Neuron Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Neuron Group</em>'.
	 * @see org.spikestudio.model.NeuronGroup
	 * @generated
	 */
	EClass getNeuronGroup();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.Population <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Population</em>'.
	 * @see org.spikestudio.model.Population
	 * @generated
	 */
	EClass getPopulation();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.Population#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.spikestudio.model.Population#getSize()
	 * @see #getPopulation()
	 * @generated
	 */
	EAttribute getPopulation_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.Population#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.spikestudio.model.Population#getType()
	 * @see #getPopulation()
	 * @generated
	 */
	EAttribute getPopulation_Type();

	/**
	 * Returns the meta object for the reference '{@link org.spikestudio.model.Population#getNeuronModel <em>Neuron Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Neuron Model</em>'.
	 * @see org.spikestudio.model.Population#getNeuronModel()
	 * @see #getPopulation()
	 * @generated
	 */
	EReference getPopulation_NeuronModel();

	/**
	 * Returns the meta object for the containment reference '{@link org.spikestudio.model.Population#getInitialPotential <em>Initial Potential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Initial Potential</em>'.
	 * @see org.spikestudio.model.Population#getInitialPotential()
	 * @see #getPopulation()
	 * @generated
	 */
	EReference getPopulation_InitialPotential();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.Assembly <em>Assembly</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assembly</em>'.
	 * @see org.spikestudio.model.Assembly
	 * @generated
	 */
	EClass getAssembly();

	/**
	 * Returns the meta object for the reference list '{@link org.spikestudio.model.Assembly#getPopulations <em>Populations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Populations</em>'.
	 * @see org.spikestudio.model.Assembly#getPopulations()
	 * @see #getAssembly()
	 * @generated
	 */
	EReference getAssembly_Populations();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.Distribution <em>Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Distribution</em>'.
	 * @see org.spikestudio.model.Distribution
	 * @generated
	 */
	EClass getDistribution();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.ConstantValue <em>Constant Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Constant Value</em>'.
	 * @see org.spikestudio.model.ConstantValue
	 * @generated
	 */
	EClass getConstantValue();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.ConstantValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.spikestudio.model.ConstantValue#getValue()
	 * @see #getConstantValue()
	 * @generated
	 */
	EAttribute getConstantValue_Value();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.UniformDistribution <em>Uniform Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Uniform Distribution</em>'.
	 * @see org.spikestudio.model.UniformDistribution
	 * @generated
	 */
	EClass getUniformDistribution();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.UniformDistribution#getLow <em>Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Low</em>'.
	 * @see org.spikestudio.model.UniformDistribution#getLow()
	 * @see #getUniformDistribution()
	 * @generated
	 */
	EAttribute getUniformDistribution_Low();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.UniformDistribution#getHigh <em>High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High</em>'.
	 * @see org.spikestudio.model.UniformDistribution#getHigh()
	 * @see #getUniformDistribution()
	 * @generated
	 */
	EAttribute getUniformDistribution_High();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.NormalDistribution <em>Normal Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Normal Distribution</em>'.
	 * @see org.spikestudio.model.NormalDistribution
	 * @generated
	 */
	EClass getNormalDistribution();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.NormalDistribution#getMean <em>Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean</em>'.
	 * @see org.spikestudio.model.NormalDistribution#getMean()
	 * @see #getNormalDistribution()
	 * @generated
	 */
	EAttribute getNormalDistribution_Mean();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.NormalDistribution#getStandardDeviation <em>Standard Deviation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Standard Deviation</em>'.
	 * @see org.spikestudio.model.NormalDistribution#getStandardDeviation()
	 * @see #getNormalDistribution()
	 * @generated
	 */
	EAttribute getNormalDistribution_StandardDeviation();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.Connectivity <em>Connectivity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connectivity</em>'.
	 * @see org.spikestudio.model.Connectivity
	 * @generated
	 */
	EClass getConnectivity();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.AllToAll <em>All To All</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>All To All</em>'.
	 * @see org.spikestudio.model.AllToAll
	 * @generated
	 */
	EClass getAllToAll();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.OneToOne <em>One To One</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>One To One</em>'.
	 * @see org.spikestudio.model.OneToOne
	 * @generated
	 */
	EClass getOneToOne();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.FixedProbability <em>Fixed Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fixed Probability</em>'.
	 * @see org.spikestudio.model.FixedProbability
	 * @generated
	 */
	EClass getFixedProbability();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.FixedProbability#getProbability <em>Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probability</em>'.
	 * @see org.spikestudio.model.FixedProbability#getProbability()
	 * @see #getFixedProbability()
	 * @generated
	 */
	EAttribute getFixedProbability_Probability();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.FixedOutDegree <em>Fixed Out Degree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fixed Out Degree</em>'.
	 * @see org.spikestudio.model.FixedOutDegree
	 * @generated
	 */
	EClass getFixedOutDegree();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.FixedOutDegree#getDegree <em>Degree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Degree</em>'.
	 * @see org.spikestudio.model.FixedOutDegree#getDegree()
	 * @see #getFixedOutDegree()
	 * @generated
	 */
	EAttribute getFixedOutDegree_Degree();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.FixedInDegree <em>Fixed In Degree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fixed In Degree</em>'.
	 * @see org.spikestudio.model.FixedInDegree
	 * @generated
	 */
	EClass getFixedInDegree();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.FixedInDegree#getDegree <em>Degree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Degree</em>'.
	 * @see org.spikestudio.model.FixedInDegree#getDegree()
	 * @see #getFixedInDegree()
	 * @generated
	 */
	EAttribute getFixedInDegree_Degree();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.ExplicitConnections <em>Explicit Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Explicit Connections</em>'.
	 * @see org.spikestudio.model.ExplicitConnections
	 * @generated
	 */
	EClass getExplicitConnections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spikestudio.model.ExplicitConnections#getConnections <em>Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Connections</em>'.
	 * @see org.spikestudio.model.ExplicitConnections#getConnections()
	 * @see #getExplicitConnections()
	 * @generated
	 */
	EReference getExplicitConnections_Connections();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.Connection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connection</em>'.
	 * @see org.spikestudio.model.Connection
	 * @generated
	 */
	EClass getConnection();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.Connection#getPre <em>Pre</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pre</em>'.
	 * @see org.spikestudio.model.Connection#getPre()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_Pre();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.Connection#getPost <em>Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Post</em>'.
	 * @see org.spikestudio.model.Connection#getPost()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_Post();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.Synapse <em>Synapse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Synapse</em>'.
	 * @see org.spikestudio.model.Synapse
	 * @generated
	 */
	EClass getSynapse();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.DeltaSynapse <em>Delta Synapse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delta Synapse</em>'.
	 * @see org.spikestudio.model.DeltaSynapse
	 * @generated
	 */
	EClass getDeltaSynapse();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.ExponentialCurrentSynapse <em>Exponential Current Synapse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exponential Current Synapse</em>'.
	 * @see org.spikestudio.model.ExponentialCurrentSynapse
	 * @generated
	 */
	EClass getExponentialCurrentSynapse();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.ExponentialCurrentSynapse#getTimeConstant <em>Time Constant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Constant</em>'.
	 * @see org.spikestudio.model.ExponentialCurrentSynapse#getTimeConstant()
	 * @see #getExponentialCurrentSynapse()
	 * @generated
	 */
	EAttribute getExponentialCurrentSynapse_TimeConstant();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.ExponentialConductanceSynapse <em>Exponential Conductance Synapse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exponential Conductance Synapse</em>'.
	 * @see org.spikestudio.model.ExponentialConductanceSynapse
	 * @generated
	 */
	EClass getExponentialConductanceSynapse();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.ExponentialConductanceSynapse#getTimeConstant <em>Time Constant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Constant</em>'.
	 * @see org.spikestudio.model.ExponentialConductanceSynapse#getTimeConstant()
	 * @see #getExponentialConductanceSynapse()
	 * @generated
	 */
	EAttribute getExponentialConductanceSynapse_TimeConstant();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.ExponentialConductanceSynapse#getReversalPotential <em>Reversal Potential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reversal Potential</em>'.
	 * @see org.spikestudio.model.ExponentialConductanceSynapse#getReversalPotential()
	 * @see #getExponentialConductanceSynapse()
	 * @generated
	 */
	EAttribute getExponentialConductanceSynapse_ReversalPotential();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.Projection <em>Projection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Projection</em>'.
	 * @see org.spikestudio.model.Projection
	 * @generated
	 */
	EClass getProjection();

	/**
	 * Returns the meta object for the reference '{@link org.spikestudio.model.Projection#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.spikestudio.model.Projection#getSource()
	 * @see #getProjection()
	 * @generated
	 */
	EReference getProjection_Source();

	/**
	 * Returns the meta object for the reference '{@link org.spikestudio.model.Projection#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.spikestudio.model.Projection#getTarget()
	 * @see #getProjection()
	 * @generated
	 */
	EReference getProjection_Target();

	/**
	 * Returns the meta object for the containment reference '{@link org.spikestudio.model.Projection#getConnectivity <em>Connectivity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Connectivity</em>'.
	 * @see org.spikestudio.model.Projection#getConnectivity()
	 * @see #getProjection()
	 * @generated
	 */
	EReference getProjection_Connectivity();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.Projection#isAllowAutapses <em>Allow Autapses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Autapses</em>'.
	 * @see org.spikestudio.model.Projection#isAllowAutapses()
	 * @see #getProjection()
	 * @generated
	 */
	EAttribute getProjection_AllowAutapses();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.Projection#isAllowMultapses <em>Allow Multapses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Multapses</em>'.
	 * @see org.spikestudio.model.Projection#isAllowMultapses()
	 * @see #getProjection()
	 * @generated
	 */
	EAttribute getProjection_AllowMultapses();

	/**
	 * Returns the meta object for the containment reference '{@link org.spikestudio.model.Projection#getSynapse <em>Synapse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Synapse</em>'.
	 * @see org.spikestudio.model.Projection#getSynapse()
	 * @see #getProjection()
	 * @generated
	 */
	EReference getProjection_Synapse();

	/**
	 * Returns the meta object for the containment reference '{@link org.spikestudio.model.Projection#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Weight</em>'.
	 * @see org.spikestudio.model.Projection#getWeight()
	 * @see #getProjection()
	 * @generated
	 */
	EReference getProjection_Weight();

	/**
	 * Returns the meta object for the containment reference '{@link org.spikestudio.model.Projection#getDelay <em>Delay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Delay</em>'.
	 * @see org.spikestudio.model.Projection#getDelay()
	 * @see #getProjection()
	 * @generated
	 */
	EReference getProjection_Delay();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.SpikeCountCoupling <em>Spike Count Coupling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spike Count Coupling</em>'.
	 * @see org.spikestudio.model.SpikeCountCoupling
	 * @generated
	 */
	EClass getSpikeCountCoupling();

	/**
	 * Returns the meta object for the reference '{@link org.spikestudio.model.SpikeCountCoupling#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.spikestudio.model.SpikeCountCoupling#getSource()
	 * @see #getSpikeCountCoupling()
	 * @generated
	 */
	EReference getSpikeCountCoupling_Source();

	/**
	 * Returns the meta object for the reference '{@link org.spikestudio.model.SpikeCountCoupling#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.spikestudio.model.SpikeCountCoupling#getTarget()
	 * @see #getSpikeCountCoupling()
	 * @generated
	 */
	EReference getSpikeCountCoupling_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.SpikeCountCoupling#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see org.spikestudio.model.SpikeCountCoupling#getThreshold()
	 * @see #getSpikeCountCoupling()
	 * @generated
	 */
	EAttribute getSpikeCountCoupling_Threshold();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.SpikeCountCoupling#getEffect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effect</em>'.
	 * @see org.spikestudio.model.SpikeCountCoupling#getEffect()
	 * @see #getSpikeCountCoupling()
	 * @generated
	 */
	EAttribute getSpikeCountCoupling_Effect();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.Input <em>Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Input</em>'.
	 * @see org.spikestudio.model.Input
	 * @generated
	 */
	EClass getInput();

	/**
	 * Returns the meta object for the reference '{@link org.spikestudio.model.Input#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.spikestudio.model.Input#getTarget()
	 * @see #getInput()
	 * @generated
	 */
	EReference getInput_Target();

	/**
	 * Returns the meta object for the attribute list '{@link org.spikestudio.model.Input#getNeurons <em>Neurons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Neurons</em>'.
	 * @see org.spikestudio.model.Input#getNeurons()
	 * @see #getInput()
	 * @generated
	 */
	EAttribute getInput_Neurons();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.ConstantInput <em>Constant Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Constant Input</em>'.
	 * @see org.spikestudio.model.ConstantInput
	 * @generated
	 */
	EClass getConstantInput();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.ConstantInput#getAmplitude <em>Amplitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amplitude</em>'.
	 * @see org.spikestudio.model.ConstantInput#getAmplitude()
	 * @see #getConstantInput()
	 * @generated
	 */
	EAttribute getConstantInput_Amplitude();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.StepInput <em>Step Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step Input</em>'.
	 * @see org.spikestudio.model.StepInput
	 * @generated
	 */
	EClass getStepInput();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.StepInput#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.spikestudio.model.StepInput#getStart()
	 * @see #getStepInput()
	 * @generated
	 */
	EAttribute getStepInput_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.StepInput#getStop <em>Stop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stop</em>'.
	 * @see org.spikestudio.model.StepInput#getStop()
	 * @see #getStepInput()
	 * @generated
	 */
	EAttribute getStepInput_Stop();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.StepInput#getAmplitude <em>Amplitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amplitude</em>'.
	 * @see org.spikestudio.model.StepInput#getAmplitude()
	 * @see #getStepInput()
	 * @generated
	 */
	EAttribute getStepInput_Amplitude();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.SineInput <em>Sine Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sine Input</em>'.
	 * @see org.spikestudio.model.SineInput
	 * @generated
	 */
	EClass getSineInput();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.SineInput#getAmplitude <em>Amplitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amplitude</em>'.
	 * @see org.spikestudio.model.SineInput#getAmplitude()
	 * @see #getSineInput()
	 * @generated
	 */
	EAttribute getSineInput_Amplitude();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.SineInput#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.spikestudio.model.SineInput#getFrequency()
	 * @see #getSineInput()
	 * @generated
	 */
	EAttribute getSineInput_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.SineInput#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.spikestudio.model.SineInput#getPeriod()
	 * @see #getSineInput()
	 * @generated
	 */
	EAttribute getSineInput_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.SineInput#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.spikestudio.model.SineInput#getPhase()
	 * @see #getSineInput()
	 * @generated
	 */
	EAttribute getSineInput_Phase();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.SineInput#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.spikestudio.model.SineInput#getOffset()
	 * @see #getSineInput()
	 * @generated
	 */
	EAttribute getSineInput_Offset();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.NoiseInput <em>Noise Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Noise Input</em>'.
	 * @see org.spikestudio.model.NoiseInput
	 * @generated
	 */
	EClass getNoiseInput();

	/**
	 * Returns the meta object for the containment reference '{@link org.spikestudio.model.NoiseInput#getDistribution <em>Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Distribution</em>'.
	 * @see org.spikestudio.model.NoiseInput#getDistribution()
	 * @see #getNoiseInput()
	 * @generated
	 */
	EReference getNoiseInput_Distribution();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.ExpressionInput <em>Expression Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expression Input</em>'.
	 * @see org.spikestudio.model.ExpressionInput
	 * @generated
	 */
	EClass getExpressionInput();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.ExpressionInput#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see org.spikestudio.model.ExpressionInput#getExpression()
	 * @see #getExpressionInput()
	 * @generated
	 */
	EAttribute getExpressionInput_Expression();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.PoissonInput <em>Poisson Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Poisson Input</em>'.
	 * @see org.spikestudio.model.PoissonInput
	 * @generated
	 */
	EClass getPoissonInput();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.PoissonInput#getRate <em>Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate</em>'.
	 * @see org.spikestudio.model.PoissonInput#getRate()
	 * @see #getPoissonInput()
	 * @generated
	 */
	EAttribute getPoissonInput_Rate();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.PoissonInput#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.spikestudio.model.PoissonInput#getWeight()
	 * @see #getPoissonInput()
	 * @generated
	 */
	EAttribute getPoissonInput_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.PoissonInput#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sources</em>'.
	 * @see org.spikestudio.model.PoissonInput#getSources()
	 * @see #getPoissonInput()
	 * @generated
	 */
	EAttribute getPoissonInput_Sources();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.SpikeSourceArray <em>Spike Source Array</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spike Source Array</em>'.
	 * @see org.spikestudio.model.SpikeSourceArray
	 * @generated
	 */
	EClass getSpikeSourceArray();

	/**
	 * Returns the meta object for the attribute list '{@link org.spikestudio.model.SpikeSourceArray#getTimes <em>Times</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Times</em>'.
	 * @see org.spikestudio.model.SpikeSourceArray#getTimes()
	 * @see #getSpikeSourceArray()
	 * @generated
	 */
	EAttribute getSpikeSourceArray_Times();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.SpikeSourceArray#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.spikestudio.model.SpikeSourceArray#getWeight()
	 * @see #getSpikeSourceArray()
	 * @generated
	 */
	EAttribute getSpikeSourceArray_Weight();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.Recorder <em>Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recorder</em>'.
	 * @see org.spikestudio.model.Recorder
	 * @generated
	 */
	EClass getRecorder();

	/**
	 * Returns the meta object for the reference '{@link org.spikestudio.model.Recorder#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Population</em>'.
	 * @see org.spikestudio.model.Recorder#getPopulation()
	 * @see #getRecorder()
	 * @generated
	 */
	EReference getRecorder_Population();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.SpikeRecorder <em>Spike Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spike Recorder</em>'.
	 * @see org.spikestudio.model.SpikeRecorder
	 * @generated
	 */
	EClass getSpikeRecorder();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.StateRecorder <em>State Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>State Recorder</em>'.
	 * @see org.spikestudio.model.StateRecorder
	 * @generated
	 */
	EClass getStateRecorder();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.StateRecorder#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable</em>'.
	 * @see org.spikestudio.model.StateRecorder#getVariable()
	 * @see #getStateRecorder()
	 * @generated
	 */
	EAttribute getStateRecorder_Variable();

	/**
	 * Returns the meta object for the attribute list '{@link org.spikestudio.model.StateRecorder#getNeurons <em>Neurons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Neurons</em>'.
	 * @see org.spikestudio.model.StateRecorder#getNeurons()
	 * @see #getStateRecorder()
	 * @generated
	 */
	EAttribute getStateRecorder_Neurons();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.StateRecorder#getSamplingInterval <em>Sampling Interval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sampling Interval</em>'.
	 * @see org.spikestudio.model.StateRecorder#getSamplingInterval()
	 * @see #getStateRecorder()
	 * @generated
	 */
	EAttribute getStateRecorder_SamplingInterval();

	/**
	 * Returns the meta object for class '{@link org.spikestudio.model.RateRecorder <em>Rate Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rate Recorder</em>'.
	 * @see org.spikestudio.model.RateRecorder
	 * @generated
	 */
	EClass getRateRecorder();

	/**
	 * Returns the meta object for the attribute '{@link org.spikestudio.model.RateRecorder#getBinWidth <em>Bin Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bin Width</em>'.
	 * @see org.spikestudio.model.RateRecorder#getBinWidth()
	 * @see #getRateRecorder()
	 * @generated
	 */
	EAttribute getRateRecorder_BinWidth();

	/**
	 * Returns the meta object for enum '{@link org.spikestudio.model.IntegrationScheme <em>Integration Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Integration Scheme</em>'.
	 * @see org.spikestudio.model.IntegrationScheme
	 * @generated
	 */
	EEnum getIntegrationScheme();

	/**
	 * Returns the meta object for enum '{@link org.spikestudio.model.PopulationType <em>Population Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Population Type</em>'.
	 * @see org.spikestudio.model.PopulationType
	 * @generated
	 */
	EEnum getPopulationType();

	/**
	 * Returns the meta object for enum '{@link org.spikestudio.model.StateVariable <em>State Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>State Variable</em>'.
	 * @see org.spikestudio.model.StateVariable
	 * @generated
	 */
	EEnum getStateVariable();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SpikestudioFactory getSpikestudioFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.IdentifiedImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.NamedElementImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.NetworkImpl <em>Network</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.NetworkImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getNetwork()
		 * @generated
		 */
		EClass NETWORK = eINSTANCE.getNetwork();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__FORMAT_VERSION = eINSTANCE.getNetwork_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__SEED = eINSTANCE.getNetwork_Seed();

		/**
		 * The meta object literal for the '<em><b>Simulation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__SIMULATION = eINSTANCE.getNetwork_Simulation();

		/**
		 * The meta object literal for the '<em><b>Neuron Models</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__NEURON_MODELS = eINSTANCE.getNetwork_NeuronModels();

		/**
		 * The meta object literal for the '<em><b>Populations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__POPULATIONS = eINSTANCE.getNetwork_Populations();

		/**
		 * The meta object literal for the '<em><b>Assemblies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__ASSEMBLIES = eINSTANCE.getNetwork_Assemblies();

		/**
		 * The meta object literal for the '<em><b>Projections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__PROJECTIONS = eINSTANCE.getNetwork_Projections();

		/**
		 * The meta object literal for the '<em><b>Couplings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__COUPLINGS = eINSTANCE.getNetwork_Couplings();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__INPUTS = eINSTANCE.getNetwork_Inputs();

		/**
		 * The meta object literal for the '<em><b>Recorders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__RECORDERS = eINSTANCE.getNetwork_Recorders();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.SimulationSettingsImpl <em>Simulation Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.SimulationSettingsImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getSimulationSettings()
		 * @generated
		 */
		EClass SIMULATION_SETTINGS = eINSTANCE.getSimulationSettings();

		/**
		 * The meta object literal for the '<em><b>Time Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIMULATION_SETTINGS__TIME_STEP = eINSTANCE.getSimulationSettings_TimeStep();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIMULATION_SETTINGS__DURATION = eINSTANCE.getSimulationSettings_Duration();

		/**
		 * The meta object literal for the '<em><b>Integration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIMULATION_SETTINGS__INTEGRATION = eINSTANCE.getSimulationSettings_Integration();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.NeuronModelImpl <em>Neuron Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.NeuronModelImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getNeuronModel()
		 * @generated
		 */
		EClass NEURON_MODEL = eINSTANCE.getNeuronModel();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.LifModelImpl <em>Lif Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.LifModelImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getLifModel()
		 * @generated
		 */
		EClass LIF_MODEL = eINSTANCE.getLifModel();

		/**
		 * The meta object literal for the '<em><b>Resistance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_MODEL__RESISTANCE = eINSTANCE.getLifModel_Resistance();

		/**
		 * The meta object literal for the '<em><b>Capacitance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_MODEL__CAPACITANCE = eINSTANCE.getLifModel_Capacitance();

		/**
		 * The meta object literal for the '<em><b>Membrane Time Constant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_MODEL__MEMBRANE_TIME_CONSTANT = eINSTANCE.getLifModel_MembraneTimeConstant();

		/**
		 * The meta object literal for the '<em><b>Rest Potential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_MODEL__REST_POTENTIAL = eINSTANCE.getLifModel_RestPotential();

		/**
		 * The meta object literal for the '<em><b>Reset Potential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_MODEL__RESET_POTENTIAL = eINSTANCE.getLifModel_ResetPotential();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_MODEL__THRESHOLD = eINSTANCE.getLifModel_Threshold();

		/**
		 * The meta object literal for the '<em><b>Refractory Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_MODEL__REFRACTORY_PERIOD = eINSTANCE.getLifModel_RefractoryPeriod();

		/**
		 * The meta object literal for the '<em><b>Discard Jumps When Refractory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY = eINSTANCE.getLifModel_DiscardJumpsWhenRefractory();

		/**
		 * The meta object literal for the '<em><b>Initial Potential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_MODEL__INITIAL_POTENTIAL = eINSTANCE.getLifModel_InitialPotential();

		/**
		 * The meta object literal for the '<em><b>Lower Bound</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_MODEL__LOWER_BOUND = eINSTANCE.getLifModel_LowerBound();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.IzhikevichModelImpl <em>Izhikevich Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.IzhikevichModelImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getIzhikevichModel()
		 * @generated
		 */
		EClass IZHIKEVICH_MODEL = eINSTANCE.getIzhikevichModel();

		/**
		 * The meta object literal for the '<em><b>A</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IZHIKEVICH_MODEL__A = eINSTANCE.getIzhikevichModel_A();

		/**
		 * The meta object literal for the '<em><b>B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IZHIKEVICH_MODEL__B = eINSTANCE.getIzhikevichModel_B();

		/**
		 * The meta object literal for the '<em><b>C</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IZHIKEVICH_MODEL__C = eINSTANCE.getIzhikevichModel_C();

		/**
		 * The meta object literal for the '<em><b>D</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IZHIKEVICH_MODEL__D = eINSTANCE.getIzhikevichModel_D();

		/**
		 * The meta object literal for the '<em><b>Peak Potential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IZHIKEVICH_MODEL__PEAK_POTENTIAL = eINSTANCE.getIzhikevichModel_PeakPotential();

		/**
		 * The meta object literal for the '<em><b>Initial Potential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IZHIKEVICH_MODEL__INITIAL_POTENTIAL = eINSTANCE.getIzhikevichModel_InitialPotential();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.AdExModelImpl <em>Ad Ex Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.AdExModelImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getAdExModel()
		 * @generated
		 */
		EClass AD_EX_MODEL = eINSTANCE.getAdExModel();

		/**
		 * The meta object literal for the '<em><b>Capacitance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX_MODEL__CAPACITANCE = eINSTANCE.getAdExModel_Capacitance();

		/**
		 * The meta object literal for the '<em><b>Leak Conductance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX_MODEL__LEAK_CONDUCTANCE = eINSTANCE.getAdExModel_LeakConductance();

		/**
		 * The meta object literal for the '<em><b>Leak Reversal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX_MODEL__LEAK_REVERSAL = eINSTANCE.getAdExModel_LeakReversal();

		/**
		 * The meta object literal for the '<em><b>Threshold Potential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX_MODEL__THRESHOLD_POTENTIAL = eINSTANCE.getAdExModel_ThresholdPotential();

		/**
		 * The meta object literal for the '<em><b>Slope Factor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX_MODEL__SLOPE_FACTOR = eINSTANCE.getAdExModel_SlopeFactor();

		/**
		 * The meta object literal for the '<em><b>Subthreshold Adaptation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX_MODEL__SUBTHRESHOLD_ADAPTATION = eINSTANCE.getAdExModel_SubthresholdAdaptation();

		/**
		 * The meta object literal for the '<em><b>Adaptation Time Constant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX_MODEL__ADAPTATION_TIME_CONSTANT = eINSTANCE.getAdExModel_AdaptationTimeConstant();

		/**
		 * The meta object literal for the '<em><b>Spike Triggered Adaptation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX_MODEL__SPIKE_TRIGGERED_ADAPTATION = eINSTANCE.getAdExModel_SpikeTriggeredAdaptation();

		/**
		 * The meta object literal for the '<em><b>Reset Potential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX_MODEL__RESET_POTENTIAL = eINSTANCE.getAdExModel_ResetPotential();

		/**
		 * The meta object literal for the '<em><b>Peak Potential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX_MODEL__PEAK_POTENTIAL = eINSTANCE.getAdExModel_PeakPotential();

		/**
		 * The meta object literal for the '<em><b>Refractory Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX_MODEL__REFRACTORY_PERIOD = eINSTANCE.getAdExModel_RefractoryPeriod();

		/**
		 * The meta object literal for the '<em><b>Discard Jumps When Refractory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY = eINSTANCE.getAdExModel_DiscardJumpsWhenRefractory();

		/**
		 * The meta object literal for the '<em><b>Initial Potential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX_MODEL__INITIAL_POTENTIAL = eINSTANCE.getAdExModel_InitialPotential();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.NeuronGroupImpl <em>Neuron Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.NeuronGroupImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getNeuronGroup()
		 * @generated
		 */
		EClass NEURON_GROUP = eINSTANCE.getNeuronGroup();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.PopulationImpl <em>Population</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.PopulationImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getPopulation()
		 * @generated
		 */
		EClass POPULATION = eINSTANCE.getPopulation();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION__SIZE = eINSTANCE.getPopulation_Size();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION__TYPE = eINSTANCE.getPopulation_Type();

		/**
		 * The meta object literal for the '<em><b>Neuron Model</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POPULATION__NEURON_MODEL = eINSTANCE.getPopulation_NeuronModel();

		/**
		 * The meta object literal for the '<em><b>Initial Potential</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POPULATION__INITIAL_POTENTIAL = eINSTANCE.getPopulation_InitialPotential();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.AssemblyImpl <em>Assembly</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.AssemblyImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getAssembly()
		 * @generated
		 */
		EClass ASSEMBLY = eINSTANCE.getAssembly();

		/**
		 * The meta object literal for the '<em><b>Populations</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSEMBLY__POPULATIONS = eINSTANCE.getAssembly_Populations();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.DistributionImpl <em>Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.DistributionImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getDistribution()
		 * @generated
		 */
		EClass DISTRIBUTION = eINSTANCE.getDistribution();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.ConstantValueImpl <em>Constant Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.ConstantValueImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getConstantValue()
		 * @generated
		 */
		EClass CONSTANT_VALUE = eINSTANCE.getConstantValue();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTANT_VALUE__VALUE = eINSTANCE.getConstantValue_Value();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.UniformDistributionImpl <em>Uniform Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.UniformDistributionImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getUniformDistribution()
		 * @generated
		 */
		EClass UNIFORM_DISTRIBUTION = eINSTANCE.getUniformDistribution();

		/**
		 * The meta object literal for the '<em><b>Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIFORM_DISTRIBUTION__LOW = eINSTANCE.getUniformDistribution_Low();

		/**
		 * The meta object literal for the '<em><b>High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIFORM_DISTRIBUTION__HIGH = eINSTANCE.getUniformDistribution_High();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.NormalDistributionImpl <em>Normal Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.NormalDistributionImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getNormalDistribution()
		 * @generated
		 */
		EClass NORMAL_DISTRIBUTION = eINSTANCE.getNormalDistribution();

		/**
		 * The meta object literal for the '<em><b>Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NORMAL_DISTRIBUTION__MEAN = eINSTANCE.getNormalDistribution_Mean();

		/**
		 * The meta object literal for the '<em><b>Standard Deviation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NORMAL_DISTRIBUTION__STANDARD_DEVIATION = eINSTANCE.getNormalDistribution_StandardDeviation();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.ConnectivityImpl <em>Connectivity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.ConnectivityImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getConnectivity()
		 * @generated
		 */
		EClass CONNECTIVITY = eINSTANCE.getConnectivity();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.AllToAllImpl <em>All To All</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.AllToAllImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getAllToAll()
		 * @generated
		 */
		EClass ALL_TO_ALL = eINSTANCE.getAllToAll();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.OneToOneImpl <em>One To One</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.OneToOneImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getOneToOne()
		 * @generated
		 */
		EClass ONE_TO_ONE = eINSTANCE.getOneToOne();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.FixedProbabilityImpl <em>Fixed Probability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.FixedProbabilityImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getFixedProbability()
		 * @generated
		 */
		EClass FIXED_PROBABILITY = eINSTANCE.getFixedProbability();

		/**
		 * The meta object literal for the '<em><b>Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXED_PROBABILITY__PROBABILITY = eINSTANCE.getFixedProbability_Probability();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.FixedOutDegreeImpl <em>Fixed Out Degree</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.FixedOutDegreeImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getFixedOutDegree()
		 * @generated
		 */
		EClass FIXED_OUT_DEGREE = eINSTANCE.getFixedOutDegree();

		/**
		 * The meta object literal for the '<em><b>Degree</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXED_OUT_DEGREE__DEGREE = eINSTANCE.getFixedOutDegree_Degree();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.FixedInDegreeImpl <em>Fixed In Degree</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.FixedInDegreeImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getFixedInDegree()
		 * @generated
		 */
		EClass FIXED_IN_DEGREE = eINSTANCE.getFixedInDegree();

		/**
		 * The meta object literal for the '<em><b>Degree</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXED_IN_DEGREE__DEGREE = eINSTANCE.getFixedInDegree_Degree();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.ExplicitConnectionsImpl <em>Explicit Connections</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.ExplicitConnectionsImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getExplicitConnections()
		 * @generated
		 */
		EClass EXPLICIT_CONNECTIONS = eINSTANCE.getExplicitConnections();

		/**
		 * The meta object literal for the '<em><b>Connections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPLICIT_CONNECTIONS__CONNECTIONS = eINSTANCE.getExplicitConnections_Connections();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.ConnectionImpl <em>Connection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.ConnectionImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getConnection()
		 * @generated
		 */
		EClass CONNECTION = eINSTANCE.getConnection();

		/**
		 * The meta object literal for the '<em><b>Pre</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__PRE = eINSTANCE.getConnection_Pre();

		/**
		 * The meta object literal for the '<em><b>Post</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__POST = eINSTANCE.getConnection_Post();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.SynapseImpl <em>Synapse</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.SynapseImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getSynapse()
		 * @generated
		 */
		EClass SYNAPSE = eINSTANCE.getSynapse();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.DeltaSynapseImpl <em>Delta Synapse</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.DeltaSynapseImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getDeltaSynapse()
		 * @generated
		 */
		EClass DELTA_SYNAPSE = eINSTANCE.getDeltaSynapse();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.ExponentialCurrentSynapseImpl <em>Exponential Current Synapse</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.ExponentialCurrentSynapseImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getExponentialCurrentSynapse()
		 * @generated
		 */
		EClass EXPONENTIAL_CURRENT_SYNAPSE = eINSTANCE.getExponentialCurrentSynapse();

		/**
		 * The meta object literal for the '<em><b>Time Constant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPONENTIAL_CURRENT_SYNAPSE__TIME_CONSTANT = eINSTANCE.getExponentialCurrentSynapse_TimeConstant();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.ExponentialConductanceSynapseImpl <em>Exponential Conductance Synapse</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.ExponentialConductanceSynapseImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getExponentialConductanceSynapse()
		 * @generated
		 */
		EClass EXPONENTIAL_CONDUCTANCE_SYNAPSE = eINSTANCE.getExponentialConductanceSynapse();

		/**
		 * The meta object literal for the '<em><b>Time Constant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPONENTIAL_CONDUCTANCE_SYNAPSE__TIME_CONSTANT = eINSTANCE.getExponentialConductanceSynapse_TimeConstant();

		/**
		 * The meta object literal for the '<em><b>Reversal Potential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPONENTIAL_CONDUCTANCE_SYNAPSE__REVERSAL_POTENTIAL = eINSTANCE.getExponentialConductanceSynapse_ReversalPotential();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.ProjectionImpl <em>Projection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.ProjectionImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getProjection()
		 * @generated
		 */
		EClass PROJECTION = eINSTANCE.getProjection();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECTION__SOURCE = eINSTANCE.getProjection_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECTION__TARGET = eINSTANCE.getProjection_Target();

		/**
		 * The meta object literal for the '<em><b>Connectivity</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECTION__CONNECTIVITY = eINSTANCE.getProjection_Connectivity();

		/**
		 * The meta object literal for the '<em><b>Allow Autapses</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECTION__ALLOW_AUTAPSES = eINSTANCE.getProjection_AllowAutapses();

		/**
		 * The meta object literal for the '<em><b>Allow Multapses</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECTION__ALLOW_MULTAPSES = eINSTANCE.getProjection_AllowMultapses();

		/**
		 * The meta object literal for the '<em><b>Synapse</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECTION__SYNAPSE = eINSTANCE.getProjection_Synapse();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECTION__WEIGHT = eINSTANCE.getProjection_Weight();

		/**
		 * The meta object literal for the '<em><b>Delay</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECTION__DELAY = eINSTANCE.getProjection_Delay();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.SpikeCountCouplingImpl <em>Spike Count Coupling</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.SpikeCountCouplingImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getSpikeCountCoupling()
		 * @generated
		 */
		EClass SPIKE_COUNT_COUPLING = eINSTANCE.getSpikeCountCoupling();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPIKE_COUNT_COUPLING__SOURCE = eINSTANCE.getSpikeCountCoupling_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPIKE_COUNT_COUPLING__TARGET = eINSTANCE.getSpikeCountCoupling_Target();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPIKE_COUNT_COUPLING__THRESHOLD = eINSTANCE.getSpikeCountCoupling_Threshold();

		/**
		 * The meta object literal for the '<em><b>Effect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPIKE_COUNT_COUPLING__EFFECT = eINSTANCE.getSpikeCountCoupling_Effect();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.InputImpl <em>Input</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.InputImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getInput()
		 * @generated
		 */
		EClass INPUT = eINSTANCE.getInput();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INPUT__TARGET = eINSTANCE.getInput_Target();

		/**
		 * The meta object literal for the '<em><b>Neurons</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT__NEURONS = eINSTANCE.getInput_Neurons();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.ConstantInputImpl <em>Constant Input</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.ConstantInputImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getConstantInput()
		 * @generated
		 */
		EClass CONSTANT_INPUT = eINSTANCE.getConstantInput();

		/**
		 * The meta object literal for the '<em><b>Amplitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTANT_INPUT__AMPLITUDE = eINSTANCE.getConstantInput_Amplitude();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.StepInputImpl <em>Step Input</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.StepInputImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getStepInput()
		 * @generated
		 */
		EClass STEP_INPUT = eINSTANCE.getStepInput();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_INPUT__START = eINSTANCE.getStepInput_Start();

		/**
		 * The meta object literal for the '<em><b>Stop</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_INPUT__STOP = eINSTANCE.getStepInput_Stop();

		/**
		 * The meta object literal for the '<em><b>Amplitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_INPUT__AMPLITUDE = eINSTANCE.getStepInput_Amplitude();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.SineInputImpl <em>Sine Input</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.SineInputImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getSineInput()
		 * @generated
		 */
		EClass SINE_INPUT = eINSTANCE.getSineInput();

		/**
		 * The meta object literal for the '<em><b>Amplitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SINE_INPUT__AMPLITUDE = eINSTANCE.getSineInput_Amplitude();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SINE_INPUT__FREQUENCY = eINSTANCE.getSineInput_Frequency();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SINE_INPUT__PERIOD = eINSTANCE.getSineInput_Period();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SINE_INPUT__PHASE = eINSTANCE.getSineInput_Phase();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SINE_INPUT__OFFSET = eINSTANCE.getSineInput_Offset();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.NoiseInputImpl <em>Noise Input</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.NoiseInputImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getNoiseInput()
		 * @generated
		 */
		EClass NOISE_INPUT = eINSTANCE.getNoiseInput();

		/**
		 * The meta object literal for the '<em><b>Distribution</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOISE_INPUT__DISTRIBUTION = eINSTANCE.getNoiseInput_Distribution();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.ExpressionInputImpl <em>Expression Input</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.ExpressionInputImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getExpressionInput()
		 * @generated
		 */
		EClass EXPRESSION_INPUT = eINSTANCE.getExpressionInput();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPRESSION_INPUT__EXPRESSION = eINSTANCE.getExpressionInput_Expression();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.PoissonInputImpl <em>Poisson Input</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.PoissonInputImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getPoissonInput()
		 * @generated
		 */
		EClass POISSON_INPUT = eINSTANCE.getPoissonInput();

		/**
		 * The meta object literal for the '<em><b>Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POISSON_INPUT__RATE = eINSTANCE.getPoissonInput_Rate();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POISSON_INPUT__WEIGHT = eINSTANCE.getPoissonInput_Weight();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POISSON_INPUT__SOURCES = eINSTANCE.getPoissonInput_Sources();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.SpikeSourceArrayImpl <em>Spike Source Array</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.SpikeSourceArrayImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getSpikeSourceArray()
		 * @generated
		 */
		EClass SPIKE_SOURCE_ARRAY = eINSTANCE.getSpikeSourceArray();

		/**
		 * The meta object literal for the '<em><b>Times</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPIKE_SOURCE_ARRAY__TIMES = eINSTANCE.getSpikeSourceArray_Times();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPIKE_SOURCE_ARRAY__WEIGHT = eINSTANCE.getSpikeSourceArray_Weight();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.RecorderImpl <em>Recorder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.RecorderImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getRecorder()
		 * @generated
		 */
		EClass RECORDER = eINSTANCE.getRecorder();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORDER__POPULATION = eINSTANCE.getRecorder_Population();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.SpikeRecorderImpl <em>Spike Recorder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.SpikeRecorderImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getSpikeRecorder()
		 * @generated
		 */
		EClass SPIKE_RECORDER = eINSTANCE.getSpikeRecorder();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.StateRecorderImpl <em>State Recorder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.StateRecorderImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getStateRecorder()
		 * @generated
		 */
		EClass STATE_RECORDER = eINSTANCE.getStateRecorder();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_RECORDER__VARIABLE = eINSTANCE.getStateRecorder_Variable();

		/**
		 * The meta object literal for the '<em><b>Neurons</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_RECORDER__NEURONS = eINSTANCE.getStateRecorder_Neurons();

		/**
		 * The meta object literal for the '<em><b>Sampling Interval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_RECORDER__SAMPLING_INTERVAL = eINSTANCE.getStateRecorder_SamplingInterval();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.impl.RateRecorderImpl <em>Rate Recorder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.impl.RateRecorderImpl
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getRateRecorder()
		 * @generated
		 */
		EClass RATE_RECORDER = eINSTANCE.getRateRecorder();

		/**
		 * The meta object literal for the '<em><b>Bin Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE_RECORDER__BIN_WIDTH = eINSTANCE.getRateRecorder_BinWidth();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.IntegrationScheme <em>Integration Scheme</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.IntegrationScheme
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getIntegrationScheme()
		 * @generated
		 */
		EEnum INTEGRATION_SCHEME = eINSTANCE.getIntegrationScheme();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.PopulationType <em>Population Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.PopulationType
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getPopulationType()
		 * @generated
		 */
		EEnum POPULATION_TYPE = eINSTANCE.getPopulationType();

		/**
		 * The meta object literal for the '{@link org.spikestudio.model.StateVariable <em>State Variable</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spikestudio.model.StateVariable
		 * @see org.spikestudio.model.impl.SpikestudioPackageImpl#getStateVariable()
		 * @generated
		 */
		EEnum STATE_VARIABLE = eINSTANCE.getStateVariable();

	}

} //SpikestudioPackage
