// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.spikestudio.model.Network;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelProblem;

/** Validates a network with {@link SpikestudioValidator}; the one entry point for the CLI and the workbench. */
public final class NetworkValidation {

    private NetworkValidation() {
    }

    /** Makes EMF's global validation (e.g. the workbench's Validate action) use our rules; idempotent. */
    public static void register() {
        EValidator.Registry.INSTANCE.put(SpikestudioPackage.eINSTANCE, SpikestudioValidator.INSTANCE);
    }

    /** The EMF diagnostic tree of the whole network. */
    public static Diagnostic validate(Network network) {
        EValidator.Registry registry = new org.eclipse.emf.ecore.impl.EValidatorRegistryImpl();
        registry.put(SpikestudioPackage.eINSTANCE, SpikestudioValidator.INSTANCE);
        Diagnostician diagnostician = new Diagnostician(registry);
        BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(network);
        diagnostician.validate(network, diagnostics, SpikestudioValidator.newContext());
        return diagnostics;
    }

    /** The diagnostics as problems located in {@code file} (line of the element when it was loaded). */
    public static List<ModelProblem> problems(Network network, String file) {
        List<ModelProblem> problems = new ArrayList<>();
        collect(validate(network), file, problems);
        return problems;
    }

    private static void collect(Diagnostic diagnostic, String file, List<ModelProblem> problems) {
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
            problems.add(new ModelProblem(file, element == null ? 0 : ModelFiles.lineOf(element), 0,
                    diagnostic.getSeverity() >= Diagnostic.ERROR ? ModelProblem.Severity.ERROR
                            : ModelProblem.Severity.WARNING,
                    element == null ? "" : ElementNames.of(element), feature == null ? "" : feature.getName(),
                    diagnostic.getMessage()));
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, file, problems);
        }
    }
}
