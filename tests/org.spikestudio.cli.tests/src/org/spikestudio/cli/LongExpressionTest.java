// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.testing.Examples;

/**
 * Issue 15 item 6: an 11 KB model whose input is {@code t+t+...+t} (5,000 terms) crashed
 * {@code validate}, {@code info} and {@code run} with a StackOverflowError, a 1,024-line trace and
 * exit 3. Nesting beyond the parser's stated limit is a syntax error with file, line and column.
 */
class LongExpressionTest {

    private static final String EXAMPLE_EXPRESSION = "expression=\"4*(sin(t/5)+0.3)\"";

    @TempDir
    Path tmp;

    private Path modelWithExpression(String expression) throws IOException {
        Path example = Examples.repositoryRoot().resolve("examples/seed/excitatory-inhibitory.snn");
        String text = Files.readString(example, StandardCharsets.UTF_8);
        assertTrue(text.contains(EXAMPLE_EXPRESSION));
        Path file = tmp.resolve("long.snn");
        Files.writeString(file, text.replace(EXAMPLE_EXPRESSION, "expression=\"" + expression + "\""),
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aFiveThousandTermSumValidatesRunsAndIsDescribed() throws IOException {
        Path file = modelWithExpression(String.join("+", Collections.nCopies(5000, "t")));
        assertTrue(Files.size(file) > 10_000, "the issue's 11 KB model");

        Cli validate = new Cli();
        assertEquals(ExitCode.OK, validate.run("validate", file.toString()), validate.err());
        assertTrue(validate.out().contains(file + ": ok"), validate.out());

        Cli info = new Cli();
        assertEquals(ExitCode.OK, info.run("info", file.toString()), info.err());

        Path out = tmp.resolve("out");
        Cli run = new Cli();
        assertEquals(ExitCode.OK,
                run.run("run", file.toString(), "--out", out.toString(), "--duration", "10", "--quiet"), run.err());
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
        assertFalse((validate.err() + info.err() + run.err()).contains("StackOverflowError"));
    }

    @Test
    void nestingBeyondTheLimitIsASyntaxErrorWithLineAndColumn() throws IOException {
        int depth = 5000;
        Path file = modelWithExpression("(".repeat(depth) + "t" + ")".repeat(depth));
        Cli cli = new Cli();
        assertEquals(ExitCode.INVALID_MODEL, cli.run("validate", file.toString()));
        int line = Files.readAllLines(file).stream().takeWhile(l -> !l.contains("expression=")).toList().size() + 1;
        // The 201st '(' is the first beyond the limit of 200 levels.
        String printed = cli.out() + cli.err();
        assertTrue(printed.contains(file + ":" + line + ": error: ExpressionInput 'a_current_in': attribute "
                + "'expression'"), printed);
        assertTrue(printed.contains("has a syntax error at column 201: expression nested too deeply"), printed);
        assertFalse(printed.contains("StackOverflowError"), printed);
    }
}
