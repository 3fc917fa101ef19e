// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.spikestudio.model.Identified;
import org.spikestudio.model.Network;
import org.spikestudio.model.edit.command.SpikestudioEditingDomain;
import org.spikestudio.model.edit.provider.LabelingItemProviderAdapterFactory;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelLoadException;
import org.spikestudio.model.validation.ElementNames;
import org.spikestudio.model.validation.NetworkValidation;
import org.spikestudio.ui.editor.internal.EditingActions;
import org.spikestudio.ui.editor.internal.ItemContentProvider;
import org.spikestudio.ui.editor.internal.ItemLabelProvider;
import org.spikestudio.ui.editor.internal.ItemPropertySourceProvider;
import org.spikestudio.ui.editor.internal.NetworkPropertySheetPage;
import org.spikestudio.ui.editor.internal.ProblemMarkers;

/**
 * The editor of {@code .snn} networks: a tree of the model from the EMF.Edit item providers, every
 * change a command on one editing domain's stack (the one the Properties view, the outline and the
 * coming diagram share). Loading and saving go through the model bundle ({@link ModelFiles}), so a
 * file saved here is byte for byte what the command line would write. A file that cannot be loaded
 * shows its problems instead of a tree, and nothing can be saved over it.
 */
public class NetworkEditor extends EditorPart implements IEditingDomainProvider, IGotoMarker {

