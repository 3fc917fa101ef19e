// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

/** Process exit codes of the command line, documented in its help. */
public enum ExitCode {
    OK(0, "success"),
    INVALID_MODEL(1, "the model is invalid or cannot be read"),
    USAGE(2, "usage error (unknown command or option)"),
    RUNTIME_FAILURE(3, "runtime failure (I/O, out of memory, internal error)"),
    INTERRUPTED(130, "interrupted (Ctrl-C or SIGTERM)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
