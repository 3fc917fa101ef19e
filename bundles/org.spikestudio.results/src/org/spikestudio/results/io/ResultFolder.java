// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results.io;

import java.nio.file.Path;
import java.util.List;

import org.spikestudio.results.ModelSource;
import org.spikestudio.results.SimulationResult;

/**
 * A results folder read back by {@link ResultReader}.
 *
 * @param formatVersion      summary.json's {@code format_version}; 0 for a folder written before it existed
 * @param spikestudioVersion the version of Spikestudio that wrote it
 * @param files              the files summary.json lists, in its order
 */
public record ResultFolder(Path directory, int formatVersion, ModelSource model, String spikestudioVersion,
        List<String> files, SimulationResult result) {

    public ResultFolder {
        files = List.copyOf(files);
    }
}
