// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.units;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.spikestudio.expression.units.Unit;
import org.spikestudio.model.Distribution;
import org.spikestudio.model.Projection;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.StateVariable;
import org.spikestudio.model.Synapse;

/**
 * Reads the units the ecore declares, once, on every numeric attribute: an annotation with source
 * {@value #SOURCE} and key {@value #KEY} holding a {@link Unit#symbol()} ({@code ms}, {@code mV},
 * {@code 1} for dimensionless). Two values depend on the element instead: {@value #INHERIT} (a
 * distribution's numbers take the unit of the property that holds the distribution) and
 * {@value #SYNAPSE} (a weight takes the unit its projection's synapse class declares under
 * {@value #WEIGHT_KEY}: mV, nA or uS). The recordable state variables declare theirs on their enum
 * literals. Labels, the Properties view's texts (checked by a test),
 * CSV headers, chart axes and exporters read units here rather than keeping tables of their own.
 */
public final class ModelUnits {

    public static final String SOURCE = "http://spikestudio.org/unit";
    public static final String KEY = "unit";
    /** On a synapse class: the unit of the weights of projections with that synapse. */
    public static final String WEIGHT_KEY = "weightUnit";
    public static final String INHERIT = "inherit";
    public static final String SYNAPSE = "synapse";

    private ModelUnits() {
    }

    /**
     * The unit a feature declares.
     *
     * @throws IllegalArgumentException when the feature declares none, or one that depends on
     *         the element ({@link #of(EObject, EStructuralFeature)} resolves those)
     */
    public static Unit of(EStructuralFeature feature) {
        String symbol = declared(feature);
        if (symbol == null || INHERIT.equals(symbol) || SYNAPSE.equals(symbol)) {
            throw new IllegalArgumentException(feature.getEContainingClass().getName() + "." + feature.getName()
                    + (symbol == null ? " declares no unit" : " has a unit that depends on the element: " + symbol));
        }
        return Unit.ofSymbol(symbol);
    }

    /**
     * The unit of {@code feature}'s value on {@code element}, or null when it has none: a
     * distribution's numbers are in the unit of the property holding it, a weight in the unit
     * of its projection's synapse.
     */
    public static Unit of(EObject element, EStructuralFeature feature) {
        String symbol = declared(feature);
        if (symbol == null) {
            return null;
        }
        return switch (symbol) {
            case INHERIT -> element == null || element.eContainingFeature() == null ? null
                    : of(element.eContainer(), element.eContainingFeature());
            case SYNAPSE -> weightUnit(element instanceof Projection p ? p.getSynapse() : null);
            default -> Unit.ofSymbol(symbol);
        };
    }

    /** The unit of a distribution's numbers (the property holding it decides), or null when it is not held by one. */
    public static Unit of(Distribution distribution) {
        return distribution.eContainingFeature() == null ? null
                : of(distribution.eContainer(), distribution.eContainingFeature());
    }

    /**
     * The unit its synapse class declares for a projection's weight: mV for delta, nA for current,
     * uS for conductance synapses; mV without a synapse (delta is the default kind).
     */
    public static Unit weightUnit(Synapse synapse) {
        EClass kind = synapse == null ? SpikestudioPackage.Literals.DELTA_SYNAPSE : synapse.eClass();
        return Unit.ofSymbol(detail(kind, WEIGHT_KEY));
    }

    /** The unit of a recordable state variable, declared on its enum literal: mV or nA. */
    public static Unit of(StateVariable variable) {
        return Unit.ofSymbol(detail(SpikestudioPackage.Literals.STATE_VARIABLE.getEEnumLiteral(variable.getValue()), KEY));
    }

    /** The annotation's raw value on a feature: a unit symbol, {@link #INHERIT}, {@link #SYNAPSE}, or null. */
    public static String declared(EStructuralFeature feature) {
        return detail(feature, KEY);
    }

    private static String detail(EModelElement element, String key) {
        EAnnotation annotation = element.getEAnnotation(SOURCE);
        return annotation == null ? null : annotation.getDetails().get(key);
    }
}
