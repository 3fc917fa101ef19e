// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.spikestudio.model.Network;

/**
 * A page another bundle adds to the network editor (extension point
 * {@code org.spikestudio.ui.editor.pages}), shown as a tab before the tree. A page works on the
 * editor's network and editing domain ({@link NetworkEditor#getEditingDomain()}): every change it
 * makes is a command on the one stack, so undo, dirty state and save are the editor's. Selection is
 * shared through the tree viewer ({@link NetworkEditor#getViewer()}), which stays the site's
 * selection provider: a page mirrors the tree's selection and sets it.
 */
public interface EditorPage {

    /** The tab's text. */
    String title();

    /** Creates the page's control, once, before {@link #loaded}. */
    Control createControl(Composite parent, NetworkEditor editor);

    /** The editor read its file (on open, revert or a change on disk); null when it could not be read. */
    void loaded(Network network);

    /** The editor saved the network into {@code modelFile}: write what the page keeps beside it. */
    void saved(Path modelFile) throws IOException;

    /** The problems of the network changed ({@link NetworkEditor#problemSeverity(Object)}). */
    default void problemsChanged() {
    }

    default void dispose() {
    }
}
