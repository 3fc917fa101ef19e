// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.plots;

/** The image files {@link ResultPlots} can write. */
public enum ImageFormat {
    /** Portable Network Graphics, {@link ResultPlots#WIDTH} x {@link ResultPlots#HEIGHT} pixels, RGB. */
    PNG("png"),
    /**
     * Scalable Vector Graphics (JFreeSVG), with {@code width} and {@code height} attributes of
     * {@link ResultPlots#WIDTH} and {@link ResultPlots#HEIGHT}; text stays text.
     */
    SVG("svg");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension without the dot, e.g. {@code png}. */
    public String extension() {
        return extension;
    }
}
