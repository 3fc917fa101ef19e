// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.spikestudio.model.Population;
import org.spikestudio.results.PopulationType;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.io.ResultReader;
import org.spikestudio.sim.CompiledNetwork;
import org.spikestudio.sim.run.RunListener;
import org.spikestudio.sim.run.SpikeBatch;
import org.spikestudio.ui.charts.internal.ResultSession;
import org.spikestudio.ui.charts.internal.SpikeStore;
import org.spikestudio.ui.charts.views.CompareView;
import org.spikestudio.ui.charts.views.RasterView;
import org.spikestudio.ui.charts.views.RateView;
import org.spikestudio.ui.charts.views.TraceView;

/**
 * The entry points other bundles use to show results in the result views (raster, potential,
 * currents, rate, statistics). Methods may be called from any thread; they switch to the UI thread.
 */
public final class ResultViews {

    /** The views a shown run brings to the front: the raster, the potential and the rate. */
    private static final String[] SHOWN = { RasterView.ID, TraceView.Potential.ID, RateView.ID };

    private ResultViews() {
    }

    /**
     * A listener to pass to a run so that the raster and rate views fill in while it simulates.
     *
     * @param runLabel how the views name the run, e.g. "three-populations.snn, seed 42"
     */
    public static RunListener live(String runLabel) {
        return new RunListener() {
            private volatile SpikeStore store;

            @Override
            public void compiled(CompiledNetwork network) {
                List<SpikeStore.Band> bands = new ArrayList<>();
                int first = 0;
                for (Population p : network.populations().keySet()) {
                    PopulationType type = p.getType() == org.spikestudio.model.PopulationType.INHIBITORY
                            ? PopulationType.INHIBITORY
                            : PopulationType.EXCITATORY;
                    bands.add(new SpikeStore.Band(p.getId(), p.getName(), type, first, p.getSize(),
                            network.spikeRecorded().contains(p)));
                    first += p.getSize();
                }
                SpikeStore created = new SpikeStore(bands, network.dt(), network.steps());
                store = created;
                ui(() -> {
                    ResultSession.get().show(new ResultSession.Shown(runLabel, null, null, created));
                    bringToFront();
                });
            }

            @Override
            public void spikes(SpikeBatch batch) {
                SpikeStore s = store;
                if (s != null) {
                    s.append(batch); // the UI's timer draws it; nothing else on the run thread
                }
            }
        };
    }

    /** Shows a finished run's result (read from or written to {@code folder}) in the result views. */
    public static void show(SimulationResult result, Path folder) {
        SpikeStore spikes = SpikeStore.of(result);
        String label = result.info().modelName() + ", seed " + result.info().seed()
                + (folder == null ? "" : " (" + folder.getFileName() + ")");
        ui(() -> {
            ResultSession.get().show(new ResultSession.Shown(label, result, folder, spikes));
            bringToFront();
        });
    }

    /** Reads a results folder (its summary.json and data files) and shows it; errors go to a dialog. */
    public static void open(Path folder) {
        SimulationResult result;
        try {
            result = ResultReader.read(folder).result();
        } catch (IOException | RuntimeException e) {
            ui(() -> MessageDialog.openError(shell(), "Cannot open the results",
                    "Cannot read the results in " + folder + ":\n" + e.getMessage()));
            return;
        }
        show(result, folder);
    }

    /** Overlays two runs of the same model (rates, a neuron's potential) in the Compare view. */
    public static void compare(Path first, Path second) {
        SimulationResult a;
        SimulationResult b;
        try {
            a = ResultReader.read(first).result();
            b = ResultReader.read(second).result();
        } catch (IOException | RuntimeException e) {
            ui(() -> MessageDialog.openError(shell(), "Cannot compare the runs", e.getMessage()));
            return;
        }
        ui(() -> {
            ResultSession.get().compare(new ResultSession.Comparison(a, first, b, second));
            IWorkbenchPage page = page();
            if (page != null) {
                try {
                    page.showView(CompareView.ID);
                } catch (PartInitException e) {
                    MessageDialog.openError(shell(), "Cannot open the Compare view", e.getMessage());
                }
            }
        });
    }

    private static void bringToFront() {
        IWorkbenchPage page = page();
        if (page == null) {
            return;
        }
        for (String id : SHOWN) {
            try {
                page.showView(id, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                // A view that cannot be created shows its own error part.
            }
        }
    }

    private static IWorkbenchPage page() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        return window == null ? null : window.getActivePage();
    }

    private static org.eclipse.swt.widgets.Shell shell() {
        IWorkbenchPage page = page();
        return page == null ? null : page.getWorkbenchWindow().getShell();
    }

    /** Runs on the UI thread: now when on it, else soon. */
    private static void ui(Runnable runnable) {
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay()
                : Display.getDefault();
        if (Display.getCurrent() == display) {
            runnable.run();
        } else {
            display.asyncExec(runnable);
        }
    }
}
