// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.spikestudio.engine.Limits;
import org.spikestudio.expression.Expression;
import org.spikestudio.expression.ExpressionSyntaxException;
import org.spikestudio.model.AdExModel;
import org.spikestudio.model.AllToAll;
import org.spikestudio.model.Assembly;
import org.spikestudio.model.Connection;
import org.spikestudio.model.ConstantValue;
import org.spikestudio.model.Distribution;
import org.spikestudio.model.ExplicitConnections;
import org.spikestudio.model.ExponentialConductanceSynapse;
import org.spikestudio.model.ExponentialCurrentSynapse;
import org.spikestudio.model.ExpressionInput;
import org.spikestudio.model.IntegrationScheme;
import org.spikestudio.model.FixedInDegree;
import org.spikestudio.model.FixedOutDegree;
import org.spikestudio.model.FixedProbability;
import org.spikestudio.model.Input;
import org.spikestudio.model.IzhikevichModel;
import org.spikestudio.model.LifModel;
import org.spikestudio.model.NamedElement;
import org.spikestudio.model.Network;
import org.spikestudio.model.NeuronGroup;
import org.spikestudio.model.NormalDistribution;
import org.spikestudio.model.OneToOne;
import org.spikestudio.model.PoissonInput;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.Projection;
import org.spikestudio.model.RateRecorder;
import org.spikestudio.model.SimulationSettings;
import org.spikestudio.model.SineInput;
import org.spikestudio.model.SpikeCountCoupling;
import org.spikestudio.model.SpikeSourceArray;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.StepInput;
import org.spikestudio.model.UniformDistribution;
import org.spikestudio.model.groups.NeuronGroups;

/**
 * The domain rules of a Spikestudio network, on top of EMF's structural checks (required
 * features), with unique ids checked in one pass. One validator for the CLI and the workbench:
 * obtain diagnostics through {@link NetworkValidation}. Every message starts with the element and
 * names the attribute; every diagnostic carries a {@link ValidationCodes code}. Every model content
 * the engine would refuse is an error here first: the engine's limits and rules are asked through
 * {@link Limits}, never copied.
 */
public class SpikestudioValidator extends EObjectValidator {

    public static final SpikestudioValidator INSTANCE = new SpikestudioValidator();

    public static final String DIAGNOSTIC_SOURCE = "org.spikestudio.model";

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final SpikestudioPackage P = SpikestudioPackage.eINSTANCE;

    @Override
    protected EPackage getEPackage() {
        return P;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (eClass.getEPackage() != P) {
            return super.validate(eClass, object, diagnostics, context);
        }
        Rules rules = new Rules(object, diagnostics);
        boolean structural = validate_EveryDefaultConstraint(object, diagnostics, context);
        rules.finiteNumbers();
        switch (object) {
            case SimulationSettings settings -> simulation(settings, rules);
            case LifModel lif -> lif(lif, rules);
            case IzhikevichModel izh -> izhikevich(izh, rules);
            case AdExModel adex -> adex(adex, rules);
            case Population population -> population(population, rules, context);
            case Assembly assembly -> assembly(assembly, rules);
            case UniformDistribution uniform -> rules.require(uniform.getLow() < uniform.getHigh(),
                    ValidationCodes.EMPTY_UNIFORM_RANGE, P.getUniformDistribution_High(),
                    "must be greater than low (" + uniform.getLow() + "), is " + uniform.getHigh());
            case NormalDistribution normal -> rules.atLeast(P.getNormalDistribution_StandardDeviation(),
                    normal.getStandardDeviation(), 0);
            case FixedProbability p -> rules.require(p.getProbability() >= 0 && p.getProbability() <= 1,
                    ValidationCodes.PROBABILITY_OUT_OF_RANGE, P.getFixedProbability_Probability(),
                    "must be in [0, 1], is " + p.getProbability());
            case FixedOutDegree k -> degree(k, k.getDegree(), P.getFixedOutDegree_Degree(), true, rules);
            case FixedInDegree k -> degree(k, k.getDegree(), P.getFixedInDegree_Degree(), false, rules);
            case OneToOne one -> oneToOne(one, rules);
            case Connection connection -> connection(connection, rules);
            case ExponentialCurrentSynapse exp -> rules.positive(P.getExponentialCurrentSynapse_TimeConstant(),
                    exp.getTimeConstant());
            case ExponentialConductanceSynapse exp -> rules.positive(
                    P.getExponentialConductanceSynapse_TimeConstant(), exp.getTimeConstant());
            case Projection projection -> projection(projection, rules);
            case SpikeCountCoupling coupling -> coupling(coupling, rules);
            case Input input -> input(input, rules);
            case StateRecorder state -> {
                rules.indices(P.getStateRecorder_Neurons(), state.getNeurons(), state.getPopulation());
                if (state.isSetSamplingInterval()) {
                    rules.multipleOfTimeStep(P.getStateRecorder_SamplingInterval(), state.getSamplingInterval());
                }
                recordingSize(state, rules);
            }
            case RateRecorder rate -> {
                if (rate.isSetBinWidth()) {
                    rules.multipleOfTimeStep(P.getRateRecorder_BinWidth(), rate.getBinWidth());
                }
            }
            default -> {
                // no domain rules beyond the structural ones
            }
        }
        if (object instanceof NamedElement named) {
            name(named, rules, context);
        }
        return structural && rules.valid;
    }

