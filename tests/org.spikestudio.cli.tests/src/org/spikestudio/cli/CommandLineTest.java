// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine commandLine = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), "9.8.7.test");

    @Test
    void helpListsTheCommandsAndEveryExitCode() {
        assertEquals(ExitCode.OK, commandLine.run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("version"), help);
        for (ExitCode code : ExitCode.values()) {
            assertTrue(help.matches("(?s).*\\n  " + code.code() + " +" + Pattern.quote(code.meaning()) + "\\n.*"),
                    "exit code " + code.code() + " not documented in:\n" + help);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsTheBundleVersionAndTheJava() {
        assertEquals(ExitCode.OK, commandLine.run("version"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Spikestudio 9.8.7.test\n"), text);
        assertTrue(text.contains("Java " + Runtime.version().feature()), text);
    }

    @Test
    void unknownCommandIsAUsageErrorNamingTheCommand() {
        assertEquals(ExitCode.USAGE, commandLine.run("simulate", "x.snn"));
        assertEquals(2, ExitCode.USAGE.code());
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("spikestudio: unknown command 'simulate'"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void missingCommandIsAUsageError() {
        assertEquals(ExitCode.USAGE, commandLine.run());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no command given"));
    }

    @Test
    void unexpectedArgumentIsAUsageErrorNamingIt() {
        assertEquals(ExitCode.USAGE, commandLine.run("version", "--verbose"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unexpected argument '--verbose'"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
