// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.action.ControlContribution;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.spikestudio.charts.ChartContent;
import org.spikestudio.charts.ResultChartContent;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.io.ResultFiles;
import org.spikestudio.ui.charts.internal.Rebinning;
import org.spikestudio.ui.charts.internal.ResultSession;

/**
 * Population rates as steps over their bins. The toolbar's bin width (ms) recomputes the rates
 * from the spikes; empty shows the rates the run recorded. While a run goes it fills in.
 */
public final class RateView extends ResultView {

    public static final String ID = "org.spikestudio.ui.charts.rate";
    /** The bins of a run going on when no width is set. */
    private static final double LIVE_BIN_MS = 1;

    private final LiveRefresh live = new LiveRefresh(this::refresh);
    private Double binMs;
    private Text binField;

    @Override
    protected String baseName() {
        return "rate";
    }

    /** The bin width in ms, or null for the recorded rates. */
    public Double binMs() {
        return binMs;
    }

    /** Sets the bin width in ms (null: the recorded rates) and redraws. */
    public void setBinMs(Double value) {
        binMs = value != null && value > 0 && Double.isFinite(value) ? value : null;
        if (binField != null && !binField.isDisposed()) {
            String text = binMs == null ? "" : Double.toString(binMs);
            if (!binField.getText().equals(text)) {
                binField.setText(text);
            }
        }
        refresh();
    }

    @Override
    protected void contributeControls(IToolBarManager toolbar) {
        toolbar.add(new ControlContribution("binWidth") {
            @Override
            protected Control createControl(Composite parent) {
                Composite box = new Composite(parent, SWT.NONE);
                GridLayout layout = new GridLayout(2, false);
                layout.marginHeight = 0;
                box.setLayout(layout);
                new Label(box, SWT.NONE).setText("Bin (ms):");
                binField = new Text(box, SWT.BORDER | SWT.SINGLE);
                binField.setMessage("recorded");
                binField.setToolTipText("Bin width in ms of the rates, computed from the spikes; empty: as recorded");
                GridData data = new GridData();
                data.widthHint = 60;
                binField.setLayoutData(data);
                binField.addListener(SWT.DefaultSelection, e -> apply());
                binField.addListener(SWT.FocusOut, e -> apply());
                return box;
            }
        });
    }

    private void apply() {
        String text = binField.getText().trim();
        try {
            setBinMs(text.isEmpty() ? null : Double.valueOf(text));
        } catch (NumberFormatException e) {
            binField.setText(binMs == null ? "" : Double.toString(binMs));
        }
    }

    @Override
    public void refresh() {
        if (canvas != null && !canvas.isDisposed()) {
            live.poke(session.shown());
        }
        super.refresh();
    }

    @Override
    protected SimulationResult source(ResultSession.Shown shown) {
        if (shown.live()) {
            double bin = binMs == null ? LIVE_BIN_MS : binMs;
            return shown.spikes().toResult(shown.label(), Rebinning.binSteps(bin, shown.spikes().dt()));
        }
        SimulationResult result = shown.result();
        return binMs == null ? result : Rebinning.rates(result, Rebinning.binSteps(binMs, result.dt()));
    }

    @Override
    protected Optional<ChartContent> content(SimulationResult result) {
        return ResultChartContent.rate(result);
    }

    @Override
    protected void writeCsv(SimulationResult result, Path file) throws IOException {
        ResultFiles.writeRates(result, file);
    }
}
