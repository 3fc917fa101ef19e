// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results;

import java.util.Locale;

/** Whether a population's synapses excite or inhibit (Dale's principle). */
public enum PopulationType {
    EXCITATORY, INHIBITORY;

    /** The word used in files, e.g. {@code excitatory} in summary.json. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of a {@link #key()}, or null when the text is none. */
    public static PopulationType ofKey(String key) {
        for (PopulationType type : values()) {
            if (type.key().equals(key)) {
                return type;
            }
        }
        return null;
    }
}
