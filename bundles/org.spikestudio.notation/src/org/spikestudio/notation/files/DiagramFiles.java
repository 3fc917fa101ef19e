// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.notation.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.spikestudio.notation.Diagram;
import org.spikestudio.notation.DiagramElement;
import org.spikestudio.notation.Edge;
import org.spikestudio.notation.Node;
import org.spikestudio.notation.NotationPackage;
import org.spikestudio.notation.Point;
import org.xml.sax.SAXParseException;

/**
 * Reading and writing diagram sidecar files ({@code name.snn.diagram} next to {@code name.snn}).
 * Loading never throws and never opens another document; saving is atomic and deterministic: the
 * same diagram saved twice gives the same bytes, whatever order and sub-pixel noise the editor left.
 */
public final class DiagramFiles {

    /** The format this release writes and reads (attribute {@code formatVersion} of the root). */
    public static final String FORMAT_VERSION = "1";

    /** Appended to the model file's name: {@code net.snn} is drawn in {@code net.snn.diagram}. */
    public static final String SUFFIX = ".diagram";

    private DiagramFiles() {
    }

    /** The sidecar of a model file: {@code dir/name.snn -> dir/name.snn.diagram}. */
    public static Path sidecarOf(Path modelFile) {
        return modelFile.resolveSibling(modelFile.getFileName() + SUFFIX);
    }

    /**
     * A resource set that knows only the notation package and in which nothing is ever fetched: no
     * package from a namespace URI, no other file through a reference.
     */
    public static ResourceSet newResourceSet() {
        ResourceSetImpl resources = new ResourceSetImpl();
        EPackageRegistryImpl packages = new EPackageRegistryImpl();
        packages.put(NotationPackage.eNS_URI, NotationPackage.eINSTANCE);
        resources.setPackageRegistry(packages);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", (Resource.Factory) DiagramResource::new);
        resources.setURIConverter(new ExtensibleURIConverterImpl(List.of(new Nowhere()),
                ContentHandler.Registry.INSTANCE.contentHandlers()));
        return resources;
    }

