// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.resource;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.spikestudio.model.Identified;
import org.spikestudio.model.Network;
import org.spikestudio.model.validation.ElementNames;

/**
 * The XMI resource of a {@code .snn} model, made for version control:
 * <ul>
 * <li>elements are identified by their {@code id} attribute, which references use; ids are given
 * once (the name, when there is one, plus a random suffix, so an id is never reused by a later
 * element) and never change on rename or reordering;</li>
 * <li>every attribute with a default is written explicitly, so a file means the same thing even if a
 * later release changes a default, and a one-value edit is a one-line diff;</li>
 * <li>one element per line, '\n' line ends, UTF-8, nothing volatile (no timestamps, no UUIDs);</li>
 * <li>saving a local file is atomic: a temporary file next to it, flushed, then renamed over it.</li>
 * </ul>
 * While loading, it records the line of every element so that diagnostics can say where it is. A
 * model is one self-contained file: loading never reads another document, neither a package from a
 * namespace or {@code xsi:schemaLocation} nor the target of a reference into another file, which
 * is an error (see also {@link SelfContainedResourceSet}).
 */
public class SnnResource extends XMIResourceImpl {

    private final Map<EObject, Integer> lines = new WeakHashMap<>();

    /** The line of the last start tag read, to place a failure that escapes the parser. */
    private int lastLine;

