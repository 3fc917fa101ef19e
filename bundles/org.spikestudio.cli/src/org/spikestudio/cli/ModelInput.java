// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.spikestudio.model.Network;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelLoadException;
import org.spikestudio.model.resource.ModelProblem;

/** Loading a model file for a command, with its problems printed like a compiler's. */
final class ModelInput {

    private ModelInput() {
    }

    /** The loaded network, or null after printing why it could not be loaded. */
    static Network load(Path file, PrintStream diagnostics) {
        return load(file, diagnostics, new java.util.ArrayList<>());
    }

    /** As {@link #load(Path, PrintStream)}, also adding the problems to {@code problems}. */
    static Network load(Path file, PrintStream diagnostics, List<ModelProblem> problems) {
        try {
            return ModelFiles.load(file);
        } catch (ModelLoadException e) {
            print(e.problems(), diagnostics);
            problems.addAll(e.problems());
            return null;
        }
    }

    static void print(List<ModelProblem> problems, PrintStream stream) {
        for (ModelProblem problem : problems) {
            stream.println(problem);
        }
    }

    static String counts(List<ModelProblem> problems) {
        long errors = problems.stream().filter(ModelProblem::isError).count();
        long warnings = problems.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** A file name without its {@code .snn} extension. */
    static String baseName(Path file) {
        String name = file.getFileName() == null ? "model" : file.getFileName().toString();
        return name.endsWith("." + ModelFiles.FILE_EXTENSION)
                ? name.substring(0, name.length() - ModelFiles.FILE_EXTENSION.length() - 1) : name;
    }
}
