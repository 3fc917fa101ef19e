// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.spikestudio.engine.Simulation;

/** The engine bundle's version, for summaries: results say which engine produced them. */
final class EngineVersion {

    private EngineVersion() {
    }

    static String get() {
        try {
            Bundle bundle = FrameworkUtil.getBundle(Simulation.class);
            return bundle == null ? "unknown" : bundle.getVersion().toString();
        } catch (NoClassDefFoundError outsideOsgi) {
            return "unknown";
        }
    }
}
