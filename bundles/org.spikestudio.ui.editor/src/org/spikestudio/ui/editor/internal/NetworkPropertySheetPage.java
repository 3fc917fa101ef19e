// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties view's page for the network editor: EMF.Edit's property sources, each property's
 * description (with its unit) as the tooltip of its row, and the editor's undo and redo while the
 * view is active, so Ctrl+Z there undoes the last change too.
 */
public final class NetworkPropertySheetPage extends PropertySheetPage {

    private final EditingActions actions;

    public NetworkPropertySheetPage(IPropertySourceProvider sources, EditingActions actions) {
        this.actions = actions;
        setPropertySourceProvider(sources);
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        Tree tree = (Tree) getControl();
        tree.addListener(SWT.MouseHover, event -> {
            TreeItem item = tree.getItem(new Point(event.x, event.y));
            tree.setToolTipText(item != null && item.getData() instanceof IPropertySheetEntry entry
                    ? entry.getDescription() : null);
        });
    }

    @Override
    public void setActionBars(IActionBars bars) {
        super.setActionBars(bars);
        bars.setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId(), actions.undo);
        bars.setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.REDO.getId(), actions.redo);
    }
}
