// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Installs the active network editor's Edit actions and File > Revert as the workbench's global actions. */
public class NetworkEditorContributor extends EditorActionBarContributor {

    private NetworkEditor editor;

    private final Action revert = new Action("Re&vert") {
        @Override
        public void run() {
            if (editor != null) {
                editor.revert();
            }
        }
    };

    @Override
    public void setActiveEditor(IEditorPart part) {
        editor = part instanceof NetworkEditor network ? network : null;
        IActionBars bars = getActionBars();
        if (editor != null && bars != null) {
            editor.getActions().install(bars);
            revert.setActionDefinitionId("org.eclipse.ui.file.revert");
            bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
            bars.updateActionBars();
        }
    }
}
