// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.spikestudio.engine.Limits;
import org.spikestudio.engine.MemoryLimitExceededException;
import org.spikestudio.expression.units.Quantities;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.groups.NeuronGroups;
import org.spikestudio.model.validation.NetworkSize;
import org.spikestudio.sim.InvalidModelException;
import org.spikestudio.sim.ModelRun;
import org.spikestudio.sim.RunOptions;

/**
 * {@code spikestudio info MODEL}: the size of a network before running it: neurons, expected and
 * (after drawing them) actual synapses, a memory estimate and the number of steps.
 */
final class InfoCommand {

    static final String USAGE = "spikestudio info MODEL [--seed N] [--no-build]";

    private InfoCommand() {
    }

    static ExitCode run(String[] args, CommandLine cli) throws Arguments.UsageException {
        Arguments arguments = Arguments.parse(args, Set.of("--seed"), Set.of("--no-build"));
        if (arguments.positional().size() != 1) {
            throw new Arguments.UsageException(arguments.positional().isEmpty() ? "no model file given"
                    : "one model file expected, got " + arguments.positional().size());
        }
        String name = arguments.positional().get(0);
        Long seed = arguments.longValue("--seed");
        Network network = ModelInput.load(Path.of(name), cli.err());
        if (network == null) {
            return ExitCode.INVALID_MODEL;
        }
        ModelRun run;
        try {
            run = ModelRun.prepare(network, name, seed == null ? RunOptions.defaults() : RunOptions.defaults().withSeed(seed));
        } catch (InvalidModelException e) {
            ModelInput.print(e.problems(), cli.err());
            cli.err().println(name + ": " + ModelInput.counts(e.problems()) + "; fix the errors to see the network's size");
            return ExitCode.INVALID_MODEL;
        }
        boolean build = !arguments.has("--no-build");
        PrintStream out = cli.out();
        var settings = network.getSimulation();
        out.printf(Locale.ROOT, "Model       %s (%s)%n", network.getName(), name);
        out.printf(Locale.ROOT, "Simulation  %s ms at dt = %s ms: %,d steps, %s integration, seed %d%n",
                Quantities.exact(settings.getDuration()), Quantities.exact(settings.getTimeStep()), run.compiled().steps(),
                settings.getIntegration().getLiteral(), run.compiled().seed());
        out.printf(Locale.ROOT, "Neurons     %,d in %d populations%n", NetworkSize.neurons(network),
                network.getPopulations().size());
        for (Population p : network.getPopulations()) {
            out.printf(Locale.ROOT, "  %-22s %,10d  %s, %s%n", p.getName(), p.getSize(), p.getType().getLiteral(),
                    p.getNeuronModel() == null ? "?" : p.getNeuronModel().getName());
        }
        String notDrawn = null;
        if (build) {
            try {
                run.build();
            } catch (MemoryLimitExceededException e) {
                notDrawn = e.getMessage();
                build = false;
            }
        }
        out.printf(Locale.ROOT, "Synapses    %,d expected%s%n", run.compiled().expectedSynapses(),
                build ? ", " + String.format(Locale.ROOT, "%,d", actual(run, network)) + " drawn with seed "
                        + run.compiled().seed()
                        : notDrawn != null ? " (not drawn: the network does not fit in memory)" : " (not drawn: --no-build)");
        for (Projection p : network.getProjections()) {
            out.printf(Locale.ROOT, "  %-22s %,10d expected%s  %s -> %s (%,d x %,d)%n", p.getName(),
                    run.compiled().expectedSynapses(p),
                    build ? String.format(Locale.ROOT, " %,10d drawn", run.synapses(p)) : "",
                    p.getSource().getName(), p.getTarget().getName(), NeuronGroups.size(p.getSource()),
                    NeuronGroups.size(p.getTarget()));
        }
        out.printf(Locale.ROOT, "Memory      %s estimated (synapses, neuron state and recordings; Java heap limit %s)%n",
                Limits.formatBytes(run.compiled().estimatedMemoryBytes()),
                Limits.formatBytes(Runtime.getRuntime().maxMemory()));
        if (!run.compiled().warnings().isEmpty()) {
            ModelInput.print(run.compiled().warnings(), cli.err());
        }
        if (notDrawn != null) {
            out.flush();
            cli.err().println(name + ": error: " + notDrawn + RunCommand.HEAP_HINT);
            return ExitCode.RUNTIME_FAILURE;
        }
        return ExitCode.OK;
    }

    private static long actual(ModelRun run, Network network) {
        return network.getProjections().stream().mapToLong(run::synapses).sum();
    }
}
