// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/** Small helpers shared by the engine tests. */
final class Nets {
    private Nets() {
    }

    static LifParameters lif(double r, double c, double rest, double reset, double threshold, double tref,
            double clamp) {
        return new LifParameters(r, c, rest, reset, threshold, tref, clamp);
    }

    static NeuronModel euler(LifParameters p) {
        return NeuronModel.lif(p, Integration.FORWARD_EULER);
    }

    static NeuronModel exact(LifParameters p) {
        return NeuronModel.lif(p, Integration.EXACT);
    }

    static int[] all(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }
}
