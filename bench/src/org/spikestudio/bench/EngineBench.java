// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.bench;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.spikestudio.engine.Connectivity;
import org.spikestudio.engine.Distribution;
import org.spikestudio.engine.Integration;
import org.spikestudio.engine.LifParameters;
import org.spikestudio.engine.NetworkBuilder;
import org.spikestudio.engine.NeuronModel;
import org.spikestudio.engine.NeuronType;
import org.spikestudio.engine.Population;
import org.spikestudio.engine.ProgressListener;
import org.spikestudio.engine.Projection;
import org.spikestudio.engine.RunReport;
import org.spikestudio.engine.Simulation;
import org.spikestudio.engine.SpikeRecord;
import org.spikestudio.engine.Synapse;

/**
 * The Vogels-Abbott CUBA network as in Brian2's examples/CUBA.py (variant "cuba"), and the same
 * network with delta synapses and a 1 ms delay (variant "delta"), at any size with about 80
 * synapses per neuron (p = 80 / N; N = 4000 gives Brian2's p = 0.02).
 * <p>
 * Usage: {@code EngineBench variant N threads seed durationMs spikeFile [steady]}. Prints one line
 * {@code RESULT key=value ...}; writes the spikes (int step, int neuron; exc then inh, neuron
 * indices 0..N-1 as in Brian2's single group) to spikeFile.
 */
public final class EngineBench {

