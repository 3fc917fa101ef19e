// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.command;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.spikestudio.model.validation.ElementNames;

/**
 * The editing domain of Spikestudio's editors: EMF's, except that Delete (EMF's {@link DeleteCommand},
 * which the generated Delete action creates) cascades like {@link CascadingDeleteCommand} instead of
 * leaving projections, inputs and recorders with an empty required reference; and a Set names what
 * it sets ("Set size of Population 'inh'"), so Edit &gt; Undo says what it will undo.
 */
public class SpikestudioEditingDomain extends AdapterFactoryEditingDomain {

    public SpikestudioEditingDomain(AdapterFactory adapterFactory, CommandStack stack, ResourceSet resourceSet) {
        super(adapterFactory, stack, resourceSet);
    }

    @Override
    public Command createCommand(Class<? extends Command> commandClass, CommandParameter parameter) {
        if (commandClass == DeleteCommand.class && parameter.getCollection() != null
                && parameter.getCollection().stream().allMatch(EObject.class::isInstance)) {
            return CascadingDeleteCommand.create(this,
                    parameter.getCollection().stream().map(EObject.class::cast).toList());
        }
        Command command = super.createCommand(commandClass, parameter);
        if (commandClass == SetCommand.class && parameter.getEOwner() != null && parameter.getFeature() != null
                && command.canExecute()) {
            String label = "Set " + parameter.getEStructuralFeature().getName() + " of "
                    + ElementNames.of(parameter.getEOwner());
            return new CommandWrapper(label, command.getDescription(), command);
        }
        return command;
    }
}
