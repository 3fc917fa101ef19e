// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The tool strip on the left of a diagram: one toggle button per tool, the selection tool first;
 * the tools of a group share a button whose arrow picks the variant. The strip follows the viewer's
 * tool, which returns to selection after each creation or connection.
 */
public final class Palette {

    private final Composite strip;
    private final DiagramViewer viewer;
    /** Per button, the tools it stands for (one, or a group's variants). */
    private final Map<Button, List<Tool>> buttons = new LinkedHashMap<>();

    public Palette(Composite parent, DiagramViewer viewer, List<Tool> tools, Runnable fit, Runnable layout) {
        this.viewer = viewer;
        strip = new Composite(parent, SWT.NONE);
        GridLayout grid = new GridLayout(2, false);
        grid.verticalSpacing = 2;
        grid.horizontalSpacing = 0;
        strip.setLayout(grid);
        Map<String, List<Tool>> rows = new LinkedHashMap<>();
        rows.put(Tool.SELECT.id(), List.of(Tool.SELECT));
        for (Tool tool : tools) {
            rows.computeIfAbsent(tool.group() != null ? "group:" + tool.group() : tool.id(), k -> new ArrayList<>()).add(tool);
        }
        for (List<Tool> row : rows.values()) {
            Button button = new Button(strip, SWT.TOGGLE);
            button.setData(row.get(0));
            show(button, row.get(0));
            buttons.put(button, row);
            button.addListener(SWT.Selection, e -> viewer.setTool((Tool) button.getData()));
            if (row.size() > 1) {
                button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                Button arrow = new Button(strip, SWT.ARROW | SWT.DOWN);
                arrow.setToolTipText("Choose the kind of " + row.get(0).group().toLowerCase());
                arrow.addListener(SWT.Selection, e -> variants(button, arrow, row));
            } else {
                button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            }
        }
        new Label(strip, SWT.SEPARATOR | SWT.HORIZONTAL).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        action("Fit", "Fit the diagram to the window (Ctrl+0)", fit);
        action("Layout", "Arrange the selection, or everything, with ELK (undoable)", layout);
        viewer.addToolListener(this::follow);
        follow(viewer.getTool());
    }

    private static void show(Button button, Tool tool) {
        button.setText(tool.group() != null ? tool.group() + ": " + tool.label() : tool.label());
        button.setToolTipText(tool.description());
    }

    private void variants(Button button, Button arrow, List<Tool> row) {
        Menu menu = new Menu(arrow);
        for (Tool tool : row) {
            MenuItem item = new MenuItem(menu, SWT.RADIO);
            item.setText(tool.label());
            item.setSelection(button.getData() == tool);
            item.addListener(SWT.Selection, e -> choose(tool));
        }
        Point at = arrow.toDisplay(0, arrow.getSize().y);
        menu.setLocation(at);
        menu.setVisible(true);
    }

    /** Makes {@code tool} the variant its button stands for and activates it. */
    public void choose(Tool tool) {
        for (Map.Entry<Button, List<Tool>> entry : buttons.entrySet()) {
            if (entry.getValue().contains(tool)) {
                entry.getKey().setData(tool);
                show(entry.getKey(), tool);
                strip.layout(true);
            }
        }
        viewer.setTool(tool);
    }

    private void action(String text, String tip, Runnable run) {
        Button button = new Button(strip, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        button.addListener(SWT.Selection, e -> run.run());
    }

    private void follow(Tool tool) {
        for (Button b : buttons.keySet()) {
            if (!b.isDisposed()) {
                b.setSelection(b.getData() == tool);
            }
        }
    }

    /** The buttons' texts in order (for tests and screenshots). */
    public List<String> labels() {
        return buttons.keySet().stream().map(Button::getText).toList();
    }

    public Composite getControl() {
        return strip;
    }
}
