// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.spikestudio.export.ExportOptions;
import org.spikestudio.export.ExportResult;
import org.spikestudio.export.Exporter;
import org.spikestudio.export.Exporters;
import org.spikestudio.model.Network;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelLoadException;
import org.spikestudio.model.resource.ModelProblem;

/**
 * File > Export... > Spikestudio > Spiking network: the workbench face of {@code spikestudio export}.
 * Same exporters (the registry's, so a new target appears here by itself), same options and the same
 * default folder ({@code export/<model>-<target>}, here in the model's project). Errors keep the wizard
 * open with the first one in its message area and nothing written (the exporter writes all or
 * nothing); warnings are shown once the files are written.
 */
public class ExportNetworkWizard extends Wizard implements IExportWizard {

    private IFile initialModel;
    private Page page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle("Export Spiking Network");
        setNeedsProgressMonitor(true);
        initialModel = modelOf(selection);
        if (initialModel == null) {
            initialModel = modelOfActiveEditor(workbench);
        }
    }

    @Override
    public void addPages() {
        page = new Page(initialModel);
        addPage(page);
    }

    /** Picks {@code name} (e.g. {@code brian2}) in the Target list, as the user would. */
    public void selectTarget(String name) {
        page.selectTarget(name);
    }

    /** The output folder as shown (a workspace path), e.g. {@code /project/export/model-brian2}. */
    public String outputFolder() {
        return page.folder.getText();
    }

    @Override
    public boolean performFinish() {
        IFile model = page.model();
        Exporter exporter = page.exporter();
        IContainer folder = page.outputContainer();
        ExportOptions options = page.options();
        List<ModelProblem> problems = new ArrayList<>();
        WorkspaceModifyOperation operation = new WorkspaceModifyOperation() {
            @Override
            protected void execute(IProgressMonitor monitor) throws CoreException, InvocationTargetException {
                try {
                    problems.addAll(export(model, exporter, folder, options, monitor).problems());
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                }
            }
        };
        try {
            getContainer().run(true, false, operation);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            page.setErrorMessage("Cannot write " + folder.getFullPath() + ": " + cause.getMessage());
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        List<ModelProblem> errors = problems.stream().filter(ModelProblem::isError).toList();
        if (!errors.isEmpty()) {
            page.setErrorMessage(errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "")
                    + "; nothing exported");
            return false;
        }
        if (!problems.isEmpty()) {
            showWarnings(model, exporter, problems);
        }
        return true;
    }

    /** Shows what the export left out or changed, after the files are written; tests capture it instead. */
    protected void showWarnings(IFile model, Exporter exporter, List<ModelProblem> warnings) {
        MessageDialog.openWarning(getShell(), "Exported with warnings",
                model.getName() + " was exported to " + exporter.name() + " with these warnings:\n\n"
                        + warnings.stream().map(ModelProblem::toString).collect(Collectors.joining("\n")));
    }

    /**
     * Loads {@code model}, exports it into {@code folder} and refreshes the workspace there. A model that
     * does not load is returned as a result with its errors and no files.
     */
    static ExportResult export(IFile model, Exporter exporter, IContainer folder, ExportOptions options,
            IProgressMonitor monitor) throws IOException, CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + model.getName() + " to " + exporter.name(), 3);
        String name = model.getFullPath().makeRelative().toString();
        Network network;
        try {
            network = ModelFiles.load(model.getLocation().toPath());
        } catch (ModelLoadException e) {
            // the loader names the file by its location; the user knows it by its workspace path
            return new ExportResult(List.of(), e.problems().stream()
                    .map(p -> new ModelProblem(name, p.line(), p.column(), p.severity(), p.element(), p.feature(),
                            p.message()))
                    .toList());
        }
        progress.worked(1);
        ExportResult result = exporter.export(network, name, folder.getLocation().toPath(), options);
        progress.worked(1);
        if (!result.files().isEmpty()) {
            existingAncestor(folder).refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
        }
        return result;
    }

    /** The folder itself or, before its first export, the nearest folder the workspace knows. */
    private static IContainer existingAncestor(IContainer folder) {
        IContainer c = folder;
        while (!c.exists() && c.getParent() != null) {
            c = c.getParent();
        }
        return c;
    }

    private static IFile modelOf(IStructuredSelection selection) {
        if (selection == null) {
            return null;
        }
        for (Object element : selection) {
            IFile file = element instanceof IAdaptable a ? a.getAdapter(IFile.class) : null;
            if (isModel(file)) {
                return file;
            }
        }
        return null;
    }

    private static IFile modelOfActiveEditor(IWorkbench workbench) {
        IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
        IWorkbenchPage active = window == null ? null : window.getActivePage();
        IEditorPart editor = active == null ? null : active.getActiveEditor();
        if (editor != null && editor.getEditorInput() instanceof IFileEditorInput input && isModel(input.getFile())) {
            return input.getFile();
        }
        return null;
    }

    private static boolean isModel(IFile file) {
        return file != null && ModelFiles.FILE_EXTENSION.equals(file.getFileExtension());
    }

    /** Every {@code .snn} file of the open projects, for the Model list. */
    private static List<IFile> workspaceModels() {
        List<IFile> models = new ArrayList<>();
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
                if (resource instanceof IFile file && isModel(file)) {
                    models.add(file);
                }
                return resource.getType() == IResource.ROOT || resource.isAccessible() && !resource.isDerived();
            });
        } catch (CoreException e) {
            // a resource vanished while listing: the list shows what was found
        }
        models.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
        return models;
    }

    private static final class Page extends WizardPage {
        private final List<IFile> models = workspaceModels();
        private final List<Exporter> exporters = Exporters.all();
        private final IFile initialModel;
        private Combo model;
        private Combo target;
        private Text folder;
        private Text seed;
        private Button list;
        /** The folder follows model and target until the user types one. */
        private String suggestedFolder = "";

        Page(IFile initialModel) {
            super("export");
            this.initialModel = initialModel;
            setTitle("Export Spiking Network");
            setDescription("Write a network as a script for another simulator, with its side files.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(2, false));

            new Label(c, SWT.NONE).setText("&Model:");
            model = new Combo(c, SWT.READ_ONLY);
            model.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            for (IFile f : models) {
                model.add(f.getFullPath().makeRelative().toString());
            }
            int initial = models.indexOf(initialModel);
            if (initial >= 0 || !models.isEmpty()) {
                model.select(Math.max(0, initial));
            }

            new Label(c, SWT.NONE).setText("&Target:");
            target = new Combo(c, SWT.READ_ONLY);
            target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            for (Exporter e : exporters) {
                target.add(e.name() + " - " + e.description());
            }
            target.select(0);

            new Label(c, SWT.NONE).setText("Output &folder:");
            folder = new Text(c, SWT.BORDER);
            folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

            new Label(c, SWT.NONE).setText("&Seed:");
            seed = new Text(c, SWT.BORDER);
            seed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            seed.setMessage("the model's seed");

            new Label(c, SWT.NONE).setText("Connections:");
            Composite radios = new Composite(c, SWT.NONE);
            radios.setLayout(new GridLayout(1, false));
            list = new Button(radios, SWT.RADIO);
            list.setText("&List: the connections Spikestudio draws from the seed (the same graph)");
            list.setSelection(true);
            Button rules = new Button(radios, SWT.RADIO);
            rules.setText("&Rules: the peer draws its own connections (a different graph)");

            model.addModifyListener(e -> suggestFolder());
            target.addModifyListener(e -> suggestFolder());
            folder.addModifyListener(e -> validate());
            seed.addModifyListener(e -> validate());
            suggestFolder();
            setControl(c);
        }

        void selectTarget(String name) {
            for (int i = 0; i < exporters.size(); i++) {
                if (exporters.get(i).name().equals(name)) {
                    target.select(i);
                    suggestFolder(); // select() sends no modify event
                    return;
                }
            }
            throw new IllegalArgumentException("no export target '" + name + "'");
        }

        IFile model() {
            return model.getSelectionIndex() < 0 ? null : models.get(model.getSelectionIndex());
        }

        Exporter exporter() {
            return exporters.get(target.getSelectionIndex());
        }

        ExportOptions options() {
            String s = seed.getText().strip();
            return new ExportOptions(s.isEmpty() ? null : Long.valueOf(s),
                    list.getSelection() ? ExportOptions.Connections.LIST : ExportOptions.Connections.RULES);
        }

        /** The folder typed, as a workspace container; null when it cannot be one. */
        IContainer outputContainer() {
            IPath path = IPath.fromPortableString(folder.getText().strip()).makeAbsolute();
            IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
            if (path.segmentCount() == 0
                    || !root.getWorkspace().validatePath(path.toString(), IResource.FOLDER | IResource.PROJECT).isOK()) {
                return null;
            }
            return path.segmentCount() == 1 ? root.getProject(path.segment(0)) : root.getFolder(path);
        }

        private void suggestFolder() {
            IFile f = model();
            if (f == null || target.getSelectionIndex() < 0) {
                validate();
                return;
            }
            String base = f.getFullPath().removeFileExtension().lastSegment();
            String suggestion = f.getProject().getFullPath()
                    .append("export").append(base + "-" + exporter().name()).toString();
            if (folder.getText().equals(suggestedFolder)) {
                suggestedFolder = suggestion;
                folder.setText(suggestion);
            }
            validate();
        }

        private void validate() {
            setErrorMessage(problem());
            setPageComplete(getErrorMessage() == null);
        }

        private String problem() {
            if (models.isEmpty()) {
                return "There is no network (.snn) in the workspace to export.";
            }
            if (model() == null) {
                return "Choose the network to export.";
            }
            IContainer container = outputContainer();
            if (container == null) {
                return "The output folder must be a workspace path, e.g. /project/export/model-brian2.";
            }
            if (!container.getProject().isAccessible()) {
                return "The output folder's project '" + container.getProject().getName() + "' is not open.";
            }
            if (container.getLocation() == null) {
                return "The output folder " + container.getFullPath() + " is not on the local file system.";
            }
            String s = seed.getText().strip();
            if (!s.isEmpty()) {
                try {
                    Long.parseLong(s);
                } catch (NumberFormatException e) {
                    return "The seed must be a whole number (or empty for the model's seed), was '" + s + "'.";
                }
            }
            return null;
        }
    }
}
