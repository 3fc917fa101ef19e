// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikestudio.ui.tests.Ui.flush;
import static org.spikestudio.ui.tests.Ui.screenshot;
import static org.spikestudio.ui.tests.Ui.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.ui.editor.NetworkEditor;
import org.spikestudio.ui.editor.internal.ItemPropertyDescriptorAdapter;
import org.spikestudio.ui.editor.wizards.ExamplesWizard;
import org.spikestudio.ui.editor.wizards.NewNetworkWizard;
import org.spikestudio.ui.editor.wizards.NewProjectWizard;
import org.spikestudio.ui.editor.wizards.Templates;

/**
 * The network editor in the running workbench, driven through its widgets, actions, commands and
 * the Properties view's property source. Expected files come from the repository's examples and
 * from the model bundle's headless load and save, never from the editor itself.
 */
class NetworkEditorTest {

    private static final SpikestudioPackage P = SpikestudioPackage.eINSTANCE;
    /** The repository's examples, relative to this fragment (the test's working directory). */
    private static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void createProject() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-test");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        NewProjectWizard.addModelsFolder(project);
    }

    @AfterEach
    void closeAll() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void everyTemplateCreatesANetworkThatLoads() throws Exception {
        assertTrue(project.getFolder("models").exists(), "the project has no models/ folder");
        for (Templates.Template template : Templates.ALL) {
            String name = template.label().replaceAll("\\W+", "_") + ".snn";
            IFile file = NewNetworkWizard.create(project.getFolder("models"), name, template);
            Network network = ModelFiles.load(file.getLocation().toPath());
            assertNotNull(network, template.label());
            if (template.path() != null) {
                assertArrayEquals(Files.readAllBytes(EXAMPLES.resolve(template.path())),
                        file.getContents().readAllBytes(), template.label() + " differs from examples/" + template.path());
            } else {
                assertTrue(network.getPopulations().isEmpty(), "the empty network has populations");
                assertEquals("Empty_network", network.getName());
            }
            NetworkEditor editor = open(file);
            assertNull(editor.getLoadError(), template.label());
            assertFalse(editor.isDirty(), template.label());
        }
    }

    @Test
    void examplesProjectHoldsEveryExample() throws Exception {
        List<String> expected = new ArrayList<>();
        try (var files = Files.walk(EXAMPLES)) {
            files.filter(f -> f.toString().endsWith(".snn")).forEach(f -> expected.add(EXAMPLES.relativize(f).toString()));
        }
        expected.sort(null);
        assertEquals(expected, Templates.examples(), "the bundle's examples are not the repository's");
        IProject examples = ResourcesPlugin.getWorkspace().getRoot().getProject(ExamplesWizard.DEFAULT_NAME);
        try {
            ExamplesWizard.create(examples);
            for (String path : expected) {
                assertArrayEquals(Files.readAllBytes(EXAMPLES.resolve(path)),
                        examples.getFile(path).getContents().readAllBytes(), path);
            }
        } finally {
            examples.delete(true, true, null);
        }
    }

    @Test
    void gettingStartedOpensAnExampleInTwoClicks() throws Exception {
        page.resetPerspective();
        flush();
        var view = assertInstanceOf(org.spikestudio.ui.editor.wizards.GettingStartedView.class,
                page.findView(org.spikestudio.ui.editor.wizards.GettingStartedView.ID), "Getting Started is not shown");
        page.activate(view);
        screenshot("getting-started.png");
        IProject examples = ResourcesPlugin.getWorkspace().getRoot().getProject(ExamplesWizard.DEFAULT_NAME);
        try {
            NetworkEditor editor = assertInstanceOf(NetworkEditor.class, view.openExamples());
            flush();
            assertEquals(100, editor.getNetwork().getPopulations().stream().mapToInt(Population::getSize).sum());
        } finally {
            page.closeAllEditors(false);
            examples.delete(true, true, null);
        }
    }

    @Test
    void propertyChangeSavesAsAOneLineDiffIdenticalToAHeadlessSave() throws Exception {
        IFile file = copyExample("seed/population-100.snn");
        byte[] original = file.getContents().readAllBytes();
        NetworkEditor editor = open(file);
        Population exc = editor.getNetwork().getPopulations().get(0);
        select(editor, exc);

        property(editor, exc, P.getPopulation_Size()).set(81);
        assertTrue(editor.isDirty());
        assertEquals(81, exc.getSize());
        editor.doSave(null);
        assertFalse(editor.isDirty());

        byte[] saved = file.getContents().readAllBytes();
        List<String> before = lines(original);
        List<String> after = lines(saved);
        assertEquals(before.size(), after.size());
        List<Integer> changed = new ArrayList<>();
        for (int n = 0; n < before.size(); n++) {
            if (!before.get(n).equals(after.get(n))) {
                changed.add(n);
            }
        }
        assertEquals(1, changed.size(), "changed lines: " + changed);
        assertTrue(after.get(changed.get(0)).contains("size=\"81\""), after.get(changed.get(0)));

        // The same edit done headless by the model bundle writes the same bytes.
        Path headless = Files.createTempFile("headless", ".snn");
        Files.write(headless, original);
        Network network = ModelFiles.load(headless);
        network.getPopulations().get(0).setSize(81);
        ModelFiles.save(network, headless);
        assertArrayEquals(Files.readAllBytes(headless), saved);
        Files.delete(headless);
    }

    @Test
    void undoBackToTheSavedStateIsCleanAndRedoDirtiesAgain() throws Exception {
        NetworkEditor editor = open(copyExample("seed/population-100.snn"));
        Population exc = editor.getNetwork().getPopulations().get(0);
        property(editor, exc, P.getPopulation_Size()).set(81);
        flush();
        assertTrue(editor.isDirty());
        assertTrue(editor.getActions().undo.getText().contains("Set"), editor.getActions().undo.getText());
        String undoItem = editMenuItem("Undo");
        assertTrue(undoItem.contains("Set"), "Edit menu shows '" + undoItem + "'");
        IBindingService keys = PlatformUI.getWorkbench().getService(IBindingService.class);
        List<String> redoKeys = Arrays.stream(keys.getActiveBindingsFor("org.eclipse.ui.edit.redo"))
                .map(TriggerSequence::format).toList();
        assertTrue(redoKeys.contains("Ctrl+Y"), "redo keys: " + redoKeys);

        // Through the workbench's Edit > Undo command (Ctrl+Z), which the editor's handler serves.
        handlers().executeCommand("org.eclipse.ui.edit.undo", null);
        flush();
        assertEquals(80, exc.getSize());
        assertFalse(editor.isDirty(), "undo back to the saved state must be clean");
        handlers().executeCommand("org.eclipse.ui.edit.redo", null);
        flush();
        assertEquals(81, exc.getSize());
        assertTrue(editor.isDirty());
    }

    @Test
    void deletingAPopulationTakesItsDependantsAndUndoRestoresTheFileExactly() throws Exception {
        IFile file = copyExample("seed/population-100.snn");
        byte[] original = file.getContents().readAllBytes();
        NetworkEditor editor = open(file);
        Network network = editor.getNetwork();
        Population exc = network.getPopulations().get(0);
        List<String> shown = new ArrayList<>();
        editor.getActions().confirmDelete = command -> {
            command.getDependants().forEach(e -> shown.add(((org.spikestudio.model.NamedElement) e).getName()));
            return true;
        };
        select(editor, exc);
        editor.getActions().update();
        editor.getActions().delete.run();
        flush();

        assertFalse(network.getPopulations().contains(exc));
        // Everything that names exc in examples/seed/population-100.snn as source, target or population.
        assertEquals(List.of("exc_to_all", "exc_current_in", "exc_spikes", "exc_v", "exc_current", "exc_rate"),
                shown.stream().sorted((a, b) -> order(a) - order(b)).toList());
        assertTrue(network.getProjections().stream().noneMatch(p -> p.getName().equals("exc_to_all")));
        assertTrue(network.getRecorders().stream().allMatch(r -> r.getPopulation() != exc));
        assertFalse(network.getAssemblies().get(0).getPopulations().contains(exc));

        handlers().executeCommand("org.eclipse.ui.edit.undo", null);
        flush();
        assertFalse(editor.isDirty());
        editor.doSave(null);
        assertArrayEquals(original, file.getContents().readAllBytes());
    }

    private static int order(String name) {
        return List.of("exc_to_all", "exc_current_in", "exc_spikes", "exc_v", "exc_current", "exc_rate").indexOf(name);
    }

    @Test
    void anInvalidValueBecomesAMarkerOnItsLineAndOpeningItSelectsTheElement() throws Exception {
        IFile file = copyExample("seed/population-100.snn");
        int inhLine = lineContaining(file, "id=\"inh\"");
        NetworkEditor editor = open(file);
        Population inh = editor.getNetwork().getPopulations().get(1);
        property(editor, inh, P.getPopulation_Size()).set(0);

        IMarker marker = waitForMarker(file, "size");
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(inhLine, marker.getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals("inh", marker.getAttribute(NetworkEditor.MARKER_ELEMENT_ID, ""));

        page.showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW);
        select(editor, editor.getNetwork());
        // What a double-click in the Problems view does.
        IDE.openEditor(page, marker);
        flush();
        assertEquals(List.of(inh), editor.getViewer().getStructuredSelection().toList());
        expandProblems(page.findView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW).getSite().getShell());
        screenshot("problem-marker.png");
    }

    @Test
    void closingWithoutSavingLeavesTheMarkersOfTheSavedFile() throws Exception {
        IFile file = copyExample("seed/population-100.snn");
        NetworkEditor editor = open(file);
        property(editor, editor.getNetwork().getPopulations().get(1), P.getPopulation_Size()).set(0);
        waitForMarker(file, "size");
        page.closeEditor(editor, false);
        // examples/seed/population-100.snn has no error: the marker of the discarded change goes.
        waitUntil(() -> markers(file, "size").isEmpty(), "a marker of a discarded change stays");
    }

    @Test
    void quickFixRemovesARecordedIndexOutsideThePopulation() throws Exception {
        IFile file = copyExample("seed/population-100.snn");
        NetworkEditor editor = open(file);
        StateRecorder excV = (StateRecorder) editor.getNetwork().getRecorders().get(2);
        editor.getEditingDomain().getCommandStack()
                .execute(AddCommand.create(editor.getEditingDomain(), excV, P.getStateRecorder_Neurons(), 95));
        IMarker marker = waitForMarker(file, "neurons");
        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertEquals(1, fixes.length);
        // Ctrl+1 in the editor offers the same fix for the selected element.
        select(editor, excV);
        assertEquals(List.of(fixes[0].getLabel()),
                editor.quickFixes().keySet().stream().map(IMarkerResolution::getLabel).toList());
        IBindingService keys = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertTrue(Arrays.stream(keys.getActiveBindingsFor(NetworkEditor.QUICK_FIX)).map(TriggerSequence::format)
                .toList().contains("Ctrl+1"), "Quick Fix is not on Ctrl+1 in the editor");
        fixes[0].run(marker);
        flush();
        assertEquals(List.of(0, 1, 2), excV.getNeurons());
        waitUntil(() -> markers(file, "neurons").isEmpty(), "the marker stays after the fix");
    }

    @Test
    void anExternalChangeReloadsACleanEditor() throws Exception {
        IFile file = copyExample("seed/population-100.snn");
        NetworkEditor editor = open(file);
        String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(file.getLocation().toPath(), text.replace("size=\"80\"", "size=\"70\""));
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        waitUntil(() -> editor.getNetwork() != null && editor.getNetwork().getPopulations().get(0).getSize() == 70,
                "the editor did not reload the changed file");
        assertFalse(editor.isDirty());
    }

    @Test
    void aMalformedFileOpensTheErrorPageAndCannotBeSaved() throws Exception {
        IFile file = project.getFile("models/broken.snn");
        String broken = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<snn:Network xmlns:snn=\"http://spikestudio.org/snn\""
                + " formatVersion=\"1\" name=\"x\">\n  <populations name=\"a\" size=\"1\"\n</snn:Network>\n";
        file.create(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), false, null);
        NetworkEditor editor = open(file);
        assertNull(editor.getNetwork());
        assertNotNull(editor.getLoadError());
        String message = editor.getLoadError().getMessage();
        assertTrue(message.matches("(?s).*broken\\.snn:\\d+:\\d+: error: .*"), message);
        assertFalse(editor.getViewer().getControl().isVisible(), "a tree is shown for a file that did not load");
        assertFalse(editor.isDirty());
        assertFalse(editor.isSaveAsAllowed());
        editor.doSave(null);
        assertEquals(broken, new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void propertyEditorsFitTheAttribute() throws Exception {
        NetworkEditor editor = open(copyExample("seed/population-100.snn"));
        Population exc = editor.getNetwork().getPopulations().get(0);
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();

        CellEditor size = property(editor, exc, P.getPopulation_Size()).descriptor.createPropertyEditor(shell);
        Text text = (Text) size.getControl();
        // The Properties view first puts the model's value (an Integer) into the editor.
        size.setValue(exc.getSize());
        assertEquals("80", text.getText());
        assertTrue(size.isValueValid(), size.getErrorMessage());
        text.setText("eighty");
        assertFalse(size.isValueValid(), "a number field accepted text");
        assertNotNull(size.getErrorMessage());
        text.setText("12");
        assertTrue(size.isValueValid(), size.getErrorMessage());
        assertEquals(12, size.getValue());
        size.dispose();

        assertInstanceOf(ComboBoxCellEditor.class,
                property(editor, exc, P.getPopulation_Type()).descriptor.createPropertyEditor(shell), "enum");
        assertInstanceOf(ComboBoxCellEditor.class,
                property(editor, exc, P.getPopulation_NeuronModel()).descriptor.createPropertyEditor(shell), "reference");
        assertInstanceOf(CheckboxCellEditor.class, property(editor, editor.getNetwork().getProjections().get(0),
                P.getProjection_AllowAutapses()).descriptor.createPropertyEditor(shell), "boolean");
        StateRecorder excV = (StateRecorder) editor.getNetwork().getRecorders().get(2);
        CellEditor neurons = property(editor, excV, P.getStateRecorder_Neurons()).descriptor.createPropertyEditor(shell);
        Text list = (Text) neurons.getControl();
        neurons.setValue(excV.getNeurons());
        assertEquals("0, 1, 2", list.getText());
        list.setText("0, x");
        assertFalse(neurons.isValueValid(), "a list of numbers accepted text");
        list.setText("0, 5");
        assertTrue(neurons.isValueValid(), neurons.getErrorMessage());
        assertEquals(List.of(0, 5), neurons.getValue());
        property(editor, excV, P.getStateRecorder_Neurons()).set(neurons.getValue());
        assertEquals(List.of(0, 5), excV.getNeurons());
        assertTrue(editor.getEditingDomain().getCommandStack().canUndo(), "the list change is not a command");
        neurons.dispose();

        Property described = property(editor, exc, P.getPopulation_Size());
        assertNotNull(described.descriptor.getCategory(), "no category");
        assertFalse(described.descriptor.getDescription().isBlank(), "no description");
    }

    @Test
    void newChildOffersWhatTheMetamodelAllows() throws Exception {
        NetworkEditor editor = open(copyExample("seed/population-100.snn"));
        Network network = editor.getNetwork();
        List<String> labels = editor.getActions().newElementActions(network, null).stream().map(Action::getText).toList();
        assertTrue(labels.stream().anyMatch(l -> l.contains("Population")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.contains("Projection")), labels.toString());
        assertTrue(editor.getActions().newElementActions(network.getPopulations().get(0).getInitialPotential(), null).isEmpty(),
                "a distribution contains nothing");
        int before = network.getPopulations().size();
        editor.getActions().newElementActions(network, null).stream().filter(a -> a.getText().contains("Population")).findFirst()
                .orElseThrow().run();
        assertEquals(before + 1, network.getPopulations().size());
        // The metamodel requires a neuron model (lower bound 1): a new population must not break that rule.
        assertNotNull(network.getPopulations().get(before).getNeuronModel());
    }

    @Test
    void dragAndDropReordersPopulations() throws Exception {
        NetworkEditor editor = open(copyExample("seed/population-100.snn"));
        Network network = editor.getNetwork();
        Population exc = network.getPopulations().get(0);
        Population inh = network.getPopulations().get(1);
        var command = editor.getActions().moveCommand(exc, 0.1f, org.eclipse.swt.dnd.DND.DROP_MOVE, List.of(inh));
        assertTrue(command.canExecute());
        editor.getEditingDomain().getCommandStack().execute(command);
        assertEquals(List.of(inh, exc), network.getPopulations());
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(List.of(exc, inh), network.getPopulations());
    }

    @Test
    void copyAndPasteAddsACopyWithAFreshIdAndCutRemovesWithDependants() throws Exception {
        NetworkEditor editor = open(copyExample("seed/population-100.snn"));
        Network network = editor.getNetwork();
        Population inh = network.getPopulations().get(1);
        select(editor, inh);
        editor.getActions().copy.run();
        assertFalse(editor.isDirty(), "copying changed the model");
        select(editor, network);
        editor.getActions().update();
        assertTrue(editor.getActions().paste.isEnabled());
        editor.getActions().paste.run();
        flush();
        assertEquals(3, network.getPopulations().size());
        Population pasted = network.getPopulations().get(2);
        assertEquals(20, pasted.getSize());
        assertNotEquals(inh.getId(), pasted.getId(), "the copy took the original's id");

        editor.getActions().confirmDelete = command -> true;
        select(editor, inh);
        editor.getActions().update();
        editor.getActions().cut.run();
        flush();
        assertFalse(network.getPopulations().contains(inh));
        assertTrue(network.getProjections().stream().noneMatch(p -> p.getSource() == inh), "a projection of inh stayed");
        assertTrue(editor.getActions().undo.getText().contains("Cut"), editor.getActions().undo.getText());
    }

    @Test
    void saveAsWritesTheNewFileAndEditsIt() throws Exception {
        IFile file = copyExample("seed/single-neuron.snn");
        NetworkEditor editor = open(file);
        property(editor, editor.getNetwork().getPopulations().get(0), P.getPopulation_Size()).set(2);
        IFile copy = project.getFile("models/copy.snn");
        editor.saveAs(copy);
        assertTrue(copy.exists());
        assertFalse(editor.isDirty());
        assertEquals("copy.snn", editor.getEditorInput().getName());
        assertEquals(2, ModelFiles.load(copy.getLocation().toPath()).getPopulations().get(0).getSize());
        assertEquals(1, ModelFiles.load(file.getLocation().toPath()).getPopulations().get(0).getSize(),
                "Save As changed the original");
    }

    @Test
    void revertThrowsAwayTheChanges() throws Exception {
        NetworkEditor editor = open(copyExample("seed/population-100.snn"));
        property(editor, editor.getNetwork().getPopulations().get(0), P.getPopulation_Size()).set(81);
        assertTrue(editor.isDirty());
        handlers().executeCommand("org.eclipse.ui.file.revert", null);
        flush();
        assertFalse(editor.isDirty());
        assertEquals(80, editor.getNetwork().getPopulations().get(0).getSize());
    }

    @Test
    void deletingTheFileClosesACleanEditor() throws Exception {
        IFile file = copyExample("seed/population-100.snn");
        NetworkEditor editor = open(file);
        file.delete(true, null);
        waitUntil(() -> page.findEditor(editor.getEditorInput()) == null, "the editor of a deleted file stays open");
    }

    @Test
    void screenshotOfTheEditorWithTheProperties() throws Exception {
        NetworkEditor editor = open(copyExample("seed/population-100.snn"));
        page.showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        select(editor, editor.getNetwork().getPopulations().get(0));
        flush();
        screenshot("editor-population-100.png");
    }

    // ---- helpers ----

    private record Property(IPropertySource source, ItemPropertyDescriptorAdapter descriptor) {
        void set(Object value) {
            source.setPropertyValue(descriptor.getId(), value);
        }
    }

    private static Property property(NetworkEditor editor, EObject element, Object feature) {
        IPropertySource source = editor.getPropertySource(element);
        for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
            if (descriptor instanceof ItemPropertyDescriptorAdapter adapter && adapter.feature() == feature) {
                return new Property(source, adapter);
            }
        }
        throw new AssertionError("no property " + feature);
    }

    private IFile copyExample(String example) throws Exception {
        IFile file = project.getFile("models/" + Path.of(example).getFileName());
        file.create(new ByteArrayInputStream(Files.readAllBytes(EXAMPLES.resolve(example))), false, null);
        return file;
    }

    private NetworkEditor open(IFile file) throws Exception {
        IEditorPart part = IDE.openEditor(page, file);
        flush();
        return assertInstanceOf(NetworkEditor.class, part, "not the default editor of .snn");
    }

    private static void select(NetworkEditor editor, EObject element) {
        editor.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(element), true);
        flush();
        IStructuredSelection selection = editor.getViewer().getStructuredSelection();
        assertEquals(List.of(element), selection.toList());
    }

    /** The text of the Edit menu's item starting with {@code label}, as the user sees it when opening the menu. */
    private static String editMenuItem(String label) {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        for (MenuItem top : shell.getMenuBar().getItems()) {
            if (top.getText().replace("&", "").equals("Edit")) {
                Menu menu = top.getMenu();
                menu.notifyListeners(SWT.Show, new Event());
                flush();
                try {
                    for (MenuItem item : menu.getItems()) {
                        if (item.getText().replace("&", "").startsWith(label)) {
                            return item.getText().replace("&", "");
                        }
                    }
                } finally {
                    menu.notifyListeners(SWT.Hide, new Event());
                    flush();
                }
            }
        }
        throw new AssertionError("no Edit > " + label);
    }

    /** Opens the Problems view's groups, as a user would before looking (for the screenshot). */
    private static void expandProblems(org.eclipse.swt.widgets.Composite root) {
        for (org.eclipse.swt.widgets.Control child : root.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Tree tree && tree.getItemCount() > 0
                    && tree.getItem(0).getText().startsWith("Errors")) {
                Event event = new Event();
                event.item = tree.getItem(0);
                tree.notifyListeners(SWT.Expand, event);
                tree.getItem(0).setExpanded(true);
                flush();
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                expandProblems(composite);
            }
        }
    }

    private static IHandlerService handlers() {
        return PlatformUI.getWorkbench().getService(IHandlerService.class);
    }

    private static List<String> lines(byte[] bytes) {
        return Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1));
    }

    private static int lineContaining(IFile file, String text) throws Exception {
        List<String> lines = lines(file.getContents().readAllBytes());
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).contains(text)) {
                return n + 1;
            }
        }
        throw new AssertionError(text);
    }

    private static List<IMarker> markers(IFile file, String feature) {
        try {
            return Arrays.stream(file.findMarkers(NetworkEditor.MARKER, false, IResource.DEPTH_ZERO))
                    .filter(m -> feature.equals(m.getAttribute(NetworkEditor.MARKER_FEATURE, ""))).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static IMarker waitForMarker(IFile file, String feature) {
        waitUntil(() -> !markers(file, feature).isEmpty(), "no marker for '" + feature + "'");
        return markers(file, feature).get(0);
    }
}
