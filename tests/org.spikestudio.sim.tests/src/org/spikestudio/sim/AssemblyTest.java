// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.spikestudio.engine.Simulation;
import org.spikestudio.model.Assembly;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.Projection;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.testing.NetworkFixture;
import org.spikestudio.testing.Examples;

/**
 * Projections onto and from assemblies: the rules work on the assembly's joint index space (members
 * one after another in listed order), so the pairs are checked in that space through the engine's
 * built network, against what the rule prescribes.
 */
class AssemblyTest {

    /** Targets per global source index. */
    private static Map<Long, List<Long>> bySource(List<long[]> pairs) {
        Map<Long, List<Long>> map = new TreeMap<>();
        for (long[] p : pairs) {
            map.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
        }
        return map;
    }

    /** Sources per global target index. */
    private static Map<Long, List<Long>> byTarget(List<long[]> pairs) {
        Map<Long, List<Long>> map = new TreeMap<>();
        for (long[] p : pairs) {
            map.computeIfAbsent(p[1], k -> new ArrayList<>()).add(p[0]);
        }
        return map;
    }

    @Test
    void population100DrawsExactlyKDistinctTargetsPerSourceAcrossTheAssemblyWithoutAutapses() throws Exception {
        Network network = Examples.load("seed/population-100.snn");
        ModelRun run = ModelRun.prepare(network, "population-100.snn", RunOptions.defaults());
        // 'all' = exc (global 0..79) then inh (80..99); a source neuron of exc is all[s], of inh all[80 + s].
        record Case(String projection, int sources, int k, int selfOffset) {
        }
        for (Case c : List.of(new Case("exc_to_all", 80, 1, 0), new Case("inh_to_all", 20, 2, 80))) {
            Projection p = NetworkFixture.projection(network, c.projection());
            Map<Long, List<Long>> targets = bySource(TestModels.pairs(run, p));
            assertEquals(c.sources(), targets.size(), c.projection() + ": every source neuron has targets");
            for (Map.Entry<Long, List<Long>> e : targets.entrySet()) {
                List<Long> t = e.getValue();
                assertEquals(c.k(), t.size(), c.projection() + " source " + e.getKey() + " -> " + t);
                assertEquals(c.k(), new HashSet<>(t).size(), c.projection() + ": distinct targets " + t);
                assertTrue(t.stream().allMatch(x -> x >= 0 && x < 100), t.toString());
                assertTrue(!t.contains(e.getKey() + c.selfOffset()),
                        c.projection() + ": source " + e.getKey() + " targets itself " + t);
            }
        }
        // Drawn jointly, targets land in both members. For exc_to_all (80 single draws among 99 candidates) the
        // chance that none hits inh is (79/99)^80 < 1e-7 for a correct drawer.
        List<long[]> excPairs = TestModels.pairs(run, NetworkFixture.projection(network, "exc_to_all"));
        assertTrue(excPairs.stream().anyMatch(x -> x[1] < 80) && excPairs.stream().anyMatch(x -> x[1] >= 80));
        // Some inh source has one target in each member: the k = 2 draws are not confined to one member.
        // (Fixed seed 1: deterministic; a correct joint drawer misses this with probability 0.686^20 ~ 5e-4.)
        Map<Long, List<Long>> inh = bySource(TestModels.pairs(run, NetworkFixture.projection(network, "inh_to_all")));
        assertTrue(inh.values().stream().anyMatch(t -> t.stream().anyMatch(x -> x < 80)
                && t.stream().anyMatch(x -> x >= 80)), inh.toString());
        // The engine parts: one per member pair, named projection[source->target].
        List<String> parts = run.compiled().projections().get(NetworkFixture.projection(network, "inh_to_all")).stream()
                .map(org.spikestudio.engine.Projection::name).toList();
        assertTrue(parts.contains("inh_to_all[inh->exc]") && parts.contains("inh_to_all[inh->inh]"), parts.toString());
    }

