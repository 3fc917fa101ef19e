// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export.internal;

/** Python text shared by the exported scripts. */
final class PythonSnippets {

    private PythonSnippets() {
    }

    /**
     * {@code write_spikes(rows, names, out)}: rows of (step, population order, neuron) to
     * {@code out/spikes.csv} as {@code spikestudio run} writes it (time order, then population in
     * model order, then neuron; times with dt's decimals), through a temporary file and a rename.
     */
    static String spikesWriter(double dt) {
        long units = Numbers.units(dt);
        int scale = Numbers.scale(dt);
        StringBuilder s = new StringBuilder();
        s.append("def time_text(step):\n");
        s.append("    units = step * ").append(units).append("  # dt = ").append(units).append(" x 10^-")
                .append(scale).append(" ms\n");
        if (scale == 0) {
            s.append("    return str(units)\n");
        } else {
            s.append("    text = str(abs(units)).rjust(").append(scale + 1).append(", '0')\n");
            s.append("    return ('-' if units < 0 else '') + text[:-").append(scale).append("] + '.' + text[-")
                    .append(scale).append(":]\n");
        }
        s.append("\n\n");
        s.append("def write_spikes(rows, names, out):\n");
        s.append("    rows = sorted(rows)\n");
        s.append("    tmp = os.path.join(out, '.spikes.csv.tmp')\n");
        s.append("    with open(tmp, 'w', newline='\\n') as f:\n");
        s.append("        f.write('time_ms,population,neuron\\n')\n");
        s.append("        for step, order, neuron in rows:\n");
        s.append("            f.write('%s,%s,%d\\n' % (time_text(step), names[order], neuron))\n");
        s.append("    os.replace(tmp, os.path.join(out, 'spikes.csv'))\n");
        s.append("    print('%d spikes written to %s' % (len(rows), os.path.join(out, 'spikes.csv')))\n");
        return s.toString();
    }
}
