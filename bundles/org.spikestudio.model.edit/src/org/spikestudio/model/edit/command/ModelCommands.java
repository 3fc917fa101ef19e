// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.command;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.spikestudio.model.Assembly;
import org.spikestudio.model.ConstantValue;
import org.spikestudio.model.Input;
import org.spikestudio.model.LifModel;
import org.spikestudio.model.NamedElement;
import org.spikestudio.model.Network;
import org.spikestudio.model.NeuronGroup;
import org.spikestudio.model.NeuronModel;
import org.spikestudio.model.NoiseInput;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.Projection;
import org.spikestudio.model.Recorder;
import org.spikestudio.model.SineInput;
import org.spikestudio.model.SpikeCountCoupling;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.groups.NeuronGroups;
import org.spikestudio.model.validation.ElementNames;

/**
 * The editing operations the tree editor, the Properties view and the diagram share, as commands
 * for an {@code EditingDomain}'s stack. New elements get a fresh unique name, the metamodel's
 * defaults, and whatever the metamodel requires beyond them (a neuron model, a target, a weight),
 * so they validate as created. The result of a create or connect command is the new element.
 */
public final class ModelCommands {

    private static final SpikestudioFactory F = SpikestudioFactory.eINSTANCE;
    private static final SpikestudioPackage P = SpikestudioPackage.eINSTANCE;
    /** The validator's name rule: a created name must pass it. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ModelCommands() {
    }

    /**
     * A population of the metamodel's default size and type, of the network's first neuron model; a
     * network without one gets a LIF model with the default parameters (the seed assignment's) too.
     */
    public static Command createPopulation(EditingDomain domain, Network network) {
        Set<String> names = names(network);
        Population population = F.createPopulation();
        population.setName(fresh("population", names));
        return createPopulation(domain, network, population, names);
    }

    /**
     * {@link #createPopulation(EditingDomain, Network)} with the given size and type, named
     * {@code prefix} and the first free number ({@code E1}, {@code E2}, ...).
     */
    public static Command createPopulation(EditingDomain domain, Network network, String prefix, int size,
            PopulationType type) {
        Set<String> names = names(network);
        Population population = F.createPopulation();
        int n = 1;
        while (names.contains(prefix + n)) {
            n++;
        }
        population.setName(prefix + n);
        names.add(population.getName());
        population.setSize(size);
        population.setType(type);
        return createPopulation(domain, network, population, names);
    }

    private static Command createPopulation(EditingDomain domain, Network network, Population population,
            Set<String> names) {
        CreateCommand command = new CreateCommand("Create population '" + population.getName() + "'", population);
        NeuronModel model = network.getNeuronModels().isEmpty() ? null : network.getNeuronModels().get(0);
        if (model == null) {
            LifModel lif = F.createLifModel();
            lif.setName(fresh("lif", names));
            command.append(new AddCommand(domain, network, P.getNetwork_NeuronModels(), lif));
            model = lif;
        }
        population.setNeuronModel(model);
        command.append(new AddCommand(domain, network, P.getNetwork_Populations(), population));
        return command;
    }

    /**
     * An input of the given concrete type (e.g. {@code ConstantInput}) onto the whole population,
     * with the metamodel's defaults; a noise input draws from a uniform distribution on [0, 1) nA, a
     * sine input has 10 Hz (one period in the default duration of 100 ms).
     */
    public static Command createInput(EditingDomain domain, Population target, EClass type) {
        Network network = networkOf(target);
        if (network == null || !P.getInput().isSuperTypeOf(type) || type.isAbstract()) {
            return UnexecutableCommand.INSTANCE;
        }
        Input input = (Input) F.create(type);
        input.setName(fresh(nameOf(target) + "_in", names(network)));
        input.setTarget(target);
        switch (input) {
            case NoiseInput noise -> noise.setDistribution(F.createUniformDistribution());
            case SineInput sine -> sine.setFrequency(10); // one of frequency or period is required
            default -> {
                // the metamodel's defaults are complete
            }
        }
        return add("Create input '" + input.getName() + "'", domain, network, P.getNetwork_Inputs(), input);
    }

    /** A recorder of the given concrete type (spikes, a state variable or the rate) of the whole population. */
    public static Command createRecorder(EditingDomain domain, Population population, EClass type) {
        Network network = networkOf(population);
        if (network == null || !P.getRecorder().isSuperTypeOf(type) || type.isAbstract()) {
            return UnexecutableCommand.INSTANCE;
        }
        Recorder recorder = (Recorder) F.create(type);
        String what = switch (recorder) {
            case StateRecorder state -> state.getVariable().getLiteral();
            default -> type == P.getSpikeRecorder() ? "spikes" : "rate";
        };
        recorder.setName(fresh(nameOf(population) + "_" + what, names(network)));
        recorder.setPopulation(population);
        return add("Create recorder '" + recorder.getName() + "'", domain, network, P.getNetwork_Recorders(), recorder);
    }