    @Test
    void fixedInDegreeOntoAnAssemblyGivesEveryTargetKDistinctSources() throws Exception {
        Network network = NetworkFixture.network();
        Population a = NetworkFixture.population(network, "a", 5, PopulationType.EXCITATORY);
        Population b = NetworkFixture.population(network, "b", 4, PopulationType.EXCITATORY);
        Population src = NetworkFixture.population(network, "src", 6, PopulationType.EXCITATORY);
        Population t1 = NetworkFixture.population(network, "t1", 4, PopulationType.EXCITATORY);
        Population t2 = NetworkFixture.population(network, "t2", 3, PopulationType.EXCITATORY);
        Assembly ab = NetworkFixture.assembly(network, "ab", a, b);
        Assembly t12 = NetworkFixture.assembly(network, "t12", t1, t2);
        // a -> [a, b] overlaps: a's neurons may not receive from themselves, leaving 4 of 5 candidates.
        Projection overlapping = NetworkFixture.connect(network, "a_to_ab", a, ab, NetworkFixture.inDegree(4));
        // src -> [t1, t2] with k = all 6 sources: the rule then fixes every pair, 7 * 6 of them.
        Projection complete = NetworkFixture.connect(network, "src_to_t12", src, t12, NetworkFixture.inDegree(6));
        ModelRun run = ModelRun.prepare(network, "net.snn", RunOptions.defaults());

        Map<Long, List<Long>> sources = byTarget(TestModels.pairs(run, overlapping));
        assertEquals(9, sources.size(), "every neuron of the assembly receives: " + sources.keySet());
        for (Map.Entry<Long, List<Long>> e : sources.entrySet()) {
            assertEquals(4, e.getValue().size(), "target " + e.getKey() + " <- " + e.getValue());
            assertEquals(4, new HashSet<>(e.getValue()).size(), "distinct: " + e.getValue());
            assertTrue(e.getValue().stream().allMatch(s -> s >= 0 && s < 5), e.getValue().toString());
            // Global target t < 5 is a[t], the same neuron as source t.
            assertTrue(e.getKey() >= 5 || !e.getValue().contains(e.getKey()), "autapse at " + e.getKey());
        }
        assertEquals(36, run.synapses(overlapping));
        assertEquals(36, run.compiled().expectedSynapses(overlapping));

        Set<String> all = new HashSet<>();
        for (long[] p : TestModels.pairs(run, complete)) {
            assertTrue(all.add(p[0] + "->" + p[1]), "repeated pair " + p[0] + "->" + p[1]);
        }
        Set<String> expected = new HashSet<>();
        for (int s = 0; s < 6; s++) {
            for (int t = 0; t < 7; t++) {
                expected.add(s + "->" + t);
            }
        }
        assertEquals(expected, all);
    }

    @Test
    void fixedOutDegreeFromAnAssemblyExcludesEachSourceItself() throws Exception {
        Network network = NetworkFixture.network();
        Population a = NetworkFixture.population(network, "a", 4, PopulationType.EXCITATORY);
        Population b = NetworkFixture.population(network, "b", 3, PopulationType.EXCITATORY);
        Assembly ab = NetworkFixture.assembly(network, "ab", a, b);
        // Source [a, b] onto a: source global s < 4 is a[s], which must not target a[s]; 3 of the 4 (or 3 of 3
        // for a's own neurons) candidates, so for a's neurons the 3 targets are exactly a minus itself.
        Projection p = NetworkFixture.connect(network, "ab_to_a", ab, a, NetworkFixture.outDegree(3));
        ModelRun run = ModelRun.prepare(network, "net.snn", RunOptions.defaults());
        Map<Long, List<Long>> targets = bySource(TestModels.pairs(run, p));
        assertEquals(7, targets.size());
        for (long s = 0; s < 7; s++) {
            List<Long> t = targets.get(s);
            assertEquals(3, t.size(), "source " + s + " -> " + t);
            assertEquals(3, new HashSet<>(t).size(), t.toString());
            if (s < 4) {
                Set<Long> others = new HashSet<>(List.of(0L, 1L, 2L, 3L));
                others.remove(s);
                assertEquals(others, new HashSet<>(t), "source a[" + s + "]");
            }
        }
    }