    public static final String ID = "org.spikestudio.ui.editor.networkEditor";
    /** The marker type of validation problems. */
    public static final String MARKER = "org.spikestudio.ui.editor.problem";
    public static final String MARKER_ELEMENT_ID = "elementId";
    public static final String MARKER_FEATURE = "feature";
    public static final String MARKER_CODE = "code";
    /** Quick Fix (Ctrl+1) on the selected element, bound in the editor's context. */
    public static final String QUICK_FIX = "org.spikestudio.ui.editor.quickFix";
    private static final String CONTEXT = "org.spikestudio.ui.editor.context";
    /** Validation waits this long after the last change, so typing does not validate every key. */
    static final long VALIDATION_DELAY_MS = 300;

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
            new org.eclipse.emf.common.notify.AdapterFactory[] { new ResourceItemProviderAdapterFactory(),
                    new LabelingItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory() });
    private final BasicCommandStack stack = new BasicCommandStack();
    private final SpikestudioEditingDomain domain = new SpikestudioEditingDomain(adapterFactory, stack,
            ModelFiles.newResourceSet());
    private final ItemPropertySourceProvider propertySources = new ItemPropertySourceProvider(adapterFactory);
    private final IResourceChangeListener fileWatcher = this::fileChanged;

    private EditingActions actions;
    private ProblemMarkers problems;
    private Composite pages;
    private StackLayout pageLayout;
    private TreeViewer viewer;
    private Composite errorPage;
    private Text errorText;
    private Network network;
    private ModelLoadException loadError;
    /** The bytes last read from or written to the file: a change event with the same bytes is our own. */
    private byte[] lastBytes;
    private Outline outline;
    /** Pages other bundles add (extension point {@link #PAGES}), shown as tabs before the tree. */
    private final List<EditorPage> extraPages = new ArrayList<>();
    private CTabFolder tabs;

    /** The extension point through which other bundles add pages ({@link EditorPage}). */
    public static final String PAGES = "org.spikestudio.ui.editor.pages";

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput) && !(input instanceof IURIEditorInput)) {
            throw new PartInitException("Spikestudio network editor: not a file: " + input.getName());
        }
        // EMF's global registry gets our rules explicitly (the model bundle no longer registers them
        // as a side effect of loading), so any generic Validate action in the workbench uses them.
        NetworkValidation.register();
        setSite(site);
        setInputWithNotify(input);
        // Lets EMF.Edit find the domain from an element, so property changes become commands on its stack.
        domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        setPartName(input.getName());
        actions = new EditingActions(domain, this::selection);
        actions.confirmDelete = this::confirmDelete;
        stack.addCommandStackListener(event -> getSite().getShell().getDisplay().asyncExec(this::commandStackChanged));
        problems = new ProblemMarkers(site.getShell().getDisplay(), () -> network, this::workspaceFile, this::refreshLabels);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(fileWatcher, IResourceChangeEvent.POST_CHANGE);
        load();
    }

    @Override
    public void createPartControl(Composite parent) {
        pages = new Composite(parent, SWT.NONE);
        pageLayout = new StackLayout();
        pages.setLayout(pageLayout);

        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(PAGES)) {
            try {
                extraPages.add((EditorPage) element.createExecutableExtension("class"));
            } catch (CoreException | ClassCastException e) {
                Platform.getLog(getClass()).error("Network editor page not added: " + element.getAttribute("class"), e);
            }
        }
        Composite treeParent = pages;
        if (!extraPages.isEmpty()) {
            tabs = new CTabFolder(pages, SWT.BOTTOM | SWT.FLAT);
            treeParent = tabs;
        }
        viewer = new TreeViewer(treeParent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new ItemContentProvider(adapterFactory));
        viewer.setLabelProvider(new ItemLabelProvider(adapterFactory, problems::severity));
        viewer.setUseHashlookup(true);
        viewer.addSelectionChangedListener(event -> actions.update());
        getSite().setSelectionProvider(viewer);
        createContextMenu();
        createDragAndDrop();
        getSite().getService(IContextService.class).activateContext(CONTEXT);
        getSite().getService(IHandlerService.class).activateHandler(QUICK_FIX, new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                showQuickFixes();
                return null;
            }
        });

        if (tabs != null) {
            for (EditorPage page : extraPages) {
                CTabItem item = new CTabItem(tabs, SWT.NONE);
                item.setText(page.title());
                item.setData(page);
                item.setControl(page.createControl(tabs, this));
            }
            CTabItem tree = new CTabItem(tabs, SWT.NONE);
            tree.setText("Tree");
            tree.setControl(viewer.getControl());
            tabs.setSelection(0);
        }

        errorPage = new Composite(pages, SWT.NONE);
        errorPage.setLayout(new GridLayout(1, false));
        new Label(errorPage, SWT.WRAP).setText("This file cannot be opened as a network. Fix it in a text editor:");
        errorText = new Text(errorPage, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        errorText.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Button openText = new Button(errorPage, SWT.PUSH);
        openText.setText("Open in Text Editor");
        openText.addListener(SWT.Selection, event -> openInTextEditor());
        showPage();
    }

    private void showPage() {
        if (pages == null || pages.isDisposed()) {
            return;
        }
        if (loadError != null) {
            errorText.setText(loadError.getMessage());
            pageLayout.topControl = errorPage;
        } else {
            viewer.setInput(network.eResource());
            viewer.expandToLevel(2);
            pageLayout.topControl = tabs != null ? tabs : viewer.getControl();
        }
        pages.layout();
        for (EditorPage page : extraPages) {
            page.loaded(network);
        }
        if (outline != null) {
            outline.show(network == null ? null : network.eResource());
        }
    }

    /** Reads the file; a failure leaves no model, only the problems to show. */
    private void load() {
        for (Resource old : new ArrayList<>(domain.getResourceSet().getResources())) {
            old.unload();
        }
        domain.getResourceSet().getResources().clear();
        stack.flush();
        network = null;
        loadError = null;
        Path file = path();
        try {
            lastBytes = Files.readAllBytes(file);
            network = ModelFiles.load(file);
            domain.getResourceSet().getResources().add(network.eResource());
        } catch (ModelLoadException e) {
            loadError = e;
        } catch (IOException e) {
            loadError = new ModelLoadException(List.of(org.spikestudio.model.resource.ModelProblem.error(
                    file.toString(), 0, 0, "cannot be read: " + e.getMessage())));
        }
        firePropertyChange(PROP_DIRTY);
        problems.schedule(0);
    }

    /** The file in the local file system. */
    public Path path() {
        IEditorInput input = getEditorInput();
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            return fileInput.getFile().getLocation().toPath();
        }
        return Path.of(((IURIEditorInput) input).getURI());
    }

    private IFile workspaceFile() {
        return getEditorInput() instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
    }

    // ---- saving ----

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (network != null) {
            saveTo(path());
        }
    }

    @Override
    public void doSaveAs() {
        if (network == null) {
            return;
        }
        SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
        if (workspaceFile() != null) {
            dialog.setOriginalFile(workspaceFile());
        }
        if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
            return;
        }
        IPath target = dialog.getResult();
        if (target.getFileExtension() == null) {
            target = target.addFileExtension(ModelFiles.FILE_EXTENSION);
        }
        saveAs(ResourcesPlugin.getWorkspace().getRoot().getFile(target));
    }

    /** Saves the model into {@code file} and edits that file from now on. */
    public void saveAs(IFile file) {
        if (network != null && saveTo(file.getLocation().toPath())) {
            problems.clearMarkers();
            setInputWithNotify(new FileEditorInput(file));
            setPartName(file.getName());
            refreshWorkspace();
            problems.schedule(0);
        }
    }

    private boolean saveTo(Path file) {
        try {
            ModelFiles.save(network, file);
            lastBytes = Files.readAllBytes(file);
            for (EditorPage page : extraPages) {
                page.saved(file);
            }
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot save", file + ": " + e.getMessage());
            return false;
        }
        stack.saveIsDone();
        firePropertyChange(PROP_DIRTY);
        refreshWorkspace();
        problems.schedule(0);
        return true;
    }

    /** Throws away the unsaved changes and reads the file again (File > Revert). */
    public void revert() {
        load();
        showPage();
    }

    private void refreshWorkspace() {
        IFile file = workspaceFile();
        if (file != null) {
            try {
                file.refreshLocal(IResource.DEPTH_ZERO, null);
            } catch (CoreException e) {
                // the next refresh picks it up; the file itself is saved
            }
        }
    }

    @Override
    public boolean isDirty() {
        return network != null && stack.isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return network != null;
    }

    // ---- changes on disk ----

    private void fileChanged(IResourceChangeEvent event) {
        IFile file = workspaceFile();
        IResourceDelta delta = file == null || event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
        if (delta == null) {
            return;
        }
        boolean removed = delta.getKind() == IResourceDelta.REMOVED;
        if (!removed && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) == 0) {
            return;
        }
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (pages == null || pages.isDisposed()) {
                return;
            }
            if (removed) {
                fileDeleted();
            } else {
                fileChangedOnDisk();
            }
        });
    }

    private void fileChangedOnDisk() {
        byte[] now;
        try {
            now = Files.readAllBytes(path());
        } catch (IOException e) {
            return;
        }
        if (Arrays.equals(now, lastBytes)) {
            return; // our own save, or a touch
        }
        if (!isDirty() || MessageDialog.openQuestion(getSite().getShell(), "File Changed",
                "The file '" + getEditorInput().getName() + "' has been changed on the file system. "
                        + "Do you want to replace the editor contents with these changes?")) {
            revert();
        } else {
            lastBytes = now; // asked once for this version of the file
        }
    }

    private void fileDeleted() {
        if (!isDirty()) {
            getSite().getPage().closeEditor(this, false);
            return;
        }
        String[] buttons = { "Save", "Close" };
        MessageDialog dialog = new MessageDialog(getSite().getShell(), "File Deleted", null,
                "The file '" + getEditorInput().getName() + "' has been deleted from the file system. "
                        + "Do you want to save your changes or close the editor without saving?",
                MessageDialog.QUESTION, buttons, 0);
        if (dialog.open() == 0) {
            doSaveAs();
        } else {
            getSite().getPage().closeEditor(this, false);
        }
    }

    private void openInTextEditor() {
        try {
            getSite().getPage().openEditor(getEditorInput(), "org.eclipse.ui.DefaultTextEditor");
            getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot open the text editor", e.getMessage());
        }
    }

    // ---- commands ----

    private void commandStackChanged() {
        if (pages == null || pages.isDisposed()) {
            return;
        }
        firePropertyChange(PROP_DIRTY);
        actions.update();
        Command last = stack.getMostRecentCommand();
        if (last != null && last.getAffectedObjects() != null) {
            List<?> affected = last.getAffectedObjects().stream().filter(EObject.class::isInstance)
                    .filter(e -> ((EObject) e).eResource() != null).toList();
            if (!affected.isEmpty()) {
                viewer.setSelection(new StructuredSelection(affected), true);
            }
        }
        problems.schedule(VALIDATION_DELAY_MS);
    }

    /** A delete that takes more than the selection with it says what, and asks. */
    private boolean confirmDelete(org.spikestudio.model.edit.command.CascadingDeleteCommand command) {
        if (command.getDependants().isEmpty() && command.getShrunk().isEmpty()) {
            return true;
        }
        StringBuilder text = new StringBuilder(command.getLabel()).append(" also");
        if (!command.getDependants().isEmpty()) {
            text.append(" deletes what refers to it:\n");
            command.getDependants().forEach(e -> text.append("  ").append(ElementNames.of(e)).append('\n'));
        }
        if (!command.getShrunk().isEmpty()) {
            text.append(command.getDependants().isEmpty() ? " " : "and ").append("removes it from:\n");
            command.getShrunk().forEach(e -> text.append("  ").append(ElementNames.of(e)).append('\n'));
        }
        return MessageDialog.openConfirm(getSite().getShell(), command.getLabel(), text.append("\nUndo restores all of them.").toString());
    }

    private IStructuredSelection selection() {
        return viewer == null ? StructuredSelection.EMPTY : viewer.getStructuredSelection();
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager("#PopUp");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    private void fillContextMenu(IMenuManager menu) {
        IStructuredSelection selection = selection();
        if (selection.size() == 1 && selection.getFirstElement() instanceof EObject element) {
            menu.add(newElementMenu("&New Child", element, null));
            if (element.eContainer() != null) {
                menu.add(newElementMenu("N&ew Sibling", element.eContainer(), element));
            }
            menu.add(new Separator());
        }
        menu.add(actions.undo);
        menu.add(actions.redo);
        menu.add(new Separator());
        menu.add(actions.cut);
        menu.add(actions.copy);
        menu.add(actions.paste);
        menu.add(new Separator());
        menu.add(actions.delete);
        menu.add(new Separator("additions"));
    }

    /** New Child / New Sibling: what the metamodel lets {@code owner} contain, as the item providers say. */
    private MenuManager newElementMenu(String text, EObject owner, EObject sibling) {
        MenuManager submenu = new MenuManager(text);
        for (Action action : actions.newElementActions(owner, sibling)) {
            submenu.add(action);
        }
        return submenu;
    }

    private void createDragAndDrop() {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        int operations = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;
        viewer.addDragSupport(operations, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(selection());
            }
        });
        viewer.addDropSupport(operations, transfers, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                return target != null && dropCommand(target, operation).canExecute();
            }

            @Override
            public boolean performDrop(Object data) {
                Command command = dropCommand(getCurrentTarget(), getCurrentOperation());
                if (!command.canExecute()) {
                    return false;
                }
                stack.execute(command);
                return true;
            }

            private Command dropCommand(Object target, int operation) {
                float location = switch (getCurrentLocation()) {
                    case LOCATION_BEFORE -> 0.1f;
                    case LOCATION_AFTER -> 0.9f;
                    default -> 0.5f;
                };
                return actions.moveCommand(target, location, operation,
                        ((IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection()).toList());
            }
        });
    }

    // ---- problems ----

    private void refreshLabels() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
        extraPages.forEach(EditorPage::problemsChanged);
        if (outline != null) {
            outline.refreshLabels();
        }
    }

    /** The element of the model with this id, or null. */
    public EObject elementById(String id) {
        if (network == null || id == null) {
            return null;
        }
        if (id.equals(network.getId())) {
            return network;
        }
        for (var all = network.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Identified identified && id.equals(identified.getId())) {
                return identified;
            }
        }
        return null;
    }

    /** The quick fixes of the problems of the selected element, with the marker each one fixes. */
    public Map<IMarkerResolution, IMarker> quickFixes() {
        Map<IMarkerResolution, IMarker> fixes = new java.util.LinkedHashMap<>();
        IFile file = workspaceFile();
        if (file == null || !(selection().getFirstElement() instanceof Identified element)) {
            return fixes;
        }
        try {
            for (IMarker marker : file.findMarkers(MARKER, false, IResource.DEPTH_ZERO)) {
                if (element.getId().equals(marker.getAttribute(MARKER_ELEMENT_ID, null))) {
                    for (IMarkerResolution fix : IDE.getMarkerHelpRegistry().getResolutions(marker)) {
                        fixes.put(fix, marker);
                    }
                }
            }
        } catch (CoreException e) {
            // no markers, no fixes
        }
        return fixes;
    }

    private void showQuickFixes() {
        Map<IMarkerResolution, IMarker> fixes = quickFixes();
        Menu menu = new Menu(viewer.getControl());
        if (fixes.isEmpty()) {
            MenuItem none = new MenuItem(menu, SWT.PUSH);
            none.setText("No quick fix for the selected element");
            none.setEnabled(false);
        }
        fixes.forEach((fix, marker) -> {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(fix.getLabel());
            item.addListener(SWT.Selection, event -> fix.run(marker));
        });
        org.eclipse.swt.widgets.TreeItem[] selected = viewer.getTree().getSelection();
        if (selected.length > 0) {
            org.eclipse.swt.graphics.Rectangle row = selected[0].getBounds();
            menu.setLocation(viewer.getTree().toDisplay(row.x, row.y + row.height));
        }
        menu.setVisible(true);
    }

    /** Selects the element a marker names (double-click in the Problems view). */
    @Override
    public void gotoMarker(IMarker marker) {
        EObject element = elementById(marker.getAttribute(MARKER_ELEMENT_ID, null));
        if (element != null && viewer != null) {
            viewer.setSelection(new StructuredSelection(element), true);
            viewer.getControl().setFocus();
        }
    }

    // ---- the editor's parts for other views ----

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** The network being edited, or null when the file could not be loaded. */
    public Network getNetwork() {
        return network;
    }

    /** The problems of a file that could not be loaded, or null. */
    public ModelLoadException getLoadError() {
        return loadError;
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    /** The worst problem severity ({@link IMarker#SEVERITY_ERROR} ...) of an element and its contents, or -1. */
    public int problemSeverity(Object element) {
        return problems.severity(element);
    }

    /** The pages added through {@link #PAGES}, in tab order (the tree comes last). */
    public List<EditorPage> getPages() {
        return List.copyOf(extraPages);
    }

    /** Brings a page's tab to the front; null shows the tree. */
    public void showPage(EditorPage page) {
        if (tabs == null) {
            return;
        }
        for (CTabItem item : tabs.getItems()) {
            if (item.getData() == page) {
                tabs.setSelection(item);
                return;
            }
        }
        tabs.setSelection(tabs.getItemCount() - 1);
    }

    public EditingActions getActions() {
        return actions;
    }

    /** What the Properties view shows and edits for {@code element}. */
    public org.eclipse.ui.views.properties.IPropertySource getPropertySource(Object element) {
        return propertySources.getPropertySource(element);
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            return type.cast(new NetworkPropertySheetPage(propertySources, actions));
        }
        if (type == IContentOutlinePage.class) {
            return type.cast(outlinePage());
        }
        if (type == IGotoMarker.class) {
            return type.cast(this);
        }
        return super.getAdapter(type);
    }

    private IContentOutlinePage outlinePage() {
        if (outline == null) {
            outline = new Outline();
        }
        return outline;
    }

    /** The Outline view's page: the same tree; selecting in it selects in the editor. */
    private final class Outline extends ContentOutlinePage {
        @Override
        public void createControl(Composite parent) {
            super.createControl(parent);
            TreeViewer tree = getTreeViewer();
            tree.setContentProvider(new ItemContentProvider(adapterFactory));
            tree.setLabelProvider(new ItemLabelProvider(adapterFactory, problems::severity));
            show(network == null ? null : network.eResource());
            // The Properties view follows the editor's selection.
            tree.addSelectionChangedListener(event -> {
                if (!event.getSelection().isEmpty() && viewer != null) {
                    viewer.setSelection(event.getSelection(), true);
                }
            });
        }

        void refreshLabels() {
            if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
                getTreeViewer().refresh(true);
            }
        }

        void show(Object input) {
            TreeViewer tree = getTreeViewer();
            if (tree != null && !tree.getControl().isDisposed()) {
                tree.setInput(input);
                tree.expandToLevel(2);
            }
        }

        @Override
        public void dispose() {
            outline = null;
            super.dispose();
        }
    }

    @Override
    public void setFocus() {
        if (pageLayout != null && pageLayout.topControl != null && !pageLayout.topControl.isDisposed()) {
            pageLayout.topControl.setFocus();
        }
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileWatcher);
        extraPages.forEach(EditorPage::dispose);
        problems.dispose(isDirty(), path(), network == null ? null : network.eResource().getURI());
        adapterFactory.dispose();
        super.dispose();
    }
}
