// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.PopulationStatistics;
import org.spikestudio.results.PopulationType;
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.RunInfo;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.SpikeStatistics;
import org.spikestudio.results.SpikeTrains;
import org.spikestudio.sim.run.SpikeBatch;

/**
 * The spikes of a raster in one time-ordered list (within a step by population in model order,
 * then neuron: the order of spikes.csv), with the rows of the populations (bands). A run thread
 * appends batches while the UI thread reads {@link #snapshot()}s: the arrays only grow, and a
 * snapshot never reads past the count it was taken with, so painting needs no lock.
 */
public final class SpikeStore {

    /**
     * A population's rows: neuron i of it is row {@code first + i}.
     *
     * @param id the population's element id, or null when not known
     */
    public record Band(String id, String name, PopulationType type, int first, int size, boolean recorded) {
    }

    /**
     * The spikes appended so far: spike k is row {@code rows[k]} at step {@code steps[k]}, for k below
     * {@code count}.
     */
    public record Snapshot(int[] steps, int[] rows, int count, long stepsDone) {

        /** The first spike index whose step is at least {@code step} (count when none). */
        public int firstAtOrAfter(long step) {
            int lo = 0;
            int hi = count;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (steps[mid] < step) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private final List<Band> bands;
    private final int[] bandOfRow;
    private final double dt;
    private final long stepsTotal;
    private int[] steps = new int[4096];
    private int[] rows = new int[4096];
    private int count;
    private long stepsDone;

    /** An empty store over these bands (in model order, rows consecutive). */
    public SpikeStore(List<Band> bands, double dt, long stepsTotal) {
        this.bands = List.copyOf(bands);
        this.dt = dt;
        this.stepsTotal = stepsTotal;
        int rowCount = bands.isEmpty() ? 0 : bands.get(bands.size() - 1).first() + bands.get(bands.size() - 1).size();
        bandOfRow = new int[rowCount];
        for (int b = 0; b < bands.size(); b++) {
            Arrays.fill(bandOfRow, bands.get(b).first(), bands.get(b).first() + bands.get(b).size(), b);
        }
    }

    /** The bands and spikes of a finished result. */
    public static SpikeStore of(SimulationResult result) {
        List<Band> bands = new ArrayList<>();
        int first = 0;
        for (PopulationResult p : result.populations()) {
            bands.add(new Band(p.id(), p.name(), p.type(), first, p.size(), p.spikesRecorded()));
            first += p.size();
        }
        SpikeStore store = new SpikeStore(bands, result.dt(), result.info().steps());
        List<int[]> stepsOf = new ArrayList<>();
        List<int[]> neuronsOf = new ArrayList<>();
        for (PopulationResult p : result.populations()) {
            stepsOf.add(p.spikesRecorded() ? p.spikes().steps() : new int[0]);
            neuronsOf.add(p.spikesRecorded() ? p.spikes().neurons() : new int[0]);
        }
        store.merge(stepsOf, neuronsOf, result.info().steps());
        return store;
    }

    public List<Band> bands() {
        return bands;
    }

    public double dt() {
        return dt;
    }

    public long stepsTotal() {
        return stepsTotal;
    }

    public int rowCount() {
        return bandOfRow.length;
    }

    /** The index in {@link #bands()} of the band holding the row. */
    public int bandOf(int row) {
        return bandOfRow[row];
    }

    /**
     * Appends a run's batch. Populations are matched to bands by id, or by name when the batch has no
     * id; a population without a band is ignored.
     */
    public void append(SpikeBatch batch) {
        List<int[]> stepsOf = new ArrayList<>();
        List<int[]> neuronsOf = new ArrayList<>();
        for (Band band : bands) {
            SpikeBatch.Population match = null;
            for (SpikeBatch.Population p : batch.populations()) {
                if (band.id() != null && p.id() != null ? band.id().equals(p.id()) : band.name().equals(p.name())) {
                    match = p;
                    break;
                }
            }
            stepsOf.add(match == null ? new int[0] : match.steps());
            neuronsOf.add(match == null ? new int[0] : match.neurons());
        }
        merge(stepsOf, neuronsOf, batch.stepsDone());
    }

    /** Merges per-band time-ordered spikes (band order within a step) after those already held. */
    private synchronized void merge(List<int[]> stepsOf, List<int[]> neuronsOf, long done) {
        int added = stepsOf.stream().mapToInt(a -> a.length).sum();
        if (count + added > steps.length) {
            int capacity = Math.max(count + added, steps.length * 2);
            // New arrays: a snapshot taken before keeps reading the old ones.
            steps = Arrays.copyOf(steps, capacity);
            rows = Arrays.copyOf(rows, capacity);
        }
        int[] next = new int[bands.size()];
        while (true) {
            int best = -1;
            int bestStep = Integer.MAX_VALUE;
            for (int b = 0; b < bands.size(); b++) {
                int[] s = stepsOf.get(b);
                if (next[b] < s.length && s[next[b]] < bestStep) {
                    best = b;
                    bestStep = s[next[b]];
                }
            }
            if (best < 0) {
                break;
            }
            int[] s = stepsOf.get(best);
            int[] n = neuronsOf.get(best);
            int first = bands.get(best).first();
            while (next[best] < s.length && s[next[best]] == bestStep) {
                steps[count] = bestStep;
                rows[count] = first + n[next[best]++];
                count++;
            }
        }
        stepsDone = Math.max(stepsDone, done);
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(steps, rows, count, stepsDone);
    }

    /**
     * The spikes held so far as a result of {@code stepsDone} steps (a run still going): spike trains
     * per recorded population, spike counts and mean rates, and a rate per recorded population in bins
     * of {@code binSteps}.
     */
    public SimulationResult toResult(String modelName, int binSteps) {
        Snapshot snap = snapshot();
        long done = snap.stepsDone();
        int[] perBand = new int[bands.size()];
        for (int k = 0; k < snap.count(); k++) {
            perBand[bandOfRow[snap.rows()[k]]]++;
        }
        int[][] bandSteps = new int[bands.size()][];
        int[][] bandNeurons = new int[bands.size()][];
        for (int b = 0; b < bands.size(); b++) {
            bandSteps[b] = new int[perBand[b]];
            bandNeurons[b] = new int[perBand[b]];
        }
        int[] fill = new int[bands.size()];
        for (int k = 0; k < snap.count(); k++) {
            int row = snap.rows()[k];
            int b = bandOfRow[row];
            bandSteps[b][fill[b]] = snap.steps()[k];
            bandNeurons[b][fill[b]++] = row - bands.get(b).first();
        }
        double ms = done * dt;
        List<PopulationResult> populations = new ArrayList<>();
        List<RateTrace> rates = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            Band band = bands.get(b);
            SpikeTrains trains = band.recorded() ? new SpikeTrains(bandSteps[b], bandNeurons[b]) : null;
            double rate = ms > 0 && band.size() > 0 ? perBand[b] / (band.size() * ms / 1000.0) : 0;
            populations.add(new PopulationResult(band.id(), band.name(), band.type(), band.size(), "", Double.NaN,
                    trains, new PopulationStatistics(perBand[b], rate, Double.NaN, 0)));
            if (trains != null && done > 0 && band.size() > 0) {
                int[] perStep = new int[(int) done];
                for (int s : bandSteps[b]) {
                    if (s < done) {
                        perStep[s]++;
                    }
                }
                rates.add(SpikeStatistics.rate(null, null, band.id(), band.name(), band.size(), perStep, done,
                        binSteps, dt));
            }
        }
        // Not partial: a run still going is not a stopped one (the raster's subtitle would say so).
        RunInfo info = new RunInfo(null, modelName, 0, dt, stepsTotal * dt, ms, done, false, 0, 0, 0, "");
        return new SimulationResult(info, populations, List.of(), List.of(), rates);
    }
}
