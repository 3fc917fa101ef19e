// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.views;

import java.util.function.Consumer;

import org.eclipse.jface.action.ControlContribution;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A bin width in ms in a view's toolbar: Enter or leaving the field applies it; text that is not a
 * positive number is replaced by the width in use. Empty means the view's default ({@code null}).
 */
final class BinField extends ControlContribution {

    private final String label;
    private final String emptyHint;
    private final Consumer<Double> apply;
    private Double value;
    private Text text;

    BinField(String id, String label, String emptyHint, Double initial, Consumer<Double> apply) {
        super(id);
        this.label = label;
        this.emptyHint = emptyHint;
        this.value = initial;
        this.apply = apply;
    }

    Double value() {
        return value;
    }

    /** Sets the width (null: the default) and applies it. */
    void set(Double width) {
        value = width != null && width > 0 && Double.isFinite(width) ? width : null;
        if (text != null && !text.isDisposed() && !text.getText().equals(shown())) {
            text.setText(shown());
        }
        apply.accept(value);
    }

    private String shown() {
        return value == null ? "" : Double.toString(value);
    }

    @Override
    protected Control createControl(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 0;
        box.setLayout(layout);
        new Label(box, SWT.NONE).setText(label);
        text = new Text(box, SWT.BORDER | SWT.SINGLE);
        text.setMessage(emptyHint);
        text.setText(shown());
        text.setToolTipText("Bin width in ms; Enter applies it");
        GridData data = new GridData();
        data.widthHint = 60;
        text.setLayoutData(data);
        text.addListener(SWT.DefaultSelection, e -> parse());
        text.addListener(SWT.FocusOut, e -> parse());
        return box;
    }

    private void parse() {
        String typed = text.getText().trim();
        try {
            Double width = typed.isEmpty() ? null : Double.valueOf(typed);
            if (width == null ? value != null : !width.equals(value)) {
                set(width);
            } else if (!typed.equals(shown())) {
                text.setText(shown());
            }
        } catch (NumberFormatException e) {
            text.setText(shown());
        }
    }
}
