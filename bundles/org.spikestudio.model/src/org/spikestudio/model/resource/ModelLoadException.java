// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.resource;

import java.util.List;
import java.util.stream.Collectors;

/** A model file that cannot be read; {@link #problems()} says where and why. */
public final class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ModelProblem> problems;

    public ModelLoadException(List<ModelProblem> problems) {
        super(problems.stream().map(ModelProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}
