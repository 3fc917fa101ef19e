// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export;

/**
 * @param seed        the seed that draws the realised network, instead of the model's; null for the model's
 * @param connections how projections are exported
 */
public record ExportOptions(Long seed, Connections connections) {

    /** How connectivity is exported. */
    public enum Connections {
        /**
         * The connection list drawn by Spikestudio from the seed, in a side file: the peer simulates
         * exactly the same graph.
         */
        LIST,
        /** The rule (all-to-all, fixed probability, ...), drawn again by the peer: a different graph. */
        RULES
    }

    public static ExportOptions defaults() {
        return new ExportOptions(null, Connections.LIST);
    }

    public ExportOptions withSeed(Long value) {
        return new ExportOptions(value, connections);
    }

    public ExportOptions withConnections(Connections value) {
        return new ExportOptions(seed, value);
    }
}
