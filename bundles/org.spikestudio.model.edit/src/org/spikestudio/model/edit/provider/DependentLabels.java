// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.provider;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.spikestudio.model.NamedElement;
import org.spikestudio.model.Projection;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.labels.ModelLabels;

/**
 * Refreshes the labels that show what changed elsewhere. A label ({@link ModelLabels}) shows the
 * element's contained values (a projection's weight, synapse and connectivity) and the names of the
 * elements it refers to (and an assembly the sizes of its populations), but the generated item
 * providers refresh only the label of the changed element. So, for every change:
 * <ul>
 * <li>of a reference: the element's own label (the generated providers refresh only its children);</li>
 * <li>inside an unnamed element (a weight, a synapse, a connectivity rule): the labels of its
 * containers up to the nearest named one;</li>
 * <li>of a synapse: the weight's label, whose unit follows the synapse;</li>
 * <li>of an attribute of an element that others refer to (a rename, a size): the labels of all of
 * them, found through this cross-reference index.</li>
 * </ul>
 */
final class DependentLabels extends ECrossReferenceAdapter {

    private final IChangeNotifier viewers;

    DependentLabels(IChangeNotifier viewers) {
        this.viewers = viewers;
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch() || !(notification.getNotifier() instanceof EObject changed)
                || !(notification.getFeature() instanceof EStructuralFeature feature)) {
            return;
        }
        Set<EObject> stale = new LinkedHashSet<>();
        if (feature instanceof EReference) {
            stale.add(changed);
        }
        for (EObject element = changed; !(element instanceof NamedElement) && element.eContainer() != null;) {
            element = element.eContainer();
            stale.add(element);
        }
        if (feature == SpikestudioPackage.Literals.PROJECTION__SYNAPSE && ((Projection) changed).getWeight() != null) {
            stale.add(((Projection) changed).getWeight());
        }
        if (feature instanceof EAttribute) {
            for (EStructuralFeature.Setting referrer : getInverseReferences(changed, false)) {
                stale.add(referrer.getEObject());
            }
        }
        for (EObject element : stale) {
            viewers.fireNotifyChanged(new ViewerNotification(notification, element, false, true));
        }
    }
}
