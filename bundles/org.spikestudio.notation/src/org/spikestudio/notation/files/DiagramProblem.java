// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.notation.files;

/**
 * Why a diagram file cannot be used, printed like a compiler diagnostic:
 * {@code file:line:column: message} (line and column left out when unknown).
 *
 * @param file    the file as the caller named it
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param message one sentence, without Java class names
 */
public record DiagramProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(message).toString();
    }
}
