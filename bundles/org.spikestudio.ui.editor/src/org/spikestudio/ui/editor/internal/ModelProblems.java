// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.spikestudio.model.Identified;
import org.spikestudio.model.Network;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.validation.NetworkValidation;

/**
 * Validation of a model as the editor would save it. It works on a copy parsed from the bytes the
 * editor would write, so it can run off the UI thread while the user keeps editing, and the lines
 * it reports are those of the saved file. Problems name their element by its stable id, which maps
 * them back to the element in the editor.
 */
public final class ModelProblems {

    /** One validation problem: severity 2 error, 1 warning (as IMarker); line 0 when unknown. */
    public record Problem(int severity, String message, int line, String elementId, String feature, int code) {
    }

    private ModelProblems() {
    }

    /** Parses {@code bytes} (a saved model) and validates it. */
    public static List<Problem> validate(byte[] bytes, URI uri) throws IOException {
        Resource resource = ModelFiles.newResourceSet().createResource(uri);
        resource.load(new ByteArrayInputStream(bytes), null);
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Network network)) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        for (NetworkValidation.Finding f : NetworkValidation.findings(NetworkValidation.validate(network))) {
            // The nearest identified element: a weight's problem belongs to its projection.
            EObject owner = f.element();
            while (owner != null && !(owner instanceof Identified)) {
                owner = owner.eContainer();
            }
            problems.add(new Problem(f.isError() ? 2 : 1, f.diagnostic().getMessage(),
                    f.element() == null ? 0 : ModelFiles.lineOf(f.element()),
                    owner == null ? null : ((Identified) owner).getId(),
                    f.feature() == null ? null : f.feature().getName(), f.diagnostic().getCode()));
        }
        return problems;
    }
}
