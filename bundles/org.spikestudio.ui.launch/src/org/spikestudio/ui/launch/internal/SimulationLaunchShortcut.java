// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.launch.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.spikestudio.ui.launch.SimulationLaunch;

/**
 * Run As > Spiking Network Simulation on a .snn file or its open editor: runs the model's existing
 * configuration (the first one, as Run As does for Java), or a new one with the model's own
 * settings, saved so that it shows in Run Configurations and Run History.
 */
public final class SimulationLaunchShortcut implements ILaunchShortcut2 {

    @Override
    public void launch(ISelection selection, String mode) {
        launch(getLaunchableResource(selection), mode);
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        launch(getLaunchableResource(editor), mode);
    }

    private static void launch(IResource resource, String mode) {
        if (!(resource instanceof IFile model)) {
            return;
        }
        try {
            DebugUITools.launch(configuration(model), mode);
        } catch (CoreException e) {
            ErrorDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "Run",
                    "Cannot create a launch configuration for " + model.getFullPath(), e.getStatus());
        }
    }

    /** The model's first saved configuration, or a new one, saved. */
    public static ILaunchConfiguration configuration(IFile model) throws CoreException {
        ILaunchConfiguration[] existing = SimulationLaunch.of(model);
        return existing.length > 0 ? existing[0] : SimulationLaunch.create(model).doSave();
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
        return configurations(getLaunchableResource(selection));
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
        return configurations(getLaunchableResource(editor));
    }

    private static ILaunchConfiguration[] configurations(IResource resource) {
        try {
            return resource instanceof IFile model ? SimulationLaunch.of(model) : null;
        } catch (CoreException e) {
            return null;
        }
    }

    @Override
    public IResource getLaunchableResource(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            return network(Adapters.adapt(structured.getFirstElement(), IResource.class));
        }
        return null;
    }

    @Override
    public IResource getLaunchableResource(IEditorPart editor) {
        return network(Adapters.adapt(editor.getEditorInput(), IResource.class));
    }

    private static IResource network(IResource resource) {
        return resource instanceof IFile file && "snn".equals(file.getFileExtension()) ? file : null;
    }
}
