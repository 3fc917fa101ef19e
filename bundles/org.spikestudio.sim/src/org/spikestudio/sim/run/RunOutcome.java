// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.run;

import java.nio.file.Path;
import java.util.List;

import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.sim.CompiledNetwork;

/**
 * How a run ended.
 *
 * @param status    what happened
 * @param problems  the load or validation problems (errors and warnings) for {@link Status#UNREADABLE} and
 *                  {@link Status#INVALID}; the compiled model's warnings otherwise
 * @param messages  one sentence per problem of the other failures and of {@link Status#NON_FINITE}, without
 *                  file name (e.g. "Population 'a': the membrane potential of ..."); empty otherwise
 * @param compiled  the compiled network, or null when the model did not compile
 * @param result    the result, or null when nothing was simulated
 * @param directory the results folder (absolute)
 * @param files     the files written into it, in place, or empty when nothing was written
 */
public record RunOutcome(Status status, List<ModelProblem> problems, List<String> messages, CompiledNetwork compiled,
        SimulationResult result, Path directory, List<Path> files) {

    public RunOutcome {
        problems = List.copyOf(problems);
        messages = List.copyOf(messages);
        files = List.copyOf(files);
    }

    /** How a run ended; the first three wrote a complete results folder. */
    public enum Status {
        /** Simulated the whole duration; results written. */
        COMPLETED,
        /** Cancelled: what was simulated is written and marked {@code "partial": true}. */
        PARTIAL,
        /** Results written for inspection, but a membrane potential became NaN or infinite: not valid. */
        NON_FINITE,
        /** The model file could not be read or parsed. */
        UNREADABLE,
        /** The model has validation errors; nothing was run. */
        INVALID,
        /** An override (duration, threads) does not fit the model; nothing was run. */
        BAD_OPTIONS,
        /** The engine refuses what the model asks for (a limit only the build or run can check). */
        REFUSED,
        /** The network or its recordings need more memory than the JVM has. */
        TOO_LARGE,
        /** The model file could not be read for its checksum; nothing was run. */
        SOURCE_UNREADABLE,
        /** The results folder could not be created or written; nothing was left in it. */
        WRITE_FAILED;

        /** Whether the results folder holds this run's results. */
        public boolean wroteResults() {
            return this == COMPLETED || this == PARTIAL || this == NON_FINITE;
        }
    }

    /** The first message, or null. */
    public String message() {
        return messages.isEmpty() ? null : messages.get(0);
    }
}
