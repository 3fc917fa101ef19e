// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spikestudio.testing.Examples;

/**
 * Whole-number options: a number too large for its type is "out of range" with the range, not "not a
 * whole number" or "must be at least 1" (issue 15, item 11). The limits are the Java types the options
 * feed: the seed is a {@code long}, the thread count an {@code int}.
 */
class NumberOptionsTest {

    private static Arguments parse(String option, String value) throws Arguments.UsageException {
        return Arguments.parse(new String[] { option, value }, Set.of(option), Set.of());
    }

    private static String usageError(String option, String value, boolean threads) {
        return assertThrows(Arguments.UsageException.class, () -> {
            Arguments arguments = parse(option, value);
            if (threads) {
                arguments.positiveInt(option);
            } else {
                arguments.longValue(option);
            }
        }).getMessage();
    }

    @ParameterizedTest
    @CsvSource({ "18446744073709551616", "9223372036854775808", "-9223372036854775809",
            "99999999999999999999999999999999999999" })
    void seedBeyondLongIsOutOfRange(String seed) {
        assertEquals("option --seed: " + seed + " is out of range; it must be from -9223372036854775808 to "
                + "9223372036854775807", usageError("--seed", seed, false));
    }

    @Test
    void seedAtTheLimitsIsAccepted() throws Arguments.UsageException {
        assertEquals(Long.MAX_VALUE, parse("--seed", "9223372036854775807").longValue("--seed"));
        assertEquals(Long.MIN_VALUE, parse("--seed", "-9223372036854775808").longValue("--seed"));
        assertEquals(42L, parse("--seed", " +42 ").longValue("--seed"));
    }

    @ParameterizedTest
    @CsvSource({ "2147483648", "9223372036854775807", "18446744073709551616" })
    void threadsBeyondIntAreOutOfRange(String threads) {
        assertEquals("option --threads: " + threads + " is out of range; it must be from 1 to 2147483647",
                usageError("--threads", threads, true));
    }

    @Test
    void threadsAtTheLimitsAreAccepted() throws Arguments.UsageException {
        assertEquals(Integer.MAX_VALUE, parse("--threads", "2147483647").positiveInt("--threads"));
        assertEquals(1, parse("--threads", "1").positiveInt("--threads"));
    }

    @Test
    void smallAndNonNumbersKeepTheirMessages() {
        assertEquals("option --threads: must be at least 1, was 0", usageError("--threads", "0", true));
        assertEquals("option --threads: must be at least 1, was -18446744073709551616",
                usageError("--threads", "-18446744073709551616", true));
        assertEquals("option --seed: '1.5' is not a whole number", usageError("--seed", "1.5", false));
        assertEquals("option --threads: '1e3' is not a whole number", usageError("--threads", "1e3", true));
    }

    /** The user's view: exit code 2 and the message, for both commands that take a seed. */
    @Test
    void commandLineReportsOutOfRange(@TempDir Path tmp) {
        String model = Examples.repositoryRoot().resolve("examples/seed/single-neuron.snn").toString();
        String out = tmp.resolve("out").toString();
        String[][] cases = { { "run", model, "--seed", "18446744073709551616", "--out", out },
                { "info", model, "--seed", "18446744073709551616" },
                { "run", model, "--threads", "2147483648", "--out", out } };
        for (String[] args : cases) {
            Cli cli = new Cli();
            assertEquals(ExitCode.USAGE, cli.run(args), String.join(" ", args));
            String option = args[2];
            String range = option.equals("--seed") ? "-9223372036854775808 to 9223372036854775807" : "1 to 2147483647";
            assertEquals("spikestudio: option " + option + ": " + args[3] + " is out of range; it must be from " + range,
                    cli.err().lines().findFirst().orElse(""), cli.err());
        }
    }
}
