// SPDX-License-Identifier: EPL-2.0
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.spikestudio.sim.CompiledNetwork;
import org.spikestudio.sim.RunOptions;
import org.spikestudio.sim.run.RunListener;
import org.spikestudio.sim.run.RunOutcome;
import org.spikestudio.sim.run.RunPipeline;
import org.spikestudio.sim.run.RunRequest;
import org.spikestudio.sim.run.SpikeBatch;

/**
 * The cost of live views for the run: the same model through {@link RunPipeline} (as the command line
 * and the workbench run it; no plots) with a listener that ignores spikes, as the command line's, and
 * with one that does what a live raster does: it queues each batch for another thread, which five times
 * per second adds the queued batches into a density grid of 1200 x 700 cells and turns the grid into an
 * ARGB image (the repaint). Conditions alternate A B B A so that a drift of the machine's load hits both alike; one
 * unrecorded warm-up run each first. Prints every run, then the medians and the slowdown. Plain Java on
 * the product's jars, no OSGi.
 * <p>
 * Loop: the engine's simulation loop ({@code runNanos} of the result). CPU: the process's CPU time
 * (all threads, the view's included) from {@code simulating} to {@code simulated}, which a machine
 * shared with other work inflates less than wall time.
 */
public final class LiveOverheadBench {

