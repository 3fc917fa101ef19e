// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
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

    /**
     * A resource set that knows the Spikestudio package and the {@code .snn} format, with or without
     * OSGi, and in which a model reaches nothing outside its own file: references into other files
     * are never resolved and no other URI is ever opened. The command line and the workbench open
     * models through it.
     */
    public static ResourceSet newResourceSet() {
        ResourceSet resources = new SelfContainedResourceSet();
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
        return load(file, newResourceSet());
    }

    /** {@link #load(Path)} into {@code resources}, so tests can watch what the resource set opens. */
    static Network load(Path file, ResourceSet resources) throws ModelLoadException {
        String name = file.toString();
        byte[] content = ModelText.read(file, name);
        ModelText.check(content, name);

        SnnResource resource = (SnnResource) resources
                .createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            // The bytes already read: the file is opened once, and what was checked is what is loaded.
            resource.load(new ByteArrayInputStream(content), null);
        } catch (IOException | RuntimeException e) {
            List<ModelProblem> problems = new ArrayList<>();
            for (Resource.Diagnostic error : resource.getErrors()) {
                if (!isFollowOnError(error) || resource.getErrors().size() == 1) {
                    problems.add(describe(name, error));
                }
            }
            if (problems.isEmpty()) {
                problems.add(describe(name, e, resource.lastLine()));
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

    private static ModelProblem describe(String file, Resource.Diagnostic error) {
        String message;
        if (error instanceof XMIException xmi && xmi.getCause() instanceof SAXParseException parse) {
            message = "not a well-formed XML file: " + cleanMessage(parse.getMessage());
        } else if (error instanceof FeatureNotFoundException unknown) {
            message = ElementNames.of(unknown.getObject()) + ": unknown attribute or element '" + unknown.getName()
                    + "'";
        } else if (error instanceof UnresolvedReferenceException dangling) {
            message = ElementNames.of(dangling.getObject()) + ": reference '" + dangling.getFeature().getName()
                    + "' points to '" + dangling.getReference() + "', but no element has that id";
        } else if (error instanceof IllegalValueException illegal && illegal.getValue() instanceof EObject wrong) {
            // only for a value of the wrong type: see isFollowOnError
            message = ElementNames.of(illegal.getObject()) + ": reference '" + illegal.getFeature().getName()
                    + "' points to " + ElementNames.of(wrong) + ", but must point to a "
                    + illegal.getFeature().getEType().getName();
        } else if (error instanceof IllegalValueException illegal) {
            message = ElementNames.of(illegal.getObject()) + ": attribute '" + illegal.getFeature().getName()
                    + "' has an invalid value '" + illegal.getValue() + "'";
        } else if (error instanceof ClassNotFoundException unknownType) {
            message = unknownType(unknownType);
        } else if (error instanceof PackageNotFoundException unknownPackage) {
            message = unknownPackage.uri() == null
                    ? "a namespace prefix here (e.g. of an xsi:type value) is not declared with xmlns"
                    : "unknown namespace '" + unknownPackage.uri() + "'";
        } else if (error instanceof XMIException wrapper && wrapper.getCause() != null) {
            message = cleanMessage(wrapper.getCause().getMessage());
        } else {
            message = cleanMessage(error.getMessage());
        }
        int line = error.getLine();
        if (line <= 0 && error instanceof IllegalValueException illegal && illegal.getObject() != null) {
            line = lineOf(illegal.getObject());
        }
        return ModelProblem.error(file, Math.max(line, 0), Math.max(error.getColumn(), 0), message);
    }

    /**
     * A failure that left no diagnostic. A SAX or XMI exception is described; anything else is a gap
     * in the loader's checks, placed at the last element read and worded without Java's names.
     */
    private static ModelProblem describe(String file, Throwable failure, int lastLine) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof SAXParseException || cause instanceof XMIException) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof SAXParseException parse) {
            return ModelProblem.error(file, parse.getLineNumber(), parse.getColumnNumber(),
                    "not a well-formed XML file: " + cleanMessage(parse.getMessage()));
        }
        if (cause instanceof XMIException xmi) {
            return describe(file, (Resource.Diagnostic) xmi);
        }
        return ModelProblem.error(file, lastLine, 0,
                "this element cannot be read (the loader failed on it; please report this with the file)");
    }

    /**
     * EMF reports the entries after a dangling id in a list of references once more, as values of
     * the wrong type although their type is right ("points to Population 'inh', but must point to a
     * Population"); the dangling id is the real problem and is reported on its own.
     */
    private static boolean isFollowOnError(Resource.Diagnostic error) {
        return error instanceof IllegalValueException illegal && illegal.getFeature() != null
                && illegal.getFeature().getEType().isInstance(illegal.getValue());
    }

    /** An {@code xsi:type} naming no class, an enumeration, or an abstract class. */
    private static String unknownType(ClassNotFoundException error) {
        EClassifier named = error.getFactory() == null || error.getFactory().getEPackage() == null ? null
                : error.getFactory().getEPackage().getEClassifier(error.getName());
        if (named instanceof EClass abstractType) {
            List<String> concrete = new ArrayList<>();
            for (EClassifier candidate : abstractType.getEPackage().getEClassifiers()) {
                if (candidate instanceof EClass type && !type.isAbstract() && !type.isInterface()
                        && type.getEAllSuperTypes().contains(abstractType)) {
                    concrete.add(type.getName());
                }
            }
            return "element type '" + error.getName() + "' is abstract; use one of its concrete types"
                    + (concrete.isEmpty() ? "" : " (" + String.join(", ", concrete) + ")");
        }
        if (named != null) {
            return "'" + error.getName() + "' is a kind of value, not an element type";
        }
        return "unknown element type '" + error.getName() + "'";
    }

    /**
     * EMF appends "(uri, line, column)" to its messages; we print the position in front instead. A
     * Java class name in front of a message ("com.sun...MalformedByteSequenceException: ...") is
     * dropped: users see what went wrong, not which class said so.
     */
    private static String cleanMessage(String message) {
        return message == null ? "unreadable"
                : message.replaceAll("\\s*\\([^()]*, -?\\d+, -?\\d+\\)\\s*$", "")
                        .replaceAll("^([a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error): ", "");
    }

    private static ModelLoadException fail(String file, String message) {
        return new ModelLoadException(List.of(ModelProblem.error(file, 0, 0, message)));
    }
}
