// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.spikestudio.charts.ChartContent;
import org.spikestudio.charts.ResultChartContent;
import org.spikestudio.results.RecordedVariable;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.StateTrace;
import org.spikestudio.ui.charts.internal.CsvExport;

/**
 * The U-I plot: membrane potential against input current, one curve per neuron. Its horizontal
 * axis is current, so zooming it does not move the other views; CSV: the potential and current
 * samples it pairs, as the run's state files.
 */
public final class PotentialCurrentView extends ResultView {

    public static final String ID = "org.spikestudio.ui.charts.potentialCurrent";

    @Override
    protected String baseName() {
        return "u-i";
    }

    @Override
    protected boolean timeAxis() {
        return false;
    }

    @Override
    protected Optional<ChartContent> content(SimulationResult result) {
        return ResultChartContent.potentialVersusCurrent(result);
    }

    @Override
    protected void writeCsv(SimulationResult result, Path file) throws IOException {
        List<StateTrace> traces = result.states().stream()
                .filter(s -> s.variable() == RecordedVariable.MEMBRANE_POTENTIAL
                        || s.variable() == RecordedVariable.INPUT_CURRENT)
                .toList();
        if (traces.isEmpty()) {
            throw new IOException("no membrane potential or input current was recorded");
        }
        CsvExport.states(traces, result.dt(), file);
    }
}
