// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor.wizards;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

/** File > New > Example... > Spikestudio examples: a project holding every example network. */
public class ExamplesWizard extends Wizard implements INewWizard {

    public static final String DEFAULT_NAME = "spikestudio-examples";

    private WizardNewProjectCreationPage page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle("Spikestudio Examples");
    }

    @Override
    public void addPages() {
        page = new WizardNewProjectCreationPage("examples");
        page.setTitle("Spikestudio Examples");
        page.setDescription("A project with the example networks: the seed assignment and the CUBA benchmark.");
        page.setInitialProjectName(DEFAULT_NAME);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        try {
            create(page.getProjectHandle());
            return true;
        } catch (Exception e) {
            MessageDialog.openError(getShell(), "Cannot create the examples project", e.getMessage());
            return false;
        }
    }

    /** Creates and opens {@code project} with every example in it. */
    public static void create(IProject project) throws CoreException, java.io.IOException {
        project.create(null);
        project.open(null);
        Templates.copyExamples(project);
    }
}
