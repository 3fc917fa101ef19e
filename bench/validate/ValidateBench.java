// SPDX-License-Identifier: EPL-2.0
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.spikestudio.model.Network;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.model.validation.NetworkValidation;
import org.spikestudio.sim.CompiledNetwork;
import org.spikestudio.sim.RunOptions;

/**
 * Loads a model and validates it as {@code spikestudio validate} does (rules and the engine's
 * memory figure), printing the wall and CPU time of each; plain Java on the product's jars, no OSGi.
 * The CPU time of the thread is what a loaded machine does not inflate. The first run includes the
 * JIT's warm-up, as a single {@code spikestudio validate} does.
 */
public final class ValidateBench {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            Network network = ModelFiles.load(file);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            List<ModelProblem> problems = NetworkValidation.problems(network, file.toString(),
                    CompiledNetwork.memoryEstimator(RunOptions.defaults()));
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "run %d: load %.2f s (CPU %.2f s), validate %.2f s (CPU %.2f s);"
                    + " %d elements, %d problems%n", run, (t1 - t0) / 1e9, (c1 - c0) / 1e9, (t2 - t1) / 1e9,
                    (c2 - c1) / 1e9, count(network), problems.size());
        }
    }

    private static int count(Network network) {
        int n = 1;
        for (var all = network.eAllContents(); all.hasNext(); all.next()) {
            n++;
        }
        return n;
    }
}
