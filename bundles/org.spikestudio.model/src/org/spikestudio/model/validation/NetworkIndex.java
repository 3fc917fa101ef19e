// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.spikestudio.engine.Limits;
import org.spikestudio.model.NamedElement;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.groups.NeuronGroups;

/**
 * What several rules need to know about the whole network, computed in one pass per validation and
 * kept in the validation context: elements by id and by name, and the longest delay onto each
 * population. Looking these up per element would make validation quadratic in the number of
 * elements (EMF's own unique-id check scans the tree for every element: 10 000 populations took 41 s).
 */
final class NetworkIndex {

    private final Map<String, List<EObject>> byId = new HashMap<>();
    private final Map<String, List<EObject>> byName = new HashMap<>();
    private final EObject root;
    private Map<Population, Long> maxDelaySteps;

    private NetworkIndex(EObject root) {
        this.root = root;
        for (var all = root.eAllContents(); all.hasNext();) {
            add(all.next());
        }
        add(root);
    }

    private void add(EObject element) {
        String id = EcoreUtil.getID(element);
        if (id != null) {
            byId.computeIfAbsent(id, k -> new ArrayList<>(1)).add(element);
        }
        if (element instanceof NamedElement named && named.getName() != null) {
            byName.computeIfAbsent(named.getName(), k -> new ArrayList<>(1)).add(element);
        }
    }

    /** The index of the network {@code element} belongs to, built once per validation run. */
    static NetworkIndex of(EObject element, Map<Object, Object> context) {
        EObject root = EcoreUtil.getRootContainer(element);
        if (context == null) {
            return new NetworkIndex(root);
        }
        @SuppressWarnings("unchecked")
        Map<EObject, NetworkIndex> indices = (Map<EObject, NetworkIndex>) context
                .computeIfAbsent(NetworkIndex.class, k -> new IdentityHashMap<EObject, NetworkIndex>());
        return indices.computeIfAbsent(root, NetworkIndex::new);
    }

    /** Another element with this id, the first in document order, or null. */
    EObject otherWithId(String id, EObject element) {
        return other(byId.get(id), element);
    }

    /** Another element with this name, the first in document order, or null. */
    EObject otherWithName(String name, EObject element) {
        return other(byName.get(name), element);
    }

    private static EObject other(List<EObject> elements, EObject element) {
        if (elements == null || elements.size() < 2) {
            return null;
        }
        for (EObject candidate : elements) {
            if (candidate != element) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The longest delay onto the population in steps, over the projections into it whose delay the
     * engine accepts (a longer one is reported on its projection); 0 without any.
     */
    long maxDelaySteps(Population population, double dt) {
        if (maxDelaySteps == null) {
            maxDelaySteps = new IdentityHashMap<>();
            if (root instanceof Network network) {
                for (Projection projection : network.getProjections()) {
                    if (projection.getDelay() == null) {
                        continue;
                    }
                    var delay = SpikestudioValidator.engineDistribution(projection.getDelay());
                    if (delay == null || !Limits.delayFits(delay, dt)) {
                        continue;
                    }
                    long steps = Limits.steps(Limits.maxDelayMs(delay), dt);
                    for (Population target : NeuronGroups.populations(projection.getTarget())) {
                        maxDelaySteps.merge(target, steps, Math::max);
                    }
                }
            }
        }
        return maxDelaySteps.getOrDefault(population, 0L);
    }
}
