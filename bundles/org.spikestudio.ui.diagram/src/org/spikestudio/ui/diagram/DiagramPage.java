// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.spikestudio.model.Network;
import org.spikestudio.ui.editor.EditorPage;
import org.spikestudio.ui.editor.NetworkEditor;

/** Placeholder while the notation lands. */
public final class DiagramPage implements EditorPage {
    @Override
    public String title() {
        return "Diagram";
    }

    @Override
    public Control createControl(Composite parent, NetworkEditor editor) {
        return new org.spikestudio.ui.diagram.engine.DiagramViewer(parent, null).getControl();
    }

    @Override
    public void loaded(Network network) {
    }

    @Override
    public void saved(Path modelFile) {
    }
}
