// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export.internal;

import org.eclipse.emf.ecore.EObject;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.model.validation.ElementNames;

/** The problems an exporter reports, worded like the validator's: element, attribute, reason. */
final class Problems {

    private Problems() {
    }

    /** What the target cannot express: the export stops and writes nothing. */
    static ModelProblem error(String file, EObject element, String feature, String reason) {
        String name = ElementNames.of(element);
        return new ModelProblem(file, ModelFiles.lineOf(element), 0, ModelProblem.Severity.ERROR, name, feature,
                name + (feature.isEmpty() ? "" : ": attribute '" + feature + "'") + ": " + reason);
    }

    /** An approximation, said how; {@code element} null for one that concerns the whole export. */
    static ModelProblem warning(String file, EObject element, String text) {
        if (element == null) {
            return new ModelProblem(file, 0, 0, ModelProblem.Severity.WARNING, "", "", text);
        }
        String name = ElementNames.of(element);
        return new ModelProblem(file, ModelFiles.lineOf(element), 0, ModelProblem.Severity.WARNING, name, "",
                name + ": " + text);
    }
}
