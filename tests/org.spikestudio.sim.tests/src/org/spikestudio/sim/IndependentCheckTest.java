// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spikestudio.engine.Connectivity;
import org.spikestudio.engine.Distribution;
import org.spikestudio.engine.Input;
import org.spikestudio.engine.Integration;
import org.spikestudio.engine.LifParameters;
import org.spikestudio.engine.NetworkBuilder;
import org.spikestudio.engine.NeuronModel;
import org.spikestudio.engine.NeuronType;
import org.spikestudio.engine.Population;
import org.spikestudio.engine.Simulation;
import org.spikestudio.engine.SpikeRecord;
import org.spikestudio.engine.Synapse;
import org.spikestudio.results.RecordedVariable;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.SpikeTrains;
import org.spikestudio.results.StateTrace;

/**
 * The compiler checked against an independent construction: the same network written by hand with
 * the engine's API from the numbers in the model file, which must spike identically (same steps, same
 * neurons); and a closed-form hand calculation for the single neuron.
 */
class IndependentCheckTest {

    /** The seed assignment's LIF as the model files state it: R 1, C 10, rest 0, reset 0, threshold 1, no t_ref, clamp 0. */
    private static final NeuronModel SEED_LIF = NeuronModel.lif(new LifParameters(1, 10, 0, 0, 1, 0, 0),
            Integration.FORWARD_EULER);

    /** Runs the example through the sim bundle and returns its recorded spikes by population name. */
    private static Map<String, SpikeTrains> viaModel(String example, RunOptions options) throws Exception {
        SimulationResult result = TestModels.prepare(example, options).run(null, () -> false);
        Map<String, SpikeTrains> out = new java.util.LinkedHashMap<>();
        result.populations().forEach(p -> out.put(p.name(), p.spikes()));
        return out;
    }

    private static void assertSame(SpikeRecord expected, SpikeTrains actual, double dt, String name) {
        assertArrayEquals(expected.steps(), actual.steps(), name + " spike steps");
        assertArrayEquals(expected.neurons(), actual.neurons(), name + " spiking neurons");
    }

    @Test
    void twoExcitatoryMatchesTheHandBuiltEngineNetwork() throws Exception {
        NetworkBuilder b = new NetworkBuilder(0.1).seed(1);
        Population a = b.population("a", 1, SEED_LIF, NeuronType.EXCITATORY).recordSpikes();
        Population bb = b.population("b", 1, SEED_LIF, NeuronType.EXCITATORY).recordSpikes();
        b.connect("a_to_b", a, bb, Connectivity.allToAll(), Synapse.delta(), Distribution.constant(2),
                Distribution.constant(0.1));
        b.connect("b_to_a", bb, a, Connectivity.allToAll(), Synapse.delta(), Distribution.constant(2),
                Distribution.constant(0.1));
        b.input("a_current_in", a, Input.constant(4));
        b.input("b_current_in", bb, Input.constant(3));
        Simulation sim = b.build();
        sim.run(1000);

        Map<String, SpikeTrains> model = viaModel("seed/two-excitatory.snn", RunOptions.defaults());
        assertTrue(sim.spikes(a).count() > 10, "a fires regularly at 4 nA");
        assertSame(sim.spikes(a), model.get("a"), 0.1, "a");
        assertSame(sim.spikes(bb), model.get("b"), 0.1, "b");
    }

