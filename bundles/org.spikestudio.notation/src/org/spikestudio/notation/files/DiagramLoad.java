// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.notation.files;

import java.nio.file.Path;

import org.spikestudio.notation.Diagram;

/**
 * What {@link DiagramFiles#load(Path)} found: no diagram file yet, a diagram, or a broken file. A
 * missing or broken file never blocks the model: the caller lays the network out afresh (and tells
 * the user about a broken one).
 */
public sealed interface DiagramLoad {

    /** There is no diagram file: the model has not been drawn and saved yet. */
    record Missing(Path file) implements DiagramLoad {
    }

    /** The diagram, in a resource of its own (see {@link DiagramFiles#newResourceSet()}). */
    record Loaded(Diagram diagram) implements DiagramLoad {
    }

    /** The file exists but cannot be used. */
    record Broken(DiagramProblem problem) implements DiagramLoad {
    }
}
