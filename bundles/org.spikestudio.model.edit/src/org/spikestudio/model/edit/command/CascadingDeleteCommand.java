// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.command;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.spikestudio.model.validation.ElementNames;

/**
 * Deletes elements together with everything that would otherwise point to nothing, as one undoable
 * step. The rule comes from the metamodel, so it holds for every kind of element: an element whose
 * <em>required</em> single reference points to a deleted element is deleted too (a projection,
 * coupling, input or recorder of a deleted population; a population of a deleted neuron model),
 * repeatedly; an optional or many-valued reference only loses the deleted element (an assembly
 * loses the member). So the model never holds a dangling reference, and undo restores it exactly.
 * <p>
 * {@link #getDependants()} and {@link #getShrunk()} say what else changes, for a confirmation such
 * as "also deletes: ...". The root and a required part of an element that stays (a projection's
 * weight) cannot be deleted: the command is then not executable.
 */
public final class CascadingDeleteCommand extends CompoundCommand {

    private final List<EObject> dependants = new ArrayList<>();
    private final List<EObject> shrunk = new ArrayList<>();

    private CascadingDeleteCommand(String label, String description) {
        super(label, description);
    }

    /** The command deleting {@code elements} and their dependants from their model. */
    public static CascadingDeleteCommand create(EditingDomain domain, Collection<? extends EObject> elements) {
        Set<EObject> requested = topmost(elements);
        String label = requested.size() == 1 ? "Delete " + ElementNames.of(requested.iterator().next())
                : "Delete " + requested.size() + " elements";
        if (requested.isEmpty() || requested.stream().anyMatch(e -> !deletable(e, requested))) {
            CascadingDeleteCommand refused = new CascadingDeleteCommand(label, "nothing that can be deleted");
            refused.append(UnexecutableCommand.INSTANCE);
            return refused;
        }
        Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.CrossReferencer
                .find(requested.stream().map(CascadingDeleteCommand::scopeOf).distinct().toList());

        Set<EObject> deleted = new LinkedHashSet<>();
        Deque<EObject> pending = new ArrayDeque<>(requested);
        while (!pending.isEmpty()) {
            EObject element = pending.poll();
            if (isInside(element, deleted)) {
                continue;
            }
            deleted.add(element);
            for (EObject part : withContents(element)) {
                for (EStructuralFeature.Setting usage : usages.getOrDefault(part, List.of())) {
                    EStructuralFeature feature = usage.getEStructuralFeature();
                    if (!feature.isMany() && feature.getLowerBound() > 0) {
                        pending.add(usage.getEObject());
                    }
                }
            }
        }
        Set<EObject> roots = topmost(deleted);

        CascadingDeleteCommand command = new CascadingDeleteCommand(label, description(label, requested, roots));
        for (EObject root : roots) {
            for (EObject part : withContents(root)) {
                for (EStructuralFeature.Setting usage : usages.getOrDefault(part, List.of())) {
                    EObject referrer = usage.getEObject();
                    if (isInside(referrer, roots)) {
                        continue; // leaves with the deleted elements, references and all
                    }
                    EStructuralFeature feature = usage.getEStructuralFeature();
                    command.append(feature.isMany() ? new RemoveCommand(domain, referrer, feature, part)
                            : new SetCommand(domain, referrer, feature, SetCommand.UNSET_VALUE));
                    if (!command.shrunk.contains(referrer)) {
                        command.shrunk.add(referrer);
                    }
                }
            }
        }
        for (EObject root : roots) {
            command.append(new RemoveCommand(domain, root.eContainer(), root.eContainmentFeature(), root));
            if (!requested.contains(root)) {
                command.dependants.add(root);
            }
        }
        return command;
    }

    /** Elements deleted besides the ones asked for, in the order they were found. */
    public List<EObject> getDependants() {
        return List.copyOf(dependants);
    }

    /** Elements that stay but lose a reference to a deleted element (an assembly losing a member). */
    public List<EObject> getShrunk() {
        return List.copyOf(shrunk);
    }

    private static boolean deletable(EObject element, Set<EObject> requested) {
        EReference containment = element.eContainmentFeature();
        return containment != null && (containment.isMany() || containment.getLowerBound() == 0
                || isInside(element.eContainer(), requested));
    }

    /** The elements without those inside another of them, which go with it. */
    private static Set<EObject> topmost(Collection<? extends EObject> elements) {
        Set<EObject> all = new LinkedHashSet<>(elements);
        Set<EObject> top = new LinkedHashSet<>();
        for (EObject element : all) {
            if (element.eContainer() == null || !isInside(element.eContainer(), all)) {
                top.add(element);
            }
        }
        return top;
    }

    private static boolean isInside(EObject element, Collection<EObject> ancestors) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (ancestors.contains(e)) {
                return true;
            }
        }
        return false;
    }

    private static List<EObject> withContents(EObject element) {
        List<EObject> all = new ArrayList<>();
        all.add(element);
        element.eAllContents().forEachRemaining(all::add);
        return all;
    }

    private static Notifier scopeOf(EObject element) {
        return element.eResource() != null ? element.eResource() : EcoreUtil.getRootContainer(element);
    }

    private static String description(String label, Set<EObject> requested, Set<EObject> roots) {
        List<String> also = roots.stream().filter(e -> !requested.contains(e)).map(ElementNames::of).toList();
        return also.isEmpty() ? label : label + "; also deletes " + String.join(", ", also);
    }
}
