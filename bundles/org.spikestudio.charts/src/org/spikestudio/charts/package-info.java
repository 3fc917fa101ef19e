// SPDX-License-Identifier: EPL-2.0
/**
 * What a chart of a {@link org.spikestudio.results.SimulationResult} shows, independent of any
 * drawing toolkit: {@link org.spikestudio.charts.ResultChartContent} turns a result into
 * {@link org.spikestudio.charts.ChartContent} (panels, decimated series, legend, markers, axis labels
 * with units, colours as RGB ints), which a renderer draws: JFreeChart for image files
 * ({@code org.spikestudio.plots}), SWTChart for the workbench's views. Every policy of what is shown
 * lives here, so a view and an image of one result cannot disagree: also the re-binned rate, the ISI
 * histogram, the statistics table ({@link org.spikestudio.charts.StatisticsRow}) and the overlay of two
 * runs, and the chart's data as CSV ({@link org.spikestudio.charts.ChartCsv}). {@link org.spikestudio.charts.Palette}
 * holds the excitatory/inhibitory colours for charts and diagrams alike. JDK only.
 */
package org.spikestudio.charts;
