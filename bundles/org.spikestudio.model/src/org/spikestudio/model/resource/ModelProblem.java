// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.resource;

/**
 * One problem found in a model file, printed like a compiler diagnostic:
 * {@code file:line:column: error: message} (line and column left out when unknown).
 *
 * @param file    the file as the user named it
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param element the element concerned, e.g. {@code Population 'exc'}, or empty
 * @param feature the attribute or reference concerned, e.g. {@code size}, or empty
 */
public record ModelProblem(String file, int line, int column, Severity severity, String element, String feature,
        String message) {

    public enum Severity {
        ERROR, WARNING;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static ModelProblem error(String file, int line, int column, String message) {
        return new ModelProblem(file, line, column, Severity.ERROR, "", "", message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: severity: message}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(severity).append(": ").append(message).toString();
    }
}
