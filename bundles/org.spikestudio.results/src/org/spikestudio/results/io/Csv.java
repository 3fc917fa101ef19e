// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The CSV rules of the result files: quoting as RFC 4180 without line breaks inside fields; values as
 * {@link Double#toString(double)}, the shortest text that reads back as the same double.
 */
public final class Csv {

    private Csv() {
    }

    /** Quotes a field when it contains a comma, quote or line break. */
    public static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** A value, exactly: it reads back as the same double. */
    public static String number(double value) {
        return Double.toString(value);
    }

    /** The fields of one line; null when a quote is not closed. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }
}
