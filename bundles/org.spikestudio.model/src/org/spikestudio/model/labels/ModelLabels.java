// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.labels;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.spikestudio.model.AdExModel;
import org.spikestudio.model.AllToAll;
import org.spikestudio.model.Assembly;
import org.spikestudio.model.Connection;
import org.spikestudio.model.ConstantInput;
import org.spikestudio.model.ConstantValue;
import org.spikestudio.model.DeltaSynapse;
import org.spikestudio.model.Distribution;
import org.spikestudio.model.ExplicitConnections;
import org.spikestudio.model.ExponentialConductanceSynapse;
import org.spikestudio.model.ExponentialCurrentSynapse;
import org.spikestudio.model.ExpressionInput;
import org.spikestudio.model.FixedInDegree;
import org.spikestudio.model.FixedOutDegree;
import org.spikestudio.model.FixedProbability;
import org.spikestudio.model.IzhikevichModel;
import org.spikestudio.model.LifModel;
import org.spikestudio.model.NamedElement;
import org.spikestudio.model.Network;
import org.spikestudio.model.NoiseInput;
import org.spikestudio.model.NormalDistribution;
import org.spikestudio.model.OneToOne;
import org.spikestudio.model.PoissonInput;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.RateRecorder;
import org.spikestudio.model.SimulationSettings;
import org.spikestudio.model.SineInput;
import org.spikestudio.model.SpikeCountCoupling;
import org.spikestudio.model.SpikeRecorder;
import org.spikestudio.model.SpikeSourceArray;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.StepInput;
import org.spikestudio.model.Synapse;
import org.spikestudio.model.UniformDistribution;
import org.spikestudio.model.groups.NeuronGroups;

/**
 * One-line labels with units, e.g. {@code exc: 80 x lif, excitatory} or
 * {@code exc_to_inh: exc -> inh, fixed out-degree 1, delta 2 mV, delay 0.1 ms}. Shared by the
 * tree editor's item providers and the command line.
 */
public final class ModelLabels {

    private ModelLabels() {
    }

    public static String of(EObject element) {
        String body = switch (element) {
            case Network n -> "network";
            case SimulationSettings s -> "dt " + num(s.getTimeStep()) + " ms, duration " + num(s.getDuration()) + " ms, "
                    + switch (s.getIntegration()) {
                        case FORWARD_EULER -> "forward Euler";
                        case EXACT -> "exact integration";
                    };
            case LifModel m -> "LIF, R " + num(m.getResistance()) + " MOhm, "
                    + (m.isSetMembraneTimeConstant() ? "tau_m " + num(m.getMembraneTimeConstant()) + " ms"
                            : "C " + num(m.getCapacitance()) + " nF")
                    + ", threshold " + num(m.getThreshold()) + " mV, reset " + num(m.getResetPotential()) + " mV"
                    + (m.getRefractoryPeriod() > 0 ? ", refractory " + num(m.getRefractoryPeriod()) + " ms" : "");
            case IzhikevichModel m -> "Izhikevich, a " + num(m.getA()) + ", b " + num(m.getB()) + ", c "
                    + num(m.getC()) + " mV, d " + num(m.getD());
            case AdExModel m -> "AdEx, C " + num(m.getCapacitance()) + " nF, g_L " + num(m.getLeakConductance())
                    + " uS, V_T " + num(m.getThresholdPotential()) + " mV";
            case Population p -> p.getSize() + " x " + name(p.getNeuronModel()) + ", " + p.getType().getLiteral();
            case Assembly a -> String.join(" + ", a.getPopulations().stream().map(ModelLabels::name).toList()) + " ("
                    + NeuronGroups.size(a) + " neurons)";
            case Projection p -> name(p.getSource()) + " -> " + name(p.getTarget()) + ", " + text(p.getConnectivity())
                    + ", " + text(p.getSynapse()) + " " + value(p.getWeight(), weightUnit(p.getSynapse())) + ", delay "
                    + value(p.getDelay(), "ms");
            case SpikeCountCoupling c -> name(c.getSource()) + " -> " + name(c.getTarget()) + ", every "
                    + c.getThreshold() + " spikes a jump of " + num(c.getEffect()) + " mV";
            case ConstantInput i -> "constant " + num(i.getAmplitude()) + " nA" + target(i);
            case StepInput i -> "step " + num(i.getAmplitude()) + " nA from " + num(i.getStart()) + " to "
                    + num(i.getStop()) + " ms" + target(i);
            case SineInput i -> "sine " + num(i.getAmplitude()) + " nA, "
                    + (i.isSetFrequency() ? num(i.getFrequency()) + " Hz"
                            : i.isSetPeriod() ? "period " + num(i.getPeriod()) + " ms" : "no frequency")
                    + (i.getOffset() != 0 ? ", offset " + num(i.getOffset()) + " nA" : "") + target(i);
            case NoiseInput i -> "noise " + value(i.getDistribution(), "nA") + " per neuron per step" + target(i);
            case ExpressionInput i -> "I(t, i) = " + (i.getExpression() == null ? "?" : i.getExpression()) + " nA"
                    + target(i);
            case PoissonInput i -> "Poisson " + i.getSources() + " x " + num(i.getRate()) + " Hz, " + num(i.getWeight())
                    + " mV" + target(i);
            case SpikeSourceArray i -> "spikes at " + i.getTimes().size() + " times, " + num(i.getWeight()) + " mV"
                    + target(i);
            case SpikeRecorder r -> "spikes of " + name(r.getPopulation());
            case StateRecorder r -> r.getVariable().getLiteral() + " of " + name(r.getPopulation())
                    + (r.getNeurons().isEmpty() ? "" : " " + r.getNeurons())
                    + (r.isSetSamplingInterval() ? " every " + num(r.getSamplingInterval()) + " ms" : "");
            case RateRecorder r -> "rate of " + name(r.getPopulation())
                    + (r.isSetBinWidth() ? " in " + num(r.getBinWidth()) + " ms bins" : "");
            case Distribution d -> value(d, unitOf(d));
            case Synapse s -> text(s);
            case AllToAll a -> text(a);
            case OneToOne o -> text(o);
            case FixedProbability p -> text(p);
            case FixedOutDegree k -> text(k);
            case FixedInDegree k -> text(k);
            case ExplicitConnections e -> text(e);
            case Connection c -> c.getPre() + " -> " + c.getPost();
            default -> element.eClass().getName();
        };
        return element instanceof NamedElement named && named.getName() != null ? named.getName() + ": " + body : body;
    }

