// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.spikestudio.engine.MemoryLimitExceededException;
import org.spikestudio.export.ExportOptions;
import org.spikestudio.export.ExportResult;
import org.spikestudio.export.Exporter;
import org.spikestudio.export.Exporters;
import org.spikestudio.model.Network;

/**
 * {@code spikestudio export --to brian2|pynn|neuroml MODEL [-o DIR] [--seed N] [--connections list|rules]}:
 * writes the model for another simulator into DIR (default {@code export/<model>-<target>/}).
 * Problems are printed like the validator's; an export with errors writes nothing and exits 1.
 */
final class ExportCommand {

    static final String USAGE = "spikestudio export --to " + names("|")
            + " MODEL [-o DIR] [--seed N] [--connections list|rules]";

    private ExportCommand() {
    }

    private static String names(String separator) {
        return Exporters.all().stream().map(Exporter::name).collect(Collectors.joining(separator));
    }

    static ExitCode run(String[] args, CommandLine cli) throws Arguments.UsageException {
        Arguments arguments = Arguments.parse(args, Set.of("--to", "-o", "--out", "--seed", "--connections"),
                Set.of());
        if (arguments.positional().size() != 1) {
            throw new Arguments.UsageException(arguments.positional().isEmpty() ? "no model file given"
                    : "one model file expected, got " + arguments.positional().size());
        }
        String target = arguments.value("--to");
        if (target == null) {
            throw new Arguments.UsageException("--to is required: " + names(", "));
        }
        Exporters.Contributions exporters = Exporters.read();
        for (String problem : exporters.problems()) {
            cli.err().println("spikestudio: warning: " + problem);
        }
        Exporter exporter = exporters.byName(target).orElseThrow(
                () -> new Arguments.UsageException("unknown export target '" + target + "'; known: " + names(", ")));
        if (arguments.has("-o") && arguments.has("--out")) {
            throw new Arguments.UsageException("give -o or --out, not both");
        }
        String connections = arguments.has("--connections") ? arguments.value("--connections") : "list";
        ExportOptions.Connections mode = switch (connections) {
            case "list" -> ExportOptions.Connections.LIST;
            case "rules" -> ExportOptions.Connections.RULES;
            default -> throw new Arguments.UsageException("--connections must be list or rules, was '" + connections + "'");
        };
        String name = arguments.positional().get(0);
        Path model = Path.of(name);
        String dir = arguments.has("-o") ? arguments.value("-o") : arguments.value("--out");
        Path directory = dir != null ? Path.of(dir)
                : Path.of("export", ModelInput.baseName(model) + "-" + exporter.name());
        ExportOptions options = new ExportOptions(arguments.longValue("--seed"), mode);
        Network network = ModelInput.load(model, cli.err());
        if (network == null) {
            return ExitCode.INVALID_MODEL;
        }
        ExportResult result;
        try {
            result = exporter.export(network, name, directory, options);
        } catch (IOException e) {
            cli.err().println(name + ": error: cannot write " + directory + ": " + e.getMessage());
            return ExitCode.RUNTIME_FAILURE;
        } catch (MemoryLimitExceededException e) {
            cli.err().println(name + ": error: " + e.getMessage() + RunCommand.HEAP_HINT);
            return ExitCode.RUNTIME_FAILURE;
        }
        ModelInput.print(result.problems(), cli.err());
        if (result.hasErrors()) {
            cli.err().println(name + ": " + ModelInput.counts(result.problems()) + "; nothing exported to "
                    + exporter.name());
            return ExitCode.INVALID_MODEL;
        }
        cli.out().println("Exported " + name + " to " + exporter.name() + ": " + result.files().get(0)
                + (result.files().size() > 1 ? " (+" + (result.files().size() - 1) + " side files)" : ""));
        return ExitCode.OK;
    }
}
