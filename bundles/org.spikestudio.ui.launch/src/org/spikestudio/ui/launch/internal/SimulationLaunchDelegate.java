// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.launch.internal;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.spikestudio.sim.run.RunSettings.InvalidSettingException;

/**
 * Runs a "Spiking Network Simulation" configuration: checks its settings (a broken one is an error
 * dialog naming the field, as a bad option is a usage error on the command line) and schedules a
 * {@link SimulationJob}, which validates, simulates and writes the results.
 */
public final class SimulationLaunchDelegate extends LaunchConfigurationDelegate {

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        SimulationSettings settings;
        try {
            settings = SimulationSettings.read(configuration);
        } catch (InvalidSettingException e) {
            throw new CoreException(Status.error(configuration.getName() + ": " + e.getMessage()));
        }
        IFolder folder = settings.output() != null ? ResourcesPlugin.getWorkspace().getRoot().getFolder(settings.output())
                : ResultFolders.reserve(settings.model());
        new SimulationJob(settings, folder).schedule();
    }

    /** A model is read as it is saved, nothing is compiled: no workspace build before a run. */
    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }
}
