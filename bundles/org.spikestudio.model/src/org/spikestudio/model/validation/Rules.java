// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.validation;

import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.spikestudio.expression.units.Quantities;
import org.spikestudio.model.Network;
import org.spikestudio.model.NeuronGroup;
import org.spikestudio.model.Population;
import org.spikestudio.model.groups.NeuronGroups;

/**
 * Collects the diagnostics of one element; messages are prefixed with the element and attribute,
 * and each carries its {@link ValidationCodes code}.
 */
final class Rules {
    private final EObject element;
    private final DiagnosticChain diagnostics;
    boolean valid = true;

    Rules(EObject element, DiagnosticChain diagnostics) {
        this.element = element;
        this.diagnostics = diagnostics;
    }

    void error(int code, EStructuralFeature feature, String message) {
        valid = false;
        report(Diagnostic.ERROR, code, feature, message);
    }

    void warn(int code, EStructuralFeature feature, String message) {
        report(Diagnostic.WARNING, code, feature, message);
    }

    private void report(int severity, int code, EStructuralFeature feature, String message) {
        if (diagnostics == null) {
            return;
        }
        diagnostics.add(diagnostic(severity, code, element, feature, message));
    }

    /** A diagnostic of ours: "Element: attribute 'x' message", with the element and feature as data. */
    static Diagnostic diagnostic(int severity, int code, EObject element, EStructuralFeature feature, String message) {
        String where = ElementNames.of(element)
                + (feature == null ? "" : ": " + (feature instanceof EAttribute ? "attribute" : "reference")
                        + " '" + feature.getName() + "'");
        Object[] data = feature == null ? new Object[] { element } : new Object[] { element, feature };
        return new BasicDiagnostic(severity, SpikestudioValidator.DIAGNOSTIC_SOURCE, code, where + " " + message, data);
    }

    boolean require(boolean condition, int code, EStructuralFeature feature, String message) {
        if (!condition) {
            error(code, feature, message);
        }
        return condition;
    }

    boolean positive(EAttribute feature, double value) {
        return require(value > 0, ValidationCodes.NOT_POSITIVE, feature, "must be > 0, is " + value);
    }

    boolean atLeast(EAttribute feature, double value, double minimum) {
        return require(value >= minimum, ValidationCodes.BELOW_MINIMUM, feature,
                "must be >= " + Quantities.exact(minimum) + ", is " + Quantities.exact(value));
    }

    void index(EAttribute feature, int index, NeuronGroup group) {
        long size = NeuronGroups.size(group);
        if (SpikestudioValidator.hasValidSize(group) && (index < 0 || index >= size)) {
            error(ValidationCodes.INDEX_OUT_OF_RANGE, feature,
                    "is " + index + ", outside " + ElementNames.of(group) + " (indices 0.." + (size - 1) + ")");
        }
    }

    void indices(EAttribute feature, List<Integer> indices, Population population) {
        if (!SpikestudioValidator.hasValidSize(population)) {
            return;
        }
        for (int index : indices) {
            if (index < 0 || index >= population.getSize()) {
                error(ValidationCodes.INDEX_OUT_OF_RANGE, feature, "contains " + index + ", outside "
                        + ElementNames.of(population) + " (indices 0.." + (population.getSize() - 1) + ")");
                return;
            }
        }
    }

    void multipleOfTimeStep(EAttribute feature, double interval) {
        Network network = SpikestudioValidator.networkOf(element);
        if (!positive(feature, interval) || network == null || network.getSimulation() == null
                || !(network.getSimulation().getTimeStep() > 0)) {
            return;
        }
        double dt = network.getSimulation().getTimeStep();
        double steps = interval / dt;
        require(steps >= 1 - 1e-9 && Math.abs(steps - Math.rint(steps)) <= 1e-9 * steps,
                ValidationCodes.NOT_MULTIPLE_OF_TIME_STEP, feature,
                "must be a whole multiple of the time step (" + dt + " ms), is " + interval + " ms");
    }

    /** No NaN or infinity in any floating-point attribute. */
    void finiteNumbers() {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            EDataType type = attribute.getEAttributeType();
            if (type != EcorePackage.Literals.EDOUBLE && type != EcorePackage.Literals.EDOUBLE_OBJECT) {
                continue;
            }
            Object value = element.eGet(attribute);
            Iterable<?> values = attribute.isMany() ? (List<?>) value : Collections.singletonList(value);
            for (Object each : values) {
                if (each instanceof Double number && !Double.isFinite(number)) {
                    error(ValidationCodes.NOT_FINITE, attribute, "must be a finite number, is " + number);
                    break;
                }
            }
        }
    }
}