    @Test
    void oneToOneAcrossAssembliesMapsGlobalIndexIToI() throws Exception {
        Network network = NetworkFixture.network();
        Population p1 = NetworkFixture.population(network, "p1", 3, PopulationType.EXCITATORY);
        Population p2 = NetworkFixture.population(network, "p2", 2, PopulationType.EXCITATORY);
        Population q1 = NetworkFixture.population(network, "q1", 2, PopulationType.EXCITATORY);
        Population q2 = NetworkFixture.population(network, "q2", 3, PopulationType.EXCITATORY);
        Assembly source = NetworkFixture.assembly(network, "P", p1, p2);
        Assembly target = NetworkFixture.assembly(network, "Q", q1, q2);
        Projection p = NetworkFixture.connect(network, "one", source, target, NetworkFixture.F.createOneToOne());
        ModelRun run = ModelRun.prepare(network, "net.snn", RunOptions.defaults());

        List<String> pairs = TestModels.pairs(run, p).stream().map(x -> x[0] + "->" + x[1]).sorted().toList();
        assertEquals(List.of("0->0", "1->1", "2->2", "3->3", "4->4"), pairs);
        // By hand in local indices: P = p1[0..2] p2[0..1], Q = q1[0..1] q2[0..2], so
        // p1[0]->q1[0], p1[1]->q1[1], p1[2]->q2[0], p2[0]->q2[1], p2[1]->q2[2].
        Simulation sim = run.build();
        Map<String, org.spikestudio.engine.Projection> parts = new TreeMap<>();
        run.compiled().projections().get(p).forEach(part -> parts.put(part.name(), part));
        assertEquals(Set.of("one[p1->q1]", "one[p1->q2]", "one[p2->q2]"), parts.keySet(),
                "no part for the empty pair p2->q1");
        assertArrayEquals(new int[] { 0 }, sim.targetsOf(parts.get("one[p1->q1]"), 0));
        assertArrayEquals(new int[] { 1 }, sim.targetsOf(parts.get("one[p1->q1]"), 1));
        assertArrayEquals(new int[] { 0 }, sim.targetsOf(parts.get("one[p1->q2]"), 2));
        assertArrayEquals(new int[] { 1 }, sim.targetsOf(parts.get("one[p2->q2]"), 0));
        assertArrayEquals(new int[] { 2 }, sim.targetsOf(parts.get("one[p2->q2]"), 1));
        assertEquals(5, run.synapses(p));
    }

