// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.run;

import java.nio.file.Path;
import java.util.Formatter;
import java.util.List;
import java.util.Locale;

import org.spikestudio.expression.units.Quantities;
import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.sim.CompiledNetwork;

/**
 * What a front end tells about a run, the same text on the command line and in the workbench's
 * console: the line when it starts, and the summary after it wrote its results (a line with the
 * simulated time and wall times, one table row per population with type, size, spikes, rate and CV
 * of ISI, and the files written).
 */
public final class RunSummary {

    private RunSummary() {
    }

    /** The line a front end shows when the simulation starts, without line end. */
    public static String simulating(CompiledNetwork network) {
        return String.format(Locale.ROOT, "Simulating %s: %,d neurons, %,d synapses expected, %s ms (%,d steps), seed %d",
                network.name(), network.neurons(), network.expectedSynapses(), Quantities.exact(network.durationMs()),
                network.steps(), network.seed());
    }

    /** The summary, lines ended by the platform's line separator. */
    public static String text(SimulationResult result, Path dir, List<Path> files) {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        try (Formatter out = new Formatter(text, Locale.ROOT)) {
            var info = result.info();
            out.format("%s: %s ms simulated%s in %.2f s (network built in %.2f s, %d thread%s)%n", info.modelName(),
                    Quantities.exact(info.simulatedMs()), info.partial() ? " (partial)" : "", info.runNanos() / 1e9,
                    info.buildNanos() / 1e9, info.threads(), info.threads() == 1 ? "" : "s");
            int width = Math.max(10, result.populations().stream().mapToInt(p -> p.name().length()).max().orElse(0));
            out.format("  %-" + width + "s  %-10s %8s %10s %10s %7s%n", "population", "type", "size", "spikes",
                    "rate (Hz)", "CV ISI");
            for (PopulationResult p : result.populations()) {
                var s = p.statistics();
                out.format("  %-" + width + "s  %-10s %,8d %,10d %10.2f %7s%n", p.name(),
                        p.type().name().toLowerCase(Locale.ROOT), p.size(), s.spikeCount(), s.meanRateHz(),
                        Double.isNaN(s.cvIsi()) ? "-" : String.format(Locale.ROOT, "%.3f", s.cvIsi()));
            }
        }
        text.append("Results in ").append(dir).append(':').append(nl);
        StringBuilder line = new StringBuilder(" ");
        for (Path f : files) {
            String n = f.getFileName().toString();
            if (line.length() + n.length() > 90) {
                text.append(line).append(nl);
                line = new StringBuilder(" ");
            }
            line.append(' ').append(n);
        }
        return text.append(line).append(nl).toString();
    }
}
