// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.ui.editor.wizards.Templates.Template;

/** File > New > Spiking Network: a {@code .snn} file from a template, opened in the network editor. */
public class NewNetworkWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private Page page;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
        workbench = newWorkbench;
        selection = newSelection == null ? StructuredSelection.EMPTY : newSelection;
        setWindowTitle("New Spiking Network");
    }

    @Override
    public void addPages() {
        page = new Page(modelsFolder(selection));
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
        } catch (PartInitException e) {
            // the file is created; the user opens it from the Project Explorer
        }
        return true;
    }

    /** A selected project's models/ folder, where networks go; else the selection itself. */
    private static IStructuredSelection modelsFolder(IStructuredSelection selection) {
        if (selection.getFirstElement() instanceof IProject project
                && project.getFolder(NewProjectWizard.MODELS).exists()) {
            return new StructuredSelection(project.getFolder(NewProjectWizard.MODELS));
        }
        return selection;
    }

    /** Creates {@code container/name} from {@code template} (what Finish does). */
    public static IFile create(IContainer container, String name, Template template) throws Exception {
        IFile file = container.getFile(org.eclipse.core.runtime.IPath.fromPortableString(name));
        file.create(new ByteArrayInputStream(Templates.content(template, name)), false, null);
        return file;
    }

    private static final class Page extends WizardNewFileCreationPage {
        private List templates;

        Page(IStructuredSelection selection) {
            super("network", selection);
            setTitle("Spiking Network");
            setDescription("Create a spiking network model from a template.");
            setFileExtension(ModelFiles.FILE_EXTENSION);
            setFileName("network." + ModelFiles.FILE_EXTENSION);
        }

        @Override
        public void createControl(Composite parent) {
            super.createControl(parent);
            Composite composite = (Composite) getControl();
            Composite group = new Composite(composite, SWT.NONE);
            group.setLayout(new GridLayout(1, false));
            group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            new Label(group, SWT.NONE).setText("&Template:");
            templates = new List(group, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
            templates.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            for (Template template : Templates.ALL) {
                templates.add(template.label());
            }
            templates.select(0);
        }

        @Override
        protected InputStream getInitialContents() {
            Template template = Templates.ALL.get(Math.max(0, templates.getSelectionIndex()));
            try {
                return new ByteArrayInputStream(Templates.content(template, getFileName()));
            } catch (IOException e) {
                setErrorMessage("Cannot read the template: " + e.getMessage());
                return null;
            }
        }
    }
}
