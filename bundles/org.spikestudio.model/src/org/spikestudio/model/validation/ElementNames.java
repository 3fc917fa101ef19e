// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.spikestudio.model.NamedElement;

/** How messages name a model element: {@code Population 'exc'}, {@code ConstantValue (weight of Projection 'e2i')}. */
public final class ElementNames {

    private ElementNames() {
    }

    public static String of(EObject element) {
        if (element == null) {
            return "element";
        }
        String type = element.eClass().getName();
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isEmpty()) {
            return type + " '" + named.getName() + "'";
        }
        EObject container = element.eContainer();
        if (container != null && element.eContainingFeature() != null) {
            return type + " (" + element.eContainingFeature().getName() + " of " + of(container) + ")";
        }
        return type;
    }
}