    /** EMF's version looks every id up in the resource, which scans the tree: quadratic. */
    @Override
    public boolean validate_UniqueID(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String id = EcoreUtil.getID(object);
        EObject other = id == null ? null : NetworkIndex.of(object, context).otherWithId(id, object);
        if (other == null) {
            return true;
        }
        if (diagnostics != null) {
            EStructuralFeature feature = object.eClass().getEIDAttribute();
            diagnostics.add(Rules.diagnostic(Diagnostic.ERROR, ValidationCodes.DUPLICATE_ID, object, feature, "'" + id
                    + "' is also the id of " + ElementNames.of(other) + "; ids must be unique (references would be"
                    + " ambiguous)"));
        }
        return false;
    }

    private static void name(NamedElement element, Rules rules, Map<Object, Object> context) {
        String name = element.getName();
        if (name == null) {
            return; // reported by the structural check (required feature)
        }
        if (!NAME.matcher(name).matches()) {
            rules.error(ValidationCodes.INVALID_NAME, P.getNamedElement_Name(), "'" + name
                    + "' is not a valid name: use a letter or underscore followed by letters, digits or underscores");
            return;
        }
        if (networkOf(element) == null) {
            return;
        }
        EObject other = NetworkIndex.of(element, context).otherWithName(name, element);
        if (other != null) {
            rules.error(ValidationCodes.DUPLICATE_NAME, P.getNamedElement_Name(), "the name '" + name
                    + "' is also used by " + ElementNames.of(other) + "; names must be unique in a network");
        }
    }

    /** The time step of the element's network, or 0 when there is none or it is not positive. */
    private static double dt(EObject element) {
        Network network = networkOf(element);
        double dt = network == null || network.getSimulation() == null ? 0 : network.getSimulation().getTimeStep();
        return dt > 0 ? dt : 0;
    }

    /** A time in ms that the engine turns into a step count (refractory period, spike time) must fit one. */
    private static void timeSteps(EAttribute feature, double ms, double dt, Rules rules) {
        if (dt > 0 && ms >= 0 && Double.isFinite(ms) && !Limits.timeFits(ms, dt)) {
            rules.error(ValidationCodes.TOO_MANY_TIME_STEPS, feature, String.format(Locale.ROOT,
                    "is %s ms = %d time steps of %s ms; the engine counts at most %d steps", Double.toString(ms),
                    Limits.steps(ms, dt), Double.toString(dt), Limits.MAX_TIME_STEPS));
        }
    }

    private static void population(Population population, Rules rules, Map<Object, Object> context) {
        if (!rules.atLeast(P.getPopulation_Size(), population.getSize(), 1)) {
            return;
        }
        double dt = dt(population);
        long maxDelay = dt > 0 ? NetworkIndex.of(population, context).maxDelaySteps(population, dt) : 0;
        long ring = Limits.ringLength(maxDelay);
        if (!Limits.ringFits(population.getSize(), ring)) {
            rules.error(ValidationCodes.DELAY_RING_TOO_LARGE, P.getPopulation_Size(), String.format(Locale.ROOT,
                    "is %d neurons; with the longest delay onto it (%d step%s) the engine buffers %d x %d = %d values"
                            + " in one array, more than Java allows (%d); make it smaller or shorten the delays onto it",
                    population.getSize(), maxDelay, maxDelay == 1 ? "" : "s", population.getSize(), ring,
                    population.getSize() * ring,
                    Limits.MAX_ARRAY));
        }
    }

