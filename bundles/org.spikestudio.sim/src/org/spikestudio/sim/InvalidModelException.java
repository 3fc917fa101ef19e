// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import java.util.List;

import org.spikestudio.model.resource.ModelProblem;

/** A model that cannot be run: its validation errors (and warnings), each with file, line, element and attribute. */
public final class InvalidModelException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ModelProblem> problems;

    public InvalidModelException(List<ModelProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** All problems found, errors and warnings, in model order. */
    public List<ModelProblem> problems() {
        return problems;
    }

    public long errorCount() {
        return problems.stream().filter(ModelProblem::isError).count();
    }

    private static String summary(List<ModelProblem> problems) {
        long errors = problems.stream().filter(ModelProblem::isError).count();
        StringBuilder text = new StringBuilder(errors == 1 ? "1 error" : errors + " errors")
                .append(" in the model; it cannot be run:");
        problems.stream().filter(ModelProblem::isError).forEach(p -> text.append('\n').append(p));
        return text.toString();
    }
}