    private static final int COLUMNS = 1200;
    private static final int ROWS = 700;
    private static final long REFRESH_MILLIS = 200;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path model = Path.of(args[0]);
        int repetitions = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        RunRequest request = RunRequest.of(model, out, "bench").withFormats(java.util.Set.of())
                .withOptions(RunOptions.defaults().withThreads(threads));
        once(request, false);
        once(request, true);
        List<double[]> none = new ArrayList<>();
        List<double[]> live = new ArrayList<>();
        for (int r = 0; r < repetitions; r++) {
            boolean liveFirst = r % 2 == 1;
            for (boolean isLive : new boolean[] { liveFirst, !liveFirst }) {
                double[] m = once(request, isLive);
                (isLive ? live : none).add(m);
                System.out.printf(Locale.ROOT,
                        "run %d %-4s threads=%d loop %.3f s, CPU: process %.3f s, running thread %.3f s; %d spikes%s%n",
                        r + 1, isLive ? "live" : "none", threads, m[0], m[1], m[6], (long) m[2],
                        isLive ? String.format(Locale.ROOT,
                                " (%d batches, %.4f s on them in the loop, CPU %.4f s; view saw %d spikes,"
                                        + " %d repaints, view thread CPU %.3f s)",
                                (long) m[3], m[8], m[9], (long) m[4], (long) m[5], m[7]) : "");
            }
        }
        double noneLoop = median(none, 0);
        double liveLoop = median(live, 0);
        double noneCpu = median(none, 1);
        double liveCpu = median(live, 1);
        double noneThread = median(none, 6);
        double liveThread = median(live, 6);
        System.out.printf(Locale.ROOT,
                "RESULT threads=%d runs=%d load=%s none_loop_s=%.3f live_loop_s=%.3f slowdown_loop_pct=%.1f"
                        + " none_thread_cpu_s=%.3f live_thread_cpu_s=%.3f slowdown_thread_cpu_pct=%.1f"
                        + " none_cpu_s=%.3f live_cpu_s=%.3f extra_cpu_pct=%.1f view_cpu_s=%.3f"
                        + " batch_s=%.4f batch_cpu_s=%.4f batch_pct_of_loop=%.2f spikes=%d batches=%d%n",
                threads, repetitions, load(), noneLoop, liveLoop, 100 * (liveLoop / noneLoop - 1), noneThread,
                liveThread, 100 * (liveThread / noneThread - 1), noneCpu, liveCpu, 100 * (liveCpu / noneCpu - 1),
                median(live, 7), median(live, 8), median(live, 9), 100 * median(live, 8) / noneLoop,
                (long) none.get(0)[2],
                (long) median(live, 3));
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double median(List<double[]> runs, int column) {
        double[] v = runs.stream().mapToDouble(m -> m[column]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /**
     * One run: loop s, process CPU s, recorded spikes, for a live run batches, spikes the view saw and
     * repaints, then the running thread's CPU s, the view thread's CPU s and the running thread's
     * time on batches s, wall and CPU.
     */
    private static double[] once(RunRequest request, boolean live) throws InterruptedException {
        LiveView view = live ? new LiveView() : null;
        Timing listener = live ? new LiveListener(view) : new Timing();
        RunOutcome outcome = new RunPipeline(request).run(listener, () -> false);
        if (outcome.result() == null || outcome.result().info().partial()) {
            throw new IllegalStateException("the run did not complete: " + outcome.status() + " " + outcome.messages());
        }
        long spikes = outcome.result().populations().stream().filter(p -> p.spikesRecorded())
                .mapToLong(p -> p.spikes().count()).sum();
        double loop = outcome.result().info().runNanos() / 1e9;
        double cpu = listener.cpuNanos / 1e9;
        double threadCpu = listener.threadCpuNanos / 1e9;
        if (view == null) {
            return new double[] { loop, cpu, spikes, 0, 0, 0, threadCpu, 0, 0, 0 };
        }
        view.thread.join();
        if (view.seen != spikes) {
            throw new IllegalStateException("the view saw " + view.seen + " spikes, the run recorded " + spikes);
        }
        return new double[] { loop, cpu, spikes, view.batches, view.seen, view.repaints, threadCpu,
                view.cpuNanos / 1e9, ((LiveListener) listener).batchNanos / 1e9,
                ((LiveListener) listener).batchCpuNanos / 1e9 };
    }

    /**
     * The command line's kind of listener: it does not override spikes. Measures the CPU time of the
     * process and of the running thread (the one that also builds and hands over the batches).
     */
    private static class Timing implements RunListener {
        private final com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        long cpuNanos;
        long threadCpuNanos;

        @Override
        public void simulating(CompiledNetwork network) {
            cpuNanos = -os.getProcessCpuTime();
            threadCpuNanos = -THREADS.getCurrentThreadCpuTime();
        }

        @Override
        public void simulated() {
            threadCpuNanos += THREADS.getCurrentThreadCpuTime();
            cpuNanos += os.getProcessCpuTime();
        }
    }

    /**
     * A live view's listener: hands each batch to the view's thread and returns. Also adds up the time
     * the running thread spends on a batch, from the end of its block of steps (the progress call just
     * before it) to the return of the handover: the direct cost of live views, which the machine's
     * load hardly blurs.
     */
    private static final class LiveListener extends Timing {
        private final LiveView view;
        private long blockEnd;
        private long blockEndCpu;
        long batchNanos;
        long batchCpuNanos;

        @Override
        public void progress(long stepsDone, long stepsTotal) {
            blockEnd = System.nanoTime();
            blockEndCpu = THREADS.getCurrentThreadCpuTime();
        }

        LiveListener(LiveView view) {
            this.view = view;
        }

        @Override
        public void simulating(CompiledNetwork network) {
            super.simulating(network);
            view.start(network);
        }

        @Override
        public void spikes(SpikeBatch batch) {
            view.queue.add(batch);
            if (blockEnd != 0) { // not the final batch, which no progress call precedes
                batchNanos += System.nanoTime() - blockEnd;
                batchCpuNanos += THREADS.getCurrentThreadCpuTime() - blockEndCpu;
                blockEnd = 0;
            }
        }

        @Override
        public void simulated() {
            view.queue.add(LiveView.END);
            super.simulated();
        }
    }

    /**
     * A raster view's work off the running thread, as a view refreshed by a timer does it: 5 times per
     * second it takes the batches queued since the last refresh, adds them into a density grid and
     * turns the grid into an image. The running thread only appends to a lock-free queue and wakes
     * nobody, so a batch never hands its core to the view.
     */
    private static final class LiveView {
        static final SpikeBatch END = new SpikeBatch(0, 0, 0, List.of());
        final Queue<SpikeBatch> queue = new ConcurrentLinkedQueue<>();
        final int[] grid = new int[COLUMNS * ROWS];
        final int[] image = new int[COLUMNS * ROWS];
        Thread thread;
        long seen;
        long batches;
        long repaints;
        long neurons;
        long cpuNanos;

        void start(CompiledNetwork network) {
            neurons = network.neurons();
            thread = new Thread(this::consume, "live-view");
            thread.setDaemon(true);
            thread.start();
        }

        private void consume() {
            try {
                while (true) {
                    Thread.sleep(REFRESH_MILLIS);
                    for (SpikeBatch b; (b = queue.poll()) != null;) {
                        if (b == END) {
                            paint();
                            cpuNanos = THREADS.getCurrentThreadCpuTime();
                            return;
                        }
                        add(b);
                    }
                    paint();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void add(SpikeBatch b) {
            batches++;
            long band = 0;
            for (SpikeBatch.Population p : b.populations()) {
                int[] steps = p.steps();
                int[] cells = p.neurons();
                for (int k = 0; k < steps.length; k++) {
                    int x = (int) ((long) steps[k] * COLUMNS / b.stepsTotal());
                    int y = (int) ((band + cells[k]) * ROWS / neurons);
                    grid[y * COLUMNS + x]++;
                }
                seen += steps.length;
                band += p.size();
            }
        }

        /** Grey levels by log count, as a density raster draws them (a table per paint: one log per level). */
        private void paint() {
            int max = Arrays.stream(grid).max().orElse(0);
            double scale = max == 0 ? 0 : 255 / Math.log1p(max);
            int[] argb = new int[max + 1];
            for (int c = 0; c <= max; c++) {
                int g = 255 - (int) (Math.log1p(c) * scale);
                argb[c] = 0xff000000 | g << 16 | g << 8 | g;
            }
            for (int i = 0; i < grid.length; i++) {
                image[i] = argb[grid[i]];
            }
            repaints++;
        }
    }
}
