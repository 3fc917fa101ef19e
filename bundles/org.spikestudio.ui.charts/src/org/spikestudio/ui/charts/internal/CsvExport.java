// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spikestudio.results.StateTrace;
import org.spikestudio.results.io.ResultFiles;

/** The CSV files of views, written by the run's own writers ({@link ResultFiles}). */
public final class CsvExport {

    private CsvExport() {
    }

    /**
     * The recorded samples of the traces, each in the format of its {@code state-<recorder>.csv}: one
     * trace into {@code file}; several into {@code <file name>-<recorder>.csv} beside it, as their
     * samples need not share times.
     *
     * @return the files written
     */
    public static List<Path> states(List<StateTrace> traces, double dt, Path file) throws IOException {
        List<Path> files = new ArrayList<>();
        if (traces.size() == 1) {
            files.add(ResultFiles.writeState(traces.get(0), dt, file));
            return files;
        }
        String name = file.getFileName().toString();
        String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        for (StateTrace trace : traces) {
            String recorder = trace.recorder().replaceAll("[^A-Za-z0-9._-]", "_");
            files.add(ResultFiles.writeState(trace, dt, file.resolveSibling(stem + "-" + recorder + ".csv")));
        }
        return files;
    }
}
