// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.spikestudio.export.ExportOptions;
import org.spikestudio.export.ExportResult;
import org.spikestudio.export.Exporter;
import org.spikestudio.model.ConstantInput;
import org.spikestudio.model.DeltaSynapse;
import org.spikestudio.model.ExpressionInput;
import org.spikestudio.model.Input;
import org.spikestudio.model.IntegrationScheme;
import org.spikestudio.model.LifModel;
import org.spikestudio.model.Network;
import org.spikestudio.model.NoiseInput;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.RateRecorder;
import org.spikestudio.model.Recorder;
import org.spikestudio.model.SineInput;
import org.spikestudio.model.SpikeCountCoupling;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.StepInput;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.model.validation.ElementNames;

/**
 * A PyNN 0.10 script ({@code model.py}) for {@code pyNN.neuron}, {@code pyNN.brian2} and
 * {@code pyNN.nest}, also under MPI, writing {@code spikes.csv} on rank 0 in the layout of
 * {@code spikestudio run}. The connection lists, initial potentials and noise currents are
 * Spikestudio's, in side files (a {@code FromListConnector} reads them). PyNN's standard cells
 * differ from Spikestudio's LIF (integration, no lower clamp, jumps during refractoriness,
 * delays of at least one step), so the agreement is statistical; every such difference of the
 * exported model is reported as a warning that says how it is approximated. On pyNN.neuron a
 * lower clamp is a NEURON mechanism shipped next to the script (see {@link PyNNScript}).
 */
public final class PyNNExporter implements Exporter {

    @Override
    public String name() {
        return "pynn";
    }

    @Override
    public String description() {
        return "PyNN 0.10 script (pyNN.neuron, pyNN.brian2, pyNN.nest; MPI) with side files";
    }

    @Override
    public ExportResult export(Network network, String file, Path directory, ExportOptions options)
            throws IOException {
        List<ModelProblem> problems = new ArrayList<>();
        Set<Population> realised = new LinkedHashSet<>();
        check(network, file, options, problems, realised);
        return Realisation.export(network, file, options.seed(), realised, problems, directory, (r, out, all) -> {
            out.add("model.py", ""); // the main file first; its text is known after the side files
            out.add("model.py", new PyNNScript(network, file, r, options, realised, out).text());
        });
    }

    private static void check(Network network, String file, ExportOptions options, List<ModelProblem> problems,
            Set<Population> realised) {
        boolean euler = network.getSimulation().getIntegration() == IntegrationScheme.FORWARD_EULER;
        Set<LifModel> seen = new LinkedHashSet<>();
        for (Population p : network.getPopulations()) {
            if (!(p.getNeuronModel() instanceof LifModel lif)) {
                problems.add(Problems.error(file, p, "neuronModel", "the PyNN exporter writes LIF neurons only; "
                        + ElementNames.of(p.getNeuronModel()) + " cannot be exported yet"));
                continue;
            }
            if (!seen.add(lif)) {
                continue;
            }
            if (euler) {
                problems.add(Problems.warning(file, lif, "approximated: PyNN's backends integrate the LIF with their own"
                        + " (exact or implicit) method, not forward Euler"));
            }
            if (lif.isSetLowerBound()) {
                problems.add(Problems.warning(file, lif, "approximated: PyNN's IF cells have no lower clamp. On"
                        + " pyNN.neuron the script inserts the NEURON mechanism of " + PyNNScript.LOWER_CLAMP_FILE
                        + " (compile it once with nrnivmodl), which sets v = max(v, " + lif.getLowerBound() + " mV) at every"
                        + " step boundary as Spikestudio does; on pyNN.brian2 and pyNN.nest v may fall below it"));
            }
            if (!lif.isDiscardJumpsWhenRefractory() && lif.getRefractoryPeriod() > 0) {
                problems.add(Problems.warning(file, lif, "approximated: PyNN's cells discard jumps that arrive while"
                        + " refractory; this model keeps them"));
            }
        }
        for (Projection p : network.getProjections()) {
            if (!(p.getSynapse() instanceof DeltaSynapse)) {
                problems.add(Problems.error(file, p, "synapse", "the PyNN exporter writes delta synapses only; "
                        + p.getSynapse().eClass().getName() + " cannot be exported yet"));
            }
            if (options.connections() == ExportOptions.Connections.RULES && PyNNScript.ruleProblem(p) != null) {
                problems.add(Problems.error(file, p, "connectivity",
                        PyNNScript.ruleProblem(p) + "; export it with --connections list"));
            }
        }
        if (!network.getProjections().isEmpty()) {
            problems.add(new ModelProblem(file, 0, 0, ModelProblem.Severity.WARNING, "", "",
                    "approximated: delta synapses are IF_curr_delta where the backend has it (brian2, nest); on"
                            + " pyNN.neuron, which then steps at dt/2, a current pulse of one such step (IF_curr_exp"
                            + " with tau_syn = dt/40 and weight * C / (dt/2) nA) with delays of (steps - 1/2) * dt;"
                            + " zero delays become one step (PyNN's minimum delay)"));
        }
        for (SpikeCountCoupling c : network.getCouplings()) {
            problems.add(Problems.error(file, c, "", "PyNN has no spike-count coupling; it cannot be exported"));
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
                    if (values > Brian2Exporter.MAX_REALISED_VALUES) {
                        problems.add(Problems.error(file, in, "distribution", "its currents are exported as"
                                + " drawn by Spikestudio (" + values + " values), more than the "
                                + Brian2Exporter.MAX_REALISED_VALUES + " a side file may hold"));
                    } else {
                        realised.add(in.getTarget());
                    }
                }
                default -> problems.add(Problems.error(file, in, "", "the PyNN exporter cannot write "
                        + in.eClass().getName() + " inputs yet"));
            }
        }
        for (Recorder rec : network.getRecorders()) {
            if (rec instanceof StateRecorder || rec instanceof RateRecorder) {
                problems.add(Problems.warning(file, rec, "not exported: the PyNN script records spikes only (spikes.csv)"));
            }
        }
    }
}
