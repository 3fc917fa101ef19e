// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram.engine;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The tool strip on the left of a diagram: one toggle button per tool, the selection tool first.
 * It follows the viewer's tool, which returns to selection after each creation or connection.
 */
public final class Palette {

    private final Composite strip;
    private final List<Button> buttons = new ArrayList<>();

    public Palette(Composite parent, DiagramViewer viewer, List<Tool> tools, Runnable fit, Runnable layout) {
        strip = new Composite(parent, SWT.NONE);
        GridLayout grid = new GridLayout(1, true);
        grid.verticalSpacing = 2;
        strip.setLayout(grid);
        List<Tool> all = new ArrayList<>();
        all.add(Tool.SELECT);
        all.addAll(tools);
        for (Tool tool : all) {
            Button button = new Button(strip, SWT.TOGGLE);
            button.setText(tool.label());
            button.setToolTipText(tool.description());
            button.setData(tool);
            button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            button.addListener(SWT.Selection, e -> viewer.setTool(tool));
            buttons.add(button);
        }
        new Label(strip, SWT.SEPARATOR | SWT.HORIZONTAL).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        action("Fit", "Fit the diagram to the window (Ctrl+0)", fit);
        action("Layout", "Arrange the selection, or everything, with ELK (undoable)", layout);
        viewer.addToolListener(this::show);
        show(viewer.getTool());
    }

    private void action(String text, String tip, Runnable run) {
        Button button = new Button(strip, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> run.run());
    }

    private void show(Tool tool) {
        for (Button b : buttons) {
            if (!b.isDisposed()) {
                b.setSelection(b.getData() == tool);
            }
        }
    }

    public Composite getControl() {
        return strip;
    }
}
