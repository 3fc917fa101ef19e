// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.spikestudio.engine.LifParameters;
import org.spikestudio.export.ExportOptions;
import org.spikestudio.expression.Expression;
import org.spikestudio.expression.PythonPrinter;
import org.spikestudio.model.AllToAll;
import org.spikestudio.model.Assembly;
import org.spikestudio.model.ConstantInput;
import org.spikestudio.model.ConstantValue;
import org.spikestudio.model.ExpressionInput;
import org.spikestudio.model.FixedInDegree;
import org.spikestudio.model.FixedOutDegree;
import org.spikestudio.model.FixedProbability;
import org.spikestudio.model.Input;
import org.spikestudio.model.Network;
import org.spikestudio.model.NeuronGroup;
import org.spikestudio.model.OneToOne;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.Projection;
import org.spikestudio.model.SineInput;
import org.spikestudio.model.StepInput;

/** The text of a PyNN script and its side files; see {@link PyNNExporter}. */
final class PyNNScript {

    private final Network network;
    private final String file;
    private final Realisation r;
    private final ExportOptions options;
    private final Set<Population> realised;
    private final OutputFiles out;
    private final List<Population> pops;
    private final StringBuilder s = new StringBuilder();
    private final PythonPrinter printer = new PythonPrinter("np");
    /** Whether a population has a lower clamp. */
    private final boolean clamped;

    PyNNScript(Network network, String file, Realisation r, ExportOptions options, Set<Population> realised,
            OutputFiles out) {
        this.network = network;
        this.file = file;
        this.r = r;
        this.options = options;
        this.realised = realised;
        this.out = out;
        this.pops = network.getPopulations();
        this.clamped = pops.stream().anyMatch(p -> Brian2Exporter.lif(r, p).lowerClamp() != Double.NEGATIVE_INFINITY);
    }

    /** The NEURON mechanism of the lower clamp, written as {@value #LOWER_CLAMP_FILE}; see {@link #lowerClamp()}. */
    static final String LOWER_CLAMP_FILE = "nmodl/spikestudio_lower_clamp.mod";

    static final String LOWER_CLAMP_MOD = """
            : SPDX-License-Identifier: EPL-2.0
            : Spikestudio's lower clamp for PyNN's IF cells on NEURON, written by the PyNN export.
            : Compile it once in this folder: nrnivmodl
            : Spikestudio sets v = max(v, vmin) at the end of every step. This point process does the same
            : at the start of every step (every `interval` ms, Spikestudio's dt) from a self-event that
            : sets v, as PyNN's own reset mechanism does; that is the same moment, so the clamp is exact at
            : step boundaries. Only the recorded v can show the unclamped value of the step's end.
            : A rectifying conductance was tried first and dropped: NEURON linearises it at the start of a
            : step, so a cell resting at vmin shunted the next synaptic pulse (its jump fell to ~0.4 mV).
            NEURON {
                POINT_PROCESS SpikestudioLowerClamp
                RANGE vmin, interval
            }
            UNITS {
                (mV) = (millivolt)
            }
            PARAMETER {
                vmin = 0 (mV)
                interval = 0.1 (ms)
            }
            ASSIGNED {
                v (mV)
            }
            INITIAL {
                net_send(0, 1)
            }
            NET_RECEIVE (w) {
                if (flag == 1) {
                    if (v < vmin) {
                        v = vmin
                    }
                    net_send(interval, 1)
                }
            }
            """;


    /** Why a projection has no PyNN connector drawing the same distribution of graphs, or null. */
    static String ruleProblem(Projection p) {
        if (!(p.getSource() instanceof Population)) {
            return "the source is an assembly: its neurons' signs (Dale) cannot be given by one receptor type";
        }
        if (!(p.getWeight() instanceof ConstantValue) || !(p.getDelay() instanceof ConstantValue)) {
            return "random weights or delays are not written as rules";
        }
        return switch (p.getConnectivity()) {
            case AllToAll a -> null;
            case OneToOne o -> null;
            case FixedProbability f -> null;
            case FixedOutDegree f -> null;
            case FixedInDegree f -> null;
            default -> "PyNN has no connector for " + p.getConnectivity().eClass().getName();
        };
    }

