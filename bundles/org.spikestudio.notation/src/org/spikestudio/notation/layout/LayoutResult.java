// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.notation.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where {@link DiagramLayout} put things, by element id, in the graph's order: node bounds (a
 * container's grown to hold its members) and edge routes, all in absolute coordinates.
 */
public record LayoutResult(Map<String, Bounds> nodes, Map<String, Route> edges) {

    public LayoutResult {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        edges = Collections.unmodifiableMap(new LinkedHashMap<>(edges));
    }
}
