// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results;

/**
 * A model projection after the network was built. Ids are the model elements' stable ids, or null
 * when not known.
 *
 * @param target           the target population or assembly
 * @param expectedSynapses the mean (fixed probability) or exact number before drawing
 * @param synapses         the number actually drawn
 */
public record ProjectionSummary(String id, String name, String sourceId, String source, String targetId,
        String target, long expectedSynapses, long synapses) {
}
