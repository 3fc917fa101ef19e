// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;
import org.spikestudio.model.validation.NetworkValidation;

/** The Equinox entry point of the command line: the exit code becomes the process's. */
public final class SpikestudioApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        NetworkValidation.register();
        String version = FrameworkUtil.getBundle(getClass()).getVersion().toString();
        // The launcher knows whether stderr is a terminal (Java only knows it for the console as a whole).
        boolean terminal = Boolean.getBoolean("spikestudio.stderr.terminal");
        return new CommandLine(System.out, System.err, version).stderrIsTerminal(terminal).run(args).code();
    }

    @Override
    public void stop() {
        // Commands finish on their own; a run is stopped by Ctrl-C (see Interrupts).
    }
}
