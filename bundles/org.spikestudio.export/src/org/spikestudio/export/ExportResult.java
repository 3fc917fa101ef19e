// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export;

import java.nio.file.Path;
import java.util.List;

import org.spikestudio.model.resource.ModelProblem;

/**
 * @param files    the files written, the main one first; empty when a problem is an error
 * @param problems errors (why nothing was written) and warnings (what was left out, and how)
 */
public record ExportResult(List<Path> files, List<ModelProblem> problems) {

    public ExportResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ModelProblem::isError);
    }
}
