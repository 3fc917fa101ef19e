// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoryAndValidationTest {

    private static final NeuronModel LIF = Nets.exact(LifParameters.assignmentDefaults());

    @Test
    void preFlightRefusesAnAbsurdNetworkWithItsEstimate() {
        NetworkBuilder b = new NetworkBuilder(0.1);
        Population p = b.population("huge", 1_000_000, LIF, NeuronType.EXCITATORY);
        b.connect("dense", p, p, Connectivity.allToAll(), Synapse.delta(), Distribution.uniform(0, 1),
                Distribution.constant(0));
        // 1e12 synapses at 4 bytes (target) + 8 (weight) each
        assertTrue(b.estimateMemoryBytes() >= 12_000_000_000_000L);
        MemoryLimitExceededException e = assertThrows(MemoryLimitExceededException.class, b::build);
        assertTrue(e.getMessage().contains(Long.toString(e.estimatedBytes())), e.getMessage());
        assertTrue(e.getMessage().contains(Long.toString(e.limitBytes())), e.getMessage());
        assertEquals(b.estimateMemoryBytes(), e.estimatedBytes());
        assertTrue(e.limitBytes() < Runtime.getRuntime().maxMemory());
    }

    @Test
    void anExplicitLimitIsHonoured() {
        NetworkBuilder b = new NetworkBuilder(0.1).memoryLimit(1_000_000);
        Population p = b.population("p", 1000, LIF, NeuronType.EXCITATORY);
        b.connect("pp", p, p, Connectivity.fixedOutDegree(300), Synapse.delta(), Distribution.constant(1),
                Distribution.constant(0));
        // 300 000 synapses x 4 bytes = 1.2 MB > 1 MB
        MemoryLimitExceededException e = assertThrows(MemoryLimitExceededException.class, b::build);
        assertTrue(e.estimatedBytes() > 1_200_000 && e.estimatedBytes() < 1_400_000, "" + e.estimatedBytes());
        assertEquals(1_000_000, e.limitBytes());
    }

    @Test
    void recordingsBeyondTheLimitAreRefusedBeforeTheRun() {
        NetworkBuilder b = new NetworkBuilder(0.1).memoryLimit(2_000_000);
        Population p = b.population("p", 100, LIF, NeuronType.EXCITATORY);
        b.recordState(p, StateVariable.V, 1, Nets.all(100));
        Simulation sim = b.build();
        sim.run(100); // 100 x 100 x 8 bytes = 80 kB: fine
        // 10 000 steps x 100 neurons x 8 bytes = 8 MB: refused, and nothing was run
        assertThrows(MemoryLimitExceededException.class, () -> sim.run(10_000));
        assertEquals(100, sim.stepsDone());
    }

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void invalidParametersNameTheElementTheParameterAndTheValue() {
        NetworkBuilder b = new NetworkBuilder(0.1);
        Population p = b.population("exc", 10, LIF, NeuronType.EXCITATORY);
        String m = message(() -> b.population("bad", 0, LIF, NeuronType.EXCITATORY));
        assertTrue(m.contains("'bad'") && m.contains("size") && m.contains("0"), m);
        m = message(() -> b.population("thr", 1, Nets.exact(Nets.lif(1, 10, 0, 5, 1, 0, 0)), NeuronType.EXCITATORY));
        assertTrue(m.contains("'thr'") && m.contains("threshold") && m.contains("5.0"), m);
        m = message(() -> b.population("r", 1, Nets.exact(Nets.lif(-2, 10, 0, 0, 1, 0, 0)), NeuronType.EXCITATORY));
        assertTrue(m.contains("'r'") && m.contains("resistance") && m.contains("-2.0"), m);
        m = message(() -> b.population("euler", 1, Nets.euler(Nets.lif(1, 0.05, 0, 0, 1, 0, 0)), NeuronType.EXCITATORY));
        assertTrue(m.contains("'euler'") && m.contains("dt < tau"), m);
        m = message(() -> b.connect("prob", p, p, Connectivity.fixedProbability(1.5), Synapse.delta(),
                Distribution.constant(1), Distribution.constant(0)));
        assertTrue(m.contains("'prob'") && m.contains("p ") && m.contains("1.5"), m);
        m = message(() -> b.connect("neg", p, p, Connectivity.allToAll(), Synapse.delta(), Distribution.constant(-1),
                Distribution.constant(0)));
        assertTrue(m.contains("'neg'") && m.contains("weight") && m.contains("-1.0"), m);
        m = message(() -> b.connect("deg", p, p, Connectivity.fixedOutDegree(11), Synapse.delta(),
                Distribution.constant(1), Distribution.constant(0)));
        assertTrue(m.contains("'deg'") && m.contains("out-degree") && m.contains("11"), m);
        m = message(() -> b.connect("tau", p, p, Connectivity.allToAll(), Synapse.expCurrent(0),
                Distribution.constant(1), Distribution.constant(0)));
        assertTrue(m.contains("'tau'") && m.contains("tau_syn") && m.contains("0.0"), m);
        m = message(() -> b.spikeCountCoupling("cpl", p, p, 0, 1));
        assertTrue(m.contains("'cpl'") && m.contains("threshold") && m.contains("0"), m);
        m = message(() -> b.input("in", p, Input.gaussianNoise(0, -1)));
        assertTrue(m.contains("'in'") && m.contains("sd") && m.contains("-1.0"), m);
        // Autapses off: 10 neurons have 9 possible targets.
        Projection pr = b.connect("ok", p, p, Connectivity.fixedOutDegree(10), Synapse.delta(),
                Distribution.constant(1), Distribution.constant(0));
        m = message(() -> pr.allowAutapses(false));
        assertTrue(m.contains("'ok'") && m.contains("10") && m.contains("9 possible"), m);
        m = message(() -> b.population("exc", 3, LIF, NeuronType.EXCITATORY));
        assertTrue(m.contains("'exc'") && m.contains("already used"), m);
    }
}