    private void line(String text) {
        s.append(text).append('\n');
    }

    private static String q(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
    }

    String text() {
        header();
        for (int k = 0; k < pops.size(); k++) {
            population(k, pops.get(k));
        }
        if (options.connections() == ExportOptions.Connections.LIST) {
            int index = 0;
            for (Realisation.Part part : r.parts()) {
                listPart(index++, part);
            }
        } else {
            for (Projection p : network.getProjections()) {
                rulePart(p);
            }
        }
        footer();
        return s.toString();
    }

    private void header() {
        line("#!/usr/bin/env python3");
        line("# PyNN 0.10 script exported by Spikestudio from " + oneLine(file) + " (network '"
                + oneLine(network.getName()) + "', seed " + r.seed() + ").");
        line("# Run: python3 model.py [--simulator neuron|brian2|nest] [--out DIR]");
        line("#      mpirun -np 2 python3 model.py --simulator neuron     (MPI: each rank simulates its share)");
        line("# Writes DIR/spikes.csv (time_ms,population,neuron) on rank 0, as 'spikestudio run' does, and");
        line("# DIR/pynn-run.json (simulator, number of MPI ranks, wall time).");
        line("#");
        line("# Semantic mapping (approximations; the exporter's warnings list those of this model):");
        line("# - LIF: IF_curr_delta (pyNN.brian2, pyNN.nest). The backends integrate with their own methods");
        line("#   and discard jumps that arrive while refractory; a delay is at least one step. The spikes");
        line("#   agree statistically, not spike for spike; the Brian2 export is the bit-exact one.");
        line("# - pyNN.neuron has no IF_curr_delta. There NEURON steps at H = dt/2 and a jump of w mV is an");
        line("#   IF_curr_exp current pulse: tau_syn = H/20 and weight w * C / H nA. NEURON holds a synaptic");
        line("#   current over a whole step and then decays it by exp(-20), so v moves by w in one NEURON");
        line("#   step. NEURON emits a spike at the end of the step in which v crosses (Spikestudio stamps");
        line("#   the start) and delivers an event at the start of a step, so a delay of d steps becomes");
        line("#   (d - 1/2) dt: the jump then falls into Spikestudio's step n + d for a spike in either half");
        line("#   of step n. The delay is padded by 1e-6 (relative): NEURON 8.2 under MPI refuses a minimum");
        line("#   delay equal to its step; the event is still delivered at the same step.");
        line("# - Connection lists, initial potentials and noise currents are the ones Spikestudio draws");
        line("#   from the seed (side files next to this script, read by FromListConnector etc.).");
        line("# - Input currents: constants and time-independent expressions become i_offset, steps DCSource,");
        line("#   sines ACSource (phase in degrees), time-dependent expressions and noise a StepCurrentSource");
        line("#   with one value per step (Spikestudio holds the current constant over a step).");
        line("import argparse");
        line("import importlib");
        line("import json");
        line("import os");
        if (clamped) {
            line("import platform");
            line("import sys");
        }
        line("import time");
        line("");
        line("import numpy as np");
        line("");
        line("HERE = os.path.dirname(os.path.abspath(__file__))");
        line("parser = argparse.ArgumentParser(description='Spikestudio network in PyNN')");
        line("parser.add_argument('--simulator', choices=['neuron', 'brian2', 'nest'], default='neuron')");
        line("parser.add_argument('--out', default=os.path.join(HERE, 'results'), help='directory for spikes.csv')");
        if (clamped) {
            line("parser.add_argument('--no-lower-clamp', action='store_true',");
            line("                    help='pyNN.neuron: leave out the lower clamp mechanism (v may fall below the bound)')");
        }
        line("args = parser.parse_args()");
        line("sim = importlib.import_module('pyNN.' + args.simulator)");
        line("");
        line("");
        line("def table(name):");
        line("    return np.loadtxt(os.path.join(HERE, name), delimiter=',', skiprows=1, ndmin=2)");
        line("");
        line("");
        line("DT = " + Numbers.py(r.dt()) + "  # ms");
        line("STEPS = " + r.steps());
        line("T = np.arange(STEPS) * DT  # start of every step, ms");
        line("H = DT / 2 if args.simulator == 'neuron' else DT  # the backend's step, see the header");
        line("sim.setup(timestep=H, min_delay=H)");
        line("try:  # pyNN.neuron defines the class but refuses to make one");
        line("    sim.IF_curr_delta()");
        line("    DELTA = True");
        line("except (AttributeError, NotImplementedError):");
        line("    DELTA = False");
        line("if not DELTA and sim.rank() == 0:");
        line("    print('model.py: pyNN.%s has no IF_curr_delta: a jump is a one-step IF_curr_exp pulse' % args.simulator)");
        line("");
        line("");
        line("def cell(tau_m, cm, v_rest, v_reset, v_thresh, tau_refrac, i_offset):");
        line("    p = dict(tau_m=tau_m, cm=cm, v_rest=v_rest, v_reset=v_reset, v_thresh=v_thresh,");
        line("             tau_refrac=max(tau_refrac, DT), i_offset=i_offset)");
        line("    return sim.IF_curr_delta(**p) if DELTA else sim.IF_curr_exp(tau_syn_E=H / 20, tau_syn_I=H / 20, **p)");
        line("");
        line("");
        line("def weight(w, cm):");
        line("    return w if DELTA else w * cm / H");
        line("");
        line("");
        line("def delay(steps):");
        line("    return (steps - 0.5) * DT * (1 + 1e-6) if args.simulator == 'neuron' else steps * DT");
        line("");
        line("");
        line("def inject(source, target):");
        line("    source.inject_into(target)");
        line("");
        line("");
        if (clamped) {
            lowerClamp();
        }
        line("pops = []  # (name, Population, capacitance, record)");
    }

