// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.run;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.spikestudio.plots.ImageFormat;
import org.spikestudio.sim.RunOptions;

/**
 * What to run and where to write it.
 *
 * @param model              the .snn file
 * @param modelLabel         how messages name the model file, e.g. the path as the user typed it
 * @param outputDirectory    the results folder (created when missing; its previous result is replaced)
 * @param options            overrides of the model's seed, duration, threads and memory limit
 * @param formats            the image formats of the plots; empty for no plots
 * @param spikestudioVersion the version written into summary.json
 */
public record RunRequest(Path model, String modelLabel, Path outputDirectory, RunOptions options,
        Set<ImageFormat> formats, String spikestudioVersion) {

    public RunRequest {
        formats = formats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(formats));
    }

    /** The model's run settings, PNG plots, the model named by its path. */
    public static RunRequest of(Path model, Path outputDirectory, String spikestudioVersion) {
        return new RunRequest(model, model.toString(), outputDirectory, RunOptions.defaults(),
                EnumSet.of(ImageFormat.PNG), spikestudioVersion);
    }

    public RunRequest withOptions(RunOptions value) {
        return new RunRequest(model, modelLabel, outputDirectory, value, formats, spikestudioVersion);
    }

    public RunRequest withFormats(Set<ImageFormat> value) {
        return new RunRequest(model, modelLabel, outputDirectory, options, value, spikestudioVersion);
    }

    public RunRequest withModelLabel(String value) {
        return new RunRequest(model, value, outputDirectory, options, formats, spikestudioVersion);
    }
}
