// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.validation;

/**
 * The stable codes of Spikestudio's diagnostics ({@link org.eclipse.emf.common.util.Diagnostic#getCode()},
 * source {@link SpikestudioValidator#DIAGNOSTIC_SOURCE}). A code names a rule; the diagnostic's data
 * holds the element and, where there is one, the attribute or reference, so generic rules (a value
 * that must be positive) are told apart by their feature. Quick fixes match on code and feature, never
 * on the message text. Codes are never reused or renumbered; a removed rule leaves a gap.
 * EMF's own structural checks (a missing required value, a dangling reference) keep EMF's source
 * and codes.
 */
public final class ValidationCodes {

    private ValidationCodes() {
    }

    // Generic rules on one attribute: the feature says which.

    /** A floating-point attribute is NaN or infinite. */
    public static final int NOT_FINITE = 1;
    /** A value must be greater than 0 (sizes, time constants, resistance, capacitance, rates, intervals). */
    public static final int NOT_POSITIVE = 2;
    /** A value is below its minimum (size &gt;= 1, degree &gt;= 0, refractory period &gt;= 0, ...). */
    public static final int BELOW_MINIMUM = 3;
    /** A neuron index (of a recorder, an input or an explicit connection) is outside its population or assembly. */
    public static final int INDEX_OUT_OF_RANGE = 4;
    /** A sampling interval or bin width is not a whole multiple of the time step. */
    public static final int NOT_MULTIPLE_OF_TIME_STEP = 5;

    // Names and ids.

    /** A name is not a letter or underscore followed by letters, digits or underscores. */
    public static final int INVALID_NAME = 10;
    /** Two elements of a network have the same name. */
    public static final int DUPLICATE_NAME = 11;
    /** Two elements of a network have the same id: references would be ambiguous. */
    public static final int DUPLICATE_ID = 12;

    // Network and simulation settings.

    /** Warning: the network is large (synapse count or the engine's memory estimate for a run). */
    public static final int LARGE_NETWORK = 20;
    /** The duration is not a whole number of time steps, or more steps than a run can have. */
    public static final int DURATION_STEPS = 21;
    /** Warning: exact integration applies to LIF neurons only; the others use forward Euler. */
    public static final int EXACT_APPLIES_TO_LIF_ONLY = 22;

    // Neuron models.

    /** LIF: the threshold must be above the reset potential. */
    public static final int THRESHOLD_NOT_ABOVE_RESET = 30;
    /** LIF: the lower bound must be below the threshold. */
    public static final int LOWER_BOUND_NOT_BELOW_THRESHOLD = 31;
    /** Warning, LIF: the reset potential is below the lower bound (the clamp raises it). */
    public static final int RESET_BELOW_LOWER_BOUND = 32;
    /** LIF with forward Euler: tau = R*C must exceed dt (the engine refuses otherwise). */
    public static final int FORWARD_EULER_UNSTABLE = 33;
    /** Izhikevich: the peak must be above the reset c. */
    public static final int PEAK_NOT_ABOVE_RESET = 34;
    /** AdEx: V_peak must be above V_T. */
    public static final int PEAK_NOT_ABOVE_THRESHOLD = 35;
    /** AdEx: the reset potential must be below V_peak. */
    public static final int RESET_NOT_BELOW_PEAK = 36;
    /** A time (refractory period, spike time) is more time steps than the engine counts. */
    public static final int TOO_MANY_TIME_STEPS = 37;

    // Populations and assemblies.

    /** A population's delay ring (size x (longest delay onto it in steps + 2)) does not fit one array. */
    public static final int DELAY_RING_TOO_LARGE = 40;
    /** An assembly lists no population. */
    public static final int EMPTY_ASSEMBLY = 41;
    /** An assembly lists a population twice. */
    public static final int REPEATED_MEMBER = 42;
    /** An assembly has more neurons than an index space numbers (2^31 - 1). */
    public static final int ASSEMBLY_TOO_LARGE = 43;

    // Distributions.

    /** Uniform distribution: high must exceed low. */
    public static final int EMPTY_UNIFORM_RANGE = 50;

    // Projections and connectivity.

    /** A connection probability outside [0, 1]. */
    public static final int PROBABILITY_OUT_OF_RANGE = 60;
    /** A fixed degree exceeds the distinct candidates without multapses. */
    public static final int DEGREE_TOO_LARGE = 61;
    /** One-to-one between groups of different sizes. */
    public static final int ONE_TO_ONE_SIZES_DIFFER = 62;
    /** Warning: one-to-one from a population onto itself without autapses creates no synapse. */
    public static final int ONE_TO_ONE_CREATES_NOTHING = 63;
    /** An explicit connection joins a neuron to itself without autapses. */
    public static final int AUTAPSE_NOT_ALLOWED = 64;
    /** An explicit list names a pair twice without multapses. */
    public static final int MULTAPSE_NOT_ALLOWED = 65;
    /** A negative delay. */
    public static final int NEGATIVE_DELAY = 66;
    /** A delay longer than the engine stores (2^15 - 1 steps). */
    public static final int DELAY_TOO_LONG = 67;
    /** A projection from an assembly whose populations have different types (Dale's principle). */
    public static final int SOURCE_TYPES_DIFFER = 68;
    /** Warning: a negative constant weight; its magnitude is used. */
    public static final int NEGATIVE_WEIGHT = 69;
    /** Warning: a weight distribution that can draw negative values, which are clipped to 0. */
    public static final int WEIGHT_CLIPPED = 70;
    /** Warning: a conductance synapse's reversal potential contradicts the source's type. */
    public static final int REVERSAL_CONTRADICTS_TYPE = 71;
    /** A projection has more synapses than one array holds. */
    public static final int TOO_MANY_SYNAPSES = 72;

    // Couplings and inputs.

    /** Warning: a negative coupling effect; its magnitude is used. */
    public static final int NEGATIVE_EFFECT = 80;
    /** A step input stops before it starts. */
    public static final int STEP_STOPS_BEFORE_START = 81;
    /** A sine input sets both or neither of frequency and period. */
    public static final int FREQUENCY_OR_PERIOD = 82;
    /** An expression has a syntax error (the message gives the column). */
    public static final int EXPRESSION_SYNTAX = 83;
    /** An expression evaluates to NaN or infinity during the run. */
    public static final int EXPRESSION_NOT_FINITE = 84;
    /** A spike source array lists a negative time. */
    public static final int NEGATIVE_SPIKE_TIME = 85;

    // Recorders.

    /** A state recorder records more values than one array holds. */
    public static final int RECORDING_TOO_LARGE = 90;
}
