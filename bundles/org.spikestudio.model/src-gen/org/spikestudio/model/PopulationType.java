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
 * A representation of the literals of the enumeration '<em><b>Population Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Dale's principle: the sign of the synaptic effects of a population follows its type (for delta and current synapses; a conductance synapse gets its sign from its reversal potential).
 * <!-- end-model-doc -->
 * @see org.spikestudio.model.SpikestudioPackage#getPopulationType()
 * @model
 * @generated
 */
public enum PopulationType implements Enumerator {
	/**
	 * The '<em><b>EXCITATORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spikes raise the potential (or conductance) of their targets.
	 * <!-- end-model-doc -->
	 * @see #EXCITATORY_VALUE
	 * @generated
	 * @ordered
	 */
	EXCITATORY(0, "EXCITATORY", "excitatory"),

	/**
	 * The '<em><b>INHIBITORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spikes lower the potential of their targets.
	 * <!-- end-model-doc -->
	 * @see #INHIBITORY_VALUE
	 * @generated
	 * @ordered
	 */
	INHIBITORY(1, "INHIBITORY", "inhibitory");

	/**
	 * The '<em><b>EXCITATORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spikes raise the potential (or conductance) of their targets.
	 * <!-- end-model-doc -->
	 * @see #EXCITATORY
	 * @model literal="excitatory"
	 * @generated
	 * @ordered
	 */
	public static final int EXCITATORY_VALUE = 0;

	/**
	 * The '<em><b>INHIBITORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spikes lower the potential of their targets.
	 * <!-- end-model-doc -->
	 * @see #INHIBITORY
	 * @model literal="inhibitory"
	 * @generated
	 * @ordered
	 */
	public static final int INHIBITORY_VALUE = 1;

	/**
	 * An array of all the '<em><b>Population Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PopulationType[] VALUES_ARRAY =
		new PopulationType[] {
			EXCITATORY,
			INHIBITORY,
		};

	/**
	 * A public read-only list of all the '<em><b>Population Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PopulationType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Population Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PopulationType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PopulationType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Population Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PopulationType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PopulationType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Population Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PopulationType get(int value) {
		switch (value) {
			case EXCITATORY_VALUE: return EXCITATORY;
			case INHIBITORY_VALUE: return INHIBITORY;
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
	private PopulationType(int value, String name, String literal) {
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
	
} //PopulationType
