// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export.internal;


import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.spikestudio.engine.LifParameters;
import org.spikestudio.export.ExportOptions;
import org.spikestudio.export.ExportResult;
import org.spikestudio.export.Exporter;
import org.spikestudio.model.ConstantInput;
import org.spikestudio.model.DeltaSynapse;
import org.spikestudio.model.Input;
import org.spikestudio.model.LifModel;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.Recorder;
import org.spikestudio.model.SpikeCountCoupling;
import org.spikestudio.model.SpikeRecorder;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.StateVariable;
import org.spikestudio.model.StepInput;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.model.validation.ElementNames;

/**
 * A NeuroML 2.3 network ({@value #NETWORK_FILE}) and a LEMS simulation ({@value #LEMS_FILE}) that
 * runs it with jNeuroML ({@code jnml LEMS_network.xml}) or converts it for NEURON and NetPyNE.
 * <p>
 * Mapping: a LIF population is an {@code iafRefCell} population (C in nF, leak conductance 1/R in uS,
 * potentials in mV); the connections are the list Spikestudio draws from the seed, one
 * {@code connectionWD} each (signed weight in mV, delay = delay steps * dt); constant and step
 * inputs are {@code pulseGenerator}s on the targeted cells; spikes go to LEMS EventOutputFiles and
 * recorded potentials to OutputFiles. NeuroML 2.3 has no voltage-jump synapse, so a delta synapse is
 * a one-step current pulse of the custom LEMS type {@value #DELTA_TYPE}, defined in the LEMS file
 * (the NeuroML file only uses schema elements); its charge C*w moves v by w in one forward-Euler
 * step of the exported dt, as the export's warning says. What NeuroML cannot express (spike-count
 * couplings, expression, noise, sine and spike inputs, other neuron or synapse models, connection
 * rules) is an error naming the element.
 */
public final class NeuroMLExporter implements Exporter {

    static final String NETWORK_FILE = "network.net.nml";
    static final String LEMS_FILE = "LEMS_network.xml";
    static final String DELTA_TYPE = "spikestudioDeltaSynapse";
    static final String NAMESPACE = "http://www.neuroml.org/schema/neuroml2";
    static final String SCHEMA = "https://raw.githubusercontent.com/NeuroML/NeuroML2/master/Schemas/NeuroML2/NeuroML_v2.3.xsd";
    static final String NETWORK_ID = "network";

    @Override
    public String name() {
        return "neuroml";
    }

    @Override
    public String description() {
        return "NeuroML 2.3 network and LEMS simulation (jNeuroML, NEURON via jnml -neuron)";
    }

    @Override
    public ExportResult export(Network network, String file, Path directory, ExportOptions options)
            throws IOException {
        List<ModelProblem> problems = new ArrayList<>();
        check(network, file, options, problems);
        return Realisation.export(network, file, options.seed(), Set.of(), problems, directory, (r, out, all) -> {
            warnings(network, file, r, all);
            Map<Population, String> ids = ids(network);
            out.add(LEMS_FILE, lems(network, r, ids));
            out.add(NETWORK_FILE, neuroml(network, r, ids));
        });
    }

    private static void check(Network network, String file, ExportOptions options, List<ModelProblem> problems) {
        for (Population p : network.getPopulations()) {
            if (!(p.getNeuronModel() instanceof LifModel)) {
                problems.add(Problems.error(file, p, "neuronModel", "the NeuroML exporter writes LIF neurons (iafRefCell) only; "
                        + ElementNames.of(p.getNeuronModel()) + " cannot be exported yet"));
            }
        }
        for (Projection p : network.getProjections()) {
            if (!(p.getSynapse() instanceof DeltaSynapse)) {
                problems.add(Problems.error(file, p, "synapse", "the NeuroML exporter writes delta synapses only; "
                        + p.getSynapse().eClass().getName() + " cannot be exported yet"));
            }
            if (options.connections() == ExportOptions.Connections.RULES) {
                problems.add(Problems.error(file, p, "connectivity", "NeuroML 2 has no connection rules, only connection"
                        + " lists; export it with --connections list"));
            }
        }
        for (Input in : network.getInputs()) {
            switch (in) {
                case ConstantInput c -> { }
                case StepInput s -> { }
                default -> problems.add(Problems.error(file, in, "", in.eClass().getName() + " inputs cannot be written in"
                        + " NeuroML 2: only constant and step currents (pulseGenerator) are exported"));
            }
        }
        for (SpikeCountCoupling c : network.getCouplings()) {
            problems.add(Problems.error(file, c, "", "NeuroML 2 has no element for a coupling driven by a population's"
                    + " spike count; nothing is exported"));
        }
    }