    /** The script's lower clamp: the NMODL mechanism on pyNN.neuron, a warning on the other backends. */
    private void lowerClamp() {
        out.add(LOWER_CLAMP_FILE, LOWER_CLAMP_MOD);
        line("# Lower clamp: Spikestudio sets v = max(v, bound) after every step; PyNN's IF cells have no such");
        line("# clamp. On pyNN.neuron each cell gets the point process of " + LOWER_CLAMP_FILE);
        line("# (compile it once: cd nmodl && nrnivmodl), which sets v = max(v, bound) at the start of every");
        line("# step of dt, the same moment. The other backends run without it and say so.");
        line("CLAMP = args.simulator == 'neuron' and not args.no_lower_clamp");
        line("if CLAMP:");
        line("    from neuron import h");
        line("    kinds = h.MechanismType(1)  # point processes");
        line("    known = h.ref('')");
        line("    loaded = False");
        line("    for k in range(int(kinds.count())):  # NEURON loads ./<arch>/ of the working directory itself");
        line("        kinds.select(k)");
        line("        kinds.selected(known)");
        line("        loaded = loaded or known[0] == 'SpikestudioLowerClamp'");
        line("    if not loaded:");
        line("        nmodl = os.path.join(HERE, 'nmodl')");
        line("        libs = [os.path.join(nmodl, platform.machine(), sub, 'libnrnmech.so') for sub in ('.libs', '')]");
        line("        lib = next((f for f in libs if os.path.exists(f)), None)");
        line("        if lib is None:");
        line("            sys.exit('model.py: the lower clamp on pyNN.neuron needs its NEURON mechanism compiled once:'");
        line("                     ' cd %s && nrnivmodl  (or run with --no-lower-clamp: v may then fall below the bound)'");
        line("                     % nmodl)");
        line("        h.nrn_load_dll(lib)");
        line("");
        line("");
        line("def lower_clamp(population, bound):");
        line("    if CLAMP:");
        line("        for c in population:  # the cells of this MPI rank");
        line("            c._cell.lower_clamp = h.SpikestudioLowerClamp(0.5, sec=c._cell)  # kept alive by the cell");
        line("            c._cell.lower_clamp.vmin = bound");
        line("            c._cell.lower_clamp.interval = DT");
        line("    elif sim.rank() == 0:");
        line("        print('model.py: warning: no lower clamp on pyNN.%s: v of %s may fall below %g mV'");
        line("              % (args.simulator, population.label, bound))");
        line("");
        line("");
    }

