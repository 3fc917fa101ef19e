// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.PopulationStatistics;
import org.spikestudio.results.PopulationType;
import org.spikestudio.results.ProjectionSummary;
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.RecordedVariable;
import org.spikestudio.results.RunInfo;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.SpikeTrains;
import org.spikestudio.results.StateTrace;

/** Hand-made simulation results for the chart and plot tests and previews. */
public final class Results {

    public static final double DT = 0.1;

    private Results() {
    }

    public static RunInfo info(String model, double ms) {
        return new RunInfo(null, model, 1, DT, ms, ms, Math.round(ms / DT), false, 1, 0, 0, "test");
    }

    public static PopulationResult population(String name, PopulationType type, int size, SpikeTrains spikes) {
        long count = spikes == null ? 0 : spikes.count();
        return new PopulationResult(null, name, type, size, "LIF '" + name + "'", -50, spikes,
                new PopulationStatistics(count, 0, Double.NaN, 0));
    }

    /** A state trace sampled at {@code timesMs}, each a whole number of steps of {@link #DT}. */
    public static StateTrace state(String recorder, String population, RecordedVariable variable, int[] neurons,
            double[] timesMs, double[][] values) {
        return new StateTrace(null, recorder, null, population, variable, neurons, steps(timesMs), values);
    }

    /** A rate in bins of {@code binMs} (a whole number of steps of {@link #DT}) from 0 ms. */
    public static RateTrace rate(String recorder, String population, double binMs, double[] rateHz) {
        return new RateTrace(null, recorder, null, population, (int) Math.round(binMs / DT), rateHz);
    }

    public static int[] steps(double[] timesMs) {
        int[] steps = new int[timesMs.length];
        for (int k = 0; k < steps.length; k++) {
            steps[k] = (int) Math.round(timesMs[k] / DT);
        }
        return steps;
    }

    public static SimulationResult result(RunInfo info, List<PopulationResult> populations, List<StateTrace> states,
            List<RateTrace> rates) {
        return new SimulationResult(info, populations, List.<ProjectionSummary>of(), states, rates);
    }

    /** Poisson spikes of {@code size} neurons at {@code rateHz} in [fromMs, toMs), in time order. */
    public static SpikeTrains poisson(int size, double rateHz, double fromMs, double toMs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double p = rateHz * DT / 1000;
        List<int[]> spikes = new ArrayList<>();
        for (int step = (int) Math.round(fromMs / DT); step < Math.round(toMs / DT); step++) {
            for (int i = 0; i < size; i++) {
                if (random.nextDouble() < p) {
                    spikes.add(new int[] { step, i });
                }
            }
        }
        int[] steps = new int[spikes.size()];
        int[] neurons = new int[spikes.size()];
        for (int k = 0; k < steps.length; k++) {
            steps[k] = spikes.get(k)[0];
            neurons[k] = spikes.get(k)[1];
        }
        return new SpikeTrains(steps, neurons);
    }

    /** A population rate from spikes, in bins of {@code binMs}. */
    public static RateTrace rate(String population, int size, SpikeTrains spikes, double binMs, double durationMs) {
        int bins = (int) Math.ceil(durationMs / binMs);
        double[] rates = new double[bins];
        for (double t : spikes.timesMs(DT)) {
            rates[Math.min(bins - 1, (int) (t / binMs))] += 1;
        }
        for (int b = 0; b < bins; b++) {
            rates[b] = rates[b] / size / (Math.min(binMs, durationMs - b * binMs) / 1000);
        }
        return rate(null, population, binMs, rates);
    }

    /**
     * Leaky integrate-and-fire neurons (tau 10 ms, R 1 MOhm, rest and reset -65 mV, threshold -50
     * mV) driven by a ramp current from 0 to {@code maxNa[i]} nA, forward Euler: the membrane
     * potential and input current traces, sampled every step, and the spikes.
     */
    public static final class Lif {
        public final double[] times;
        public final double[][] v;
        public final double[][] current;
        public final SpikeTrains spikes;