    private static void simulation(SimulationSettings settings, Rules rules) {
        rules.positive(P.getSimulationSettings_TimeStep(), settings.getTimeStep());
        if (rules.positive(P.getSimulationSettings_Duration(), settings.getDuration())
                && settings.getTimeStep() > 0) {
            String problem = NetworkSize.durationProblem(settings.getDuration(), settings.getTimeStep());
            if (problem != null) {
                rules.error(ValidationCodes.DURATION_STEPS, P.getSimulationSettings_Duration(), problem);
            }
        }
        if (settings.getIntegration() == IntegrationScheme.EXACT && settings.eContainer() instanceof Network network) {
            List<String> euler = network.getPopulations().stream()
                    .filter(p -> p.getNeuronModel() != null && !(p.getNeuronModel() instanceof LifModel))
                    .map(ElementNames::of).toList();
            if (!euler.isEmpty()) {
                rules.warn(ValidationCodes.EXACT_APPLIES_TO_LIF_ONLY, P.getSimulationSettings_Integration(), "is exact, which applies to LIF neurons only; "
                        + String.join(", ", euler) + " (Izhikevich or AdEx) are integrated with forward Euler");
            }
        }
    }

    private static void recordingSize(StateRecorder state, Rules rules) {
        if (!(state.eContainer() instanceof Network network) || network.getSimulation() == null
                || state.getPopulation() == null) {
            return;
        }
        double dt = network.getSimulation().getTimeStep();
        long steps = NetworkSize.steps(network.getSimulation());
        if (!(dt > 0) || steps <= 0) {
            return;
        }
        long every = state.isSetSamplingInterval() ? Math.max(1, Math.round(state.getSamplingInterval() / dt)) : 1;
        long neurons = state.getNeurons().isEmpty() ? state.getPopulation().getSize() : state.getNeurons().size();
        long samples = (steps + every - 1) / every;
        if (!Limits.samplesFit(neurons, samples)) {
            rules.error(ValidationCodes.RECORDING_TOO_LARGE, P.getStateRecorder_Neurons(), String.format(Locale.ROOT,
                    "records %d neurons x %d samples = %.3g values, more than one recorder can hold (2^31 - 17);"
                            + " record fewer neurons or set a larger sampling interval",
                    neurons, samples, (double) neurons * samples));
        }
    }

    /** How many time points of a run an expression input is checked at for non-finite values. */
    private static final int EXPRESSION_SAMPLES = 4096;

    /**
     * NaN or an infinite current (sqrt(-1), 1/0) would silently poison the membrane potentials: the
     * expression is evaluated over the run (every step, or {@link #EXPRESSION_SAMPLES} evenly spread
     * time points) and for the first and last targeted neurons.
     */
    private static void expressionValues(ExpressionInput input, Expression expression, Rules rules) {
        if (!(input.eContainer() instanceof Network network) || network.getSimulation() == null
                || input.getTarget() == null) {
            return;
        }
        SimulationSettings settings = network.getSimulation();
        double dt = settings.getTimeStep();
        long steps = NetworkSize.steps(settings);
        if (!(dt > 0) || steps <= 0) {
            return;
        }
        int[] neurons;
        if (!expression.dependsOnIndex()) {
            neurons = new int[] { 0 };
        } else if (input.getNeurons().isEmpty()) {
            int size = Math.max(1, input.getTarget().getSize());
            neurons = size == 1 ? new int[] { 0 } : new int[] { 0, size - 1 };
        } else {
            neurons = new int[] { input.getNeurons().get(0), input.getNeurons().get(input.getNeurons().size() - 1) };
        }
        long samples = Math.min(steps, EXPRESSION_SAMPLES);
        for (long k = 0; k < samples; k++) {
            long n = samples == steps ? k : Math.round((double) k * (steps - 1) / (samples - 1));
            double t = n * dt;
            for (int i : neurons) {
                double value = expression.evaluate(t, i);
                if (!Double.isFinite(value)) {
                    rules.error(ValidationCodes.EXPRESSION_NOT_FINITE, P.getExpressionInput_Expression(),
                            String.format(Locale.ROOT,
                            "'%s' evaluates to %s at t = %s ms, i = %d; an input current must be a finite number",
                            input.getExpression(), value, Double.toString(t), i));
                    return;
                }
            }
        }
    }

