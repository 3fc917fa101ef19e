// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * The engine refuses what a network asks for: a parameter out of its range, a delay or a recording
 * beyond its limits, an integration that would be unstable. The message names the element, the
 * parameter and the value. A bad model, not a bug: callers report it to the user, while any other
 * {@link IllegalArgumentException} from the engine means the caller passed something it should not
 * have (null, a handle of another network).
 */
public class ModelRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ModelRefusedException(String message) {
        super(message);
    }
}
