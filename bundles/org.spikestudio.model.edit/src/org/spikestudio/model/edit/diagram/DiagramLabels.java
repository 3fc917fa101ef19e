// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.diagram;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.spikestudio.expression.Expression;
import org.spikestudio.expression.ExpressionSyntaxException;
import org.spikestudio.expression.Printer;
import org.spikestudio.expression.units.Quantities;
import org.spikestudio.expression.units.Unit;
import org.spikestudio.model.AdExModel;
import org.spikestudio.model.AllToAll;
import org.spikestudio.model.Assembly;
import org.spikestudio.model.Connectivity;
import org.spikestudio.model.ConstantInput;
import org.spikestudio.model.ConstantValue;
import org.spikestudio.model.Distribution;
import org.spikestudio.model.ExplicitConnections;
import org.spikestudio.model.ExpressionInput;
import org.spikestudio.model.FixedInDegree;
import org.spikestudio.model.FixedOutDegree;
import org.spikestudio.model.FixedProbability;
import org.spikestudio.model.Input;
import org.spikestudio.model.IzhikevichModel;
import org.spikestudio.model.LifModel;
import org.spikestudio.model.NamedElement;
import org.spikestudio.model.Network;
import org.spikestudio.model.NeuronModel;
import org.spikestudio.model.NoiseInput;
import org.spikestudio.model.NormalDistribution;
import org.spikestudio.model.OneToOne;
import org.spikestudio.model.PoissonInput;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.Projection;
import org.spikestudio.model.RateRecorder;
import org.spikestudio.model.Recorder;
import org.spikestudio.model.SineInput;
import org.spikestudio.model.SpikeCountCoupling;
import org.spikestudio.model.SpikeRecorder;
import org.spikestudio.model.SpikeSourceArray;
import org.spikestudio.model.SpikestudioPackage.Literals;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.StepInput;
import org.spikestudio.model.UniformDistribution;
import org.spikestudio.model.groups.NeuronGroups;
import org.spikestudio.model.units.ModelUnits;

/**
 * The texts a diagram shows, derived from the model: units from the ecore ({@link ModelUnits}),
 * numbers from the one formatter ({@link Quantities}), expressions through the expression printer.
 * Every drawn element has a {@link #title} (its name, the text direct edit changes) and a
 * {@link #detail}: population {@code 80 x LIF}; projection {@code p=0.02, w=1.62 mV, d=1 ms};
 * coupling {@code 20 spikes -> +2 mV}; input {@code 4*(sin(t/5)+0.3) nA}; recorder badge
 * {@code spikes}, {@code V}, {@code I}, {@code rate}.
 */
public final class DiagramLabels {

    private DiagramLabels() {
    }

    /** The element's name, or "" when it has none. */
    public static String title(EObject element) {
        return element instanceof NamedElement named && named.getName() != null ? named.getName() : "";
    }

    /** The second line of a drawn element, or "" for an element the diagram does not draw. */
    public static String detail(EObject element) {
        return switch (element) {
            case Population p -> population(p);
            case Assembly a -> assembly(a);
            case Projection p -> projection(p);
            case SpikeCountCoupling c -> coupling(c);
            case Input i -> input(i);
            case Recorder r -> badge(r);
            case null, default -> "";
        };
    }

    /** {@code 80 x LIF}: size and kind of neuron model. */
    public static String population(Population population) {
        return population.getSize() + " x " + modelKind(population.getNeuronModel());
    }

    /** {@code exc + inh (100 neurons)}. */
    public static String assembly(Assembly assembly) {
        return assembly.getPopulations().stream().map(DiagramLabels::title).collect(Collectors.joining(" + "))
                + " (" + NeuronGroups.size(assembly) + " neurons)";
    }

    /** {@code LIF}, {@code Izhikevich}, {@code AdEx}; {@code ?} without a model. */
    public static String modelKind(NeuronModel model) {
        return switch (model) {
            case null -> "?";
            case LifModel m -> "LIF";
            case IzhikevichModel m -> "Izhikevich";
            case AdExModel m -> "AdEx";
            default -> model.eClass().getName();
        };
    }

    /**
     * The rule, the weight (in its synapse's unit) and the delay: {@code p=0.02, w=1.62 mV, d=1 ms};
     * the other rules read {@code all-to-all}, {@code one-to-one}, {@code out-degree=2},
     * {@code in-degree=2}, {@code 3 pairs}; a random weight or delay {@code w~U[0, 1) mV} or
     * {@code d~N(2, 0.5) ms}.
     */
    public static String projection(Projection projection) {
        return rule(projection.getConnectivity()) + ", " + value("w", projection.getWeight()) + ", "
                + value("d", projection.getDelay());
    }

    /** The connection rule alone, e.g. {@code p=0.02}. */
    public static String rule(Connectivity connectivity) {
        return switch (connectivity) {
            case null -> "?";
            case FixedProbability p -> "p=" + Quantities.format(p.getProbability());
            case AllToAll a -> "all-to-all";
            case OneToOne o -> "one-to-one";
            case FixedOutDegree k -> "out-degree=" + k.getDegree();
            case FixedInDegree k -> "in-degree=" + k.getDegree();
            case ExplicitConnections e -> e.getConnections().size() + (e.getConnections().size() == 1 ? " pair" : " pairs");
            default -> connectivity.eClass().getName();
        };
    }

