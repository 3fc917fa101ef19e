// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export;

import java.io.IOException;
import java.nio.file.Path;

import org.spikestudio.model.Network;

/**
 * Writes a network as a model of another simulator (a script or a document plus side files).
 * <p>
 * An exporter never drops or approximates a part of the model silently: what it cannot express
 * faithfully is an error problem naming the element and the reason, and then nothing is written;
 * what it leaves out on purpose (e.g. state recorders of a spikes-only script) is a warning.
 * Files are written whole (each through a temporary file and a rename), so a failed export never
 * leaves a half-written file behind.
 */
public interface Exporter {

    /** The name used on the command line, e.g. {@code brian2}. */
    String name();

    /** One line for help texts. */
    String description();

    /**
     * @param file      the model file's name for messages
     * @param directory where the files go (created when missing)
     * @return the files written (none when a problem is an error) and all problems found
     * @throws IOException when a file cannot be written
     */
    ExportResult export(Network network, String file, Path directory, ExportOptions options) throws IOException;
}