        public Lif(double durationMs, double... maxNa) {
            int steps = (int) Math.round(durationMs / DT);
            times = new double[steps];
            v = new double[maxNa.length][steps];
            current = new double[maxNa.length][steps];
            List<int[]> spikeList = new ArrayList<>();
            double[] u = new double[maxNa.length];
            Arrays.fill(u, -65);
            for (int n = 0; n < steps; n++) {
                times[n] = n * DT;
                for (int i = 0; i < maxNa.length; i++) {
                    double input = maxNa[i] * n / steps;
                    current[i][n] = input;
                    v[i][n] = u[i];
                    u[i] += DT * (-(u[i] + 65) + input) / 10;
                    if (u[i] >= -50) {
                        spikeList.add(new int[] { n, i });
                        u[i] = -65;
                    }
                }
            }
            spikeList.sort((a, b) -> Integer.compare(a[0], b[0]));
            int[] t = new int[spikeList.size()];
            int[] ids = new int[spikeList.size()];
            for (int k = 0; k < t.length; k++) {
                t[k] = spikeList.get(k)[0];
                ids[k] = spikeList.get(k)[1];
            }
            spikes = new SpikeTrains(t, ids);
        }

        public StateTrace potential(String recorder, String population, int... neurons) {
            return trace(recorder, population, RecordedVariable.MEMBRANE_POTENTIAL, v, neurons);
        }

        public StateTrace current(String recorder, String population, int... neurons) {
            return trace(recorder, population, RecordedVariable.INPUT_CURRENT, current, neurons);
        }

        private StateTrace trace(String recorder, String population, RecordedVariable variable, double[][] values,
                int... neurons) {
            double[][] rows = new double[neurons.length][];
            for (int k = 0; k < neurons.length; k++) {
                rows[k] = values[neurons[k]];
            }
            return state(recorder, population, variable, neurons, times, rows);
        }
    }

    /**
     * The assignment's setting: an excitatory population "exc" of 3 LIF neurons with ramp currents
     * and an inhibitory single neuron "inh", both with potential and current traces, spikes and
     * rates.
     */
    public static SimulationResult assignment() {
        double ms = 200;
        Lif exc = new Lif(ms, 20, 25, 30);
        Lif inh = new Lif(ms, 35);
        List<PopulationResult> populations = List.of(population("exc", PopulationType.EXCITATORY, 3, exc.spikes),
                population("inh", PopulationType.INHIBITORY, 1, inh.spikes));
        List<StateTrace> states = List.of(exc.potential("v_exc", "exc", 0, 1, 2), inh.potential("v_inh", "inh", 0),
                exc.current("i_exc", "exc", 0, 1, 2), inh.current("i_inh", "inh", 0));
        List<RateTrace> rates = List.of(rate("exc", 3, exc.spikes, 10, ms), rate("inh", 1, inh.spikes, 10, ms));
        return result(info("assignment", ms), populations, states, rates);
    }

    /**
     * A balanced network in the manner of Brunel (2000): 800 excitatory and 200 inhibitory neurons
     * with Poisson spikes for 1 s, an unrecorded input population, and rates in 5 ms bins.
     */
    public static SimulationResult balanced() {
        double ms = 1000;
        SpikeTrains e = poisson(800, 8, 0, ms, 1);
        SpikeTrains i = poisson(200, 20, 0, ms, 2);
        List<PopulationResult> populations = List.of(population("E", PopulationType.EXCITATORY, 800, e),
                population("I", PopulationType.INHIBITORY, 200, i),
                population("ext", PopulationType.EXCITATORY, 100, null));
        List<RateTrace> rates = List.of(rate("E", 800, e, 5, ms), rate("I", 200, i, 5, ms));
        return result(info("brunel-balanced", ms), populations, List.of(), rates);
    }

