// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.edit.command.ChangeCommand;
import org.spikestudio.notation.Diagram;

/**
 * A change of the diagram's notation (move, resize, layout, a new node's place) as a command on the
 * editor's one stack: EMF records what the change did and undoes it. It names the semantic elements
 * it concerns as its affected objects, so the editor keeps them selected after an undo or redo.
 */
final class NotationCommand extends ChangeCommand {

    private final Runnable change;
    private final Collection<?> affected;

    NotationCommand(String label, Diagram diagram, Collection<?> affected, Runnable change) {
        super(diagram);
        setLabel(label);
        setDescription(label);
        this.change = change;
        this.affected = List.copyOf(affected);
    }

    @Override
    protected void doExecute() {
        change.run();
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return affected;
    }
}
