// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.spikestudio.model.Network;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.edit.command.CascadingDeleteCommand;
import org.spikestudio.model.edit.command.ModelCommands;

/**
 * The Edit actions of one editor (undo, redo, delete, cut, copy, paste), installed as the
 * workbench's global action handlers, so Edit menu, keys (Ctrl+Z, Ctrl+Y, Delete, ...) and the
 * context menu run them. Every action is a command on the editor's stack; undo and redo carry the
 * command's label ("Undo Set Size").
 */
public final class EditingActions {

    private final EditingDomain domain;
    private final Supplier<IStructuredSelection> selection;

    public final Action undo = new Action() {
        @Override
        public void run() {
            domain.getCommandStack().undo();
        }
    };
    public final Action redo = new Action() {
        @Override
        public void run() {
            domain.getCommandStack().redo();
        }
    };
    public final Action delete = new Action("&Delete") {
        @Override
        public void run() {
            CascadingDeleteCommand command = ModelCommands.delete(domain, elements());
            if (command.canExecute() && confirmDelete.test(command)) {
                domain.getCommandStack().execute(command);
            }
        }
    };
    public final Action copy = new Action("&Copy") {
        @Override
        public void run() {
            // Copying changes no model: not a step to undo, and never makes the editor dirty.
            Command command = CopyToClipboardCommand.create(domain, elements());
            if (command.canExecute()) {
                command.execute();
            }
            update();
        }
    };
    public final Action cut = new Action("Cu&t") {
        @Override
        public void run() {
            // Cut is copy plus the cascading delete, so a cut never leaves a dangling reference.
            CascadingDeleteCommand delete = ModelCommands.delete(domain, elements());
            if (!delete.canExecute() || !confirmDelete.test(delete)) {
                return;
            }
            CompoundCommand command = new CompoundCommand("Cut");
            command.append(CopyToClipboardCommand.create(domain, elements()));
            command.append(delete);
            execute(command);
        }
    };
    public final Action paste = new Action("&Paste") {
        @Override
        public void run() {
            execute(pasteCommand());
        }
    };

    /**
     * Asked before a delete that takes more than the selection with it (projections of a deleted
     * population, ...); shows the list. Tests replace it.
     */
    public Predicate<CascadingDeleteCommand> confirmDelete = command -> true;

    public EditingActions(EditingDomain domain, Supplier<IStructuredSelection> selection) {
        this.domain = domain;
        this.selection = selection;
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        copy.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
        cut.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_CUT));
        paste.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_PASTE));
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
        delete.setActionDefinitionId("org.eclipse.ui.edit.delete");
        copy.setActionDefinitionId("org.eclipse.ui.edit.copy");
        cut.setActionDefinitionId("org.eclipse.ui.edit.cut");
        paste.setActionDefinitionId("org.eclipse.ui.edit.paste");
        update();
    }

    /** Installs the actions as the global handlers of {@code bars}. */
    public void install(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        bars.updateActionBars();
    }

    /** Labels and enablement after a change of the stack or the selection. */
    public void update() {
        CommandStack stack = domain.getCommandStack();
        label(undo, "&Undo", stack.canUndo() ? stack.getUndoCommand() : null);
        label(redo, "&Redo", stack.canRedo() ? stack.getRedoCommand() : null);
        List<EObject> elements = elements();
        boolean any = !elements.isEmpty();
        delete.setEnabled(any && ModelCommands.delete(domain, elements).canExecute());
        cut.setEnabled(delete.isEnabled());
        copy.setEnabled(any);
        paste.setEnabled(pasteCommand().canExecute());
    }

    /** The actions creating each kind of element {@code owner} may contain (next to {@code sibling} when given). */
    public List<Action> newElementActions(EObject owner, EObject sibling) {
        List<Action> result = new ArrayList<>();
        EObject selected = sibling == null ? owner : sibling;
        for (Object descriptor : domain.getNewChildDescriptors(sibling == null ? owner : null, sibling)) {
            Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(selected));
            if (!command.canExecute()) {
                continue;
            }
            String label = command instanceof CommandActionDelegate delegate ? delegate.getText() : command.getLabel();
            // A bare population would lack its required neuron model: the domain command adds one.
            Command create = owner instanceof Network network && descriptor instanceof CommandParameter parameter
                    && parameter.getEStructuralFeature() == SpikestudioPackage.Literals.NETWORK__POPULATIONS
                            ? ModelCommands.createPopulation(domain, network) : command;
            Action action = new Action(label) {
                @Override
                public void run() {
                    domain.getCommandStack().execute(create);
                }
            };
            if (command instanceof CommandActionDelegate delegate) {
                action.setImageDescriptor(ItemLabelProvider.descriptor(delegate.getImage()));
            }
            result.add(action);
        }
        return result;
    }

    /**
     * EMF's drag and drop: move (or copy) {@code elements} to {@code target}; location 0..1 is the
     * drop point within the target's row (before its middle: before it; after: after it).
     */
    public Command moveCommand(Object target, float location, int operation, List<?> elements) {
        return DragAndDropCommand.create(domain, target, location, DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK,
                operation, elements);
    }

    private static void label(IAction action, String verb, Command command) {
        action.setEnabled(command != null);
        String label = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
        action.setText(verb + label);
        action.setToolTipText((verb + label).replace("&", ""));
    }

    private Command pasteCommand() {
        Collection<?> clipboard = domain.getClipboard();
        List<EObject> elements = elements();
        if (clipboard == null || clipboard.isEmpty() || elements.size() != 1) {
            return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
        }
        return PasteFromClipboardCommand.create(domain, elements.get(0), null);
    }

    private List<EObject> elements() {
        IStructuredSelection current = selection.get();
        return current == null ? List.of()
                : current.toList().stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }
}
