// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.spikestudio.model.Network;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.validation.ElementNames;
import org.xml.sax.SAXParseException;

/**
 * Reading and writing {@code .snn} model files, for the CLI and the workbench alike.
 * Reading reports every problem as {@code file:line:column: message}; writing is atomic.
 */
public final class ModelFiles {

    /** The file format this release writes and reads (attribute {@code formatVersion} of the root). */
    public static final String FORMAT_VERSION = "1";

    public static final String FILE_EXTENSION = "snn";

    private ModelFiles() {
    }

    /** A resource set that knows the Spikestudio package and the {@code .snn} format, with or without OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(SpikestudioPackage.eNS_URI, SpikestudioPackage.eINSTANCE);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new SnnResourceFactory());
        return resources;
    }

    /**
     * Loads the network of {@code file}.
     *
     * @throws ModelLoadException naming file, line and column of each problem; nothing else escapes
     */
    public static Network load(Path file) throws ModelLoadException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw fail(name, "is a directory, not a model file");
        }
        if (!Files.isRegularFile(file)) {
            throw fail(name, "no such file");
        }
        if (!Files.isReadable(file)) {
            throw fail(name, "cannot be read (permission denied)");
        }
        checkRootAndVersion(file, name);

        Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.load(null);
        } catch (IOException | RuntimeException e) {
            List<ModelProblem> problems = new ArrayList<>();
            for (Resource.Diagnostic error : resource.getErrors()) {
                problems.add(describe(name, error));
            }
            if (problems.isEmpty()) {
                problems.add(describe(name, e));
            }
            throw new ModelLoadException(problems);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Network network)) {
            throw fail(name, "the file must contain exactly one snn:Network");
        }
        return network;
    }

    /**
     * Writes the network to {@code file} atomically: into a temporary file next to it, flushed to
     * disk, then renamed over the old file. If anything fails, the old file is untouched and the
     * temporary file is removed.
     */
    public static void save(Network network, Path file) throws IOException {
        save(network, file, UnaryOperator.identity());
    }

    /** {@link #save(Network, Path)} with the output stream wrapped, so tests can interrupt the write. */
    static void save(Network network, Path file, UnaryOperator<OutputStream> wrap) throws IOException {
        Path target = file.toAbsolutePath();
        if (!(network.eResource() instanceof SnnResource)) {
            newResourceSet().createResource(URI.createFileURI(target.toString())).getContents().add(network);
        }
        SnnResource resource = (SnnResource) network.eResource();
        resource.saveAtomically(target, null, wrap);
        resource.setURI(URI.createFileURI(target.toString()));
    }

    /** The line of {@code element}'s start tag, when it was loaded from a file; else 0. */
    public static int lineOf(EObject element) {
        return element.eResource() instanceof SnnResource snn ? snn.lineOf(element) : 0;
    }

    /**
     * Reads only the root start tag, so a file of a newer format is refused with a clear message
     * before its unknown content produces confusing errors.
     */
    private static void checkRootAndVersion(Path file, String name) throws ModelLoadException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                // skip prolog, comments, processing instructions
            }
            if (!reader.isStartElement()) {
                throw fail(name, "empty file: expected an <snn:Network> element");
            }
            int line = reader.getLocation().getLineNumber();
            int column = reader.getLocation().getColumnNumber();
            if (!"Network".equals(reader.getLocalName())
                    || !SpikestudioPackage.eNS_URI.equals(reader.getNamespaceURI())) {
                throw new ModelLoadException(List.of(ModelProblem.error(name, line, column,
                        "the root element is <" + qualified(reader) + ">, expected <snn:Network> of namespace "
                                + SpikestudioPackage.eNS_URI + ": not a Spikestudio model")));
            }
            String version = reader.getAttributeValue(null, "formatVersion");
            if (version == null) {
                throw new ModelLoadException(List.of(ModelProblem.error(name, line, column,
                        "Network: attribute 'formatVersion' is missing (this release writes and reads "
                                + FORMAT_VERSION + ")")));
            }
            if (!FORMAT_VERSION.equals(version.strip())) {
                String why;
                try {
                    why = Integer.parseInt(version.strip()) > Integer.parseInt(FORMAT_VERSION)
                            ? "the file was written by a newer Spikestudio (format version " + version
                                    + "); this release reads format version " + FORMAT_VERSION
                                    + ": update Spikestudio to open it"
                            : "unknown format version '" + version + "'; this release reads format version "
                                    + FORMAT_VERSION;
                } catch (NumberFormatException e) {
                    why = "unknown format version '" + version + "'; this release reads format version "
                            + FORMAT_VERSION;
                }
                throw new ModelLoadException(List.of(ModelProblem.error(name, line, column,
                        "Network: attribute 'formatVersion': " + why)));
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
            throw new ModelLoadException(List.of(ModelProblem.error(name, line, column,
                    "not a well-formed XML file: " + plainXmlMessage(e.getMessage()))));
        } catch (NoSuchFileException e) {
            throw fail(name, "no such file");
        } catch (AccessDeniedException e) {
            throw fail(name, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw fail(name, "cannot be read: " + e.getMessage());
        }
    }

    private static String qualified(XMLStreamReader reader) {
        String prefix = reader.getPrefix();
        return prefix == null || prefix.isEmpty() ? reader.getLocalName() : prefix + ":" + reader.getLocalName();
    }

    /** The StAX message without its "ParseError at [row,col]:" prefix, which we print ourselves. */
    private static String plainXmlMessage(String message) {
        if (message == null) {
            return "unreadable";
        }
        int marker = message.indexOf("Message: ");
        return marker >= 0 ? message.substring(marker + "Message: ".length()).strip() : message.strip();
    }

    private static ModelProblem describe(String file, Resource.Diagnostic error) {
        String message;
        if (error instanceof XMIException xmi && xmi.getCause() instanceof SAXParseException parse) {
            message = "not a well-formed XML file: " + parse.getMessage();
        } else if (error instanceof FeatureNotFoundException unknown) {
            message = ElementNames.of(unknown.getObject()) + ": unknown attribute or element '" + unknown.getName()
                    + "'";
        } else if (error instanceof UnresolvedReferenceException dangling) {
            message = ElementNames.of(dangling.getObject()) + ": reference '" + dangling.getFeature().getName()
                    + "' points to '" + dangling.getReference() + "', but no element has that id";
        } else if (error instanceof IllegalValueException illegal && illegal.getValue() instanceof EObject wrong) {
            message = ElementNames.of(illegal.getObject()) + ": reference '" + illegal.getFeature().getName()
                    + "' points to " + ElementNames.of(wrong) + ", but must point to a "
                    + illegal.getFeature().getEType().getName();
        } else if (error instanceof IllegalValueException illegal) {
            message = ElementNames.of(illegal.getObject()) + ": attribute '" + illegal.getFeature().getName()
                    + "' has an invalid value '" + illegal.getValue() + "'";
        } else if (error instanceof ClassNotFoundException unknownType) {
            message = "unknown element type '" + unknownType.getName() + "'";
        } else if (error instanceof PackageNotFoundException unknownPackage) {
            message = "unknown namespace '" + unknownPackage.uri() + "'";
        } else {
            message = cleanMessage(error.getMessage());
        }
        int line = error.getLine();
        if (line <= 0 && error instanceof IllegalValueException illegal && illegal.getObject() != null) {
            line = lineOf(illegal.getObject());
        }
        return ModelProblem.error(file, Math.max(line, 0), Math.max(error.getColumn(), 0), message);
    }

    private static ModelProblem describe(String file, Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof SAXParseException || cause instanceof XMIException) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof SAXParseException parse) {
            return ModelProblem.error(file, parse.getLineNumber(), parse.getColumnNumber(),
                    "not a well-formed XML file: " + parse.getMessage());
        }
        if (cause instanceof XMIException xmi) {
            return describe(file, (Resource.Diagnostic) xmi);
        }
        return ModelProblem.error(file, 0, 0, "cannot be read: " + cleanMessage(String.valueOf(cause.getMessage())));
    }

    /** EMF appends "(uri, line, column)" to its messages; we print the position in front instead. */
    private static String cleanMessage(String message) {
        return message == null ? "unreadable" : message.replaceAll("\\s*\\([^()]*, -?\\d+, -?\\d+\\)\\s*$", "");
    }

    private static ModelLoadException fail(String file, String message) {
        return new ModelLoadException(List.of(ModelProblem.error(file, 0, 0, message)));
    }
}
