// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram.engine;

import java.util.List;

import org.eclipse.swt.graphics.RGB;

/**
 * Something drawn on the diagram that stands for one element of the host's model ({@link #key()}).
 * The engine knows nothing about that element: it draws, hits, selects and reports figures, and
 * the host turns what the user did with them into changes of its model.
 */
public abstract sealed class Figure permits NodeFigure, EdgeFigure {

    /** No problem, a warning or an error: the decoration drawn on the figure. */
    public enum Severity { NONE, WARNING, ERROR }

    private final Object key;
    private List<String> label = List.of();
    private RGB stroke = new RGB(60, 60, 60);
    private RGB fill = new RGB(255, 255, 255);
    private RGB text = new RGB(20, 20, 20);
    private boolean dashed;
    private Severity severity = Severity.NONE;
    private String problem;

    protected Figure(Object key) {
        this.key = key;
    }

    /** The host's element this figure draws. */
    public Object key() {
        return key;
    }

    /** The label, one string per line; the first line is the one direct edit changes. */
    public List<String> label() {
        return label;
    }

    public Figure label(List<String> lines) {
        label = List.copyOf(lines);
        return this;
    }

    public RGB stroke() {
        return stroke;
    }

    public RGB fill() {
        return fill;
    }

    public RGB textColor() {
        return text;
    }

    public Figure colors(RGB stroke, RGB fill, RGB text) {
        this.stroke = stroke;
        this.fill = fill;
        this.text = text;
        return this;
    }

    public boolean dashed() {
        return dashed;
    }

    public Figure dashed(boolean value) {
        dashed = value;
        return this;
    }

    public Severity severity() {
        return severity;
    }

    /** The message of the worst problem, shown as the figure's tooltip; null when none. */
    public String problem() {
        return problem;
    }

    public Figure decorate(Severity value, String message) {
        severity = value;
        problem = message;
        return this;
    }
}
