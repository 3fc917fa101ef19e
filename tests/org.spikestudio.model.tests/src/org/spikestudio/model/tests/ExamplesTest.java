// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikestudio.model.ExpressionInput;
import org.spikestudio.model.FixedOutDegree;
import org.spikestudio.model.Network;
import org.spikestudio.model.Projection;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.model.validation.NetworkValidation;

/** Every bundled example loads, validates without error, and survives a save/load round trip unchanged. */
class ExamplesTest {

    static Stream<Path> examples() throws IOException {
        return TestFiles.examples().stream();
    }

    @Test
    void theAssignmentsCasesAndTheBenchmarksAreAllThere() throws IOException {
        List<String> names = TestFiles.examples().stream()
                .map(p -> TestFiles.repositoryRoot().resolve("examples").relativize(p).toString()).toList();
        assertEquals(List.of("benchmarks/cuba-delta.snn", "benchmarks/cuba.snn", "seed/excitatory-inhibitory.snn",
                "seed/population-100.snn", "seed/single-neuron.snn", "seed/three-populations.snn",
                "seed/two-excitatory.snn", "seed/two-inhibitory.snn"), names);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void loadsAndValidatesWithoutErrors(Path example) throws Exception {
        Network network = ModelFiles.load(example);
        List<ModelProblem> errors = NetworkValidation.problems(network, example.toString()).stream()
                .filter(ModelProblem::isError).toList();
        assertTrue(errors.isEmpty(), () -> errors.toString());
        assertFalse(network.getDescription() == null || network.getDescription().isBlank(),
                "every example says which part of the assignment or paper it reproduces");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void roundTripKeepsContentAndBytes(Path example, @TempDir Path scratch) throws Exception {
        Network original = ModelFiles.load(example);
        Path copy = scratch.resolve("copy.snn");
        ModelFiles.save(EcoreUtil.copy(original), copy);
        Network reloaded = ModelFiles.load(copy);
        assertTrue(EcoreUtil.equals(original, reloaded), "content equal after save and load");
        // The examples are kept in canonical form: saving an unchanged model rewrites the same bytes,
        // which is what keeps diffs of edited models minimal.
        byte[] expected = Files.readAllBytes(example);
        byte[] actual = Files.readAllBytes(copy);
        if (!java.util.Arrays.equals(expected, actual)) {
            Path canonical = Path.of("target", "canonical", example.getFileName().toString());
            Files.createDirectories(canonical.getParent());
            Files.write(canonical, actual);
        }
        assertArrayEquals(expected, actual, "saved form differs from " + example + "; canonical form in target/canonical");
    }

    @Test
    void populationOf100UsesTheAssignmentsCeilNpOutDegree() throws Exception {
        Network network = ModelFiles.load(TestFiles.repositoryRoot().resolve("examples/seed/population-100.snn"));
        // Hand calculation: ceil(80*0.01)=1, ceil(20*0.01)=1, ceil(80*0.02)=2, ceil(20*0.02)=1.
        for (Projection projection : network.getProjections()) {
            int expected = switch (projection.getName()) {
                case "exc_to_exc", "exc_to_inh", "inh_to_inh" -> 1;
                case "inh_to_exc" -> 2;
                default -> throw new AssertionError(projection.getName());
            };
            assertEquals(expected, ((FixedOutDegree) projection.getConnectivity()).getDegree(), projection.getName());
            assertTrue(projection.getDescription().contains("out-degree"), "the example says it is the out-degree rule");
        }
    }

    @Test
    void excitatoryInhibitoryUsesTheAssignmentsCurrent() throws Exception {
        Network network = ModelFiles.load(TestFiles.repositoryRoot().resolve("examples/seed/excitatory-inhibitory.snn"));
        assertEquals("4*(sin(t/5)+0.3)", network.getInputs().stream().filter(ExpressionInput.class::isInstance)
                .map(i -> ((ExpressionInput) i).getExpression()).findFirst().orElseThrow());
    }
}