    /**
     * Reads {@code file}: {@link DiagramLoad.Missing} when there is none, {@link DiagramLoad.Broken}
     * with file and line when it cannot be used (not XML, another format, an entry without element
     * id, a coordinate that is not a finite number...), else {@link DiagramLoad.Loaded}. Never throws.
     */
    public static DiagramLoad load(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            return new DiagramLoad.Missing(file);
        }
        byte[] content;
        try {
            if (!Files.isRegularFile(file)) {
                return broken(name, 0, 0, "is not a regular file");
            }
            content = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            return broken(name, 0, 0, "cannot be read (permission denied)");
        } catch (IOException e) {
            return broken(name, 0, 0, "cannot be read: " + e.getMessage());
        }
        return read(content, file);
    }

    /** {@link #load(Path)} of bytes already read; {@code file} names them in problems. */
    public static DiagramLoad read(byte[] content, Path file) {
        String name = file.toString();
        DiagramResource resource = (DiagramResource) newResourceSet()
                .createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try (InputStream in = new ByteArrayInputStream(content)) {
            resource.load(in, null);
        } catch (IOException | RuntimeException e) {
            if (!resource.getErrors().isEmpty()) {
                return new DiagramLoad.Broken(describe(name, resource.getErrors().get(0)));
            }
            return broken(name, 0, 0, "cannot be read: " + e.getMessage());
        }
        if (!resource.getErrors().isEmpty()) {
            return new DiagramLoad.Broken(describe(name, resource.getErrors().get(0)));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Diagram diagram)) {
            return broken(name, 1, 0, "expected exactly one <diagram:Diagram> element of namespace "
                    + NotationPackage.eNS_URI);
        }
        DiagramProblem problem = check(diagram, resource, name);
        return problem == null ? new DiagramLoad.Loaded(diagram) : new DiagramLoad.Broken(problem);
    }

    /** Writes the diagram with its entries in their current order; see {@link #save(Diagram, Path, List)}. */
    public static void save(Diagram diagram, Path file) throws IOException {
        save(diagram, file, List.of());
    }

    /**
     * Writes the diagram to {@code file} atomically (a temporary file next to it, flushed, renamed
     * over it; on failure the old file is untouched). Entries are written in {@code elementOrder}
     * (the semantic model's order of element ids; ids not listed follow in their current order),
     * coordinates rounded to half a pixel. The diagram itself is not changed.
     */
    public static void save(Diagram diagram, Path file, List<String> elementOrder) throws IOException {
        byte[] bytes = serialize(diagram, elementOrder);
        Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The bytes {@link #save(Diagram, Path, List)} writes. */
    public static byte[] serialize(Diagram diagram, List<String> elementOrder) throws IOException {
        Diagram copy = EcoreUtil.copy(diagram);
        normalize(copy, elementOrder);
        Resource resource = newResourceSet().createResource(URI.createFileURI("diagram" + SUFFIX));
        resource.getContents().add(copy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, null);
        return out.toByteArray();
    }

    /** Half a pixel: finer than anyone places a box, coarse enough that noise never shows in a diff. */
    static double half(double value) {
        return Math.round(value * 2) / 2.0;
    }

    private static void normalize(Diagram diagram, List<String> elementOrder) {
        diagram.setFormatVersion(FORMAT_VERSION);
        diagram.setZoom(Math.round(diagram.getZoom() * 1000) / 1000.0);
        diagram.setViewportX(half(diagram.getViewportX()));
        diagram.setViewportY(half(diagram.getViewportY()));
        for (Node node : diagram.getNodes()) {
            requireFinite(node, node.getX(), node.getY(), node.getWidth(), node.getHeight());
            node.setX(half(node.getX()));
            node.setY(half(node.getY()));
            node.setWidth(half(node.getWidth()));
            node.setHeight(half(node.getHeight()));
        }
        for (Edge edge : diagram.getEdges()) {
            for (Point point : edge.getBendpoints()) {
                normalize(edge, point);
            }
            if (edge.getLabelOffset() != null) {
                normalize(edge, edge.getLabelOffset());
            }
        }
        Map<String, Integer> rank = new HashMap<>();
        for (String id : elementOrder) {
            rank.putIfAbsent(id, rank.size());
        }
        ToIntFunction<DiagramElement> position = e -> rank.getOrDefault(e.getElementId(), Integer.MAX_VALUE);
        // ECollections.sort is stable: unlisted entries keep their relative order.
        ECollections.sort(diagram.getNodes(), Comparator.comparingInt(position::applyAsInt));
        ECollections.sort(diagram.getEdges(), Comparator.comparingInt(position::applyAsInt));
    }

    private static void normalize(Edge edge, Point point) {
        requireFinite(edge, point.getX(), point.getY());
        point.setX(half(point.getX()));
        point.setY(half(point.getY()));
    }

    private static void requireFinite(DiagramElement element, double... values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("cannot save the diagram: the entry of '" + element.getElementId()
                        + "' has a coordinate that is not a finite number");
            }
        }
    }

    /** The first entry that cannot be drawn, or null. */
    private static DiagramProblem check(Diagram diagram, DiagramResource resource, String name) {
        String version = diagram.getFormatVersion();
        if (!FORMAT_VERSION.equals(version)) {
            String why = "unknown format version '" + version + "'; this release reads format version " + FORMAT_VERSION;
            if (version != null && version.matches("\\d{1,9}") && Integer.parseInt(version) > Integer.parseInt(FORMAT_VERSION)) {
                why = "written by a newer Spikestudio (format version " + version + "); this release reads format version "
                        + FORMAT_VERSION;
            }
            return new DiagramProblem(name, resource.lineOf(diagram), 0, why);
        }
        if (!Double.isFinite(diagram.getZoom()) || diagram.getZoom() <= 0 || !Double.isFinite(diagram.getViewportX())
                || !Double.isFinite(diagram.getViewportY())) {
            return new DiagramProblem(name, resource.lineOf(diagram), 0,
                    "Diagram: zoom must be a positive number and the viewport finite numbers");
        }
        for (Node node : diagram.getNodes()) {
            DiagramProblem problem = checkEntry(node, resource, name);
            if (problem == null && !allFinite(node.getX(), node.getY(), node.getWidth(), node.getHeight())) {
                problem = new DiagramProblem(name, resource.lineOf(node), 0,
                        "node '" + node.getElementId() + "': x, y, width and height must be finite numbers");
            }
            if (problem == null && (node.getWidth() < 0 || node.getHeight() < 0)) {
                problem = new DiagramProblem(name, resource.lineOf(node), 0,
                        "node '" + node.getElementId() + "': width and height must be >= 0");
            }
            if (problem != null) {
                return problem;
            }
        }
        for (Edge edge : diagram.getEdges()) {
            DiagramProblem problem = checkEntry(edge, resource, name);
            if (problem != null) {
                return problem;
            }
            for (Point point : edge.getBendpoints()) {
                if (!allFinite(point.getX(), point.getY())) {
                    return new DiagramProblem(name, resource.lineOf(point), 0,
                            "edge '" + edge.getElementId() + "': a bend point's x and y must be finite numbers");
                }
            }
            Point label = edge.getLabelOffset();
            if (label != null && !allFinite(label.getX(), label.getY())) {
                return new DiagramProblem(name, resource.lineOf(label), 0,
                        "edge '" + edge.getElementId() + "': the label offset's x and y must be finite numbers");
            }
        }
        return null;
    }

    private static DiagramProblem checkEntry(DiagramElement entry, DiagramResource resource, String name) {
        if (entry.getElementId() == null || entry.getElementId().isBlank()) {
            return new DiagramProblem(name, resource.lineOf(entry), 0,
                    entry.eClass().getName().toLowerCase(java.util.Locale.ROOT) + ": attribute 'elementId' is missing");
        }
        return null;
    }

    private static boolean allFinite(double... values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    private static DiagramLoad broken(String file, int line, int column, String message) {
        return new DiagramLoad.Broken(new DiagramProblem(file, line, column, message));
    }

    private static DiagramProblem describe(String file, Resource.Diagnostic error) {
        String message;
        if (error instanceof XMIException xmi && xmi.getCause() instanceof SAXParseException parse) {
            message = "not a well-formed XML file: " + parse.getMessage();
        } else if (error instanceof FeatureNotFoundException unknown) {
            message = "unknown attribute or element '" + unknown.getName() + "'";
        } else if (error instanceof PackageNotFoundException unknownPackage) {
            message = unknownPackage.uri() == null ? "a namespace prefix here is not declared with xmlns"
                    : "unknown namespace '" + unknownPackage.uri() + "', expected " + NotationPackage.eNS_URI;
        } else if (error instanceof XMIException wrapper && wrapper.getCause() != null) {
            message = String.valueOf(wrapper.getCause().getMessage());
        } else {
            message = String.valueOf(error.getMessage());
        }
        return new DiagramProblem(file, Math.max(error.getLine(), 0), Math.max(error.getColumn(), 0), message);
    }

    /** The URI handler of {@link #newResourceSet()}: loading and saving go through streams, never through URIs. */
    private static final class Nowhere extends URIHandlerImpl {

        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException("cannot open '" + uri + "': a diagram is one self-contained file");
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException("cannot write '" + uri + "' through EMF; use DiagramFiles.save");
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return false;
        }
    }
}
