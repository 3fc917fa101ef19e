// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spikestudio.export.ExportOptions;
import org.spikestudio.export.Exporter;
import org.spikestudio.export.Exporters;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.ui.editor.wizards.ExamplesWizard;
import org.spikestudio.ui.editor.wizards.ExportNetworkWizard;

/**
 * File > Export... > Spiking network, finished programmatically in the running workbench. The expected
 * files are the headless exporter's for the same model and options: the wizard must write exactly those
 * into the workspace and make them visible there without a manual refresh.
 */
class ExportNetworkWizardTest {

    private IProject project;
    private WizardDialog dialog;
    private final List<ModelProblem> warnings = new ArrayList<>();

    /** Captures the warnings instead of a modal dialog that would block the test. */
    private final class Wizard extends ExportNetworkWizard {
        @Override
        protected void showWarnings(IFile model, Exporter exporter, List<ModelProblem> shown) {
            warnings.addAll(shown);
        }
    }

    @BeforeEach
    void createExamples() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("export-test");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        ExamplesWizard.create(project);
    }

    @AfterEach
    void deleteProject() throws Exception {
        if (dialog != null) {
            dialog.close();
        }
        project.delete(true, true, null);
    }

    private ExportNetworkWizard open(IFile model) {
        ExportNetworkWizard wizard = new Wizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(model));
        dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.create();
        return wizard;
    }

    @Test
    void exportsThreePopulationsToBrian2IntoTheRefreshedWorkspaceFolder() throws Exception {
        IFile model = project.getFile("seed/three-populations.snn");
        ExportNetworkWizard wizard = open(model);
        wizard.selectTarget("brian2");
        // the default folder the task names: export/<model>-<target> in the model's project
        assertEquals("/export-test/export/three-populations-brian2", wizard.outputFolder());

        assertTrue(wizard.canFinish(), "the wizard cannot finish with its defaults");
        assertTrue(wizard.performFinish(), "Finish failed: " + dialog.getCurrentPage().getErrorMessage());

        Path expectedDir = Files.createTempDirectory("export-expected");
        try {
            Exporter brian2 = Exporters.byName("brian2").orElseThrow();
            var expected = brian2.export(ModelFiles.load(model.getLocation().toPath()), "export-test/seed/three-populations.snn",
                    expectedDir, ExportOptions.defaults());
            assertFalse(expected.hasErrors(), expected.problems().toString());
            assertEquals(expected.problems().size(), warnings.size(), "warnings shown: " + warnings);
            IFolder folder = project.getFolder("export/three-populations-brian2");
            // exists() without a refresh here: the wizard must have refreshed the folder
            assertTrue(folder.getFile("model.py").exists(), "model.py is not in the workspace");
            List<String> names = new ArrayList<>();
            try (Stream<Path> files = Files.list(expectedDir)) {
                files.forEach(f -> names.add(f.getFileName().toString()));
            }
            assertTrue(names.size() > 1, "the headless export has no side files: " + names);
            for (String name : names) {
                IFile file = folder.getFile(name);
                assertTrue(file.exists(), name + " is not in the workspace folder");
                assertTrue(file.isSynchronized(IResource.DEPTH_ZERO), name + " is not refreshed");
                byte[] want = Files.readAllBytes(expectedDir.resolve(name));
                assertArrayEquals(want, file.getContents().readAllBytes(), name + " differs from the headless export");
            }
            assertEquals(names.size(), folder.members().length, "the workspace folder has other files");
        } finally {
            try (Stream<Path> files = Files.walk(expectedDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void aModelThatDoesNotLoadShowsItsErrorAndWritesNothing() throws Exception {
        IFile broken = project.getFile("seed/broken.snn");
        broken.create(new ByteArrayInputStream("<snn:Network".getBytes(StandardCharsets.UTF_8)), false, null);
        ExportNetworkWizard wizard = open(broken);

        assertFalse(wizard.performFinish(), "Finish succeeded on a broken model");

        String message = dialog.getCurrentPage().getErrorMessage();
        assertNotNull(message, "no error in the message area");
        assertTrue(message.startsWith("export-test/seed/broken.snn"), "the error does not name the file: " + message);
        assertTrue(message.contains("error"), message);
        assertFalse(project.getFolder("export").getLocation().toFile().exists(), "something was written");
        assertTrue(warnings.isEmpty(), "warnings shown for a failed export: " + warnings);
    }
}
