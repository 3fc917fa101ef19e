// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.console.IConsoleConstants;

/**
 * The Spikestudio perspective: models on the left, the editor in the middle, the outline on the
 * right, and across the bottom problems, properties, progress and console, beside which the result
 * views place themselves.
 */
public final class SpikestudioPerspective implements IPerspectiveFactory {

    public static final String ID = "org.spikestudio.ui.perspective";

    /** The views the perspective opens, in the order a user reads them. */
    public static final String[] VIEW_IDS = { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
            IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROGRESS_VIEW,
            IConsoleConstants.ID_CONSOLE_VIEW };

    /**
     * The Getting Started view of org.spikestudio.ui.editor: the first tab of the right folder, so a
     * user who opens the workbench for the first time sees it, not the Outline, which stays empty
     * until a network is open.
     */
    static final String GETTING_STARTED = "org.spikestudio.ui.editor.gettingStarted";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();

        // Created first, so it spans the window's width: the result views beside it need the room.
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.5f, editorArea);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        bottom.addView(IConsoleConstants.ID_CONSOLE_VIEW);

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);

        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.75f, editorArea);
        right.addView(GETTING_STARTED);
        right.addView(IPageLayout.ID_OUTLINE);

        for (String id : VIEW_IDS) {
            layout.addShowViewShortcut(id);
        }
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
    }
}
