// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.model.Network;
import org.spikestudio.testing.Examples;

/** In the host's package: it uses the package-private save hook to cut the write off half-way. */
class InterruptedSaveTest {

    /** Fails like a full disk once {@code limit} bytes have been written. */
    private static final class DiskFullAfter extends FilterOutputStream {
        private long remaining;

        DiskFullAfter(OutputStream out, long limit) {
            super(out);
            this.remaining = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (remaining-- <= 0) {
                throw new IOException("No space left on device (simulated)");
            }
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }

    @Test
    void interruptedSaveLeavesTheOldFileIntact(@TempDir Path folder) throws Exception {
        Path example = folder.resolve("model.snn");
        Files.copy(Examples.repositoryRoot().resolve("examples/seed/population-100.snn"), example);
        byte[] before = Files.readAllBytes(example);
        Network network = ModelFiles.load(example);
        network.getPopulations().get(0).setSize(200);

        IOException failure = assertThrows(IOException.class,
                () -> ModelFiles.save(network, example, out -> new DiskFullAfter(out, 1000)));
        assertTrue(String.valueOf(failure.getMessage()).contains("No space left")
                || String.valueOf(failure.getCause()).contains("No space left"), String.valueOf(failure));
        assertArrayEquals(before, Files.readAllBytes(example), "the previous file is untouched");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("model.snn"), files.map(p -> p.getFileName().toString()).toList(),
                    "the partial temporary file is removed");
        }
        // and a save that completes does replace it
        ModelFiles.save(network, example);
        assertTrue(Files.readString(example).contains("size=\"200\""));
    }
}
