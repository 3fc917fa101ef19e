// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.spikestudio.notation.Diagram;
import org.spikestudio.notation.NotationFactory;
import org.spikestudio.notation.files.DiagramFiles;
import org.spikestudio.notation.layout.DiagramLayout;
import org.spikestudio.notation.layout.LayoutGraph;
import org.spikestudio.notation.layout.LayoutResult;
import org.spikestudio.notation.reconcile.DiagramReconciler;
import org.spikestudio.notation.tests.Graphs;

/**
 * Times the diagram's headless work on 100 populations and 300 labelled projections (the size the
 * issue asks to stay fluid at): an ELK layout of all, the first open of a model without a diagram
 * (reconcile of an empty diagram), and the bytes of a save. Prints median and range of the timed runs
 * after warm-up runs (JIT).
 * Usage: bench/diagram-layout.sh [populations projections runs]
 */
public final class DiagramLayoutBench {

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int edges = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        LayoutGraph graph = Graphs.random(nodes, edges, 42);
        System.out.printf("diagram layout benchmark: %d populations, %d projections, %d timed runs after %d warm-up%n",
                nodes, edges, runs, runs / 2 + 1);

        time("ELK layered layout of all", runs, () -> {
            LayoutResult result = DiagramLayout.layout(graph);
            if (!Graphs.overlaps(graph, result.nodes()).isEmpty()) {
                throw new IllegalStateException("overlapping nodes");
            }
        });
        time("open without a diagram (reconcile)", runs, () -> {
            Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
            DiagramReconciler.reconcile(diagram, graph, Map.of(), true);
        });
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        DiagramReconciler.reconcile(diagram, graph, Map.of(), true);
        List<String> order = graph.nodes().stream().map(LayoutGraph.NodeSpec::id).toList();
        time("serialize for save", runs, () -> DiagramFiles.serialize(diagram, order));
    }

    interface Work {
        void run() throws Exception;
    }

    private static void time(String what, int runs, Work work) throws Exception {
        for (int i = 0; i < runs / 2 + 1; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("  %-38s median %8.1f ms  (min %.1f, max %.1f)%n", what, ms[runs / 2], ms[0], ms[runs - 1]);
    }
}
