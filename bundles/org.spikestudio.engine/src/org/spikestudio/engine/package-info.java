// SPDX-License-Identifier: EPL-2.0
/**
 * Spikestudio's simulation engine: a clock-driven spiking-network kernel in plain Java (no
 * dependency besides the JDK and the JDK-only expression language, {@code org.spikestudio.expression}).
 * <p>
 * <b>Use</b>: describe the network with a {@link org.spikestudio.engine.NetworkBuilder}
 * (populations, projections between populations or {@link org.spikestudio.engine.Assembly assemblies},
 * inputs, spike-count couplings, recordings), check
 * {@link org.spikestudio.engine.NetworkBuilder#expectedSynapseCount} and
 * {@link org.spikestudio.engine.NetworkBuilder#estimateMemoryBytes}, {@code build()} a
 * {@link org.spikestudio.engine.Simulation} and {@code run} it in chunks with a
 * {@link org.spikestudio.engine.ProgressListener} and a cancellation token.
 * <p>
 * <b>Units</b>: time ms, potential mV, current nA, resistance MOhm, capacitance nF, conductance
 * uS, rate Hz; tau_m = R C (MOhm nF = ms).
 * <p>
 * <b>Semantics</b> (step order, delays, refractoriness) are documented on
 * {@link org.spikestudio.engine.Simulation}; the neuron models on
 * {@link org.spikestudio.engine.NeuronModel} and {@link org.spikestudio.engine.Integration};
 * synapses on {@link org.spikestudio.engine.Synapse}; inputs on
 * {@link org.spikestudio.engine.Input}; the spike-count coupling on
 * {@link org.spikestudio.engine.NetworkBuilder#spikeCountCoupling}.
 * <p>
 * <b>Reproducibility</b>: every random number is a function of (seed, purpose, element, step or
 * index) ({@code org.spikestudio.engine.internal.Keyed}); threads own disjoint ranges of target
 * neurons and add synaptic events in the same order whatever their number, so spikes and state are
 * bit-identical for any thread count and any chunking of a run.
 */
package org.spikestudio.engine;