    /**
     * {@code 20 spikes -> +2 mV}: the jump's sign is the source population's type (the effect is a
     * magnitude, as the engine uses it).
     */
    public static String coupling(SpikeCountCoupling coupling) {
        boolean inhibitory = coupling.getSource() != null && coupling.getSource().getType() == PopulationType.INHIBITORY;
        return coupling.getThreshold() + " spikes -> " + (inhibitory ? "-" : "+")
                + q(Math.abs(coupling.getEffect()), Literals.SPIKE_COUNT_COUPLING__EFFECT);
    }

    /**
     * The current or spikes an input gives, with the neurons it reaches when not all:
     * {@code 4*(sin(t/5)+0.3) nA}, {@code 10 nA}, {@code 1 nA from 0 to 100 ms},
     * {@code sine 1 nA, 10 Hz}, {@code noise U[0, 5.5) nA}, {@code Poisson 1 x 10 Hz, 0.1 mV},
     * {@code 3 spikes, 1 mV}; {@code ... (neurons 1, 5)}.
     */
    public static String input(Input input) {
        String text = switch (input) {
            case ExpressionInput i -> expression(i.getExpression()) + " "
                    + ModelUnits.of(Literals.EXPRESSION_INPUT__EXPRESSION).symbol();
            case ConstantInput i -> q(i.getAmplitude(), Literals.CONSTANT_INPUT__AMPLITUDE);
            case StepInput i -> q(i.getAmplitude(), Literals.STEP_INPUT__AMPLITUDE) + " from "
                    + Quantities.format(i.getStart()) + " to " + q(i.getStop(), Literals.STEP_INPUT__STOP);
            case SineInput i -> "sine " + q(i.getAmplitude(), Literals.SINE_INPUT__AMPLITUDE) + ", "
                    + (i.isSetFrequency() ? q(i.getFrequency(), Literals.SINE_INPUT__FREQUENCY)
                            : i.isSetPeriod() ? "period " + q(i.getPeriod(), Literals.SINE_INPUT__PERIOD) : "no frequency")
                    + (i.getOffset() != 0 ? ", offset " + q(i.getOffset(), Literals.SINE_INPUT__OFFSET) : "");
            case NoiseInput i -> "noise " + distribution(i.getDistribution());
            case PoissonInput i -> "Poisson " + i.getSources() + " x " + q(i.getRate(), Literals.POISSON_INPUT__RATE)
                    + ", " + q(i.getWeight(), Literals.POISSON_INPUT__WEIGHT);
            case SpikeSourceArray i -> i.getTimes().size() + (i.getTimes().size() == 1 ? " spike, " : " spikes, ")
                    + q(i.getWeight(), Literals.SPIKE_SOURCE_ARRAY__WEIGHT);
            default -> input.eClass().getName();
        };
        return input.getNeurons().isEmpty() ? text : text + " (neurons " + join(input.getNeurons()) + ")";
    }

    /** A recorder's badge: {@code spikes}, {@code V}, {@code I}, {@code I_syn}, {@code rate}. */
    public static String badge(Recorder recorder) {
        return switch (recorder) {
            case SpikeRecorder r -> "spikes";
            case StateRecorder r -> switch (r.getVariable()) {
                case MEMBRANE_POTENTIAL -> "V";
                case INPUT_CURRENT -> "I";
                case SYNAPTIC_CURRENT -> "I_syn";
            };
            case RateRecorder r -> "rate";
            default -> recorder.eClass().getName();
        };
    }

    /**
     * The badges of all recorders of {@code population} in model order, each once: {@code spikes, V, I};
     * "" when nothing records it. For a diagram that shows one badge per population.
     */
    public static String badges(Population population) {
        Set<String> texts = new LinkedHashSet<>();
        if (population.eContainer() instanceof Network network) {
            for (Recorder recorder : network.getRecorders()) {
                if (recorder.getPopulation() == population) {
                    texts.add(badge(recorder));
                }
            }
        }
        return String.join(", ", texts);
    }

    /**
     * The canonical print of an expression ({@code 4 * (sin(t / 5) + 0.3)} reads {@code 4*(sin(t/5)+0.3)});
     * the text as written when it does not parse (the validator reports that).
     */
    static String expression(String text) {
        if (text == null) {
            return "?";
        }
        try {
            return Printer.SPIKESTUDIO.print(Expression.parse(text).ast());
        } catch (ExpressionSyntaxException e) {
            return text;
        }
    }

    /** {@code w=2 mV}, {@code w~U[0, 1) mV}, {@code w~N(2, 0.5) mV}, in the unit of the property holding it. */
    private static String value(String symbol, Distribution distribution) {
        return distribution == null || distribution instanceof ConstantValue ? symbol + "=" + distribution(distribution)
                : symbol + "~" + distribution(distribution);
    }

    private static String distribution(Distribution distribution) {
        if (distribution == null) {
            return "?";
        }
        Unit unit = ModelUnits.of(distribution);
        String suffix = unit == null || unit == Unit.ONE ? "" : " " + unit.symbol();
        return switch (distribution) {
            case ConstantValue c -> Quantities.format(c.getValue()) + suffix;
            case UniformDistribution u -> "U[" + Quantities.format(u.getLow()) + ", " + Quantities.format(u.getHigh())
                    + ")" + suffix;
            case NormalDistribution n -> "N(" + Quantities.format(n.getMean()) + ", "
                    + Quantities.format(n.getStandardDeviation()) + ")" + suffix;
            default -> distribution.eClass().getName();
        };
    }

    private static String join(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String q(double value, EAttribute attribute) {
        return Quantities.format(value, ModelUnits.of(attribute));
    }
}