    private static void lif(LifModel lif, Rules rules) {
        rules.positive(P.getLifModel_Resistance(), lif.getResistance());
        if (lif.isSetMembraneTimeConstant()) {
            rules.positive(P.getLifModel_MembraneTimeConstant(), lif.getMembraneTimeConstant());
        } else {
            rules.positive(P.getLifModel_Capacitance(), lif.getCapacitance());
        }
        rules.require(lif.getThreshold() > lif.getResetPotential(), ValidationCodes.THRESHOLD_NOT_ABOVE_RESET,
                P.getLifModel_Threshold(),
                "must be greater than the reset potential (" + lif.getResetPotential() + " mV), is "
                        + lif.getThreshold() + " mV");
        double dt = dt(lif);
        if (rules.atLeast(P.getLifModel_RefractoryPeriod(), lif.getRefractoryPeriod(), 0)) {
            timeSteps(P.getLifModel_RefractoryPeriod(), lif.getRefractoryPeriod(), dt, rules);
        }
        forwardEuler(lif, dt, rules);
        if (lif.isSetLowerBound()) {
            rules.require(lif.getLowerBound() < lif.getThreshold(), ValidationCodes.LOWER_BOUND_NOT_BELOW_THRESHOLD,
                    P.getLifModel_LowerBound(),
                    "must be below the threshold (" + lif.getThreshold() + " mV), is " + lif.getLowerBound() + " mV");
            if (lif.getResetPotential() < lif.getLowerBound()) {
                rules.warn(ValidationCodes.RESET_BELOW_LOWER_BOUND, P.getLifModel_ResetPotential(), "("
                        + lif.getResetPotential()
                        + " mV) is below the lower bound (" + lif.getLowerBound()
                        + " mV): the clamp raises the reset potential to the lower bound");
            }
        }
    }

    /** C as the compiler gives it to the engine: from tau_m / R when the time constant is set. */
    private static void forwardEuler(LifModel lif, double dt, Rules rules) {
        Network network = networkOf(lif);
        if (dt == 0 || network.getSimulation().getIntegration() != IntegrationScheme.FORWARD_EULER) {
            return;
        }
        double r = lif.getResistance();
        boolean fromTau = lif.isSetMembraneTimeConstant();
        double c = fromTau ? lif.getMembraneTimeConstant() / r : lif.getCapacitance();
        double tau = r * c;
        if (r > 0 && c > 0 && Double.isFinite(tau) && !Limits.forwardEulerStable(tau, dt)) {
            rules.error(ValidationCodes.FORWARD_EULER_UNSTABLE,
                    fromTau ? P.getLifModel_MembraneTimeConstant() : P.getLifModel_Capacitance(),
                    "gives tau = R*C = " + tau + " ms, but forward Euler needs dt < tau (dt is " + dt
                            + " ms); use exact integration or a smaller dt");
        }
    }

    private static void izhikevich(IzhikevichModel izh, Rules rules) {
        rules.require(Limits.izhikevichResetBelowPeak(izh.getC(), izh.getPeakPotential()),
                ValidationCodes.PEAK_NOT_ABOVE_RESET, P.getIzhikevichModel_PeakPotential(),
                "must be greater than the reset c (" + izh.getC() + " mV), is " + izh.getPeakPotential() + " mV");
    }

