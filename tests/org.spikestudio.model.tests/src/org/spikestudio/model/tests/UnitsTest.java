// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikestudio.expression.units.Unit;
import org.spikestudio.model.ConstantValue;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.SpikestudioPackage.Literals;
import org.spikestudio.model.StateVariable;
import org.spikestudio.model.labels.ModelLabels;
import org.spikestudio.model.units.ModelUnits;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.spikestudio.testing.Examples;

/**
 * Units are declared once, as an annotation on each numeric attribute of the ecore; the texts
 * users read in the Properties view (genmodel propertyDescription) and the Javadoc (ecore
 * documentation) must name the same unit, so neither can drift from the declaration.
 */
class UnitsTest {

    private static final SpikestudioFactory F = SpikestudioFactory.eINSTANCE;

    /** A unit as texts write it, "(ms)" or "(mV, ...": the first such mention names the unit. */
    private static final Pattern MENTION = Pattern.compile("\\((" + Stream.of(Unit.values())
            .filter(u -> u != Unit.ONE).map(u -> Pattern.quote(u.symbol())).collect(Collectors.joining("|")) + ")[,)]");

    private static final Path MODEL = Examples.repositoryRoot().resolve("bundles/org.spikestudio.model/model");

    static Stream<EAttribute> numericAttributes() {
        return SpikestudioPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
                .flatMap(c -> ((EClass) c).getEAttributes().stream())
                .filter(a -> a.getEAttributeType().getInstanceClass() != null
                        && (Number.class.isAssignableFrom(a.getEAttributeType().getInstanceClass())
                                || a.getEAttributeType().getInstanceClass().isPrimitive()
                                        && a.getEAttributeType().getInstanceClass() != boolean.class));
    }

    /** Attributes and containment references that declare a unit, each once (declared in its own class). */
    static Stream<EStructuralFeature> declaringFeatures() {
        return SpikestudioPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
                .flatMap(c -> ((EClass) c).getEStructuralFeatures().stream())
                .filter(f -> ModelUnits.declared(f) != null);
    }

