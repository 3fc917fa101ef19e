// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export;

import java.util.List;
import java.util.Optional;

import org.spikestudio.export.internal.Brian2Exporter;
import org.spikestudio.export.internal.NeuroMLExporter;
import org.spikestudio.export.internal.PyNNExporter;

/** The exporters known to Spikestudio, for the command line and the workbench's export wizard. */
public final class Exporters {

    private static final List<Exporter> ALL = List.of(new Brian2Exporter(), new PyNNExporter(),
            new NeuroMLExporter());

    private Exporters() {
    }

    public static List<Exporter> all() {
        return ALL;
    }

    public static Optional<Exporter> byName(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
