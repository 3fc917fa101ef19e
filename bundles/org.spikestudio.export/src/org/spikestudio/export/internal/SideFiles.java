// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export.internal;

/**
 * The CSV side files shared by the exporters, so a script never holds a large list inline and one
 * reader serves every target: numbers as Python reads them back exactly, one header line.
 */
final class SideFiles {

    private SideFiles() {
    }

    /** {@code pre,post,weight,delay_steps}: indices within the source and target population, signed weight. */
    static String connections(Realisation.Synapses syn) {
        StringBuilder csv = new StringBuilder("pre,post,weight,delay_steps\n");
        for (int q = 0; q < syn.pre().length; q++) {
            csv.append(syn.pre()[q]).append(',').append(syn.post()[q]).append(',')
                    .append(Numbers.py(syn.weights()[q])).append(',').append(syn.delaySteps()[q]).append('\n');
        }
        return csv.toString();
    }

    /** One value per line under a header. */
    static String column(String header, double[] values) {
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (double x : values) {
            csv.append(Numbers.py(x)).append('\n');
        }
        return csv.toString();
    }

    /** A row per step, a column per neuron, under a comment line. */
    static String table(String comment, double[][] rows) {
        StringBuilder csv = new StringBuilder("# ").append(comment).append('\n');
        for (double[] row : rows) {
            for (int j = 0; j < row.length; j++) {
                if (j > 0) {
                    csv.append(',');
                }
                csv.append(Numbers.py(row[j]));
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