    @Test
    void excitatoryInhibitoryMatchesTheHandBuiltEngineNetwork() throws Exception {
        NetworkBuilder b = new NetworkBuilder(0.1).seed(1);
        Population a = b.population("a", 1, SEED_LIF, NeuronType.EXCITATORY).recordSpikes();
        Population bb = b.population("b", 1, SEED_LIF, NeuronType.INHIBITORY).recordSpikes();
        b.connect("a_to_b", a, bb, Connectivity.allToAll(), Synapse.delta(), Distribution.constant(2),
                Distribution.constant(0.1));
        b.connect("b_to_a", bb, a, Connectivity.allToAll(), Synapse.delta(), Distribution.constant(2),
                Distribution.constant(0.1));
        b.input("a_current_in", a, Input.expression("4*(sin(t/5)+0.3)"));
        b.input("b_current_in", bb, Input.constant(10));
        Simulation sim = b.build();
        sim.run(1000);

        Map<String, SpikeTrains> model = viaModel("seed/excitatory-inhibitory.snn", RunOptions.defaults());
        assertSame(sim.spikes(a), model.get("a"), 0.1, "a");
        assertSame(sim.spikes(bb), model.get("b"), 0.1, "b");
        // By hand: b (10 nA) has u_n = 10 (1 - 0.99^(n+1)), first >= 1 at n = 10 (1.047; n = 9 gives 0.956),
        // so it fires every 11 steps: 10, 21, ..., 989, 90 spikes. Each of its spikes lowers a by 2 mV (clamped
        // at 0) while a gains at most 11 * 0.1 * 5.2 / 10 = 0.57 mV in between: a never fires, and b receives
        // nothing from it.
        assertEquals(0, model.get("a").count());
        assertEquals(90, model.get("b").count());
        for (int j = 0; j < 90; j++) {
            assertEquals(10 + 11 * j, model.get("b").steps()[j]);
        }
    }

    @Test
    void threePopulationsWithNoiseAndCouplingsMatchesTheHandBuiltEngineNetwork() throws Exception {
        // Same seed and the same order of populations, couplings and inputs as the model file, so the
        // engine's keyed noise streams are the same.
        NetworkBuilder b = new NetworkBuilder(0.1).seed(1);
        Population first = b.population("first", 10, SEED_LIF, NeuronType.EXCITATORY).recordSpikes();
        Population second = b.population("second", 10, SEED_LIF, NeuronType.EXCITATORY).recordSpikes();
        Population third = b.population("third", 10, SEED_LIF, NeuronType.INHIBITORY).recordSpikes();
        b.spikeCountCoupling("first_drives_second", first, second, 20, 2);
        b.spikeCountCoupling("second_drives_third", second, third, 20, 2);
        b.spikeCountCoupling("third_inhibits_first", third, first, 20, 2);
        b.input("first_current_in", first, Input.expression("3*i"));
        b.input("second_current_in", second, Input.uniformNoise(0, 5.5));
        b.input("third_current_in", third, Input.constant(3));
        Simulation sim = b.build();
        sim.run(800);

        Map<String, SpikeTrains> model = viaModel("seed/three-populations.snn", RunOptions.defaults());
        assertSame(sim.spikes(first), model.get("first"), 0.1, "first");
        assertSame(sim.spikes(second), model.get("second"), 0.1, "second");
        assertSame(sim.spikes(third), model.get("third"), 0.1, "third");
        assertTrue(sim.spikes(second).count() > 0);
    }

    @Test
    void cubaMatchesTheHandBuiltEngineNetwork() throws Exception {
        // The parameters of examples/benchmarks/cuba.snn: tau_m = R*C = 20 ms, exact integration, uniform
        // initial potentials, p = 0.02 with autapses allowed only onto the same population, current synapses.
        NeuronModel lif = NeuronModel.lif(new LifParameters(1, 20, -49, -60, -50, 5, Double.NEGATIVE_INFINITY),
                Integration.EXACT);
        NetworkBuilder b = new NetworkBuilder(0.1).seed(1);
        Population exc = b.population("exc", 3200, lif, NeuronType.EXCITATORY)
                .initialPotential(Distribution.uniform(-60, -50)).recordSpikes();
        Population inh = b.population("inh", 800, lif, NeuronType.INHIBITORY)
                .initialPotential(Distribution.uniform(-60, -50)).recordSpikes();
        Connectivity p = Connectivity.fixedProbability(0.02);
        b.connect("exc_to_exc", exc, exc, p, Synapse.expCurrent(5), Distribution.constant(1.62),
                Distribution.constant(0)).allowAutapses(true);
        b.connect("exc_to_inh", exc, inh, p, Synapse.expCurrent(5), Distribution.constant(1.62),
                Distribution.constant(0)).allowAutapses(false);
        b.connect("inh_to_exc", inh, exc, p, Synapse.expCurrent(10), Distribution.constant(9),
                Distribution.constant(0)).allowAutapses(false);
        b.connect("inh_to_inh", inh, inh, p, Synapse.expCurrent(10), Distribution.constant(9),
                Distribution.constant(0)).allowAutapses(true);
        Simulation sim = b.build();
        sim.run(500);

        Map<String, SpikeTrains> model = viaModel("benchmarks/cuba.snn", RunOptions.defaults().withDuration(50));
        assertTrue(sim.spikes(exc).count() > 100, "CUBA fires: " + sim.spikes(exc).count());
        assertSame(sim.spikes(exc), model.get("exc"), 0.1, "exc");
        assertSame(sim.spikes(inh), model.get("inh"), 0.1, "inh");
    }