    /**
     * 30 recorded neurons (25 excitatory, 5 inhibitory) with potential and synaptic current traces:
     * more than a chart draws, and one population of a single neuron with its spikes.
     */
    public static SimulationResult manyTraces() {
        double ms = 300;
        double[] currents = new double[30];
        for (int i = 0; i < currents.length; i++) {
            currents[i] = 16 + i * 0.8;
        }
        Lif lif = new Lif(ms, currents);
        int[] exc = new int[25];
        Arrays.setAll(exc, i -> i);
        int[] inh = new int[5];
        Arrays.setAll(inh, i -> 25 + i);
        List<StateTrace> states = new ArrayList<>();
        states.add(lif.potential("v_e", "E", exc));
        StateTrace vi = lif.potential("v_i", "I", inh);
        states.add(new StateTrace(null, "v_i", null, "I", RecordedVariable.MEMBRANE_POTENTIAL,
                new int[] { 0, 1, 2, 3, 4 }, vi.steps(), vi.values()));
        StateTrace syn = lif.current("s_e", "E", 0, 1);
        states.add(new StateTrace(null, "s_e", null, "E", RecordedVariable.SYNAPTIC_CURRENT, syn.neurons(),
                syn.steps(), new double[][] { negated(syn.values()[0]), negated(syn.values()[1]) }));
        SpikeTrains single = poisson(1, 30, 0, ms, 7);
        List<PopulationResult> populations = List.of(population("E", PopulationType.EXCITATORY, 25, null),
                population("I", PopulationType.INHIBITORY, 5, null),
                population("probe", PopulationType.EXCITATORY, 1, single));
        return result(info("many-traces", ms), populations, states, List.of());
    }

    /**
     * Like the seed example three_populations: populations "first" and "second" (excitatory) and
     * "third" (inhibitory) of 10 LIF neurons each, 5 potential traces (first[1], first[5],
     * second[0], second[5], third[0]), spikes and rates in 2 ms bins.
     */
    public static SimulationResult threePopulations() {
        return populations("three-populations", new String[] { "first", "second", "third" },
                new PopulationType[] { PopulationType.EXCITATORY, PopulationType.EXCITATORY,
                        PopulationType.INHIBITORY },
                new int[][] { { 1, 5 }, { 0, 5 }, { 0 } });
    }

    /**
     * {@code count} populations of 10 LIF neurons, alternately excitatory and inhibitory, named
     * "p0", "p1", ..., with the potential of neurons 0 and 9 of each recorded, spikes and rates.
     */
    public static SimulationResult manyPopulations(int count) {
        String[] names = new String[count];
        PopulationType[] types = new PopulationType[count];
        int[][] recorded = new int[count][];
        for (int p = 0; p < count; p++) {
            names[p] = "p" + p;
            types[p] = p % 2 == 0 ? PopulationType.EXCITATORY : PopulationType.INHIBITORY;
            recorded[p] = new int[] { 0, 9 };
        }
        return populations(count + "-populations", names, types, recorded);
    }

    private static SimulationResult populations(String model, String[] names, PopulationType[] types,
            int[][] recorded) {
        double ms = 80;
        List<PopulationResult> populations = new ArrayList<>();
        List<StateTrace> states = new ArrayList<>();
        List<RateTrace> rates = new ArrayList<>();
        for (int p = 0; p < names.length; p++) {
            double[] currents = new double[10];
            for (int i = 0; i < currents.length; i++) {
                currents[i] = 20 + 4 * p + 3 * i;
            }
            Lif lif = new Lif(ms, currents);
            populations.add(population(names[p], types[p], 10, lif.spikes));
            states.add(lif.potential(names[p] + "_v", names[p], recorded[p]));
            rates.add(rate(names[p], 10, lif.spikes, 2, ms));
        }
        return result(info(model, ms), populations, states, rates);
    }

    private static double[] negated(double[] values) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = -out[i] * 0.3;
        }
        return out;
    }

    /** {@code neurons} neurons in one excitatory and one inhibitory population, about {@code spikes} spikes. */
    public static SimulationResult big(int neurons, int spikes) {
        double ms = 1000;
        int ne = neurons * 4 / 5;
        int ni = neurons - ne;
        double rateHz = spikes / (neurons * ms / 1000);
        SpikeTrains e = poisson(ne, rateHz, 0, ms, 3);
        SpikeTrains i = poisson(ni, rateHz, 0, ms, 4);
        return result(info("big", ms), List.of(population("E", PopulationType.EXCITATORY, ne, e),
                population("I", PopulationType.INHIBITORY, ni, i)), List.of(), List.of());
    }
}
