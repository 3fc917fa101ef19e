// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.spikestudio.engine.Integration;
import org.spikestudio.engine.LifParameters;
import org.spikestudio.engine.NeuronModel;
import org.spikestudio.export.ExportOptions;
import org.spikestudio.expression.Expression;
import org.spikestudio.model.AllToAll;
import org.spikestudio.model.ConstantInput;
import org.spikestudio.model.ConstantValue;
import org.spikestudio.model.ExpressionInput;
import org.spikestudio.model.FixedProbability;
import org.spikestudio.model.Input;
import org.spikestudio.model.LifModel;
import org.spikestudio.model.Network;
import org.spikestudio.model.OneToOne;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.SineInput;
import org.spikestudio.model.SpikeCountCoupling;
import org.spikestudio.model.StepInput;

/** The text of a Brian2 script and its side files; see {@link Brian2Exporter}. */
final class Brian2Script {

    private final Network network;
    private final String file;
    private final Realisation r;
    private final ExportOptions options;
    private final Set<Population> realised;
    private final OutputFiles out;
    private final List<Population> pops;
    private final StringBuilder s = new StringBuilder();
    private final Brian2Exporter.Printer printer = new Brian2Exporter.Printer();

    Brian2Script(Network network, String file, Realisation r, ExportOptions options, Set<Population> realised,
            OutputFiles out) {
        this.network = network;
        this.file = file;
        this.r = r;
        this.options = options;
        this.realised = realised;
        this.out = out;
        this.pops = network.getPopulations();
    }

    /** Why a projection has no Brian2 rule that draws the same distribution of graphs, or null. */
    static String ruleProblem(Projection p) {
        if (!(p.getSource() instanceof Population) || !(p.getTarget() instanceof Population)) {
            return "Brian2 has no assemblies: a rule over an assembly cannot be written";
        }
        if (!Brian2Exporter.isRule(p)) {
            return "Brian2 has no " + p.getConnectivity().eClass().getName() + " rule";
        }
        if (!(p.getWeight() instanceof ConstantValue) || !(p.getDelay() instanceof ConstantValue)) {
            return "random weights or delays are not written as rules";
        }
        return null;
    }

    String text() {
        header();
        for (int k = 0; k < pops.size(); k++) {
            population(k, pops.get(k));
        }
        int parts = 0;
        for (Realisation.Part part : r.parts()) {
            if (options.connections() == ExportOptions.Connections.LIST) {
                parts += listPart(parts, part) ? 1 : 0;
            }
        }
        if (options.connections() == ExportOptions.Connections.RULES) {
            for (Projection p : network.getProjections()) {
                rulePart(parts++, p);
            }
        }
        for (int c = 0; c < network.getCouplings().size(); c++) {
            coupling(c, network.getCouplings().get(c));
        }
        footer();
        return s.toString();
    }

    private void line(String text) {
        s.append(text).append('\n');
    }

