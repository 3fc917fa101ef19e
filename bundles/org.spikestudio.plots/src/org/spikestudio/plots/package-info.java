// SPDX-License-Identifier: EPL-2.0
/**
 * Plots of a {@link org.spikestudio.results.SimulationResult} with JFreeChart: {@link org.spikestudio.plots.ResultCharts}
 * builds the charts (spike raster, state traces, U-I curve, population rate) and
 * {@link org.spikestudio.plots.ResultPlots} writes them as PNG or SVG files. Headless: Java2D only, no UI
 * toolkit, runs with {@code -Djava.awt.headless=true}.
 */
package org.spikestudio.plots;
