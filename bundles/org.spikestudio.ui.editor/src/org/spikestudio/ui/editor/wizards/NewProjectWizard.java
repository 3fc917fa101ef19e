// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor.wizards;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.wizards.newresource.BasicNewProjectResourceWizard;

/** File > New > Spiking Network Project: a project with a {@code models/} folder for the networks. */
public class NewProjectWizard extends BasicNewProjectResourceWizard {

    public static final String MODELS = "models";

    @Override
    public void addPages() {
        super.addPages();
        setWindowTitle("New Spiking Network Project");
    }

    @Override
    public boolean performFinish() {
        if (!super.performFinish()) {
            return false;
        }
        try {
            addModelsFolder(getNewProject());
            return true;
        } catch (CoreException e) {
            MessageDialog.openError(getShell(), "Cannot create the models folder", e.getMessage());
            return false;
        }
    }

    /** Adds the {@code models/} folder to a new project. */
    public static void addModelsFolder(IProject project) throws CoreException {
        if (!project.getFolder(MODELS).exists()) {
            project.getFolder(MODELS).create(false, true, null);
        }
    }
}