    private static void adex(AdExModel adex, Rules rules) {
        rules.positive(P.getAdExModel_Capacitance(), adex.getCapacitance());
        rules.positive(P.getAdExModel_LeakConductance(), adex.getLeakConductance());
        rules.positive(P.getAdExModel_SlopeFactor(), adex.getSlopeFactor());
        rules.positive(P.getAdExModel_AdaptationTimeConstant(), adex.getAdaptationTimeConstant());
        if (rules.atLeast(P.getAdExModel_RefractoryPeriod(), adex.getRefractoryPeriod(), 0)) {
            timeSteps(P.getAdExModel_RefractoryPeriod(), adex.getRefractoryPeriod(), dt(adex), rules);
        }
        rules.require(adex.getPeakPotential() > adex.getThresholdPotential(), ValidationCodes.PEAK_NOT_ABOVE_THRESHOLD,
                P.getAdExModel_PeakPotential(),
                "must be greater than V_T (" + adex.getThresholdPotential() + " mV), is " + adex.getPeakPotential()
                        + " mV");
        rules.require(adex.getResetPotential() < adex.getPeakPotential(), ValidationCodes.RESET_NOT_BELOW_PEAK,
                P.getAdExModel_ResetPotential(),
                "must be below V_peak (" + adex.getPeakPotential() + " mV), is " + adex.getResetPotential() + " mV");
    }

    private static void assembly(Assembly assembly, Rules rules) {
        if (assembly.getPopulations().isEmpty()) {
            rules.error(ValidationCodes.EMPTY_ASSEMBLY, P.getAssembly_Populations(), "is empty; list at least one population");
        } else if (new HashSet<>(assembly.getPopulations()).size() != assembly.getPopulations().size()) {
            rules.error(ValidationCodes.REPEATED_MEMBER, P.getAssembly_Populations(), "lists a population twice");
        } else if (NeuronGroups.size(assembly) > Limits.MAX_GROUP_SIZE) {
            rules.error(ValidationCodes.ASSEMBLY_TOO_LARGE, P.getAssembly_Populations(), "hold "
                    + NeuronGroups.size(assembly) + " neurons in all, more than one index space numbers ("
                    + Limits.MAX_GROUP_SIZE + "); use smaller populations");
        }
    }

    private static void degree(EObject rule, int degree, EAttribute feature, boolean out, Rules rules) {
        if (!rules.atLeast(feature, degree, 0) || !(rule.eContainer() instanceof Projection projection)) {
            return;
        }
        NeuronGroup candidates = out ? projection.getTarget() : projection.getSource();
        if (!hasValidSize(candidates) || projection.isAllowMultapses()) {
            return;
        }
        long available = NeuronGroups.size(candidates) - (!projection.isAllowAutapses()
                && NeuronGroups.overlap(projection.getSource(), projection.getTarget()) ? 1 : 0);
        rules.require(degree <= available, ValidationCodes.DEGREE_TOO_LARGE, feature, "is " + degree + ", but " + ElementNames.of(candidates)
                + " offers only " + available + " distinct " + (out ? "targets" : "sources")
                + " per neuron; lower it or allow multapses");
    }

    private static void oneToOne(OneToOne one, Rules rules) {
        if (!(one.eContainer() instanceof Projection projection) || !hasValidSize(projection.getSource())
                || !hasValidSize(projection.getTarget())) {
            return;
        }
        long pre = NeuronGroups.size(projection.getSource());
        long post = NeuronGroups.size(projection.getTarget());
        if (pre != post) {
            rules.error(ValidationCodes.ONE_TO_ONE_SIZES_DIFFER, null, "source and target must have the same size, but " + ElementNames.of(projection.getSource())
                    + " has " + pre + " and " + ElementNames.of(projection.getTarget()) + " has " + post);
        } else if (projection.getSource() == projection.getTarget() && !projection.isAllowAutapses()) {
            rules.warn(ValidationCodes.ONE_TO_ONE_CREATES_NOTHING, null, "connects every neuron of " + ElementNames.of(projection.getSource())
                    + " to itself, but autapses are not allowed: the projection creates no synapse");
        }
    }

    private static void connection(Connection connection, Rules rules) {
        if (!(connection.eContainer() instanceof ExplicitConnections list)
                || !(list.eContainer() instanceof Projection projection)) {
            return;
        }
        rules.index(P.getConnection_Pre(), connection.getPre(), projection.getSource());
        rules.index(P.getConnection_Post(), connection.getPost(), projection.getTarget());
        NeuronGroups.Member pre = NeuronGroups.member(projection.getSource(), connection.getPre());
        if (!projection.isAllowAutapses() && pre != null
                && pre.equals(NeuronGroups.member(projection.getTarget(), connection.getPost()))) {
            rules.error(ValidationCodes.AUTAPSE_NOT_ALLOWED, P.getConnection_Post(), "connects neuron " + pre.index() + " of " + ElementNames.of(pre.population())
                    + " to itself, but the projection does not allow autapses");
        }
    }

