// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.command;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;

/** The steps adding a new element (and what it needs), whose result and affected object is that element. */
final class CreateCommand extends CompoundCommand {

    private final EObject created;

    CreateCommand(String label, EObject created) {
        super(label);
        this.created = created;
    }

    @Override
    public Collection<?> getResult() {
        return List.of(created);
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return List.of(created);
    }
}
