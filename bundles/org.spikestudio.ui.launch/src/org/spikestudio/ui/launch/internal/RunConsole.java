// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.launch.internal;

import java.io.IOException;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

/** The console "Spikestudio Runs": what the command line prints for a run, for every run of the session. */
public final class RunConsole {

    public static final String NAME = "Spikestudio Runs";

    private RunConsole() {
    }

    /** The console, created and added to the Console view on first use. */
    public static synchronized MessageConsole get() {
        IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
        for (IConsole console : manager.getConsoles()) {
            if (NAME.equals(console.getName()) && console instanceof MessageConsole message) {
                return message;
            }
        }
        MessageConsole console = new MessageConsole(NAME, null);
        manager.addConsoles(new IConsole[] { console });
        return console;
    }

    /** Appends {@code text} as it is and brings the console to the front of the Console view. */
    public static void print(String text) {
        MessageConsole console = get();
        try (MessageConsoleStream out = console.newMessageStream()) {
            out.print(text);
        } catch (IOException e) {
            // closing a message stream does not fail
        }
        ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console);
    }
}