    private static void projection(Projection projection, Rules rules) {
        Distribution delay = projection.getDelay();
        if (delay instanceof ConstantValue constant) {
            rules.require(constant.getValue() >= 0, ValidationCodes.NEGATIVE_DELAY, P.getProjection_Delay(),
                    "must be >= 0 ms, is " + constant.getValue() + " ms");
        } else if (delay instanceof UniformDistribution uniform) {
            rules.require(uniform.getLow() >= 0, ValidationCodes.NEGATIVE_DELAY, P.getProjection_Delay(),
                    "must be >= 0 ms, but the uniform distribution starts at " + uniform.getLow() + " ms");
        }
        delayLimit(projection, rules);
        synapseCount(projection, rules);
        NeuronGroup source = projection.getSource();
        PopulationType type = NeuronGroups.type(source);
        if (source instanceof Assembly assembly && type == null && !assembly.getPopulations().isEmpty()) {
            rules.error(ValidationCodes.SOURCE_TYPES_DIFFER, P.getProjection_Source(), "is " + ElementNames.of(source)
                    + ", whose populations are of different types: the sign of the effect would be undefined "
                    + "(Dale's principle); project from each population separately");
        }
        boolean conductance = projection.getSynapse() instanceof ExponentialConductanceSynapse;
        Distribution weight = projection.getWeight();
        if (weight instanceof ConstantValue constant && constant.getValue() < 0) {
            rules.warn(ValidationCodes.NEGATIVE_WEIGHT, P.getProjection_Weight(), "is negative (" + constant.getValue()
                    + "), but "
                    + (conductance ? "a conductance is always positive: the magnitude is used"
                            : type == null ? "weights are magnitudes: the magnitude is used"
                                    : "the sign of the effect follows the type of " + ElementNames.of(source) + " ("
                                            + type.getLiteral() + ", Dale's principle): the magnitude is used, so spikes "
                                            + (type == PopulationType.INHIBITORY ? "lower" : "raise")
                                            + " the target's potential"));
        } else if (weight instanceof UniformDistribution uniform && uniform.getLow() < 0
                || weight instanceof NormalDistribution normal && normal.getMean() < 0) {
            rules.warn(ValidationCodes.WEIGHT_CLIPPED, P.getProjection_Weight(), "can draw negative values, which are clipped to 0: weights are "
                    + "magnitudes and the sign of the effect follows the source's type (Dale's principle)");
        }
        if (conductance && type != null) {
            conductanceSign(projection, (ExponentialConductanceSynapse) projection.getSynapse(), type, rules);
        }
        if (projection.getConnectivity() instanceof ExplicitConnections list && !projection.isAllowMultapses()) {
            Set<Long> seen = new HashSet<>();
            for (Connection connection : list.getConnections()) {
                if (!seen.add(((long) connection.getPre() << 32) | (connection.getPost() & 0xffffffffL))) {
                    rules.error(ValidationCodes.MULTAPSE_NOT_ALLOWED, P.getProjection_Connectivity(), "lists the pair (" + connection.getPre() + ", "
                            + connection.getPost() + ") twice, but the projection does not allow multapses");
                    break;
                }
            }
        }
    }

