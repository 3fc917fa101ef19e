// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.diagram;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.spikestudio.model.SpikestudioPackage.Literals;
import org.spikestudio.model.edit.provider.SpikestudioEditPlugin;

/**
 * The tools of the diagram's palette, in palette order. A tool is used in one of three ways
 * ({@link #use()}): clicked onto the canvas, dragged from a source to a target, or dropped onto a
 * population. Input and recorder tools create one of several kinds ({@link #variants()}, the first
 * is the default); {@link PaletteCommands} makes the commands.
 */
public enum PaletteTool {
    EXCITATORY_POPULATION("Excitatory population", Use.CANVAS, List.of()),
    INHIBITORY_POPULATION("Inhibitory population", Use.CANVAS, List.of()),
    NEURON("Neuron", Use.CANVAS, List.of()),
    PROJECTION("Projection", Use.CONNECT, List.of()),
    COUPLING("Spike-count coupling", Use.CONNECT, List.of()),
    INPUT("Input", Use.ON_POPULATION, List.of(Literals.CONSTANT_INPUT, Literals.EXPRESSION_INPUT, Literals.SINE_INPUT,
            Literals.STEP_INPUT, Literals.NOISE_INPUT, Literals.POISSON_INPUT, Literals.SPIKE_SOURCE_ARRAY)),
    RECORDER("Recorder", Use.ON_POPULATION, List.of(Literals.SPIKE_RECORDER, Literals.STATE_RECORDER,
            Literals.RATE_RECORDER));

    /** How a tool is applied. */
    public enum Use {
        /** Click on the canvas: {@link PaletteCommands#create}. */
        CANVAS,
        /** Drag from a source to a target: {@link PaletteCommands#canConnect}, {@link PaletteCommands#connect}. */
        CONNECT,
        /** Click on a population: {@link PaletteCommands#canAttach}, {@link PaletteCommands#attach}. */
        ON_POPULATION
    }

    private final String label;
    private final Use use;
    private final List<EClass> variants;

    PaletteTool(String label, Use use, List<EClass> variants) {
        this.label = label;
        this.use = use;
        this.variants = variants;
    }

    /** The palette entry's text. */
    public String label() {
        return label;
    }

    public Use use() {
        return use;
    }

    /** The concrete classes an input or recorder tool can create, the default first; empty for the others. */
    public List<EClass> variants() {
        return variants;
    }

    /**
     * The tree's icon of what the tool creates (the default variant's), as EMF.Edit gives images:
     * a URL for {@code ExtendedImageRegistry.INSTANCE.getImage(Object)} in the UI.
     */
    public Object image() {
        EClass created = switch (this) {
            case EXCITATORY_POPULATION, INHIBITORY_POPULATION, NEURON -> Literals.POPULATION;
            case PROJECTION -> Literals.PROJECTION;
            case COUPLING -> Literals.SPIKE_COUNT_COUPLING;
            case INPUT, RECORDER -> variants.get(0);
        };
        return image(created);
    }

    /** The tree's icon of a class, e.g. of a variant: a URL, as {@link #image()}. */
    public static Object image(EClass type) {
        return SpikestudioEditPlugin.INSTANCE.getImage("full/obj16/" + type.getName());
    }
}