    @Test
    void singleNeuronFiresWhenTheEulerRecurrenceCrossesTheThreshold() throws Exception {
        // single-neuron.snn: R = 1 MOhm, C = 10 nF (tau 10 ms), I = 5 nA, threshold 1 mV, reset 0, dt 0.1 ms.
        // Forward Euler from u = 0: u_n = 5 (1 - 0.99^(n+1)) after step n. It first reaches 1 when
        // 0.99^(n+1) <= 0.8, i.e. n+1 >= ln 0.8 / ln 0.99 = 22.2: n = 22 (u = 1.032; step 21 gives 0.992).
        // The reset returns u to 0, so the same 23 steps repeat: spikes in steps 22 + 23 j. The analytic
        // (continuous) period tau ln(RI/(RI - theta)) = 10 ln(5/4) = 2.231 ms lies within one dt of 2.3 ms.
        int first = (int) Math.ceil(Math.log(0.8) / Math.log(0.99)) - 1;
        assertEquals(22, first);
        List<Double> expected = new ArrayList<>();
        for (int n = first; n < 1000; n += 23) {
            expected.add(n * 0.1);
        }
        assertEquals(43, expected.size()); // 22 + 23 * 42 = 988 < 1000 <= 22 + 23 * 43

        SimulationResult result = TestModels.prepare("seed/single-neuron.snn", RunOptions.defaults())
                .run(null, () -> false);
        SpikeTrains spikes = result.population("neuron").orElseThrow().spikes();
        assertEquals(expected.size(), spikes.count());
        for (int k = 0; k < spikes.count(); k++) {
            assertEquals(expected.get(k), spikes.timesMs(0.1)[k], 1e-9, "spike " + k); // n*dt up to rounding
        }
        // The recorded potential follows the recurrence. Sampled at the start of each step (t = n dt, as
        // Brian2's StateMonitor): sample 0 is the initial 0 mV, sample n+1 the value after step n: step 0
        // gives 0.1 * 5 / 10 = 0.05 mV, step 21 0.992 mV.
        StateTrace v = result.states().stream().filter(s -> s.variable() == RecordedVariable.MEMBRANE_POTENTIAL)
                .findFirst().orElseThrow();
        assertEquals(0, v.steps()[0]);
        assertEquals(0.0, v.values()[0][0], 0.0, "the initial potential at t = 0");
        assertEquals(0.05, v.values()[0][1], 1e-12);
        assertEquals(5 * (1 - Math.pow(0.99, 22)), v.values()[0][22], 1e-12); // regrouped float ops only
        assertEquals(0.0, v.values()[0][23], 0.0, "reset after the spike in step 22");
        // The input current recorder holds the 5 nA of the model.
        StateTrace i = result.states().stream().filter(s -> s.variable() == RecordedVariable.INPUT_CURRENT)
                .findFirst().orElseThrow();
        assertEquals(5.0, i.values()[0][500], 0.0);
    }
}