    /** With a conductance synapse, E_rev decides the sign: warn when it contradicts the source's type. */
    private static void conductanceSign(Projection projection, ExponentialConductanceSynapse synapse, PopulationType type,
            Rules rules) {
        for (Population target : NeuronGroups.populations(projection.getTarget())) {
            if (target.getNeuronModel() instanceof LifModel lif) {
                double reversal = synapse.getReversalPotential();
                if (type == PopulationType.INHIBITORY && reversal >= lif.getThreshold()) {
                    rules.warn(ValidationCodes.REVERSAL_CONTRADICTS_TYPE, P.getProjection_Synapse(), "has E_rev = " + reversal + " mV, at or above the threshold ("
                            + lif.getThreshold() + " mV) of " + ElementNames.of(target) + ": this inhibitory projection "
                            + "excites (Dale's principle); use an E_rev near or below rest");
                    return;
                }
                if (type == PopulationType.EXCITATORY && reversal <= lif.getRestPotential()) {
                    rules.warn(ValidationCodes.REVERSAL_CONTRADICTS_TYPE, P.getProjection_Synapse(), "has E_rev = " + reversal + " mV, at or below the rest potential ("
                            + lif.getRestPotential() + " mV) of " + ElementNames.of(target)
                            + ": this excitatory projection inhibits (Dale's principle); use an E_rev above threshold");
                    return;
                }
            }
        }
    }

    private static void coupling(SpikeCountCoupling coupling, Rules rules) {
        rules.atLeast(P.getSpikeCountCoupling_Threshold(), coupling.getThreshold(), 1);
        if (coupling.getEffect() < 0 && coupling.getSource() != null) {
            rules.warn(ValidationCodes.NEGATIVE_EFFECT, P.getSpikeCountCoupling_Effect(), "is negative, but the sign follows the type of "
                    + ElementNames.of(coupling.getSource()) + " (" + coupling.getSource().getType().getLiteral()
                    + ", Dale's principle): the magnitude is used");
        }
    }

    private static void input(Input input, Rules rules) {
        rules.indices(P.getInput_Neurons(), input.getNeurons(), input.getTarget());
        switch (input) {
            case StepInput step -> rules.require(step.getStart() < step.getStop(), ValidationCodes.STEP_STOPS_BEFORE_START,
                    P.getStepInput_Stop(),
                    "must be after start (" + step.getStart() + " ms), is " + step.getStop() + " ms");
            case SineInput sine -> {
                if (sine.isSetFrequency() == sine.isSetPeriod()) {
                    rules.error(ValidationCodes.FREQUENCY_OR_PERIOD,
                            sine.isSetFrequency() ? P.getSineInput_Period() : P.getSineInput_Frequency(),
                            "set either the frequency (Hz) or the period (ms), "
                                    + (sine.isSetFrequency() ? "not both" : "one of them is needed"));
                } else if (sine.isSetFrequency()) {
                    rules.positive(P.getSineInput_Frequency(), sine.getFrequency());
                } else {
                    rules.positive(P.getSineInput_Period(), sine.getPeriod());
                }
            }
            case ExpressionInput expression -> {
                String text = expression.getExpression();
                try {
                    expressionValues(expression, Expression.parse(text == null ? "" : text), rules);
                } catch (ExpressionSyntaxException e) {
                    rules.error(ValidationCodes.EXPRESSION_SYNTAX, P.getExpressionInput_Expression(), "'" + text
                            + "' has a syntax error at column "
                            + e.column() + ": " + e.reason());
                }
            }
            case PoissonInput poisson -> {
                rules.atLeast(P.getPoissonInput_Rate(), poisson.getRate(), 0);
                rules.atLeast(P.getPoissonInput_Sources(), poisson.getSources(), 1);
            }
            case SpikeSourceArray array -> {
                double dt = dt(array);
                for (double time : array.getTimes()) {
                    if (!(time >= 0)) {
                        rules.error(ValidationCodes.NEGATIVE_SPIKE_TIME, P.getSpikeSourceArray_Times(),
                                "contains " + time + " ms; times must be >= 0");
                        break;
                    }
                }
                array.getTimes().stream().mapToDouble(Double::doubleValue).max()
                        .ifPresent(last -> timeSteps(P.getSpikeSourceArray_Times(), last, dt, rules));
            }
            default -> {
                // constant and noise inputs have no further rules
            }
        }
    }

