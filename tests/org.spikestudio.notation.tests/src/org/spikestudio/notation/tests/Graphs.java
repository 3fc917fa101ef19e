// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.notation.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.spikestudio.notation.layout.Bounds;
import org.spikestudio.notation.layout.LayoutGraph;

/** Test graphs and geometry checks shared by the layout tests and the benchmark. */
public final class Graphs {

    private Graphs() {
    }

    /**
     * {@code nodes} populations of 120 x 60 (some 40 x 40, as single neurons are drawn) and
     * {@code edges} projections drawn from a fixed seed, self loops and parallel edges included,
     * each with a label of 110 x 16 like "p=0.02, w=1.62 mV, d=1 ms".
     */
    public static LayoutGraph random(int nodes, int edges, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LayoutGraph graph = new LayoutGraph();
        for (int i = 0; i < nodes; i++) {
            boolean neuron = i % 7 == 3;
            graph.node("pop" + i, neuron ? 40 : 120, neuron ? 40 : 60);
        }
        for (int i = 0; i < edges; i++) {
            graph.edge("proj" + i, "pop" + random.nextInt(nodes), "pop" + random.nextInt(nodes), 110, 16);
        }
        return graph;
    }

    /** Pairs of top-level boxes that overlap, as "a/b"; containers may overlap their own members. */
    public static List<String> overlaps(LayoutGraph graph, Map<String, Bounds> boxes) {
        List<String> found = new ArrayList<>();
        List<String> ids = new ArrayList<>(boxes.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                if (!related(graph, a, b) && boxes.get(a).overlaps(boxes.get(b))) {
                    found.add(a + "/" + b);
                }
            }
        }
        return found;
    }

    private static boolean related(LayoutGraph graph, String a, String b) {
        return isInside(graph, a, b) || isInside(graph, b, a);
    }

    private static boolean isInside(LayoutGraph graph, String member, String container) {
        for (String p = graph.node(member).parentId(); p != null; p = graph.node(p).parentId()) {
            if (p.equals(container)) {
                return true;
            }
        }
        return false;
    }
}
