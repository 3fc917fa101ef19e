// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.diagram;

/** The target end of an edge: an arrowhead when the effect excites, a bar when it inhibits. */
public enum EdgeEnd {
    ARROW, BAR
}
