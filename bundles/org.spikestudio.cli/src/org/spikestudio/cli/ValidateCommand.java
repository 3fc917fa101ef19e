// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.spikestudio.model.Network;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.model.validation.NetworkValidation;
import org.spikestudio.sim.CompiledNetwork;
import org.spikestudio.sim.RunOptions;

/** {@code spikestudio validate MODEL...}: diagnostics like a compiler's; exit 1 on any error. */
final class ValidateCommand {

    static final String USAGE = "spikestudio validate MODEL...";

    private ValidateCommand() {
    }

    static ExitCode run(String[] args, CommandLine cli) throws Arguments.UsageException {
        Arguments arguments = Arguments.parse(args, Set.of(), Set.of());
        if (arguments.positional().isEmpty()) {
            throw new Arguments.UsageException("no model file given");
        }
        int invalid = 0;
        List<ModelProblem> all = new ArrayList<>();
        for (String name : arguments.positional()) {
            Path file = Path.of(name);
            Network network = ModelInput.load(file, cli.out(), all);
            if (network == null) {
                invalid++;
                continue;
            }
            List<ModelProblem> problems = NetworkValidation.problems(network, name,
                    CompiledNetwork.memoryEstimator(RunOptions.defaults()));
            ModelInput.print(problems, cli.out());
            all.addAll(problems);
            if (problems.stream().anyMatch(ModelProblem::isError)) {
                invalid++;
            } else {
                cli.out().println(name + ": ok" + (problems.isEmpty() ? "" : " (" + ModelInput.counts(problems) + ")"));
            }
        }
        int files = arguments.positional().size();
        if (files > 1 || invalid > 0) {
            cli.err().println(ModelInput.plural(files, "file") + " checked: " + ModelInput.plural(invalid, "invalid file")
                    + "; " + ModelInput.counts(all));
        }
        return invalid > 0 ? ExitCode.INVALID_MODEL : ExitCode.OK;
    }
}
