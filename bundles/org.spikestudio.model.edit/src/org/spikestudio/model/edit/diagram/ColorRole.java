// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.diagram;

/**
 * The colour of an element by what it does, for the UI to map to RGB: excitatory and inhibitory to
 * org.spikestudio.charts' {@code Palette.EXCITATORY} (red) and {@code Palette.INHIBITORY} (blue),
 * neutral to a grey such as {@code Palette.UNKNOWN}. A role rather than a colour, because the charts
 * bundle is not below this one.
 */
public enum ColorRole {
    EXCITATORY, INHIBITORY,
    /** Neither: an input, a recorder, an assembly of mixed or no populations. */
    NEUTRAL
}
