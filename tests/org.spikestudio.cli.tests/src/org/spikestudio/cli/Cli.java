// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** Runs the command line in-process and keeps what it printed. */
final class Cli {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine commandLine = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), "0.0.0.test");

    Cli interruptedWhen(BooleanSupplier token) {
        commandLine.interruptToken(token);
        return this;
    }

    Cli() {
        // Tests must never install a real SIGINT handler in the shared test JVM.
        commandLine.interruptToken(() -> false);
    }

    ExitCode run(String... args) {
        return commandLine.run(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Every file and folder under {@code dir}, relative, sorted; empty when it does not exist. */
    static List<String> contents(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