    private void population(int k, Population p) {
        LifParameters lif = Brian2Exporter.lif(r, p);
        String g = "pop" + k;
        List<Input> inputs = network.getInputs().stream().filter(in -> in.getTarget() == p).toList();
        String offset = "0.0";
        if (!realised.contains(p)) {
            double[] constant = new double[p.getSize()];
            boolean any = false;
            for (Input in : inputs) {
                double[] add = constantPart(in, p.getSize());
                if (add != null) {
                    any = true;
                    for (int i = 0; i < constant.length; i++) {
                        constant[i] += add[i];
                    }
                }
            }
            if (any) {
                boolean same = Arrays.stream(constant).allMatch(x -> Double.compare(x, constant[0]) == 0);
                if (same) {
                    offset = Numbers.py(constant[0]);
                } else {
                    String name = "offset-" + k + ".csv";
                    out.add(name, SideFiles.column("i_offset_nA", constant));
                    offset = "table(" + q(name) + ")[:, 0]";
                }
            }
        }
        line("");
        line("# Population '" + oneLine(p.getName()) + "': " + p.getSize() + " LIF neurons, " + p.getType().getLiteral());
        line(g + " = sim.Population(" + p.getSize() + ", cell(tau_m=" + Numbers.py(lif.resistance() * lif.capacitance())
                + ", cm=" + Numbers.py(lif.capacitance()) + ", v_rest=" + Numbers.py(lif.restPotential()) + ", v_reset="
                + Numbers.py(lif.resetPotential()) + ", v_thresh=" + Numbers.py(lif.threshold()) + ", tau_refrac="
                + Numbers.py(lif.refractoryPeriod()) + ", i_offset=" + offset + "), label=" + q(p.getName()) + ")");
        double[] v0 = r.initialPotentials(p);
        if (Arrays.stream(v0).allMatch(x -> Double.compare(x, v0[0]) == 0)) {
            line(g + ".initialize(v=" + Numbers.py(v0[0]) + ")");
        } else {
            String name = "initial-" + k + ".csv";
            out.add(name, SideFiles.column("v_mV", v0));
            line(g + ".initialize(v=table(" + q(name) + ")[:, 0])  # initial potentials drawn by Spikestudio");
        }
        boolean record = r.compiled().spikeRecorded().contains(p);
        if (record) {
            line(g + ".record('spikes')");
        }
        if (lif.lowerClamp() != Double.NEGATIVE_INFINITY) {
            line("lower_clamp(" + g + ", " + Numbers.py(lif.lowerClamp()) + ")");
        }
        line("pops.append((" + q(p.getName()) + ", " + g + ", " + Numbers.py(lif.capacitance()) + ", "
                + (record ? "True" : "False") + "))");
        if (realised.contains(p)) {
            String name = "current-" + k + ".csv";
            out.add(name, SideFiles.table("input current (nA) drawn by Spikestudio: one row per step, one column per neuron",
                    r.inputCurrents(p)));
            line("amps = table(" + q(name) + ")  # the noise as Spikestudio drew it, one column per neuron");
            line("for i in range(" + p.getSize() + "):");
            line("    inject(sim.StepCurrentSource(times=T, amplitudes=amps[:, i]), " + g + "[i:i + 1])");
            return;
        }
        for (Input in : inputs) {
            String target = in.getNeurons().isEmpty() ? g : g + "[" + in.getNeurons() + "]";
            switch (in) {
                case StepInput x -> line("inject(sim.DCSource(amplitude=" + Numbers.py(x.getAmplitude()) + ", start="
                        + Numbers.py(x.getStart()) + ", stop=" + Numbers.py(Math.min(x.getStop(), r.steps() * r.dt()))
                        + "), " + target + ")  # " + oneLine(in.getName()));
                case SineInput x -> {
                    double f = x.isSetFrequency() ? x.getFrequency() : 1000.0 / x.getPeriod();
                    line("inject(sim.ACSource(start=0.0, stop=STEPS * DT, amplitude=" + Numbers.py(x.getAmplitude())
                            + ", offset=" + Numbers.py(x.getOffset()) + ", frequency=" + Numbers.py(f) + ", phase="
                            + Numbers.py(Math.toDegrees(x.getPhase())) + "), " + target + ")  # " + oneLine(in.getName()));
                }
                case ExpressionInput x -> {
                    Expression e = Expression.parse(x.getExpression());
                    if (!e.dependsOnTime()) {
                        continue; // in i_offset
                    }
                    String expr = printer.print(e.ast());
                    line("# " + oneLine(in.getName()) + ": " + oneLine(x.getExpression()) + " (nA), one value per step");
                    if (e.dependsOnIndex()) {
                        List<Integer> neurons = in.getNeurons().isEmpty() ? null : in.getNeurons();
                        line("for i in " + (neurons == null ? "range(" + p.getSize() + ")" : neurons.toString()) + ":");
                        line("    t = T");
                        line("    inject(sim.StepCurrentSource(times=T, amplitudes=np.zeros(STEPS) + (" + expr + ")), "
                                + g + "[i:i + 1])");
                    } else {
                        line("t = T");
                        line("inject(sim.StepCurrentSource(times=T, amplitudes=np.zeros(STEPS) + (" + expr + ")), "
                                + target + ")");
                    }
                }
                default -> { } // constants: in i_offset
            }
        }
    }

