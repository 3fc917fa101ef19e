// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.Test;

/** Runs in the real IDE workbench started with the Spikestudio product (see this bundle's pom.xml). */
class SpikestudioWorkbenchTest {

    private final IWorkbench workbench = PlatformUI.getWorkbench();

    @Test
    void productIsBrandedSpikestudio() {
        IProduct product = Platform.getProduct();
        assertNotNull(product, "no product: the workbench was not started with org.spikestudio.ui.product");
        assertEquals("org.spikestudio.ui.product", product.getId());
        assertEquals("Spikestudio", product.getName());
        assertTrue(product.getProperty("aboutText").startsWith("Spikestudio"), product.getProperty("aboutText"));
        String title = workbench.getActiveWorkbenchWindow().getShell().getText();
        assertTrue(title.contains("Spikestudio"), "window title: " + title);
    }

    @Test
    void spikestudioPerspectiveIsTheDefault() {
        assertEquals(SpikestudioPerspective.ID, workbench.getPerspectiveRegistry().getDefaultPerspective());
    }

    @Test
    void spikestudioPerspectiveShowsItsViews() throws WorkbenchException {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = workbench.showPerspective(SpikestudioPerspective.ID, window);
        page.resetPerspective();
        flushEvents();

        assertEquals(SpikestudioPerspective.ID, page.getPerspective().getId());
        assertTrue(page.isEditorAreaVisible(), "editor area hidden");
        for (String viewId : SpikestudioPerspective.VIEW_IDS) {
            IViewReference reference = page.findViewReference(viewId);
            assertNotNull(reference, viewId + " is not in the perspective");
            IViewPart view = reference.getView(true);
            assertNotNull(view, viewId + " could not be created");
            // A view whose contribution is missing or broken opens as an error placeholder.
            assertNotEquals("ErrorViewPart", view.getClass().getSimpleName(), viewId + " failed to open");
        }
        assertNotNull(page.findView(IPageLayout.ID_PROJECT_EXPLORER), "Project Explorer not visible");
    }

    @Test
    void workbenchStartsWithoutLoggedErrors() throws IOException {
        flushEvents();
        // Missing runtime pieces (an SVG rasterizer, a theme, a service) do not stop the workbench;
        // they only leave ERROR entries (severity 4) in the log and broken icons or views on screen.
        Path log = Platform.getLogFileLocation().toPath();
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        List<String> errors = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).matches("!ENTRY \\S+ 4 .*")) {
                errors.add(lines.get(n) + (n + 1 < lines.size() ? " " + lines.get(n + 1) : ""));
            }
        }
        assertTrue(errors.isEmpty(), "errors in " + log + ": " + errors);
    }

    private static void flushEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain pending UI work so the layout is complete
        }
    }
}
