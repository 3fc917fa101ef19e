// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.launch.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.ui.editor.NetworkEditor;

/**
 * A model that was not run: its problems, each a link to its marker. The model is opened in the
 * network editor, which validates it and puts the markers on the file; double-clicking a problem
 * selects its element there, as double-clicking the marker in the Problems view does. Modeless, so
 * the user can fix the model with the list in view.
 */
public final class RefusedModelDialog extends TitleAreaDialog {

    private final IFile model;
    private final List<ModelProblem> problems;
    private TableViewer table;

    private RefusedModelDialog(Shell parent, IFile model, List<ModelProblem> problems) {
        super(parent);
        this.model = model;
        this.problems = List.copyOf(problems);
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    /** Opens the model in its editor and the dialog beside it; on the UI thread. */
    static RefusedModelDialog open(IFile model, List<ModelProblem> problems) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        editor(window.getActivePage(), model);
        RefusedModelDialog dialog = new RefusedModelDialog(window.getShell(), model, problems);
        dialog.open();
        return dialog;
    }

    /** The title of the dialog's window for {@code model}. */
    public static String title(IFile model) {
        return "Cannot run " + model.getName();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title(model));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        long errors = problems.stream().filter(ModelProblem::isError).count();
        setTitle(model.getFullPath() + " has " + errors + (errors == 1 ? " error" : " errors"));
        setMessage("The model was not run. Double-click a problem to select its element in the editor.");
        Composite area = (Composite) super.createDialogArea(parent);
        table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 180).indent(8, 8).applyTo(table.getControl());
        column("Problem", 480, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ModelProblem) element).message();
            }

            @Override
            public Image getImage(Object element) {
                return PlatformUI.getWorkbench().getSharedImages().getImage(((ModelProblem) element).isError()
                        ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
            }
        });
        column("Element", 150, ColumnLabelProvider.createTextProvider(p -> ((ModelProblem) p).element()));
        column("Line", 60, ColumnLabelProvider.createTextProvider(
                p -> ((ModelProblem) p).line() > 0 ? Integer.toString(((ModelProblem) p).line()) : ""));
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(problems);
        table.addDoubleClickListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof ModelProblem problem) {
                goTo(problem);
            }
        });
        return area;
    }

    private void column(String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        close();
    }

    /** The problems listed, in order. */
    public List<ModelProblem> problems() {
        return problems;
    }

    /**
     * Opens the editor at {@code problem}'s marker (the editor's validation writes it shortly after the
     * editor opens: waits up to two seconds for it); false when it has none.
     */
    public boolean goTo(ModelProblem problem) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart editor = editor(page, model);
        Display display = getShell() == null ? Display.getCurrent() : getShell().getDisplay();
        long end = System.currentTimeMillis() + 2000;
        IMarker marker = marker(problem);
        while (marker == null && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { }); // wakes the loop when no event comes
                display.sleep();
            }
            marker = marker(problem);
        }
        if (marker == null || editor == null) {
            return false;
        }
        IDE.gotoMarker(editor, marker);
        return true;
    }

    /** The editor's marker with the problem's message, on the same line when several have it. */
    private IMarker marker(ModelProblem problem) {
        IMarker found = null;
        try {
            for (IMarker marker : model.findMarkers(NetworkEditor.MARKER, false, IResource.DEPTH_ZERO)) {
                if (problem.message().equals(marker.getAttribute(IMarker.MESSAGE, null))) {
                    if (found == null || marker.getAttribute(IMarker.LINE_NUMBER, 0) == problem.line()) {
                        found = marker;
                    }
                }
            }
        } catch (CoreException e) {
            return null;
        }
        return found;
    }

    private static IEditorPart editor(IWorkbenchPage page, IFile model) {
        try {
            return IDE.openEditor(page, model, NetworkEditor.ID, true);
        } catch (PartInitException e) {
            return null;
        }
    }
}
