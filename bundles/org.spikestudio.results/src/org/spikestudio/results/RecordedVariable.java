// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results;

/** A sampled neuron variable, with the name and unit used in files and plots. */
public enum RecordedVariable {
    MEMBRANE_POTENTIAL("v", "membrane potential", "mV"),
    INPUT_CURRENT("input_current", "input current", "nA"),
    SYNAPTIC_CURRENT("synaptic_current", "synaptic current", "nA");

    private final String key;
    private final String label;
    private final String unit;

    RecordedVariable(String key, String label, String unit) {
        this.key = key;
        this.label = label;
        this.unit = unit;
    }

    /** Short name for files and columns, e.g. {@code v}. */
    public String key() {
        return key;
    }

    /** Words for axis titles, e.g. {@code membrane potential}. */
    public String label() {
        return label;
    }

    /** The unit of the values, e.g. {@code mV}. */
    public String unit() {
        return unit;
    }

    /** The variable of a {@link #key()}, or null when the text is none. */
    public static RecordedVariable ofKey(String key) {
        for (RecordedVariable variable : values()) {
            if (variable.key.equals(key)) {
                return variable;
            }
        }
        return null;
    }
}
