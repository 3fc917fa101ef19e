// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.part.ViewPart;
import org.spikestudio.model.Population;

/**
 * Filters the result views to the populations selected in a model (the network editor's tree,
 * later the diagram): a selection of populations shows them, any other selection shows all.
 * Selections in the result views themselves are ignored.
 */
public final class SelectionFilter implements ISelectionListener {

    private static final String INSTALLED = SelectionFilter.class.getName();

    private SelectionFilter() {
    }

    /** Listens to the window's selection, once per window. */
    public static void install(IWorkbenchWindow window) {
        if (window == null || window.getShell() == null || window.getShell().getData(INSTALLED) != null) {
            return;
        }
        SelectionFilter filter = new SelectionFilter();
        window.getShell().setData(INSTALLED, filter);
        window.getSelectionService().addPostSelectionListener(filter);
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part instanceof ViewPart && part.getClass().getPackageName().startsWith("org.spikestudio.ui.charts")) {
            return;
        }
        ResultSession.get().select(populations(selection));
    }

    /** The ids and names of the selected populations; empty when anything else is selected. */
    public static Set<String> populations(ISelection selection) {
        Set<String> selected = new LinkedHashSet<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object o : structured.toList()) {
                if (!(o instanceof Population p)) {
                    return Set.of();
                }
                if (p.getId() != null) {
                    selected.add(p.getId());
                }
                if (p.getName() != null) {
                    selected.add(p.getName());
                }
            }
        }
        return selected;
    }
}
