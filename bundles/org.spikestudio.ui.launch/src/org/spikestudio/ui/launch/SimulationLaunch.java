// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;

/**
 * The launch configuration type "Spiking Network Simulation" and its attributes. Every setting is
 * kept as the text the user typed, empty for "as in the model", and checked by the command line's
 * rules ({@link org.spikestudio.sim.run.RunSettings}) when the tab shows it and when it runs.
 */
public final class SimulationLaunch {

    public static final String TYPE_ID = "org.spikestudio.ui.launch.simulation";
    /** The model: the .snn file's full workspace path, e.g. {@code /project/models/net.snn}. */
    public static final String MODEL = "org.spikestudio.ui.launch.model";
    /** Simulated time in ms; empty for the model's. */
    public static final String DURATION = "org.spikestudio.ui.launch.duration";
    /** The random seed; empty for the model's. */
    public static final String SEED = "org.spikestudio.ui.launch.seed";
    /** Engine threads; empty for the engine's choice. */
    public static final String THREADS = "org.spikestudio.ui.launch.threads";
    /**
     * The results folder as a workspace path, e.g. {@code /project/results/mine}, whose previous
     * result each run replaces; empty for a new {@code results/<model>/<date-time>/} per run.
     */
    public static final String OUTPUT = "org.spikestudio.ui.launch.output";
    /** The plots' image formats as {@code --format} takes them: png, svg or both. */
    public static final String FORMAT = "org.spikestudio.ui.launch.format";
    /** The job family of runs (and of the refresh of their results), e.g. to wait for them. */
    public static final Object FAMILY = SimulationLaunch.class;

    private SimulationLaunch() {
    }

    public static ILaunchConfigurationType type() {
        return DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(TYPE_ID);
    }

    /** A new configuration (not yet saved) that runs {@code model} with its own settings. */
    public static ILaunchConfigurationWorkingCopy create(IFile model) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        String name = manager.generateLaunchConfigurationName(model.getFullPath().removeFileExtension().lastSegment());
        ILaunchConfigurationWorkingCopy copy = type().newInstance(null, name);
        copy.setAttribute(MODEL, model.getFullPath().toString());
        copy.setMappedResources(new org.eclipse.core.resources.IResource[] { model });
        return copy;
    }

    /** The saved configurations that run {@code model}. */
    public static ILaunchConfiguration[] of(IFile model) throws CoreException {
        String path = model.getFullPath().toString();
        return java.util.Arrays.stream(DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations(type()))
                .filter(c -> {
                    try {
                        return path.equals(c.getAttribute(MODEL, ""));
                    } catch (CoreException e) {
                        return false;
                    }
                }).toArray(ILaunchConfiguration[]::new);
    }
}