    private static void warnings(Network network, String file, Realisation r, List<ModelProblem> problems) {
        if (!network.getProjections().isEmpty()) {
            problems.add(Problems.warning(file, null, "delta synapses are written as one-step current pulses ("
                    + DELTA_TYPE + " in " + LEMS_FILE + "): a spike moves v by its weight within one forward-Euler"
                    + " step of dt = " + r.dt() + " ms, together with that step's leak and inputs; another dt or"
                    + " integrator smears the jump"));
        }
        for (Population p : network.getPopulations()) {
            LifParameters lif = Brian2Exporter.lif(r, p);
            if (Double.isFinite(lif.lowerClamp())) {
                problems.add(Problems.warning(file, p.getNeuronModel(), "iafRefCell has no lower clamp: the potential is not"
                        + " held at " + lif.lowerClamp() + " mV in the NeuroML model"));
                break;
            }
        }
        for (Population p : network.getPopulations()) {
            LifParameters lif = Brian2Exporter.lif(r, p);
            double[] v0 = r.initialPotentials(p);
            if (IntStream.range(0, v0.length).anyMatch(i -> v0[i] != lif.restPotential())) {
                problems.add(Problems.warning(file, p, "iafRefCell sets the initial potential itself, one value for all cells;"
                        + " the initial potentials Spikestudio draws (not all at rest) are not exported"));
            }
        }
        for (Recorder rec : network.getRecorders()) {
            boolean potential = rec instanceof StateRecorder s && s.getVariable() == StateVariable.MEMBRANE_POTENTIAL;
            if (!(rec instanceof SpikeRecorder) && !potential) {
                problems.add(Problems.warning(file, rec, "is not exported: the LEMS file records"
                        + " spikes and membrane potentials only"));
            }
        }
    }

    /** NmlIds of the populations, unique and in the model's order. */
    private static Map<Population, String> ids(Network network) {
        Map<Population, String> ids = new IdentityHashMap<>();
        Set<String> used = new java.util.HashSet<>();
        for (Population p : network.getPopulations()) {
            ids.put(p, unique(nmlId(p.getName()), used));
        }
        return ids;
    }

