// SPDX-License-Identifier: EPL-2.0
/**
 * Runs network models: {@link org.spikestudio.sim.ModelCompiler} turns a validated
 * {@link org.spikestudio.model.Network} into an engine network, {@link org.spikestudio.sim.ModelRun}
 * simulates it with progress and cancellation and collects an
 * {@link org.spikestudio.results.SimulationResult} (bundle {@code org.spikestudio.results}), the plain
 * Java types shared by the command line, the workbench views and the exporters. Headless: no UI toolkit.
 */
package org.spikestudio.sim;
