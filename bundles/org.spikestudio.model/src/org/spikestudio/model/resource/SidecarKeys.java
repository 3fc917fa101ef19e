// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.resource;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.spikestudio.model.Identified;
import org.spikestudio.model.NamedElement;

/**
 * How a sidecar file (a diagram's notation, a results index) refers to model elements: by id plus
 * a fingerprint of type and name, both written into the sidecar. On loading, an entry is reattached
 * only when an element with its id exists <em>and</em> has the same fingerprint; otherwise the entry
 * is stale and must be dropped.
 * <p>
 * The id alone is not enough for a file edited by hand: an id typed into a new element of another
 * type or name would otherwise inherit the old element's entry. The price is that a rename made
 * while the sidecar is not open drops that element's entry (a diagram lays the node out afresh);
 * a sidecar writer refreshes the fingerprints whenever it saves. Ids themselves are never reused by
 * Spikestudio (see {@link SnnResource}), so an element deleted and recreated under the same name
 * gets a new id and never matches an old entry.
 */
public final class SidecarKeys {

    /** What a sidecar stores per element. */
    public record Key(String id, String fingerprint) {
    }

    private final Map<String, Identified> byId = new HashMap<>();

    private SidecarKeys(Resource resource) {
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            if (all.next() instanceof Identified element && element.getId() != null) {
                byId.putIfAbsent(element.getId(), element);
            }
        }
    }

    /** An index of the resource's elements by id, for resolving all the entries of one sidecar. */
    public static SidecarKeys of(Resource resource) {
        return new SidecarKeys(resource);
    }

    /** The key to write into a sidecar for {@code element}. */
    public static Key keyOf(Identified element) {
        return new Key(element.getId(), fingerprint(element));
    }

    /** Type and name, e.g. {@code Population:exc}; {@code Population:} for an unnamed element. */
    public static String fingerprint(EObject element) {
        String name = element instanceof NamedElement named && named.getName() != null ? named.getName() : "";
        return element.eClass().getName() + ":" + name;
    }

    /** The element the entry belongs to, or empty when the entry is stale (no such id, or another element now). */
    public Optional<Identified> resolve(Key key) {
        Identified element = byId.get(key.id());
        return element != null && fingerprint(element).equals(key.fingerprint()) ? Optional.of(element)
                : Optional.empty();
    }

    /** {@link #resolve(Key)} for a single entry; builds the index each time. */
    public static Optional<Identified> resolve(Resource resource, String id, String fingerprint) {
        return of(resource).resolve(new Key(id, fingerprint));
    }
}
