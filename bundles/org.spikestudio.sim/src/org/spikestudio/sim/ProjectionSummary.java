// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

/**
 * A model projection after the network was built.
 *
 * @param expectedSynapses the mean (fixed probability) or exact number before drawing
 * @param synapses         the number actually drawn
 */
public record ProjectionSummary(String name, String source, String target, long expectedSynapses, long synapses) {
}
