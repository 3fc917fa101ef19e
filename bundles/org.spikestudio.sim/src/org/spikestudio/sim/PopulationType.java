// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

/** Whether a population's synapses excite or inhibit (Dale's principle). */
public enum PopulationType {
    EXCITATORY, INHIBITORY
}
