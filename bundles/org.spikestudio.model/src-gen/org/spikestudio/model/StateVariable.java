/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>State Variable</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A recordable state variable of a neuron.
 * <!-- end-model-doc -->
 * @see org.spikestudio.model.SpikestudioPackage#getStateVariable()
 * @model
 * @generated
 */
public enum StateVariable implements Enumerator {
	/**
	 * The '<em><b>MEMBRANE POTENTIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membrane potential (mV).
	 * <!-- end-model-doc -->
	 * @see #MEMBRANE_POTENTIAL_VALUE
	 * @generated
	 * @ordered
	 */
	MEMBRANE_POTENTIAL(0, "MEMBRANE_POTENTIAL", "v"),

	/**
	 * The '<em><b>INPUT CURRENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sum of the external input currents (nA).
	 * <!-- end-model-doc -->
	 * @see #INPUT_CURRENT_VALUE
	 * @generated
	 * @ordered
	 */
	INPUT_CURRENT(1, "INPUT_CURRENT", "inputCurrent"),

	/**
	 * The '<em><b>SYNAPTIC CURRENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sum of the synaptic currents (nA); for conductance synapses g*(E_rev - v).
	 * <!-- end-model-doc -->
	 * @see #SYNAPTIC_CURRENT_VALUE
	 * @generated
	 * @ordered
	 */
	SYNAPTIC_CURRENT(2, "SYNAPTIC_CURRENT", "synapticCurrent");

	/**
	 * The '<em><b>MEMBRANE POTENTIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membrane potential (mV).
	 * <!-- end-model-doc -->
	 * @see #MEMBRANE_POTENTIAL
	 * @model literal="v"
	 *        annotation="http://spikestudio.org/unit unit='mV'"
	 * @generated
	 * @ordered
	 */
	public static final int MEMBRANE_POTENTIAL_VALUE = 0;

	/**
	 * The '<em><b>INPUT CURRENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sum of the external input currents (nA).
	 * <!-- end-model-doc -->
	 * @see #INPUT_CURRENT
	 * @model literal="inputCurrent"
	 *        annotation="http://spikestudio.org/unit unit='nA'"
	 * @generated
	 * @ordered
	 */
	public static final int INPUT_CURRENT_VALUE = 1;

	/**
	 * The '<em><b>SYNAPTIC CURRENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sum of the synaptic currents (nA); for conductance synapses g*(E_rev - v).
	 * <!-- end-model-doc -->
	 * @see #SYNAPTIC_CURRENT
	 * @model literal="synapticCurrent"
	 *        annotation="http://spikestudio.org/unit unit='nA'"
	 * @generated
	 * @ordered
	 */
	public static final int SYNAPTIC_CURRENT_VALUE = 2;

	/**
	 * An array of all the '<em><b>State Variable</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StateVariable[] VALUES_ARRAY =
		new StateVariable[] {
			MEMBRANE_POTENTIAL,
			INPUT_CURRENT,
			SYNAPTIC_CURRENT,
		};

	/**
	 * A public read-only list of all the '<em><b>State Variable</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StateVariable> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>State Variable</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StateVariable get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StateVariable result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>State Variable</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StateVariable getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StateVariable result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>State Variable</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StateVariable get(int value) {
		switch (value) {
			case MEMBRANE_POTENTIAL_VALUE: return MEMBRANE_POTENTIAL;
			case INPUT_CURRENT_VALUE: return INPUT_CURRENT;
			case SYNAPTIC_CURRENT_VALUE: return SYNAPTIC_CURRENT;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private StateVariable(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //StateVariable