    /** The time-independent current of an input per neuron, or null when it depends on time. */
    private static double[] constantPart(Input in, int size) {
        double[] values = new double[size];
        switch (in) {
            case ConstantInput c -> Arrays.fill(values, c.getAmplitude());
            case ExpressionInput x -> {
                Expression e = Expression.parse(x.getExpression());
                if (e.dependsOnTime()) {
                    return null;
                }
                for (int i = 0; i < size; i++) {
                    values[i] = e.evaluate(0, i);
                }
            }
            default -> {
                return null;
            }
        }
        if (!in.getNeurons().isEmpty()) {
            double[] masked = new double[size];
            for (int i : in.getNeurons()) {
                masked[i] = values[i];
            }
            return masked;
        }
        return values;
    }

    private void listPart(int index, Realisation.Part part) {
        Realisation.Synapses syn = r.synapses(part);
        int src = pops.indexOf(part.source());
        int tgt = pops.indexOf(part.target());
        if (syn.pre().length == 0) {
            line("# " + oneLine(part.engine().name()) + ": no synapses drawn");
            return;
        }
        String name = "connections-" + index + ".csv";
        out.add(name, SideFiles.connections(syn));
        String receptor = part.source().getType() == PopulationType.INHIBITORY ? "inhibitory" : "excitatory";
        line("");
        line("# Projection " + oneLine(part.engine().name()) + ": " + syn.pre().length
                + " synapses as Spikestudio drew them (weights in mV, signed by the source's type)");
        line("c = table(" + q(name) + ")");
        line("cm = pops[" + tgt + "][2]");
        line("conns = [(int(a), int(b), weight(w, cm), delay(max(int(d), 1))) for a, b, w, d in c]");
        line("sim.Projection(pops[" + src + "][1], pops[" + tgt + "][1], sim.FromListConnector(conns, column_names=['weight',"
                + " 'delay']), sim.StaticSynapse(), receptor_type=" + q(receptor) + ", label=" + q(part.engine().name())
                + ")");
    }

    private String group(NeuronGroup g) {
        if (g instanceof Assembly a) {
            List<String> members = new ArrayList<>();
            for (Population p : a.getPopulations()) {
                members.add("pops[" + pops.indexOf(p) + "][1]");
            }
            return "sim.Assembly(" + String.join(", ", members) + ", label=" + q(a.getName()) + ")";
        }
        return "pops[" + pops.indexOf((Population) g) + "][1]";
    }

