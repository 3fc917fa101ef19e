// SPDX-License-Identifier: EPL-2.0
/**
 * What a run produced, in plain Java types: {@link org.spikestudio.results.SimulationResult} with its
 * populations, spikes (whole time steps), sampled states, rates and projection counts, each named by
 * the model element's stable id and its name. The command line's files and plots, the workbench's
 * chart views and the exporters all read these records; {@link org.spikestudio.results.io} writes them
 * as a results folder and reads such a folder back. JDK and Gson only: no EMF, no engine.
 */
package org.spikestudio.results;
