// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor.wizards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.spikestudio.model.Network;
import org.spikestudio.model.SimulationSettings;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.resource.ModelFiles;

/**
 * The models the New Spiking Network wizard starts from: the examples shipped in this bundle (copies
 * of the repository's {@code examples/}; a test keeps them identical) and an empty network.
 */
public final class Templates {

    /** A template: what the user picks, and the example file it copies (null for the empty network). */
    public record Template(String label, String path) {
    }

    static final String EXAMPLES = "templates/examples";

    public static final List<Template> ALL = List.of(
            new Template("Single neuron (seed assignment, part 1)", "seed/single-neuron.snn"),
            new Template("Two excitatory neurons", "seed/two-excitatory.snn"),
            new Template("Two inhibitory neurons", "seed/two-inhibitory.snn"),
            new Template("An excitatory and an inhibitory neuron", "seed/excitatory-inhibitory.snn"),
            new Template("Population of 100 neurons", "seed/population-100.snn"),
            new Template("Three populations", "seed/three-populations.snn"),
            new Template("CUBA benchmark (Brette et al. 2007)", "benchmarks/cuba.snn"),
            new Template("CUBA benchmark with delta synapses", "benchmarks/cuba-delta.snn"),
            new Template("Empty network", null));

    private Templates() {
    }

    /** The content of a new file named {@code fileName} from {@code template}. */
    public static byte[] content(Template template, String fileName) throws IOException {
        if (template.path() != null) {
            return read(bundle().getEntry(EXAMPLES + "/" + template.path()));
        }
        String base = fileName.endsWith("." + ModelFiles.FILE_EXTENSION)
                ? fileName.substring(0, fileName.length() - ModelFiles.FILE_EXTENSION.length() - 1) : fileName;
        String name = base.replaceAll("[^A-Za-z0-9_]", "_");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
            name = "_" + name;
        }
        Network network = SpikestudioFactory.eINSTANCE.createNetwork();
        network.setName(name);
        network.setFormatVersion(ModelFiles.FORMAT_VERSION);
        SimulationSettings simulation = SpikestudioFactory.eINSTANCE.createSimulationSettings();
        network.setSimulation(simulation);
        Resource resource = ModelFiles.newResourceSet().createResource(URI.createURI("new." + ModelFiles.FILE_EXTENSION));
        resource.getContents().add(network);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, null);
        return out.toByteArray();
    }

    /** The example files of the bundle, by path under examples/ (e.g. seed/single-neuron.snn). */
    public static List<String> examples() {
        List<String> paths = new ArrayList<>();
        Enumeration<URL> entries = bundle().findEntries(EXAMPLES, "*." + ModelFiles.FILE_EXTENSION, true);
        String marker = "/" + EXAMPLES + "/";
        for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String path = entry.getPath();
            paths.add(path.substring(path.indexOf(marker) + marker.length()));
        }
        Collections.sort(paths);
        return paths;
    }

    /** Copies every example into {@code container}, keeping the folders (seed/, benchmarks/). */
    public static void copyExamples(IContainer container) throws CoreException, IOException {
        for (String path : examples()) {
            IFile file = container.getFile(IPath.fromPortableString(path));
            createFolders(file.getParent());
            try (InputStream in = bundle().getEntry(EXAMPLES + "/" + path).openStream()) {
                file.create(in, false, null);
            }
        }
    }

    static void createFolders(IContainer container) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            createFolders(folder.getParent());
            folder.create(false, true, null);
        }
    }

    private static byte[] read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    private static Bundle bundle() {
        return FrameworkUtil.getBundle(Templates.class);
    }
}