    @Test
    void explicitConnectionsWithGlobalAssemblyIndicesAreSplitIntoTheMembers() throws Exception {
        Network network = NetworkFixture.network();
        Population p1 = NetworkFixture.population(network, "p1", 3, PopulationType.INHIBITORY);
        Population p2 = NetworkFixture.population(network, "p2", 2, PopulationType.INHIBITORY);
        Population q1 = NetworkFixture.population(network, "q1", 2, PopulationType.EXCITATORY);
        Population q2 = NetworkFixture.population(network, "q2", 3, PopulationType.EXCITATORY);
        Assembly source = NetworkFixture.assembly(network, "P", p1, p2);
        Assembly target = NetworkFixture.assembly(network, "Q", q1, q2);
        int[] list = { 0, 4, 2, 0, 4, 2, 3, 3, 1, 1 };
        Projection p = NetworkFixture.connect(network, "ex", source, target, NetworkFixture.explicit(list));
        ModelRun run = ModelRun.prepare(network, "net.snn", RunOptions.defaults());

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < list.length; i += 2) {
            expected.add(list[i] + "->" + list[i + 1]);
        }
        assertEquals(expected.stream().sorted().toList(),
                TestModels.pairs(run, p).stream().map(x -> x[0] + "->" + x[1]).sorted().toList());
        // By hand: (0,4) is p1[0] -> q2[2]; (2,0) is p1[2] -> q1[0]; (4,2) is p2[1] -> q2[0];
        // (3,3) is p2[0] -> q2[1]; (1,1) is p1[1] -> q1[1].
        Simulation sim = run.build();
        Map<String, org.spikestudio.engine.Projection> parts = new TreeMap<>();
        run.compiled().projections().get(p).forEach(part -> parts.put(part.name(), part));
        assertArrayEquals(new int[] { 2 }, sim.targetsOf(parts.get("ex[p1->q2]"), 0));
        assertArrayEquals(new int[] { 0 }, sim.targetsOf(parts.get("ex[p1->q1]"), 2));
        assertArrayEquals(new int[] { 1 }, sim.targetsOf(parts.get("ex[p1->q1]"), 1));
        assertArrayEquals(new int[] { 0 }, sim.targetsOf(parts.get("ex[p2->q2]"), 1));
        assertArrayEquals(new int[] { 1 }, sim.targetsOf(parts.get("ex[p2->q2]"), 0));
        assertEquals(5, run.synapses(p));
        assertEquals(5, run.compiled().expectedSynapses(p));
        // Inhibitory sources: the magnitude 2 mV acts with a negative sign (Dale's principle).
        assertArrayEquals(new double[] { -2.0 }, sim.weightsOf(parts.get("ex[p1->q2]"), 0));
    }

    @Test
    void allToAllAndCertainProbabilityOntoAnOverlappingAssemblySkipOnlyTheAutapses() throws Exception {
        Network network = NetworkFixture.network();
        Population exc = NetworkFixture.population(network, "exc", 3, PopulationType.EXCITATORY);
        Population inh = NetworkFixture.population(network, "inh", 2, PopulationType.INHIBITORY);
        Assembly all = NetworkFixture.assembly(network, "all", exc, inh);
        Projection full = NetworkFixture.connect(network, "full", exc, all, NetworkFixture.F.createAllToAll());
        var certain = NetworkFixture.F.createFixedProbability();
        certain.setProbability(1.0); // p = 1 makes the random rule deterministic: every candidate pair
        Projection sure = NetworkFixture.connect(network, "sure", exc, all, certain);
        ModelRun run = ModelRun.prepare(network, "net.snn", RunOptions.defaults());
        // 3 sources x 5 targets minus the 3 autapses exc[s] -> all[s].
        Set<String> expected = new HashSet<>();
        for (int s = 0; s < 3; s++) {
            for (int t = 0; t < 5; t++) {
                if (s != t) {
                    expected.add(s + "->" + t);
                }
            }
        }
        for (Projection p : List.of(full, sure)) {
            List<String> pairs = TestModels.pairs(run, p).stream().map(x -> x[0] + "->" + x[1]).toList();
            assertEquals(12, pairs.size(), p.getName() + " " + pairs);
            assertEquals(expected, new HashSet<>(pairs), p.getName());
        }
        assertEquals(12, run.compiled().expectedSynapses(full));
    }

    @Test
    void differentSeedsDrawDifferentAssemblyTargets() throws Exception {
        Network network = Examples.load("seed/population-100.snn");
        Projection p = NetworkFixture.projection(network, "inh_to_all");
        List<String> one = TestModels.pairs(ModelRun.prepare(network, "p.snn", RunOptions.defaults()), p).stream()
                .map(x -> x[0] + "->" + x[1]).sorted().toList();
        List<String> again = TestModels.pairs(ModelRun.prepare(network, "p.snn", RunOptions.defaults()), p).stream()
                .map(x -> x[0] + "->" + x[1]).sorted().toList();
        List<String> other = TestModels.pairs(ModelRun.prepare(network, "p.snn", RunOptions.defaults().withSeed(2)), p)
                .stream().map(x -> x[0] + "->" + x[1]).sorted().toList();
        assertEquals(one, again, "same seed, same draw");
        // 40 draws among 99 candidates each: two independent draws agree entirely with negligible probability.
        assertNotEquals(one, other);
    }

    /**
     * allowAutapses ("whether a neuron may connect to itself") holds through an assembly too, as for
     * the engine's one-to-one of a population onto itself and the validator's "creates no synapse"
     * warning for this very model.
     */
    @Test
    void oneToOneOfAnAssemblyOntoItselfWithoutAutapsesCreatesNoSynapse() throws Exception {
        Network network = NetworkFixture.network();
        Population a = NetworkFixture.population(network, "a", 3, PopulationType.EXCITATORY);
        Population b = NetworkFixture.population(network, "b", 2, PopulationType.EXCITATORY);
        Assembly ab = NetworkFixture.assembly(network, "ab", a, b);
        Projection self = NetworkFixture.connect(network, "self", ab, ab, NetworkFixture.F.createOneToOne());
        // a -> [a] is the same situation through a one-member assembly (no warning, but the same neurons).
        Projection viaOne = NetworkFixture.connect(network, "via_one", a, NetworkFixture.assembly(network, "only_a", a),
                NetworkFixture.F.createOneToOne());
        ModelRun run = ModelRun.prepare(network, "net.snn", RunOptions.defaults());
        assertTrue(run.compiled().warnings().stream().anyMatch(w -> w.severity() == ModelProblem.Severity.WARNING
                && w.message().contains("creates no synapse")), run.compiled().warnings().toString());
        assertEquals(0, run.synapses(self), "the validator promised no synapse");
        assertEquals(0, run.compiled().expectedSynapses(self));
        assertEquals(0, run.synapses(viaOne));
    }
}
