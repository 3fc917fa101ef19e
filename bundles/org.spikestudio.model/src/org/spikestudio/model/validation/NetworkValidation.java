// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.spikestudio.engine.Limits;
import org.spikestudio.model.Network;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelProblem;

/** Validates a network with {@link SpikestudioValidator}; the one entry point for the CLI and the workbench. */
public final class NetworkValidation {

    /** Above these, a valid network gets the warning about its size. */
    public static final double LARGE_SYNAPSE_COUNT = 5e7;
    public static final long LARGE_MEMORY_BYTES = 4_000_000_000L;

    private NetworkValidation() {
    }

    /**
     * Makes EMF's global validation (e.g. a workbench editor's Validate action) use our rules;
     * idempotent. Called explicitly by the front ends at startup: the CLI's application, and the
     * workbench's model editor when it arrives. {@link #validate} does not need it.
     */
    public static void register() {
        EValidator.Registry.INSTANCE.put(SpikestudioPackage.eINSTANCE, SpikestudioValidator.INSTANCE);
    }

    /** The EMF diagnostic tree of the whole network; the size warning counts synapses only. */
    public static Diagnostic validate(Network network) {
        return validate(network, null);
    }

    /**
     * The EMF diagnostic tree of the whole network. When it has no error, a large network is warned
     * about first, with the memory figure of {@code memory} (null: synapse counts only).
     */
    public static Diagnostic validate(Network network, MemoryEstimator memory) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(SpikestudioPackage.eINSTANCE, SpikestudioValidator.INSTANCE);
        Diagnostician diagnostician = new Diagnostician(registry);
        BasicDiagnostic rules = diagnostician.createDefaultDiagnostic(network);
        diagnostician.validate(network, rules, SpikestudioValidator.newContext());
        Diagnostic size = rules.getSeverity() >= Diagnostic.ERROR ? null : sizeWarning(network, memory);
        if (size == null) {
            return rules;
        }
        BasicDiagnostic all = diagnostician.createDefaultDiagnostic(network);
        all.add(size);
        all.addAll(rules);
        return all;
    }

    /** Only a valid network is estimated: the estimator compiles it. */
    private static Diagnostic sizeWarning(Network network, MemoryEstimator memory) {
        double synapses = NetworkSize.expectedSynapses(network);
        long bytes = memory == null ? -1 : memory.bytes(network);
        if (synapses <= LARGE_SYNAPSE_COUNT && bytes <= LARGE_MEMORY_BYTES) {
            return null;
        }
        return Rules.diagnostic(Diagnostic.WARNING, ValidationCodes.LARGE_NETWORK, network, null,
                String.format(Locale.ROOT, "large network: %d neurons, about %.3g synapses%s", NetworkSize.neurons(network),
                        synapses, bytes < 0 ? "" : ", estimated memory " + Limits.formatBytes(bytes) + " for a run"));
    }

    /** The diagnostics as problems located in {@code file} (line of the element when it was loaded). */
    public static List<ModelProblem> problems(Network network, String file) {
        return problems(network, file, null);
    }

    /** As {@link #problems(Network, String)}, with the size warning's memory figure from {@code memory}. */
    public static List<ModelProblem> problems(Network network, String file, MemoryEstimator memory) {
        List<ModelProblem> problems = new ArrayList<>();
        for (Finding f : findings(validate(network, memory))) {
            problems.add(new ModelProblem(file, f.element() == null ? 0 : ModelFiles.lineOf(f.element()), 0,
                    f.isError() ? ModelProblem.Severity.ERROR : ModelProblem.Severity.WARNING,
                    f.element() == null ? "" : ElementNames.of(f.element()),
                    f.feature() == null ? "" : f.feature().getName(), f.diagnostic().getMessage()));
        }
        return problems;
    }

    /**
     * One warning or error of a diagnostic tree, with the element and attribute it is about (either
     * may be null), as every front end needs them: the command line's messages, the editor's markers.
     */
    public record Finding(Diagnostic diagnostic, EObject element, EStructuralFeature feature) {
        public boolean isError() {
            return diagnostic.getSeverity() >= Diagnostic.ERROR;
        }
    }

    /** The warnings and errors of {@code root} (its leaves), in tree order. */
    public static List<Finding> findings(Diagnostic root) {
        List<Finding> findings = new ArrayList<>();
        collect(root, findings);
        return findings;
    }

    private static void collect(Diagnostic diagnostic, List<Finding> findings) {
        if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.WARNING) {
            EObject element = null;
            EStructuralFeature feature = null;
            for (Object datum : diagnostic.getData()) {
                if (element == null && datum instanceof EObject object) {
                    element = object;
                } else if (feature == null && datum instanceof EStructuralFeature f) {
                    feature = f;
                }
            }
            findings.add(new Finding(diagnostic, element, feature));
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, findings);
        }
    }
}