    /** The delay the engine stores per synapse in a short number of steps; its longest value must fit. */
    private static void delayLimit(Projection projection, Rules rules) {
        double dt = dt(projection);
        org.spikestudio.engine.Distribution delay = engineDistribution(projection.getDelay());
        if (dt == 0 || delay == null || !Double.isFinite(Limits.maxDelayMs(delay)) || Limits.delayFits(delay, dt)) {
            return;
        }
        double max = Limits.maxDelayMs(delay);
        rules.error(ValidationCodes.DELAY_TOO_LONG, P.getProjection_Delay(), String.format(Locale.ROOT,
                "%s %s ms = %d time steps of %s ms; a delay is at most %d steps (%s ms)",
                delay.isConstant() ? "is" : "reaches", Double.toString(max), Limits.steps(max, dt), Double.toString(dt),
                Limits.MAX_DELAY_STEPS, new BigDecimal(Double.toString(dt)).multiply(BigDecimal.valueOf(Limits.MAX_DELAY_STEPS))
                        .stripTrailingZeros().toPlainString()));
    }

    /**
     * The synapses the engine reserves for one engine projection must fit an array. A projection onto
     * or from an assembly becomes one engine projection per pair of member populations: all-to-all
     * and fixed probability are counted per pair; the other rules by their total, an upper bound.
     */
    private static void synapseCount(Projection projection, Rules rules) {
        if (!hasValidSize(projection.getSource()) || !hasValidSize(projection.getTarget())
                || projection.getConnectivity() == null) {
            return;
        }
        long largest = 0;
        switch (projection.getConnectivity()) {
            case AllToAll all -> {
                for (Population s : NeuronGroups.populations(projection.getSource())) {
                    for (Population t : NeuronGroups.populations(projection.getTarget())) {
                        largest = Math.max(largest, pairs(projection, s, t));
                    }
                }
            }
            case FixedProbability f -> {
                if (!(f.getProbability() >= 0 && f.getProbability() <= 1)) {
                    return;
                }
                for (Population s : NeuronGroups.populations(projection.getSource())) {
                    for (Population t : NeuronGroups.populations(projection.getTarget())) {
                        largest = Math.max(largest, Limits.fixedProbabilityReserve(pairs(projection, s, t),
                                f.getProbability()));
                    }
                }
            }
            default -> largest = (long) Math.min(Long.MAX_VALUE, NetworkSize.expectedSynapses(projection));
        }
        if (!Limits.synapsesFit(largest)) {
            rules.error(ValidationCodes.TOO_MANY_SYNAPSES, P.getProjection_Connectivity(), String.format(Locale.ROOT,
                    "gives up to %d synapses between two populations, more than one projection holds (%d); split it",
                    largest, Limits.MAX_ARRAY));
        }
    }

    private static long pairs(Projection projection, Population source, Population target) {
        long n = source.getSize();
        return n * target.getSize() - (!projection.isAllowAutapses() && source == target ? n : 0);
    }

    /** The engine's view of a model distribution, or null for none. */
    static org.spikestudio.engine.Distribution engineDistribution(Distribution distribution) {
        return switch (distribution) {
            case ConstantValue c -> org.spikestudio.engine.Distribution.constant(c.getValue());
            case UniformDistribution u -> org.spikestudio.engine.Distribution.uniform(u.getLow(), u.getHigh());
            case NormalDistribution n -> org.spikestudio.engine.Distribution.normal(n.getMean(),
                    n.getStandardDeviation());
            case null, default -> null;
        };
    }

    /** Rules that depend on a population's size stay silent while the size itself is reported invalid. */
    static boolean hasValidSize(NeuronGroup group) {
        List<Population> populations = NeuronGroups.populations(group);
        return !populations.isEmpty() && populations.stream().allMatch(p -> p.getSize() >= 1);
    }

    static Network networkOf(EObject element) {
        EObject root = element;
        while (root.eContainer() != null) {
            root = root.eContainer();
        }
        return root instanceof Network network ? network : null;
    }

    /** Context entry that makes EMF's own structural messages name elements like ours do. */
    static Map<Object, Object> newContext() {
        Map<Object, Object> context = new HashMap<>();
        context.put(SubstitutionLabelProvider.class, new SubstitutionLabelProvider() {
            @Override
            public String getObjectLabel(EObject eObject) {
                return ElementNames.of(eObject);
            }

            @Override
            public String getFeatureLabel(EStructuralFeature eStructuralFeature) {
                return eStructuralFeature.getName();
            }

            @Override
            public String getValueLabel(EDataType eDataType, Object value) {
                return String.valueOf(value);
            }
        });
        return context;
    }
}
