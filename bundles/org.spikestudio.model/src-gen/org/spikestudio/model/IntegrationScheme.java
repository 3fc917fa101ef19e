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
 * A representation of the literals of the enumeration '<em><b>Integration Scheme</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How neuron state equations are advanced by one time step.
 * <!-- end-model-doc -->
 * @see org.spikestudio.model.SpikestudioPackage#getIntegrationScheme()
 * @model
 * @generated
 */
public enum IntegrationScheme implements Enumerator {
	/**
	 * The '<em><b>FORWARD EULER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Forward Euler, exactly as in the seed assignment: u += dt*(-(u-u_rest) + R*I)/(R*C).
	 * <!-- end-model-doc -->
	 * @see #FORWARD_EULER_VALUE
	 * @generated
	 * @ordered
	 */
	FORWARD_EULER(0, "FORWARD_EULER", "forwardEuler"),

	/**
	 * The '<em><b>EXACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exact exponential integration of the linear sub-threshold dynamics (LIF); Euler for Izhikevich and AdEx.
	 * <!-- end-model-doc -->
	 * @see #EXACT_VALUE
	 * @generated
	 * @ordered
	 */
	EXACT(1, "EXACT", "exact");

	/**
	 * The '<em><b>FORWARD EULER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Forward Euler, exactly as in the seed assignment: u += dt*(-(u-u_rest) + R*I)/(R*C).
	 * <!-- end-model-doc -->
	 * @see #FORWARD_EULER
	 * @model literal="forwardEuler"
	 * @generated
	 * @ordered
	 */
	public static final int FORWARD_EULER_VALUE = 0;

	/**
	 * The '<em><b>EXACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exact exponential integration of the linear sub-threshold dynamics (LIF); Euler for Izhikevich and AdEx.
	 * <!-- end-model-doc -->
	 * @see #EXACT
	 * @model literal="exact"
	 * @generated
	 * @ordered
	 */
	public static final int EXACT_VALUE = 1;

	/**
	 * An array of all the '<em><b>Integration Scheme</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final IntegrationScheme[] VALUES_ARRAY =
		new IntegrationScheme[] {
			FORWARD_EULER,
			EXACT,
		};

	/**
	 * A public read-only list of all the '<em><b>Integration Scheme</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<IntegrationScheme> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Integration Scheme</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IntegrationScheme get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IntegrationScheme result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Integration Scheme</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IntegrationScheme getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IntegrationScheme result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Integration Scheme</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IntegrationScheme get(int value) {
		switch (value) {
			case FORWARD_EULER_VALUE: return FORWARD_EULER;
			case EXACT_VALUE: return EXACT;
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
	private IntegrationScheme(int value, String name, String literal) {
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
	
} //IntegrationScheme
