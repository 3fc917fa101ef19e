// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.labels;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.spikestudio.expression.units.Quantities;
import org.spikestudio.expression.units.Unit;
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
import org.spikestudio.model.SpikestudioPackage.Literals;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.StepInput;
import org.spikestudio.model.Synapse;
import org.spikestudio.model.UniformDistribution;
import org.spikestudio.model.groups.NeuronGroups;
import org.spikestudio.model.units.ModelUnits;

/**
 * One-line labels with units, e.g. {@code exc: 80 x lif, excitatory} or
 * {@code exc_to_inh: exc -> inh, fixed out-degree 1, delta 2 mV, delay 0.1 ms}. Shared by the
 * tree editor's item providers and the command line. Units come from the ecore
 * ({@link ModelUnits}), numbers from the one formatter ({@link Quantities}).
 */
public final class ModelLabels {

    private ModelLabels() {
    }

    public static String of(EObject element) {
        String body = switch (element) {
            case Network n -> "network";
            case SimulationSettings s -> "dt " + q(s.getTimeStep(), Literals.SIMULATION_SETTINGS__TIME_STEP)
                    + ", duration " + q(s.getDuration(), Literals.SIMULATION_SETTINGS__DURATION) + ", "
                    + switch (s.getIntegration()) {
                        case FORWARD_EULER -> "forward Euler";
                        case EXACT -> "exact integration";
                    };
            case LifModel m -> "LIF, R " + q(m.getResistance(), Literals.LIF_MODEL__RESISTANCE) + ", "
                    + (m.isSetMembraneTimeConstant()
                            ? "tau_m " + q(m.getMembraneTimeConstant(), Literals.LIF_MODEL__MEMBRANE_TIME_CONSTANT)
                            : "C " + q(m.getCapacitance(), Literals.LIF_MODEL__CAPACITANCE))
                    + ", threshold " + q(m.getThreshold(), Literals.LIF_MODEL__THRESHOLD) + ", reset "
                    + q(m.getResetPotential(), Literals.LIF_MODEL__RESET_POTENTIAL)
                    + (m.getRefractoryPeriod() > 0
                            ? ", refractory " + q(m.getRefractoryPeriod(), Literals.LIF_MODEL__REFRACTORY_PERIOD)
                            : "");
            // a (1/ms), b and d (mV/ms) are shown as bare numbers, as Izhikevich writes them.
            case IzhikevichModel m -> "Izhikevich, a " + num(m.getA()) + ", b " + num(m.getB()) + ", c "
                    + q(m.getC(), Literals.IZHIKEVICH_MODEL__C) + ", d " + num(m.getD());
            case AdExModel m -> "AdEx, C " + q(m.getCapacitance(), Literals.AD_EX_MODEL__CAPACITANCE) + ", g_L "
                    + q(m.getLeakConductance(), Literals.AD_EX_MODEL__LEAK_CONDUCTANCE) + ", V_T "
                    + q(m.getThresholdPotential(), Literals.AD_EX_MODEL__THRESHOLD_POTENTIAL);
            case Population p -> p.getSize() + " x " + name(p.getNeuronModel()) + ", " + p.getType().getLiteral();
            case Assembly a -> String.join(" + ", a.getPopulations().stream().map(ModelLabels::name).toList()) + " ("
                    + NeuronGroups.size(a) + " neurons)";
            case Projection p -> name(p.getSource()) + " -> " + name(p.getTarget()) + ", " + text(p.getConnectivity())
                    + ", " + text(p.getSynapse()) + " " + value(p.getWeight()) + ", delay " + value(p.getDelay());
            case SpikeCountCoupling c -> name(c.getSource()) + " -> " + name(c.getTarget()) + ", every "
                    + c.getThreshold() + " spikes a jump of " + q(c.getEffect(), Literals.SPIKE_COUNT_COUPLING__EFFECT);
            case ConstantInput i -> "constant " + q(i.getAmplitude(), Literals.CONSTANT_INPUT__AMPLITUDE) + target(i);
            case StepInput i -> "step " + q(i.getAmplitude(), Literals.STEP_INPUT__AMPLITUDE) + " from " + num(i.getStart())
                    + " to " + q(i.getStop(), Literals.STEP_INPUT__STOP) + target(i);
            case SineInput i -> "sine " + q(i.getAmplitude(), Literals.SINE_INPUT__AMPLITUDE) + ", "
                    + (i.isSetFrequency() ? q(i.getFrequency(), Literals.SINE_INPUT__FREQUENCY)
                            : i.isSetPeriod() ? "period " + q(i.getPeriod(), Literals.SINE_INPUT__PERIOD) : "no frequency")
                    + (i.getOffset() != 0 ? ", offset " + q(i.getOffset(), Literals.SINE_INPUT__OFFSET) : "") + target(i);
            case NoiseInput i -> "noise " + value(i.getDistribution()) + " per neuron per step" + target(i);
            case ExpressionInput i -> "I(t, i) = " + (i.getExpression() == null ? "?" : i.getExpression()) + " "
                    + ModelUnits.of(Literals.EXPRESSION_INPUT__EXPRESSION).symbol() + target(i);
            case PoissonInput i -> "Poisson " + i.getSources() + " x " + q(i.getRate(), Literals.POISSON_INPUT__RATE) + ", "
                    + q(i.getWeight(), Literals.POISSON_INPUT__WEIGHT) + target(i);
            case SpikeSourceArray i -> "spikes at " + i.getTimes().size() + " times, "
                    + q(i.getWeight(), Literals.SPIKE_SOURCE_ARRAY__WEIGHT) + target(i);
            case SpikeRecorder r -> "spikes of " + name(r.getPopulation());
            case StateRecorder r -> r.getVariable().getLiteral() + " of " + name(r.getPopulation())
                    + (r.getNeurons().isEmpty() ? "" : " " + r.getNeurons())
                    + (r.isSetSamplingInterval()
                            ? " every " + q(r.getSamplingInterval(), Literals.STATE_RECORDER__SAMPLING_INTERVAL)
                            : "");
            case RateRecorder r -> "rate of " + name(r.getPopulation())
                    + (r.isSetBinWidth() ? " in " + q(r.getBinWidth(), Literals.RATE_RECORDER__BIN_WIDTH) + " bins" : "");
            case Distribution d -> value(d);
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
            case ExponentialCurrentSynapse e -> "exp. current (tau "
                    + q(e.getTimeConstant(), Literals.EXPONENTIAL_CURRENT_SYNAPSE__TIME_CONSTANT) + ")";
            case ExponentialConductanceSynapse e -> "exp. conductance (tau "
                    + q(e.getTimeConstant(), Literals.EXPONENTIAL_CONDUCTANCE_SYNAPSE__TIME_CONSTANT) + ", E_rev "
                    + q(e.getReversalPotential(), Literals.EXPONENTIAL_CONDUCTANCE_SYNAPSE__REVERSAL_POTENTIAL) + ")";
            default -> connectivityOrSynapse.eClass().getName();
        };
    }

    /** A distribution with the unit of the property that holds it, e.g. {@code uniform [-60, -50) mV}. */
    private static String value(Distribution distribution) {
        if (distribution == null) {
            return "?";
        }
        Unit unit = ModelUnits.of(distribution);
        String suffix = unit == null || unit == Unit.ONE ? "" : " " + unit.symbol();
        return switch (distribution) {
            case ConstantValue c -> num(c.getValue()) + suffix;
            case UniformDistribution u -> "uniform [" + num(u.getLow()) + ", " + num(u.getHigh()) + ")" + suffix;
            case NormalDistribution n -> "normal(" + num(n.getMean()) + ", " + num(n.getStandardDeviation()) + ")" + suffix;
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

    private static String num(double value) {
        return Quantities.format(value);
    }

    /** The value with the unit the ecore declares for the attribute. */
    private static String q(double value, EAttribute attribute) {
        return Quantities.format(value, ModelUnits.of(attribute));
    }
}
