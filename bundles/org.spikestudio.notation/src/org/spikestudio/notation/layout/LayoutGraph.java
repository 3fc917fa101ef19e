// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.notation.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link DiagramLayout} lays out: nodes with their sizes (optionally inside a container node,
 * e.g. the members of an assembly) and edges between nodes (self loops allowed), all named by the
 * model's element ids. Insertion order is the order of the model; the same graph in the same order
 * gives the same layout.
 */
public final class LayoutGraph {

    /** A box; {@code parentId} null for a top-level node. A container's size is a minimum: it grows to hold its members. */
    public record NodeSpec(String id, double width, double height, String parentId) {
    }

    /** An edge; a label size of 0 x 0 means no label. */
    public record EdgeSpec(String id, String sourceId, String targetId, double labelWidth, double labelHeight) {
    }

    private final Map<String, NodeSpec> nodes = new LinkedHashMap<>();
    private final Map<String, EdgeSpec> edges = new LinkedHashMap<>();

    public LayoutGraph node(String id, double width, double height) {
        return node(id, width, height, null);
    }

    /** Adds a node; a parent must have been added before its members. */
    public LayoutGraph node(String id, double width, double height, String parentId) {
        if (nodes.containsKey(id)) {
            throw new IllegalArgumentException("node '" + id + "' is added twice");
        }
        if (parentId != null && !nodes.containsKey(parentId)) {
            throw new IllegalArgumentException("node '" + id + "': its container '" + parentId + "' must be added first");
        }
        if (!(width >= 0 && height >= 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("node '" + id + "': width and height must be finite and >= 0");
        }
        nodes.put(id, new NodeSpec(id, width, height, parentId));
        return this;
    }

    public LayoutGraph edge(String id, String sourceId, String targetId) {
        return edge(id, sourceId, targetId, 0, 0);
    }

    /** Adds an edge whose label ELK keeps clear of nodes and other edges. */
    public LayoutGraph edge(String id, String sourceId, String targetId, double labelWidth, double labelHeight) {
        if (edges.containsKey(id)) {
            throw new IllegalArgumentException("edge '" + id + "' is added twice");
        }
        for (String end : List.of(sourceId, targetId)) {
            if (!nodes.containsKey(end)) {
                throw new IllegalArgumentException("edge '" + id + "': no node '" + end + "'");
            }
        }
        edges.put(id, new EdgeSpec(id, sourceId, targetId, labelWidth, labelHeight));
        return this;
    }

    public List<NodeSpec> nodes() {
        return Collections.unmodifiableList(new ArrayList<>(nodes.values()));
    }

    public List<EdgeSpec> edges() {
        return Collections.unmodifiableList(new ArrayList<>(edges.values()));
    }

    /** The node {@code id}, or null. */
    public NodeSpec node(String id) {
        return nodes.get(id);
    }

    /** The edge {@code id}, or null. */
    public EdgeSpec edge(String id) {
        return edges.get(id);
    }
}
