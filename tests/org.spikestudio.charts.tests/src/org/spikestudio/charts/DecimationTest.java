// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecimationTest {

    @Test
    void shortLinesStayWhole() {
        assertArrayEquals(new int[] { 0, 1, 2 }, Decimation.keep(3, 10, new double[] { 1, 2, 3 }));
        // 40 samples in 10 buckets: exactly 4 per bucket, still whole.
        assertEquals(40, Decimation.keep(40, 10, new double[40]).length);
    }

    @Test
    void longLinesKeepEndsAndExtremesOfEachBucket() {
        double[] v = new double[1000];
        v[555] = 7;
        v[123] = -3;
        int[] kept = Decimation.keep(1000, 10, v);
        // At most first, last, min and max of each of the 10 buckets.
        assertTrue(kept.length <= 40, "kept " + kept.length);
        assertEquals(0, kept[0]);
        assertEquals(999, kept[kept.length - 1]);
        assertTrue(java.util.Arrays.stream(kept).anyMatch(i -> i == 555), "the peak survives");
        assertTrue(java.util.Arrays.stream(kept).anyMatch(i -> i == 123), "the trough survives");
        for (int k = 1; k < kept.length; k++) {
            assertTrue(kept[k] > kept[k - 1], "ascending, no duplicates");
        }
    }
}