    /**
     * A projection from {@code source} to {@code target} (populations or assemblies of one network):
     * all-to-all, delta synapses of weight 1 mV, delay one time step (as in the seed examples). Not
     * executable when either end is not a population or assembly of the same network, is an empty
     * assembly, or is a source assembly mixing excitatory and inhibitory populations (whose sign
     * would be undefined).
     */
    public static Command connect(EditingDomain domain, EObject source, EObject target) {
        if (!canConnect(source, target)) {
            return UnexecutableCommand.INSTANCE;
        }
        NeuronGroup from = (NeuronGroup) source;
        NeuronGroup to = (NeuronGroup) target;
        Network network = networkOf(from);
        Projection projection = F.createProjection();
        projection.setName(fresh(nameOf(from) + "_to_" + nameOf(to), names(network)));
        projection.setSource(from);
        projection.setTarget(to);
        projection.setConnectivity(F.createAllToAll());
        projection.setSynapse(F.createDeltaSynapse());
        projection.setWeight(constant(1));
        projection.setDelay(constant(network.getSimulation() == null ? 0 : network.getSimulation().getTimeStep()));
        return add("Connect " + ElementNames.of(from) + " to " + ElementNames.of(to), domain, network,
                P.getNetwork_Projections(), projection);
    }

    /**
     * A spike-count coupling from {@code source} to {@code target} (populations of one network, the
     * same one for a self-coupling) with the metamodel's defaults (20 spikes, 2 mV), named
     * {@code source_drives_target}, or {@code source_inhibits_target} from an inhibitory source.
     */
    public static Command couple(EditingDomain domain, EObject source, EObject target) {
        if (!canCouple(source, target)) {
            return UnexecutableCommand.INSTANCE;
        }
        Population from = (Population) source;
        Population to = (Population) target;
        Network network = networkOf(from);
        SpikeCountCoupling coupling = F.createSpikeCountCoupling();
        String verb = from.getType() == PopulationType.INHIBITORY ? "_inhibits_" : "_drives_";
        coupling.setName(fresh(nameOf(from) + verb + nameOf(to), names(network)));
        coupling.setSource(from);
        coupling.setTarget(to);
        return add("Couple " + ElementNames.of(from) + " to " + ElementNames.of(to), domain, network,
                P.getNetwork_Couplings(), coupling);
    }

    /** Whether {@link #couple} can couple {@code source} to {@code target}: populations of one network. */
    public static boolean canCouple(EObject source, EObject target) {
        return source instanceof Population from && target instanceof Population to && networkOf(from) != null
                && networkOf(from) == networkOf(to);
    }

    /**
     * Whether {@link #connect} can make a projection from {@code source} to {@code target}: both are
     * populations or non-empty assemblies of one network, and a source assembly has one type.
     */
    public static boolean canConnect(EObject source, EObject target) {
        if (!(source instanceof NeuronGroup from) || !(target instanceof NeuronGroup to)) {
            return false;
        }
        Network network = networkOf(from);
        return network != null && networkOf(to) == network && !NeuronGroups.populations(from).isEmpty()
                && !NeuronGroups.populations(to).isEmpty()
                && !(from instanceof Assembly && NeuronGroups.type(from) == null);
    }

    /** Deletes the elements and what depends on them; see {@link CascadingDeleteCommand}. */
    public static CascadingDeleteCommand delete(EditingDomain domain, Collection<? extends EObject> elements) {
        return CascadingDeleteCommand.create(domain, elements);
    }

    private static Command add(String label, EditingDomain domain, Network network, EReference feature,
            NamedElement element) {
        CreateCommand command = new CreateCommand(label, element);
        command.append(new AddCommand(domain, network, feature, element));
        return command;
    }

    private static ConstantValue constant(double value) {
        ConstantValue constant = F.createConstantValue();
        constant.setValue(value);
        return constant;
    }

    private static String nameOf(NamedElement element) {
        return element.getName() == null ? element.eClass().getName().toLowerCase(Locale.ROOT) : element.getName();
    }

    private static Network networkOf(EObject element) {
        return element != null && element.eContainer() instanceof Network network ? network : null;
    }

    private static Set<String> names(Network network) {
        Set<String> names = new HashSet<>();
        names.add(network.getName());
        network.eAllContents().forEachRemaining(e -> {
            if (e instanceof NamedElement named) {
                names.add(named.getName());
            }
        });
        return names;
    }

    /**
     * {@code base} itself when free, else {@code base_2}, {@code base_3}, ... ({@code population_1},
     * {@code population_2}, ... for the bare type name, which says nothing alone); taken into {@code names}.
     */
    private static String fresh(String base, Set<String> names) {
        String stem = NAME.matcher(base).matches() ? base : "element";
        boolean numbered = stem.equals("population");
        String name = numbered ? stem + "_1" : stem;
        for (int n = 2; names.contains(name); n++) {
            name = stem + "_" + n;
        }
        names.add(name);
        return name;
    }
}