    static String nmlId(String name) {
        String id = name == null || name.isEmpty() ? "_" : name.replaceAll("[^A-Za-z0-9_]", "_");
        return Character.isDigit(id.charAt(0)) ? "_" + id : id;
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int k = 2; !used.add(candidate); k++) {
            candidate = id + "_" + k;
        }
        return candidate;
    }

    private static String neuroml(Network network, Realisation r, Map<Population, String> ids) {
        XmlText x = new XmlText();
        x.root("neuroml", NAMESPACE, SCHEMA, "id", nmlId(network.getName()));
        x.comment("Written by Spikestudio from the model's seed " + r.seed() + ": the connections, weights and"
                + " delays are those spikestudio run simulates. Units: mV, nA, nF, uS, ms.");
        Map<Population, String> cells = new LinkedHashMap<>();
        for (Population p : network.getPopulations()) {
            LifParameters lif = Brian2Exporter.lif(r, p);
            String cell = "cell_" + ids.get(p);
            cells.put(p, cell);
            x.empty("iafRefCell", "id", cell,
                    "leakReversal", num(lif.restPotential()) + "mV",
                    "thresh", num(lif.threshold()) + "mV",
                    "reset", num(lif.resetPotential()) + "mV",
                    "C", num(lif.capacitance()) + "nF",
                    "leakConductance", num(1.0 / lif.resistance()) + "uS",
                    "refract", num(lif.refractoryPeriod()) + "ms");
        }
        List<Input> inputs = network.getInputs();
        double duration = r.steps() * r.dt();
        for (int m = 0; m < inputs.size(); m++) {
            switch (inputs.get(m)) {
                case ConstantInput c -> x.empty("pulseGenerator", "id", inputId(m, c), "delay", "0ms",
                        "duration", num(duration) + "ms", "amplitude", num(c.getAmplitude()) + "nA");
                case StepInput s -> x.empty("pulseGenerator", "id", inputId(m, s), "delay", num(s.getStart()) + "ms",
                        "duration", num(s.getStop() - s.getStart()) + "ms", "amplitude", num(s.getAmplitude()) + "nA");
                default -> throw new IllegalStateException("refused by check: " + inputs.get(m));
            }
        }
        x.start("network", "id", NETWORK_ID);
        for (Population p : network.getPopulations()) {
            x.empty("population", "id", ids.get(p), "component", cells.get(p), "size", Integer.toString(p.getSize()));
        }
        Set<String> used = new java.util.HashSet<>(ids.values());
        for (Realisation.Part part : r.parts()) {
            String source = ids.get(part.source());
            String target = ids.get(part.target());
            x.start("projection", "id", unique(nmlId(part.engine().name()), used), "presynapticPopulation", source,
                    "postsynapticPopulation", target, "synapse", deltaSynapseId(target));
            Realisation.Synapses syn = r.synapses(part);
            for (int q = 0; q < syn.pre().length; q++) {
                x.empty("connectionWD", "id", Integer.toString(q), "preCellId", cellPath(source, syn.pre()[q]),
                        "postCellId", cellPath(target, syn.post()[q]), "weight", num(syn.weights()[q]),
                        "delay", time(syn.delaySteps()[q], r.dt()));
            }
            x.end();
        }
        for (int m = 0; m < inputs.size(); m++) {
            Input in = inputs.get(m);
            String population = ids.get(in.getTarget());
            x.start("inputList", "id", inputId(m, in) + "_list", "population", population, "component", inputId(m, in));
            List<Integer> neurons = in.getNeurons().isEmpty()
                    ? IntStream.range(0, in.getTarget().getSize()).boxed().toList() : in.getNeurons();
            for (int k = 0; k < neurons.size(); k++) {
                x.empty("input", "id", Integer.toString(k), "target", cellPath(population, neurons.get(k)),
                        "destination", "synapses");
            }
            x.end();
        }
        return x.text();
    }

    private static String lems(Network network, Realisation r, Map<Population, String> ids) {
        XmlText x = new XmlText();
        x.start("Lems");
        x.comment("Run: jnml " + LEMS_FILE + " (or jnml " + LEMS_FILE + " -neuron). Semantics: iafRefCell holds v at"
                + " reset for refract ms after a spike (Spikestudio: round(t_ref/dt) steps); a delay of d steps is"
                + " written as d*dt; jNeuroML integrates with forward Euler at the step below.");
        x.empty("Target", "component", "sim");
        x.empty("Include", "file", "Cells.xml");
        x.empty("Include", "file", "Networks.xml");
        x.empty("Include", "file", "Simulation.xml");
        x.comment("A delta synapse: a weight of w (mV) charges the cell by C*w within one step of dt, i = C*q/dt with"
                + " dq/dt = -q/dt, which forward Euler at that dt empties in exactly one step.");
        x.start("ComponentType", "name", DELTA_TYPE, "extends", "baseCurrentBasedSynapse");
        x.empty("Parameter", "name", "C", "dimension", "capacitance");
        x.empty("Parameter", "name", "dt", "dimension", "time");
        x.empty("Constant", "name", "MV", "dimension", "voltage", "value", "1mV");
        x.start("Dynamics");
        x.empty("StateVariable", "name", "q", "dimension", "voltage");
        x.empty("TimeDerivative", "variable", "q", "value", "-q / dt");
        x.empty("DerivedVariable", "name", "i", "exposure", "i", "dimension", "current", "value", "C * q / dt");
        x.start("OnEvent", "port", "in");
        x.empty("StateAssignment", "variable", "q", "value", "q + weight * MV");
        x.end();
        x.end();
        x.end();
        Set<String> targets = new java.util.LinkedHashSet<>();
        for (Realisation.Part part : r.parts()) {
            if (targets.add(ids.get(part.target()))) {
                LifParameters lif = Brian2Exporter.lif(r, part.target());
                x.empty(DELTA_TYPE, "id", deltaSynapseId(ids.get(part.target())), "C", num(lif.capacitance()) + "nF",
                        "dt", num(r.dt()) + "ms");
            }
        }
        x.empty("Include", "file", NETWORK_FILE);
        x.start("Simulation", "id", "sim", "length", time(r.steps(), r.dt()), "step", num(r.dt()) + "ms",
                "target", NETWORK_ID, "seed", Long.toString(r.seed()));
        for (Population p : network.getPopulations()) {
            String id = ids.get(p);
            x.start("EventOutputFile", "id", "spikes_" + id, "fileName", "spikes_" + id + ".spikes", "format", "TIME_ID");
            for (int i = 0; i < p.getSize(); i++) {
                x.empty("EventSelection", "id", Integer.toString(i), "select", id + "[" + i + "]", "eventPort", "spike");
            }
            x.end();
        }
        Set<String> files = new java.util.HashSet<>();
        for (Recorder rec : network.getRecorders()) {
            if (rec instanceof StateRecorder s && s.getVariable() == StateVariable.MEMBRANE_POTENTIAL) {
                String id = ids.get(s.getPopulation());
                String name = unique("v_" + nmlId(s.getName()), files);
                x.start("OutputFile", "id", name, "fileName", name + ".dat");
                List<Integer> neurons = s.getNeurons().isEmpty()
                        ? IntStream.range(0, s.getPopulation().getSize()).boxed().toList() : s.getNeurons();
                for (int i : neurons) {
                    x.empty("OutputColumn", "id", id + "_" + i, "quantity", id + "[" + i + "]/v");
                }
                x.end();
            }
        }
        x.end();
        return x.text();
    }

    private static String inputId(int index, Input in) {
        return "input" + index + "_" + nmlId(in.getName());
    }

    static String deltaSynapseId(String targetPopulation) {
        return "delta_" + targetPopulation;
    }

    static String cellPath(String population, int index) {
        return "../" + population + "[" + index + "]";
    }

    /** steps * dt in ms, exactly in dt's decimals (0.1 ms * 3 = 0.3ms, not 0.30000000000000004ms). */
    static String time(long steps, double dt) {
        return BigDecimal.valueOf(Numbers.units(dt) * steps).movePointLeft(Numbers.scale(dt)).toPlainString() + "ms";
    }

    /** The shortest decimal that reads back as the same double; the schema's quantity pattern takes it. */
    static String num(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return Double.toString(value);
    }
}