    private static String text(EObject connectivityOrSynapse) {
        return switch (connectivityOrSynapse) {
            case null -> "?";
            case AllToAll a -> "all-to-all";
            case OneToOne o -> "one-to-one";
            case FixedProbability p -> "p = " + num(p.getProbability());
            case FixedOutDegree k -> "fixed out-degree " + k.getDegree();
            case FixedInDegree k -> "fixed in-degree " + k.getDegree();
            case ExplicitConnections e -> e.getConnections().size() + " explicit pairs";
            case DeltaSynapse d -> "delta";
            case ExponentialCurrentSynapse e -> "exp. current (tau " + num(e.getTimeConstant()) + " ms)";
            case ExponentialConductanceSynapse e -> "exp. conductance (tau " + num(e.getTimeConstant()) + " ms, E_rev "
                    + num(e.getReversalPotential()) + " mV)";
            default -> connectivityOrSynapse.eClass().getName();
        };
    }

    /** Weights are mV for delta synapses, nA for current synapses, uS for conductance synapses. */
    public static String weightUnit(Synapse synapse) {
        return switch (synapse) {
            case ExponentialCurrentSynapse e -> "nA";
            case ExponentialConductanceSynapse e -> "uS";
            case null, default -> "mV";
        };
    }

    /** The unit of a distribution, from the property that holds it. */
    public static String unitOf(Distribution distribution) {
        var feature = distribution.eContainingFeature();
        if (feature == SpikestudioPackage.Literals.PROJECTION__WEIGHT) {
            return weightUnit(((Projection) distribution.eContainer()).getSynapse());
        }
        if (feature == SpikestudioPackage.Literals.PROJECTION__DELAY) {
            return "ms";
        }
        if (feature == SpikestudioPackage.Literals.NOISE_INPUT__DISTRIBUTION) {
            return "nA";
        }
        return "mV"; // initial potentials
    }

    private static String value(Distribution distribution, String unit) {
        return switch (distribution) {
            case null -> "?";
            case ConstantValue c -> num(c.getValue()) + " " + unit;
            case UniformDistribution u -> "uniform [" + num(u.getLow()) + ", " + num(u.getHigh()) + ") " + unit;
            case NormalDistribution n -> "normal(" + num(n.getMean()) + ", " + num(n.getStandardDeviation()) + ") " + unit;
            default -> distribution.eClass().getName();
        };
    }

    private static String target(org.spikestudio.model.Input input) {
        List<Integer> neurons = input.getNeurons();
        return " -> " + name(input.getTarget()) + (neurons.isEmpty() ? "" : " " + neurons);
    }

    private static String name(NamedElement element) {
        return element == null || element.getName() == null ? "?" : element.getName();
    }

    /** 2 rather than 2.0; 0.1 stays 0.1; large and tiny values in compact scientific form. */
    static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        return text.contains("E") ? String.format(Locale.ROOT, "%.4g", value) : text;
    }
}
