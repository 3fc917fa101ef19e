// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.spikestudio.engine.LifParameters;
import org.spikestudio.engine.NeuronModel;
import org.spikestudio.export.ExportOptions;
import org.spikestudio.export.ExportResult;
import org.spikestudio.export.Exporter;
import org.spikestudio.expression.Brian2Printer;
import org.spikestudio.expression.Expression;
import org.spikestudio.model.AllToAll;
import org.spikestudio.model.ConstantInput;
import org.spikestudio.model.ConstantValue;
import org.spikestudio.model.DeltaSynapse;
import org.spikestudio.model.ExpressionInput;
import org.spikestudio.model.FixedProbability;
import org.spikestudio.model.Input;
import org.spikestudio.model.LifModel;
import org.spikestudio.model.Network;
import org.spikestudio.model.NoiseInput;
import org.spikestudio.model.OneToOne;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.RateRecorder;
import org.spikestudio.model.Recorder;
import org.spikestudio.model.SineInput;
import org.spikestudio.model.SpikeCountCoupling;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.StepInput;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.model.validation.ElementNames;

/**
 * A Brian2 2.5 script ({@code model.py}) for the runtime device (numpy or Cython) and
 * {@code cpp_standalone}, writing {@code spikes.csv} in the layout of {@code spikestudio run}.
 * <p>
 * Aim: the same spikes, bit for bit. The script therefore does not hand equations to Brian2's
 * integrators; each population's step is written out as a {@code run_regularly} statement with
 * Spikestudio's arithmetic in Spikestudio's order (plain numbers in mV, nA, ms, MOhm, nF), and
 * the two places where Brian2's own schedule differs are compensated, as the script's header
 * says. The connection lists, initial potentials and noise currents are those Spikestudio
 * draws from the seed ({@link Realisation}), in side files.
 * <p>
 * Supported: LIF neurons (forward Euler or exact), delta synapses, spike-count couplings, constant,
 * step, sine, expression and noise inputs. Anything else is refused with the element named.
 */
public final class Brian2Exporter implements Exporter {

    /** Realised currents above this many values (8 bytes each in memory, ~20 in the file) are refused. */
    static final long MAX_REALISED_VALUES = 20_000_000L;

    @Override
    public String name() {
        return "brian2";
    }

    @Override
    public String description() {
        return "Brian2 2.5 script (runtime or cpp_standalone device) with side files";
    }

    @Override
    public ExportResult export(Network network, String file, Path directory, ExportOptions options)
            throws IOException {
        List<ModelProblem> problems = new ArrayList<>();
        Set<Population> realised = new LinkedHashSet<>();
        check(network, file, options, problems, realised);
        return Realisation.export(network, file, options.seed(), realised, problems, directory, (r, out, all) -> {
            out.add("model.py", ""); // the main file first; its text is known after the side files
            out.add("model.py", new Brian2Script(network, file, r, options, realised, out).text());
        });
    }

    private static void check(Network network, String file, ExportOptions options, List<ModelProblem> problems,
            Set<Population> realised) {
        for (Population p : network.getPopulations()) {
            if (!(p.getNeuronModel() instanceof LifModel)) {
                problems.add(Problems.error(file, p, "neuronModel", "the Brian2 exporter writes LIF neurons only; "
                        + ElementNames.of(p.getNeuronModel()) + " cannot be exported yet"));
            }
        }
        for (Projection p : network.getProjections()) {
            if (!(p.getSynapse() instanceof DeltaSynapse)) {
                problems.add(Problems.error(file, p, "synapse", "the Brian2 exporter writes delta synapses only; "
                        + p.getSynapse().eClass().getName() + " cannot be exported yet"));
            }
            if (options.connections() == ExportOptions.Connections.RULES) {
                String why = Brian2Script.ruleProblem(p);
                if (why != null) {
                    problems.add(Problems.error(file, p, "connectivity", why + "; export it with --connections list"));
                }
            }
        }
        long steps = Math.round(network.getSimulation().getDuration() / network.getSimulation().getTimeStep());
        for (Input in : network.getInputs()) {
            switch (in) {
                case ConstantInput c -> { }
                case StepInput s -> { }
                case SineInput s -> { }
                case ExpressionInput x -> { }
                case NoiseInput n -> {
                    long values = steps * in.getTarget().getSize();
                    if (values > MAX_REALISED_VALUES) {
                        problems.add(Problems.error(file, in, "distribution", "its currents are exported as drawn by Spikestudio"
                                + " (" + values + " values for " + steps + " steps), more than the "
                                + MAX_REALISED_VALUES + " a side file may hold; Brian2's own random numbers would"
                                + " not give the same spikes"));
                    } else {
                        realised.add(in.getTarget());
                    }
                }
                default -> problems.add(Problems.error(file, in, "", "the Brian2 exporter cannot write "
                        + in.eClass().getName() + " inputs yet"));
            }
        }
        for (Recorder rec : network.getRecorders()) {
            if (rec instanceof StateRecorder || rec instanceof RateRecorder) {
                problems.add(new ModelProblem(file, ModelFiles.lineOf(rec), 0, ModelProblem.Severity.WARNING,
                        ElementNames.of(rec), "", ElementNames.of(rec)
                                + " is not exported: the Brian2 script records spikes only (spikes.csv)"));
            }
        }
        if (options.connections() == ExportOptions.Connections.RULES && !network.getProjections().isEmpty()) {
            problems.add(new ModelProblem(file, 0, 0, ModelProblem.Severity.WARNING, "", "",
                    "--connections rules: Brian2 draws the synapses with its own random numbers, so the graph and"
                            + " the spikes differ from Spikestudio's"));
        }
        for (SpikeCountCoupling c : network.getCouplings()) {
            if (c.getSource() == null || c.getTarget() == null) {
                problems.add(Problems.error(file, c, "source", "has no source or target"));
            }
        }
    }

    /**
     * Brian2's syntax with {@code t} read from {@code t_ms}, the step's time n*dt in ms computed as
     * Spikestudio does (Brian2's {@code t/ms} would divide seconds by 0.001, another rounding).
     */
    static final class Printer {
        private static final Brian2Printer BRIAN2 = new Brian2Printer();

        String print(Expression e) {
            // The printer writes t as "t/ms" at product precedence, so the swap needs no new parentheses.
            return BRIAN2.print(e.ast()).replaceAll("\\bt/ms\\b", "t_ms");
        }
    }

    /** The LIF parameters the engine uses (capacitance from tau_m resolved by the compiler). */
    static LifParameters lif(Realisation r, Population p) {
        return ((NeuronModel.Lif) r.engine(p).model()).parameters();
    }

    static String id(String prefix, int index) {
        return String.format(Locale.ROOT, "%s%d", prefix, index);
    }

    static boolean constant(org.spikestudio.model.Distribution d) {
        return d instanceof ConstantValue;
    }

    static boolean isRule(Projection p) {
        return p.getConnectivity() instanceof AllToAll || p.getConnectivity() instanceof OneToOne
                || p.getConnectivity() instanceof FixedProbability;
    }
}
