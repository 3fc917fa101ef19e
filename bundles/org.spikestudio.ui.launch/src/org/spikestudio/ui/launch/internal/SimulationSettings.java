// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.launch.internal;

import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.spikestudio.plots.ImageFormat;
import org.spikestudio.sim.RunOptions;
import org.spikestudio.sim.run.RunSettings;
import org.spikestudio.sim.run.RunSettings.InvalidSettingException;
import org.spikestudio.ui.launch.SimulationLaunch;

/**
 * A launch configuration's settings, checked: the tab shows the first broken rule, the delegate
 * refuses to run with it. Numbers and formats follow the command line's rules ({@link RunSettings}),
 * each message led by the field's label instead of the option's name.
 *
 * @param model   the model file (exists)
 * @param options the overrides of the model's seed, duration and threads (at most the cores)
 * @param formats the plots' image formats
 * @param output  the results folder's workspace path, or null for a new dated folder per run
 * @param warning what to tell about threads beyond the cores, or null
 */
record SimulationSettings(IFile model, RunOptions options, Set<ImageFormat> formats, IPath output, String warning) {

    static final String MODEL_LABEL = "Model";
    static final String DURATION_LABEL = "Duration";
    static final String SEED_LABEL = "Seed";
    static final String THREADS_LABEL = "Threads";
    static final String OUTPUT_LABEL = "Output folder";
    static final String FORMAT_LABEL = "Image format";

    static SimulationSettings read(ILaunchConfiguration configuration) throws CoreException, InvalidSettingException {
        IFile model = model(configuration.getAttribute(SimulationLaunch.MODEL, ""));
        RunOptions options = RunOptions.defaults();
        Double duration = RunSettings.positiveNumber(DURATION_LABEL, given(configuration, SimulationLaunch.DURATION));
        if (duration != null) {
            options = options.withDuration(duration);
        }
        Long seed = RunSettings.seed(SEED_LABEL, given(configuration, SimulationLaunch.SEED));
        if (seed != null) {
            options = options.withSeed(seed);
        }
        Integer threads = RunSettings.positiveInt(THREADS_LABEL, given(configuration, SimulationLaunch.THREADS));
        String warning = null;
        if (threads != null) {
            warning = RunSettings.threadsWarning(THREADS_LABEL + ":", threads);
            options = options.withThreads(RunSettings.threadsForCores(threads));
        }
        Set<ImageFormat> formats = RunSettings.formats(FORMAT_LABEL, given(configuration, SimulationLaunch.FORMAT));
        IPath output = output(given(configuration, SimulationLaunch.OUTPUT));
        return new SimulationSettings(model, options, formats, output, warning);
    }

    /** The attribute's text, null when empty ("as in the model"). */
    private static String given(ILaunchConfiguration configuration, String attribute) throws CoreException {
        String text = configuration.getAttribute(attribute, "");
        return text.isBlank() ? null : text;
    }

    private static IFile model(String path) throws InvalidSettingException {
        if (path.isBlank()) {
            throw new InvalidSettingException(MODEL_LABEL + ": choose a network (.snn file) in the workspace");
        }
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IStatus valid = ResourcesPlugin.getWorkspace().validatePath(path, IResource.FILE);
        if (!valid.isOK()) {
            throw new InvalidSettingException(MODEL_LABEL + ": " + valid.getMessage());
        }
        IFile file = root.getFile(IPath.fromPortableString(path));
        if (!"snn".equals(file.getFileExtension())) {
            throw new InvalidSettingException(MODEL_LABEL + ": '" + path + "' is not a network (.snn file)");
        }
        if (!file.exists()) {
            throw new InvalidSettingException(MODEL_LABEL + ": '" + path + "' does not exist in the workspace");
        }
        return file;
    }

    private static IPath output(String text) throws InvalidSettingException {
        if (text == null) {
            return null;
        }
        IStatus valid = ResourcesPlugin.getWorkspace().validatePath(text.strip(), IResource.FOLDER);
        if (!valid.isOK()) {
            throw new InvalidSettingException(OUTPUT_LABEL + ": " + valid.getMessage());
        }
        IPath path = IPath.fromPortableString(text.strip());
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(path.segment(0));
        if (!project.isOpen()) {
            throw new InvalidSettingException(OUTPUT_LABEL + ": the project '" + project.getName()
                    + "' does not exist or is closed");
        }
        return path;
    }
}
