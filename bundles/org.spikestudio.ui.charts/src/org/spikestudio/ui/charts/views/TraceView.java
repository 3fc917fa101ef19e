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
 * Traces of one recorded variable against time (membrane potential with its thresholds, input
 * current, synaptic current). CSV: the recorded samples, as the run's state files.
 */
public abstract class TraceView extends ResultView {

    private final RecordedVariable variable;
    private final String baseName;

    protected TraceView(RecordedVariable variable, String baseName) {
        this.variable = variable;
        this.baseName = baseName;
    }

    @Override
    protected String baseName() {
        return baseName;
    }

    @Override
    protected Optional<ChartContent> content(SimulationResult result) {
        return ResultChartContent.traces(result, variable);
    }

    @Override
    protected void writeCsv(SimulationResult result, Path file) throws IOException {
        List<StateTrace> traces = result.states().stream().filter(s -> s.variable() == variable).toList();
        if (traces.isEmpty()) {
            throw new IOException("no " + variable.label() + " was recorded");
        }
        CsvExport.states(traces, result.dt(), file);
    }

    /** Membrane potential traces, a dashed line at each spike threshold. */
    public static final class Potential extends TraceView {
        public static final String ID = "org.spikestudio.ui.charts.potential";

        public Potential() {
            super(RecordedVariable.MEMBRANE_POTENTIAL, "potential");
        }
    }

    /** Input current traces. */
    public static final class InputCurrent extends TraceView {
        public static final String ID = "org.spikestudio.ui.charts.inputCurrent";

        public InputCurrent() {
            super(RecordedVariable.INPUT_CURRENT, "input-current");
        }
    }

    /** Synaptic current traces. */
    public static final class SynapticCurrent extends TraceView {
        public static final String ID = "org.spikestudio.ui.charts.synapticCurrent";

        public SynapticCurrent() {
            super(RecordedVariable.SYNAPTIC_CURRENT, "synaptic-current");
        }
    }
}
