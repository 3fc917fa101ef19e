// SPDX-License-Identifier: EPL-2.0
/**
 * The run pipeline shared by every front end: {@link org.spikestudio.sim.run.RunPipeline} takes a
 * {@link org.spikestudio.sim.run.RunRequest} to a complete results folder and returns a
 * {@link org.spikestudio.sim.run.RunOutcome}; the command line maps it to exit codes, a launch
 * configuration to a status. Headless.
 */
package org.spikestudio.sim.run;
