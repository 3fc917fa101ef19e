// SPDX-License-Identifier: EPL-2.0
/**
 * Plots of a {@link org.spikestudio.results.SimulationResult} as image files: {@link org.spikestudio.plots.ResultCharts}
 * draws the toolkit-neutral {@link org.spikestudio.charts.ChartContent} of {@link org.spikestudio.charts.ResultChartContent}
 * (spike raster, state traces, U-I curve, population rate) with JFreeChart, and
 * {@link org.spikestudio.plots.ResultPlots} writes them as PNG or SVG files. Headless: Java2D only, no UI
 * toolkit, runs with {@code -Djava.awt.headless=true}.
 */
package org.spikestudio.plots;
