// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The exporters contributed to the extension point {@value #EXTENSION_POINT} (the built-in Brian2,
 * PyNN and NeuroML ones in this bundle's plugin.xml), for the command line and the workbench's
 * export wizard, which therefore list the same targets. Read from the Eclipse extension registry
 * on every call, so bundles installed later are seen.
 * <p>
 * A broken contribution (its class cannot be created or is no {@link Exporter}, or its target name
 * is taken) is left out with a message naming its bundle and class; the others still work. The
 * built-ins come first, so a contribution cannot take over one of their names.
 */
public final class Exporters {

    public static final String EXTENSION_POINT = "org.spikestudio.export.exporters";

    /** The unique id of the built-ins' extension in this bundle's plugin.xml. */
    static final String BUILT_IN = "org.spikestudio.export.builtin";

    /**
     * @param exporters the usable exporters, built-ins first, names unique
     * @param problems  one message per contribution left out
     */
    public record Contributions(List<Exporter> exporters, List<String> problems) {

        public Contributions {
            exporters = List.copyOf(exporters);
            problems = List.copyOf(problems);
        }

        public Optional<Exporter> byName(String name) {
            return exporters.stream().filter(e -> e.name().equals(name)).findFirst();
        }
    }

    private Exporters() {
    }

    /** The exporters and the contributions left out. */
    public static Contributions read() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        IExtensionPoint point = registry == null ? null : registry.getExtensionPoint(EXTENSION_POINT);
        if (point == null) {
            throw new IllegalStateException((registry == null ? "no Eclipse extension registry is running"
                    : "the Eclipse extension registry has no extension point " + EXTENSION_POINT)
                    + ": the exporters are contributed there, so they need Equinox with the bundles"
                    + " org.eclipse.equinox.registry and org.spikestudio.export (the command line and the"
                    + " workbench run in it)");
        }
        List<IExtension> extensions = new ArrayList<>(List.of(point.getExtensions()));
        extensions.sort(Comparator.comparing(e -> !BUILT_IN.equals(e.getUniqueIdentifier()))); // stable
        Map<String, Contribution> byName = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (IExtension extension : extensions) {
            for (IConfigurationElement element : extension.getConfigurationElements()) {
                Contribution c = contribution(element, problems);
                if (c == null) {
                    continue;
                }
                Contribution first = byName.putIfAbsent(c.exporter().name(), c);
                if (first != null) {
                    problems.add(c.where() + ": left out: its target name '" + c.exporter().name()
                            + "' is already taken by " + first.where());
                }
            }
        }
        return new Contributions(byName.values().stream().map(Contribution::exporter).toList(), problems);
    }

    public static List<Exporter> all() {
        return read().exporters();
    }

    public static Optional<Exporter> byName(String name) {
        return read().byName(name);
    }

    private record Contribution(Exporter exporter, String where) {
    }

    private static Contribution contribution(IConfigurationElement element, List<String> problems) {
        String where = "exporter " + element.getAttribute("class") + " of bundle " + element.getContributor().getName();
        Object created;
        try {
            created = element.createExecutableExtension("class");
        } catch (CoreException | RuntimeException | LinkageError e) {
            problems.add(where + ": left out: its class cannot be created (" + e.getMessage() + ")");
            return null;
        }
        if (!(created instanceof Exporter exporter)) {
            problems.add(where + ": left out: it does not implement " + Exporter.class.getName());
            return null;
        }
        String name = exporter.name();
        if (name == null || name.isBlank()) {
            problems.add(where + ": left out: it has no target name");
            return null;
        }
        return new Contribution(exporter, where);
    }
}