    private static String q(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private void header() {
        double dt = r.dt();
        line("#!/usr/bin/env python3");
        line("# Brian2 2.5 script exported by Spikestudio from " + oneLine(file) + " (network '"
                + oneLine(network.getName()) + "', seed " + r.seed() + ").");
        line("# Run: python3 model.py [--device runtime|cpp_standalone] [--target numpy|cython] [--out DIR]");
        line("# Writes DIR/spikes.csv (time_ms,population,neuron) in the layout of 'spikestudio run'.");
        line("#");
        line("# Semantic mapping (Spikestudio's step order is in the engine's Simulation javadoc):");
        line("# - Quantities are plain numbers in Spikestudio's units (mV, nA, ms, MOhm, nF), and each");
        line("#   population's step is one run_regularly statement in the 'groups' slot with Spikestudio's");
        line("#   arithmetic in its order, instead of Brian2 equations and integrators, so that both do the");
        line("#   same floating-point operations. Loop-invariant optimisation (which reorders terms) and");
        line("#   fast-math/FMA contraction in compiled code are switched off for the same reason.");
        line("# - Refractoriness: Spikestudio holds v for R = round(t_ref/dt) steps after a spike; Brian2's");
        line("#   'refractory' would integrate again one step earlier. The script therefore keeps its own");
        line("#   counter 'ref' (set to R by the reset, counted down once per held step) instead.");
        line("# - Jumps: in Spikestudio a jump that arrives in the step its target fires is added after the");
        line("#   reset and acts in the next step; Brian2's on_pre 'v_post += w' runs before the reset,");
        line("#   which erases it. Here on_pre adds to an accumulator 'jump' that the next step's update");
        line("#   adds to v (or drops, for a model that discards jumps while refractory), as Spikestudio does.");
        line("# - Delays are whole steps D (Spikestudio's rounding); a spike of step k reaches 'jump' in");
        line("#   step k+D and v in step k+D+1, as in Spikestudio.");
        line("# - Spike-count couplings count the source's spikes per step after the spikes are delivered;");
        line("#   when the count reaches the threshold it restarts at 0 and every target neuron jumps in");
        line("#   the next step (a summed variable, added with the jumps).");
        line("# - Connection lists, initial potentials and noise currents are the ones Spikestudio draws");
        line("#   from the seed (side files next to this script), not drawn again by Brian2.");
        line("import argparse");
        line("import os");
        line("");
        line("import numpy as np");
        line("from brian2 import (NeuronGroup, Synapses, SpikeMonitor, TimedArray, Network, defaultclock, ms,");
        line("                    prefs, set_device, device)");
        line("");
        line("HERE = os.path.dirname(os.path.abspath(__file__))");
        line("parser = argparse.ArgumentParser(description='Spikestudio network " + oneLine(network.getName())
                .replace("'", "") + " in Brian2')");
        line("parser.add_argument('--device', choices=['runtime', 'cpp_standalone'], default='runtime')");
        line("parser.add_argument('--target', choices=['numpy', 'cython'], default='numpy',");
        line("                    help='code generation target of the runtime device')");
        line("parser.add_argument('--out', default=os.path.join(HERE, 'results'), help='directory for spikes.csv')");
        line("args = parser.parse_args()");
        line("os.makedirs(args.out, exist_ok=True)");
        line("");
        line("prefs.codegen.loop_invariant_optimisations = False");
        line("prefs.codegen.cpp.extra_compile_args_gcc = ['-w', '-O3', '-ffp-contract=off']");
        line("if args.device == 'cpp_standalone':");
        line("    set_device('cpp_standalone', directory=os.path.join(args.out, 'cpp_standalone'), build_on_run=False)");
        line("else:");
        line("    prefs.codegen.target = args.target");
        line("");
        line("");
        line("def table(name):");
        line("    return np.loadtxt(os.path.join(HERE, name), delimiter=',', skiprows=1, ndmin=2)");
        line("");
        line("");
        line("DT = " + Numbers.py(dt) + "  # ms");
        line("STEPS = " + r.steps());
        line("defaultclock.dt = DT * ms");
        line("objects = []");
        line("monitors = []  # (population name, SpikeMonitor)");
        line("");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
    }

    private void population(int k, Population p) {
        LifParameters lif = Brian2Exporter.lif(r, p);
        NeuronModel.Lif model = (NeuronModel.Lif) r.engine(p).model();
        boolean keep = !((LifModel) p.getNeuronModel()).isDiscardJumpsWhenRefractory();
        String g = "pop" + k;
        List<String> couplingVars = new ArrayList<>();
        for (int c = 0; c < network.getCouplings().size(); c++) {
            if (network.getCouplings().get(c).getTarget() == p) {
                couplingVars.add("cpl" + c);
            }
        }
        line("# Population '" + oneLine(p.getName()) + "': " + p.getSize() + " LIF neurons, " + p.getType().getLiteral()
                + "; R " + lif.resistance() + " MOhm, C " + lif.capacitance() + " nF, rest " + lif.restPotential()
                + " mV, reset " + lif.resetPotential() + " mV, threshold " + lif.threshold() + " mV, refractory "
                + refSteps(lif) + " steps, " + (model.integration() == Integration.EXACT ? "exact" : "forward Euler")
                + (keep ? "" : ", jumps discarded while refractory"));
        StringBuilder eqs = new StringBuilder("v : 1\nI : 1\njump : 1\nref : integer\nact : integer\n");
        for (String c : couplingVars) {
            eqs.append(c).append(" : 1\n");
        }
        List<Input> inputs = network.getInputs().stream().filter(in -> in.getTarget() == p).toList();
        for (int m = 0; m < inputs.size(); m++) {
            if (!inputs.get(m).getNeurons().isEmpty()) {
                eqs.append("mask").append(m).append(" : 1\n");
            }
        }
        line(g + " = NeuronGroup(" + p.getSize() + ", '''\n" + eqs + "''',");
        line("    threshold='act == 1 and v >= " + Numbers.py(lif.threshold()) + "',");
        line("    reset='v = " + Numbers.py(lif.resetPotential()) + "\\nref = " + refSteps(lif) + "', name="
                + q(g) + ")");
        double[] v0 = r.initialPotentials(p);
        boolean same = java.util.Arrays.stream(v0).allMatch(x -> Double.compare(x, v0[0]) == 0);
        if (same) {
            line(g + ".v = " + Numbers.py(v0[0]));
        } else {
            String name = "initial-" + k + ".csv";
            out.add(name, SideFiles.column("v_mV", v0));
            line(g + ".v = table(" + q(name) + ")[:, 0]  # initial potentials drawn by Spikestudio");
        }
        for (int m = 0; m < inputs.size(); m++) {
            if (!inputs.get(m).getNeurons().isEmpty()) {
                line(g + ".mask" + m + "[" + inputs.get(m).getNeurons() + "] = 1");
            }
        }
        String current = current(k, p, inputs);
        double clamp = lif.lowerClamp();
        String jumps = String.join(" + ", prepend("jump", couplingVars));
        if (couplingVars.size() > 0) {
            jumps = "(" + jumps + ")";
        }
        StringBuilder code = new StringBuilder();
        code.append("t_ms = timestep(t, dt) * DT_MS\n");
        code.append("act = int(ref <= 0)\n");
        String took = keep ? "v + " + jumps : "v + " + jumps + " * act";
        code.append("u = ").append(clampIt(took, clamp)).append('\n');
        code.append("jump = 0.0\n");
        code.append("ref = ref - (1 - act)\n");
        code.append("I = ").append(current).append('\n');
        String integrated;
        if (model.integration() == Integration.EXACT) {
            double e = Math.exp(-r.dt() / (lif.resistance() * lif.capacitance()));
            code.append("a = ").append(Numbers.py(lif.restPotential())).append(" + ")
                    .append(Numbers.py(lif.resistance())).append(" * I\n");
            integrated = "a + (u - a) * " + Numbers.py(e);
        } else {
            integrated = "u + ((" + Numbers.py(r.dt()) + " * (-(u - " + Numbers.py(lif.restPotential()) + ") + "
                    + Numbers.py(lif.resistance()) + " * I)) / "
                    + Numbers.py(lif.resistance() * lif.capacitance()) + ")";
        }
        code.append("w = ").append(clampIt(integrated, clamp)).append('\n');
        code.append("v = act * w + (1 - act) * u");
        line(g + ".run_regularly('''\n" + code.toString().replace("DT_MS", Numbers.py(r.dt()))
                + "''', when='groups', name=" + q(g + "_step") + ")");
        line("objects.append(" + g + ")");
        if (r.compiled().spikeRecorded().contains(p)) {
            line("monitors.append((" + q(p.getName()) + ", SpikeMonitor(" + g + ", name=" + q(g + "_spikes") + ")))");
        }
        line("");
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Spikestudio's held steps after a spike: round(t_ref/dt), as the engine's kernels compute it. */
    private int refSteps(LifParameters lif) {
        return (int) Math.round(lif.refractoryPeriod() / r.dt());
    }

    private String clampIt(String expression, double clamp) {
        return clamp == Double.NEGATIVE_INFINITY ? expression
                : "clip(" + expression + ", " + Numbers.py(clamp) + ", inf)";
    }

    /** The population's input current as Spikestudio sums it: inputs in model order, or the realised table. */
    private String current(int k, Population p, List<Input> inputs) {
        if (realised.contains(p)) {
            String name = "current-" + k + ".csv";
            out.add(name, SideFiles.table("input current (nA) drawn by Spikestudio: one row per step, one column per neuron",
                    r.inputCurrents(p)));
            line("current" + k + " = TimedArray(table(" + q(name) + "), dt=defaultclock.dt, name="
                    + q("current" + k) + ")  # the noise as Spikestudio drew it");
            return "current" + k + "(t, i)";
        }
        if (inputs.isEmpty()) {
            return "0.0";
        }
        List<String> terms = new ArrayList<>();
        for (int m = 0; m < inputs.size(); m++) {
            Input in = inputs.get(m);
            String term = switch (in) {
                case ConstantInput c -> Numbers.py(c.getAmplitude());
                case StepInput x -> Numbers.py(x.getAmplitude()) + " * int(" + Numbers.py(x.getStart())
                        + " <= t_ms and t_ms < " + Numbers.py(x.getStop()) + ")";
                case SineInput x -> {
                    // Spikestudio: offset + amplitude * sin(2 * pi * f * t / 1000 + phase), f in Hz.
                    double f = x.isSetFrequency() ? x.getFrequency() : 1000.0 / x.getPeriod();
                    yield Numbers.py(x.getOffset()) + " + " + Numbers.py(x.getAmplitude()) + " * sin(2 * "
                            + Numbers.py(Math.PI) + " * " + Numbers.py(f) + " * t_ms / 1000.0 + "
                            + Numbers.py(x.getPhase()) + ")";
                }
                case ExpressionInput x -> printer.print(Expression.parse(x.getExpression()));
                default -> throw new IllegalStateException("checked by the exporter: " + in);
            };
            term = "(" + term + ")";
            terms.add(in.getNeurons().isEmpty() ? term : term + " * mask" + m);
        }
        return String.join(" + ", terms);
    }

    private boolean listPart(int index, Realisation.Part part) {
        Realisation.Synapses syn = r.synapses(part);
        if (syn.pre().length == 0) {
            line("# " + oneLine(part.engine().name()) + ": no synapses drawn");
            line("");
            return false;
        }
        String name = "connections-" + index + ".csv";
        out.add(name, SideFiles.connections(syn));
        String src = "pop" + pops.indexOf(part.source());
        String tgt = "pop" + pops.indexOf(part.target());
        String var = "syn" + index;
        line("# Projection " + oneLine(part.engine().name()) + ": " + syn.pre().length
                + " synapses as Spikestudio drew them (weight in mV, signed by the source's type)");
        line(var + " = Synapses(" + src + ", " + tgt + ", 'w : 1', on_pre='jump_post += w', name=" + q(var) + ")");
        line("c = table(" + q(name) + ")");
        line(var + ".connect(i=c[:, 0].astype(int), j=c[:, 1].astype(int))");
        line(var + ".w = c[:, 2]");
        line(var + ".delay = c[:, 3] * DT * ms");
        line("objects.append(" + var + ")");
        line("");
        return true;
    }

    private void rulePart(int index, Projection p) {
        String src = "pop" + pops.indexOf((Population) p.getSource());
        String tgt = "pop" + pops.indexOf((Population) p.getTarget());
        String var = "syn" + index;
        double sign = ((Population) p.getSource()).getType() == org.spikestudio.model.PopulationType.INHIBITORY ? -1
                : 1;
        double w = sign * Math.abs(((ConstantValue) p.getWeight()).getValue());
        long d = Math.round(((ConstantValue) p.getDelay()).getValue() / r.dt());
        boolean self = p.getSource() == p.getTarget();
        String noAutapse = self && !p.isAllowAutapses() ? "i != j" : null;
        String connect = switch (p.getConnectivity()) {
            case AllToAll a -> noAutapse == null ? "" : "condition='" + noAutapse + "'";
            case OneToOne o -> noAutapse == null ? "j='i'" : "condition='False'";
            case FixedProbability f -> (noAutapse == null ? "" : "condition='" + noAutapse + "', ") + "p="
                    + Numbers.py(f.getProbability());
            default -> throw new IllegalStateException("checked by the exporter: " + p);
        };
        line("# Projection " + oneLine(p.getName()) + " by its rule, drawn by Brian2 (not Spikestudio's graph)");
        line(var + " = Synapses(" + src + ", " + tgt + ", on_pre='jump_post += " + Numbers.py(w) + "', name="
                + q(var) + ")");
        line(var + ".connect(" + connect + ")");
        line(var + ".delay = " + d + " * DT * ms");
        line("objects.append(" + var + ")");
        line("");
    }

    private void coupling(int c, SpikeCountCoupling cp) {
        String src = "pop" + pops.indexOf(cp.getSource());
        String tgt = "pop" + pops.indexOf(cp.getTarget());
        double effect = (cp.getSource().getType() == org.spikestudio.model.PopulationType.INHIBITORY ? -1 : 1)
                * Math.abs(cp.getEffect());
        String g = "counter" + c;
        line("# Spike-count coupling '" + oneLine(cp.getName()) + "': every " + cp.getThreshold() + " spikes of '"
                + oneLine(cp.getSource().getName()) + "' make all of '" + oneLine(cp.getTarget().getName())
                + "' jump by " + Numbers.py(effect) + " mV");
        line(g + " = NeuronGroup(1, 'count : integer\\nfire : integer', name=" + q(g) + ")");
        line(g + "_in = Synapses(" + src + ", " + g + ", on_pre='count_post += 1', name=" + q(g + "_in") + ")");
        line(g + "_in.connect()");
        line(g + ".run_regularly('fire = int(count >= " + cp.getThreshold() + ")\\ncount = count * (1 - fire)',"
                + " when='after_synapses', name=" + q(g + "_fire") + ")");
        line(g + "_out = Synapses(" + g + ", " + tgt + ", 'cpl" + c + "_post = fire_pre * " + Numbers.py(effect)
                + " : 1 (summed)', name=" + q(g + "_out") + ")");
        line(g + "_out.connect()");
        line("objects.extend([" + g + ", " + g + "_in, " + g + "_out])");
        line("");
    }

    private void footer() {
        line("net = Network(objects, [m for _, m in monitors])");
        line("net.run(STEPS * defaultclock.dt)");
        line("if args.device == 'cpp_standalone':");
        line("    device.build(directory=os.path.join(args.out, 'cpp_standalone'), compile=True, run=True)");
        line("");
        line("");
        s.append(PythonSnippets.spikesWriter(r.dt()));
        line("");
        line("");
        line("rows = []");
        line("for order, (name, mon) in enumerate(monitors):");
        line("    steps = np.rint(np.asarray(mon.t / defaultclock.dt)).astype(np.int64)");
        line("    rows.extend(zip(steps.tolist(), [order] * len(steps), np.asarray(mon.i).tolist()))");
        line("write_spikes(rows, [name for name, _ in monitors], args.out)");
    }
}