    public SnnResource(URI uri) {
        super(uri);
        Map<Object, Object> load = getDefaultLoadOptions();
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        save.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.TRUE);
        save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
    }

    /** The line of the element's start tag in the file it was loaded from, or 0 when unknown. */
    public int lineOf(EObject element) {
        Integer line = lines.get(element);
        return line == null ? 0 : line;
    }

    /** The line of the last start tag the parser reached in the latest load, 0 before any. */
    int lastLine() {
        return lastLine;
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected org.xml.sax.helpers.DefaultHandler makeDefaultHandler() {
                return new CheckingHandler(resource, helper, options);
            }
        };
    }

    @Override
    protected void attachedHelper(EObject element) {
        super.attachedHelper(element);
        // Objects added while editing get an id at once, so they can be referenced before saving;
        // a pasted copy brings its original's id and gets a fresh one. A fresh id is never one a
        // deleted element had, so a sidecar keyed by ids cannot mistake the new element for it.
        if (!isLoading() && element instanceof Identified identified
                && (identified.getId() == null || isTakenByAnother(identified))) {
            identified.setId(ElementIds.fresh(identified, this));
        }
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        lines.clear();
        lastLine = 0;
        // Resolving each reference by id would scan the whole tree (quadratic: 20k populations took
        // minutes); a map while loading makes it one scan. Not kept: ids change while editing.
        setIntrinsicIDToEObjectMap(new java.util.HashMap<>());
        try {
            super.doLoad(inputStream, options);
        } finally {
            setIntrinsicIDToEObjectMap(null);
        }
        // EMF binds references to one of two elements with the same id without a word.
        Map<String, EObject> ids = new java.util.HashMap<>();
        for (TreeIterator<EObject> all = getAllContents(); all.hasNext();) {
            if (all.next() instanceof Identified identified && identified.getId() != null) {
                EObject previous = ids.putIfAbsent(identified.getId(), identified);
                if (previous != null) {
                    getErrors().add(new XMIException(ElementNames.of(identified) + ": id '" + identified.getId()
                            + "' is already used by " + ElementNames.of(previous) + " on line " + lineOf(previous)
                            + "; ids must be unique (references would be ambiguous)",
                            getURI().toString(), lineOf(identified), 0));
                }
            }
        }
        if (!getErrors().isEmpty()) {
            throw new IOWrappedException((Exception) getErrors().get(0));
        }
        // A hand-written file may omit ids; give them now rather than reporting them missing.
        ElementIds.assignMissing(this);
    }

    /** Saves atomically when the resource is a local file (also in the workspace); otherwise as EMF does. */
    @Override
    public void save(Map<?, ?> options) throws IOException {
        Path file = localFile();
        if (file == null) {
            super.save(options);
        } else {
            saveAtomically(file, options, UnaryOperator.identity());
        }
    }

    /**
     * Writes into a temporary file next to {@code target}, flushed to disk, then renamed over it. If
     * anything fails, the old file is untouched and the temporary file is removed. The old file's
     * permissions are kept, and a symbolic link stays a link to the rewritten file.
     */
    void saveAtomically(Path target, Map<?, ?> options, UnaryOperator<OutputStream> wrap) throws IOException {
        if (!getContents().isEmpty() && getContents().get(0) instanceof Network network) {
            network.setFormatVersion(ModelFiles.FORMAT_VERSION);
        }
        checkReferencesStayInside();
        Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        Path temporary = Files.createTempFile(real.getParent(), "." + real.getFileName() + ".", ".tmp");
        try {
            copyPermissions(real, temporary);
            try (FileOutputStream disk = new FileOutputStream(temporary.toFile());
                    OutputStream out = wrap.apply(disk)) {
                super.save(out, options);
                out.flush();
                disk.getFD().sync();
            }
            Files.move(temporary, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            setModified(false);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Path localFile() {
        URI uri = getURI();
        if (uri != null && uri.isPlatformResource()) {
            uri = EcorePlugin.resolvePlatformResourcePath(uri.toPlatformString(true));
        }
        return uri != null && uri.isFile() ? Path.of(uri.toFileString()) : null;
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null && Files.exists(from)) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }

    /**
     * A reference to an element outside the model would be written as an id that no element has:
     * refuse to write such a file rather than produce one that cannot be loaded.
     */
    private void checkReferencesStayInside() throws IOException {
        for (TreeIterator<EObject> all = getAllContents(); all.hasNext();) {
            EObject element = all.next();
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                        || !element.eIsSet(reference)) {
                    continue;
                }
                Object value = element.eGet(reference);
                for (Object target : reference.isMany() ? (List<?>) value : List.of(value)) {
                    if (target instanceof EObject referenced && referenced.eResource() != this) {
                        throw new IOException("cannot save: " + ElementNames.of(element) + ": reference '"
                                + reference.getName() + "' points to " + ElementNames.of(referenced)
                                + ", which is not part of the model");
                    }
                }
            }
        }
    }

    private boolean isTakenByAnother(Identified element) {
        for (TreeIterator<EObject> all = getAllContents(); all.hasNext();) {
            if (all.next() instanceof Identified other && other != element && element.getId().equals(other.getId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records lines; reports a repeated single-valued element, which EMF would silently drop; and
     * keeps the model inside its file.
     */
    private final class CheckingHandler extends SAXXMIHandler {

        /** The element and reference whose value is being read, to name them in a message. */
        private EObject referencing;
        private EReference reference;

        CheckingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
            super(resource, helper, options);
        }

        @Override
        protected void processElement(String name, String prefix, String localName) {
            lastLine = getLineNumber();
            super.processElement(name, prefix, localName);
        }

        @Override
        protected void processObject(EObject object) {
            super.processObject(object);
            if (object != null) {
                lines.put(object, getLineNumber());
            }
        }

        @Override
        protected void setFeatureValue(EObject object, EStructuralFeature feature, Object value, int position) {
            if (!feature.isMany() && feature instanceof EReference containment && containment.isContainment()
                    && object.eIsSet(feature)) {
                error(new XMIException(ElementNames.of(object) + ": element '" + feature.getName()
                        + "' appears more than once, but holds a single value (a leftover of a merge?)",
                        getLocation(), getLineNumber(), getColumnNumber()));
                return;
            }
            super.setFeatureValue(object, feature, value, position);
        }

        /**
         * Only packages registered with this release: EMF would otherwise load a package from a
         * namespace URI or an {@code xsi:schemaLocation}, i.e. fetch a URL or open a file.
         */
        @Override
        protected EPackage getPackageForURI(String namespace) {
            EPackage known = namespace == null ? null : packageRegistry.getEPackage(namespace);
            if (known == null) {
                error(new PackageNotFoundException(namespace, getLocation(), getLineNumber(), getColumnNumber()));
            }
            return known;
        }

        /** An {@code xsi:type} naming an enumeration or an abstract class is unknown, not a crash. */
        @Override
        protected EObject createObjectFromFactory(EFactory factory, String typeName) {
            EClassifier type = factory == null ? null : helper.getType(factory, typeName);
            if (type != null && !(type instanceof EClass concrete && !concrete.isAbstract() && !concrete.isInterface())) {
                return null; // reported by EMF as a ClassNotFoundException
            }
            return super.createObjectFromFactory(factory, typeName);
        }

        /** {@code xsi:nil} means nothing in a model: it is reported as an unknown attribute. */
        @Override
        protected boolean isNull() {
            return false;
        }

        @Override
        protected void setValueFromId(EObject object, EReference feature, String ids) {
            referencing = object;
            reference = feature;
            try {
                super.setValueFromId(object, feature, ids);
            } finally {
                referencing = null;
                reference = null;
            }
        }

        /** A reference into another document is an error; it is never resolved. */
        @Override
        protected void handleProxy(InternalEObject proxy, String uriLiteral) {
            super.handleProxy(proxy, uriLiteral);
            URI target = proxy.eProxyURI();
            if (target != null && !target.trimFragment().equals(resourceURI)) {
                String where = referencing == null ? "a reference"
                        : ElementNames.of(referencing) + ": reference '" + reference.getName() + "'";
                error(new XMIException(where + " points to '" + uriLiteral + "' in another file, but "
                        + SelfContainedResourceSet.OTHER_FILES + " (a model is one self-contained file)",
                        getLocation(), getLineNumber(), getColumnNumber()));
            }
        }
    }
}