    public static void main(String[] args) throws IOException {
        String variant = args[0];
        int n = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        double durationMs = Double.parseDouble(args[4]);
        Path out = Path.of(args[5]);
        // "steady": after the measured (cold) second, simulate one more second and report its time as
        // run2_s: the loop after JIT warm-up (Brian2's loop time likewise excludes its C++ compilation).
        boolean steady = args.length > 6 && args[6].equals("steady");
        boolean delta = variant.equals("delta");

        long t0 = System.nanoTime();
        int nExc = n * 4 / 5;
        int nInh = n - nExc;
        double p = 80.0 / n;
        // taum = 20 ms with R = 1 MOhm, C = 20 nF; El = -49, Vr = -60, Vt = -50 mV; refractory 5 ms.
        LifParameters lif = new LifParameters(1, 20, -49, -60, -50, 5, Double.NEGATIVE_INFINITY);
        NetworkBuilder b = new NetworkBuilder(0.1).seed(seed).threads(threads);
        // Brian2 2.5.1 discards v += w while the target is refractory ("unless refractory" makes v a
        // conditional write); -Ddelta.keepJumps=true runs the engine's default instead.
        boolean keepJumps = Boolean.getBoolean("delta.keepJumps");
        Population exc = b.population("exc", nExc, NeuronModel.lif(lif, Integration.EXACT), NeuronType.EXCITATORY)
                .initialPotential(Distribution.uniform(-60, -50)).jumpsDuringRefractoriness(keepJumps).recordSpikes();
        Population inh = b.population("inh", nInh, NeuronModel.lif(lif, Integration.EXACT), NeuronType.INHIBITORY)
                .initialPotential(Distribution.uniform(-60, -50)).jumpsDuringRefractoriness(keepJumps).recordSpikes();
        Synapse se = delta ? Synapse.delta() : Synapse.expCurrent(5);
        Synapse si = delta ? Synapse.delta() : Synapse.expCurrent(10);
        Distribution d = Distribution.constant(delta ? 1.0 : 0.0);
        Distribution we = Distribution.constant(1.62); // Brian2: we = 60*0.27/10 mV
        Distribution wi = Distribution.constant(9.0); // Brian2: wi = -20*4.5/10 mV (sign from the source type)
        Connectivity c = Connectivity.fixedProbability(p);
        Projection[] fromExc = { b.connect("ee", exc, exc, c, se, we, d), b.connect("ei", exc, inh, c, se, we, d) };
        Projection[] fromInh = { b.connect("ie", inh, exc, c, si, wi, d), b.connect("ii", inh, inh, c, si, wi, d) };
        long estimate = b.estimateMemoryBytes();
        Simulation sim = b.build();
        long t1 = System.nanoTime();
        long synapses = 0;
        for (Projection pr : fromExc) {
            synapses += sim.synapseCount(pr);
        }
        for (Projection pr : fromInh) {
            synapses += sim.synapseCount(pr);
        }

        RunReport report = sim.runMillis(durationMs, ProgressListener.NONE, () -> false);
        long t2 = System.nanoTime();

        SpikeRecord re = sim.spikes(exc);
        SpikeRecord ri = sim.spikes(inh);
        long events = 0;
        for (int k = 0; k < re.count(); k++) {
            for (Projection pr : fromExc) {
                events += sim.outDegree(pr, re.neurons()[k]);
            }
        }
        for (int k = 0; k < ri.count(); k++) {
            for (Projection pr : fromInh) {
                events += sim.outDegree(pr, ri.neurons()[k]);
            }
        }
        long spikes = re.count() + ri.count();
        double seconds = durationMs / 1000.0;
        double rate = spikes / (n * seconds);
        double cv = cvIsi(n, nExc, re, ri);
        try (OutputStream os = Files.newOutputStream(out);
                DataOutputStream dos = new DataOutputStream(new java.io.BufferedOutputStream(os, 1 << 16))) {
            for (int k = 0; k < re.count(); k++) {
                dos.writeInt(re.steps()[k]);
                dos.writeInt(re.neurons()[k]);
            }
            for (int k = 0; k < ri.count(); k++) {
                dos.writeInt(ri.steps()[k]);
                dos.writeInt(nExc + ri.neurons()[k]);
            }
        }
        long t3 = System.nanoTime();
        double run2 = steady ? sim.runMillis(durationMs, ProgressListener.NONE, () -> false).nanos() / 1e9 : 0;
        Runtime rt = Runtime.getRuntime();
        double runS = report.nanos() / 1e9;
        System.out.println(String.format(Locale.ROOT,
                "RESULT engine=spikestudio variant=%s n=%d threads=%d seed=%d build_s=%.4f run_s=%.4f write_s=%.4f"
                        + " spikes=%d rate_hz=%.3f cv_isi=%.4f synapses=%d events=%d events_per_s=%.4g"
                        + " updates_per_s=%.4g estimate_mb=%.1f heap_used_mb=%.1f max_heap_mb=%.0f run2_s=%.4f jvm=%s",
                variant, n, threads, seed, (t1 - t0) / 1e9, runS, (t3 - t2) / 1e9, spikes, rate, cv, synapses, events,
                events / runS, (double) n * report.stepsRun() / runS, estimate / 1048576.0,
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0, run2,
                System.getProperty("bench.jvm", "plain")));
    }

    /** Mean over neurons with at least 3 spikes of sd(ISI)/mean(ISI) (same definition as brian2_cuba.py). */
    static double cvIsi(int n, int nExc, SpikeRecord re, SpikeRecord ri) {
        int[] count = new int[n];
        int[] last = new int[n];
        double[] sum = new double[n];
        double[] sq = new double[n];
        for (int pass = 0; pass < 2; pass++) {
            SpikeRecord r = pass == 0 ? re : ri;
            int offset = pass == 0 ? 0 : nExc;
            for (int k = 0; k < r.count(); k++) {
                int i = offset + r.neurons()[k];
                int s = r.steps()[k];
                if (count[i] > 0) {
                    double isi = s - last[i];
                    sum[i] += isi;
                    sq[i] += isi * isi;
                }
                count[i]++;
                last[i] = s;
            }
        }
        double total = 0;
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (count[i] >= 3) {
                int m = count[i] - 1;
                double mean = sum[i] / m;
                double var = Math.max(0, sq[i] / m - mean * mean);
                total += Math.sqrt(var) / mean;
                used++;
            }
        }
        return used == 0 ? Double.NaN : total / used;
    }
}
