// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Which model file a result came from: its path and the SHA-256 of its bytes. */
public record ModelSource(String path, String sha256) {

    public static ModelSource of(Path file) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return new ModelSource(file.toAbsolutePath().normalize().toString(), HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