    @Test
    void theWalkSeesTheNumericAttributes() {
        // Guards against a vacuous pass: the package has dozens of numeric attributes.
        List<EAttribute> attributes = numericAttributes().toList();
        assertTrue(attributes.size() > 50, attributes.size() + " numeric attributes");
        assertTrue(attributes.contains(Literals.LIF_MODEL__RESISTANCE));
        assertTrue(attributes.contains(Literals.POPULATION__SIZE));
        assertTrue(attributes.contains(Literals.SPIKE_SOURCE_ARRAY__TIMES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numericAttributes")
    void everyNumericAttributeDeclaresAUnit(EAttribute attribute) {
        String declared = ModelUnits.declared(attribute);
        assertNotNull(declared, name(attribute) + " declares no unit");
        if (!declared.equals(ModelUnits.INHERIT)) {
            assertEquals(declared, ModelUnits.of(attribute).symbol());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declaringFeatures")
    void thePropertiesViewAndTheDocumentationNameTheDeclaredUnit(EStructuralFeature feature) throws Exception {
        String declared = ModelUnits.declared(feature);
        String key = feature.getEContainingClass().getName() + "/" + feature.getName();
        assertNotNull(propertyDescriptions().get(key), key + " has a propertyDescription");
        assertNotNull(documentation().get(key), key + " has documentation");
        Map<String, String> texts = Map.of("propertyDescription", propertyDescriptions().get(key), "documentation",
                documentation().get(key));
        for (var text : texts.entrySet()) {
            String where = key + " " + text.getKey() + ": " + text.getValue();
            Matcher mention = MENTION.matcher(text.getValue());
            switch (declared) {
                case ModelUnits.INHERIT -> assertTrue(text.getValue().contains("in the unit of the owning property"), where);
                case ModelUnits.SYNAPSE -> {
                    for (EClass synapse : List.of(Literals.DELTA_SYNAPSE, Literals.EXPONENTIAL_CURRENT_SYNAPSE,
                            Literals.EXPONENTIAL_CONDUCTANCE_SYNAPSE)) {
                        assertTrue(text.getValue().contains(ModelUnits.weightUnit((org.spikestudio.model.Synapse) F
                                .create(synapse)).symbol() + " for "), where);
                    }
                }
                case "1" -> {
                    assertFalse(mention.find(), where);
                    if (feature.getEType().getInstanceClass() == double.class) {
                        assertTrue(text.getValue().contains("(dimensionless)"), where);
                    }
                }
                default -> {
                    assertTrue(mention.find(), where);
                    assertEquals(declared, mention.group(1), where);
                }
            }
        }
    }

    @Test
    void weightsAndDistributionsTakeTheirUnitFromTheElement() {
        Projection projection = F.createProjection();
        ConstantValue weight = F.createConstantValue();
        weight.setValue(2);
        projection.setWeight(weight);
        ConstantValue delay = F.createConstantValue();
        delay.setValue(0.5);
        projection.setDelay(delay);
        assertEquals(Unit.MILLIVOLT, ModelUnits.of(weight), "no synapse yet: delta, mV");
        projection.setSynapse(F.createExponentialCurrentSynapse());
        assertEquals(Unit.NANOAMPERE, ModelUnits.of(weight));
        projection.setSynapse(F.createExponentialConductanceSynapse());
        assertEquals(Unit.MICROSIEMENS, ModelUnits.of(weight));
        assertEquals("2 uS", ModelLabels.of(weight));
        assertEquals(Unit.MILLISECOND, ModelUnits.of(delay));
        Population population = F.createPopulation();
        ConstantValue initial = F.createConstantValue();
        population.setInitialPotential(initial);
        assertEquals(Unit.MILLIVOLT, ModelUnits.of(initial));
        assertNull(ModelUnits.of(F.createConstantValue()), "held by nothing: no unit");
        assertEquals("ConstantValue.value has a unit that depends on the element: inherit",
                assertThrows(IllegalArgumentException.class, () -> ModelUnits.of(Literals.CONSTANT_VALUE__VALUE))
                        .getMessage());
    }

    @Test
    void recordableStateVariablesDeclareTheUnitTheirDocumentationNames() throws Exception {
        NodeList literals = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(MODEL.resolve("spikestudio.ecore").toFile()).getElementsByTagName("eLiterals");
        int checked = 0;
        for (int k = 0; k < literals.getLength(); k++) {
            Element literal = (Element) literals.item(k);
            if (((Element) literal.getParentNode()).getAttribute("name").equals("StateVariable")) {
                String doc = children(children(literal, "eAnnotations").get(0), "details").get(0).getAttribute("value");
                Matcher mention = MENTION.matcher(doc);
                assertTrue(mention.find(), doc);
                assertEquals(mention.group(1), ModelUnits.of(StateVariable.get(literal.getAttribute("literal"))).symbol(),
                        doc);
                checked++;
            }
        }
        assertEquals(StateVariable.VALUES.size(), checked);
    }

    private static String name(EStructuralFeature feature) {
        return feature.getEContainingClass().getName() + "." + feature.getName();
    }

    private static Map<String, String> propertyDescriptions;
    private static Map<String, String> documentation;

    /** "Class/feature" -> propertyDescription, read from the genmodel file. */
    private static synchronized Map<String, String> propertyDescriptions() throws Exception {
        if (propertyDescriptions == null) {
            propertyDescriptions = new HashMap<>();
            NodeList features = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(MODEL.resolve("spikestudio.genmodel").toFile()).getElementsByTagName("genFeatures");
            for (int k = 0; k < features.getLength(); k++) {
                Element feature = (Element) features.item(k);
                String ref = feature.getAttribute("ecoreFeature");
                propertyDescriptions.put(ref.substring(ref.indexOf("#//") + 3), feature.getAttribute("propertyDescription"));
            }
        }
        return propertyDescriptions;
    }

    /** "Class/feature" -> documentation, read from the ecore file. */
    private static synchronized Map<String, String> documentation() throws Exception {
        if (documentation == null) {
            documentation = new HashMap<>();
            NodeList classes = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(MODEL.resolve("spikestudio.ecore").toFile()).getElementsByTagName("eClassifiers");
            for (int k = 0; k < classes.getLength(); k++) {
                Element type = (Element) classes.item(k);
                for (Element feature : children(type, "eStructuralFeatures")) {
                    for (Element annotation : children(feature, "eAnnotations")) {
                        for (Element detail : children(annotation, "details")) {
                            if (detail.getAttribute("key").equals("documentation")) {
                                documentation.put(type.getAttribute("name") + "/" + feature.getAttribute("name"),
                                        detail.getAttribute("value"));
                            }
                        }
                    }
                }
            }
        }
        return documentation;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }
}