    private void rulePart(Projection p) {
        Population source = (Population) p.getSource();
        double w = (source.getType() == PopulationType.INHIBITORY ? -1 : 1)
                * Math.abs(((ConstantValue) p.getWeight()).getValue());
        long d = Math.max(1, Math.round(((ConstantValue) p.getDelay()).getValue() / r.dt()));
        String self = p.isAllowAutapses() ? "True" : "False";
        String multi = p.isAllowMultapses() ? "True" : "False";
        String connector = switch (p.getConnectivity()) {
            case AllToAll a -> "sim.AllToAllConnector(allow_self_connections=" + self + ")";
            case OneToOne o -> "sim.OneToOneConnector()";
            case FixedProbability f -> "sim.FixedProbabilityConnector(" + Numbers.py(f.getProbability())
                    + ", allow_self_connections=" + self + ")";
            case FixedOutDegree f -> "sim.FixedNumberPostConnector(" + f.getDegree() + ", allow_self_connections="
                    + self + ", with_replacement=" + multi + ")";
            case FixedInDegree f -> "sim.FixedNumberPreConnector(" + f.getDegree() + ", allow_self_connections="
                    + self + ", with_replacement=" + multi + ")";
            default -> throw new IllegalStateException("checked by the exporter: " + p);
        };
        String receptor = source.getType() == PopulationType.INHIBITORY ? "inhibitory" : "excitatory";
        line("");
        line("# Projection " + oneLine(p.getName()) + " by its rule, drawn by PyNN (not Spikestudio's graph)");
        line("cm = " + Numbers.py(capacitance(p.getTarget())));
        line("sim.Projection(pops[" + pops.indexOf(source) + "][1], " + group(p.getTarget()) + ", " + connector
                + ", sim.StaticSynapse(weight=weight(" + Numbers.py(w) + ", cm), delay=delay(" + d + ")), receptor_type="
                + q(receptor) + ", label=" + q(p.getName()) + ")");
    }

    private double capacitance(NeuronGroup target) {
        Population first = target instanceof Assembly a ? a.getPopulations().get(0) : (Population) target;
        return Brian2Exporter.lif(r, first).capacitance();
    }

    private void footer() {
        line("");
        line("start = time.time()");
        line("sim.run(STEPS * DT)");
        line("wall = time.time() - start");
        line("");
        line("");
        s.append(PythonSnippets.spikesWriter(r.dt()));
        line("");
        line("");
        line("def index_of(population, train, k):");
        line("    a = train.annotations");
        line("    for key in ('source_index',):");
        line("        if key in a:");
        line("            return int(a[key])");
        line("    for key in ('source_id', 'channel_id'):");
        line("        if key in a:");
        line("            return int(population.id_to_index(int(a[key])))");
        line("    return k");
        line("");
        line("");
        line("# Spikestudio (and Brian2) stamp a spike with the start of the step in which v crossed the");
        line("# threshold; NEURON and NEST stamp it at the end of that step (or at the crossing inside it).");
        line("END_STAMPED = args.simulator in ('neuron', 'nest')");
        line("");
        line("");
        line("def step_of(t):");
        line("    return int(np.ceil(t / DT - 1e-6)) - 1 if END_STAMPED else int(np.rint(t / DT))");
        line("");
        line("");
        line("rows = []");
        line("names = []");
        line("for name, population, _, record in pops:");
        line("    if not record:");
        line("        continue");
        line("    order = len(names)");
        line("    names.append(name)");
        line("    trains = population.get_data('spikes', gather=True).segments[0].spiketrains");
        line("    for k, train in enumerate(trains):");
        line("        neuron = index_of(population, train, k)");
        line("        for t in np.asarray(train.rescale('ms').magnitude):");
        line("            rows.append((step_of(t), order, neuron))");
        line("if sim.rank() == 0:");
        line("    os.makedirs(args.out, exist_ok=True)");
        line("    write_spikes(rows, names, args.out)");
        line("    with open(os.path.join(args.out, 'pynn-run.json'), 'w') as f:");
        line("        json.dump({'simulator': args.simulator, 'mpi_ranks': sim.num_processes(), 'wall_s': wall,");
        line("                   'cell': 'IF_curr_delta' if DELTA else 'IF_curr_exp'}, f, indent=2)");
        line("sim.end()");
    }
}
