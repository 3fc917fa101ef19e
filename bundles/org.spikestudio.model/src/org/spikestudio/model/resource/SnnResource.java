// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.resource;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.spikestudio.model.Identified;
import org.spikestudio.model.NamedElement;

/**
 * The XMI resource of a {@code .snn} model, made for version control:
 * <ul>
 * <li>elements are identified by their {@code id} attribute, which references use; ids are given
 * once (from the name, when there is one) and never change on rename or reordering;</li>
 * <li>every attribute with a default is written explicitly, so a file means the same thing even if a
 * later release changes a default, and a one-value edit is a one-line diff;</li>
 * <li>one element per line, '\n' line ends, UTF-8, nothing volatile (no timestamps, no UUIDs).</li>
 * </ul>
 * While loading, it records the line of every element so that diagnostics can say where it is.
 */
public class SnnResource extends XMIResourceImpl {

    private final Map<EObject, Integer> lines = new WeakHashMap<>();

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

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected org.xml.sax.helpers.DefaultHandler makeDefaultHandler() {
                return new LineRecordingHandler(resource, helper, options);
            }
        };
    }

    @Override
    protected void attachedHelper(EObject element) {
        super.attachedHelper(element);
        // Objects added while editing get an id at once, so they can be referenced before saving.
        if (!isLoading() && element instanceof Identified identified && identified.getId() == null) {
            identified.setId(uniqueId(identified));
        }
    }

    @Override
    public void doLoad(java.io.InputStream inputStream, Map<?, ?> options) throws java.io.IOException {
        lines.clear();
        super.doLoad(inputStream, options);
        // A hand-written file may omit ids; give them now rather than reporting them missing.
        for (TreeIterator<EObject> all = getAllContents(); all.hasNext();) {
            if (all.next() instanceof Identified identified && identified.getId() == null) {
                identified.setId(uniqueId(identified));
            }
        }
    }

    /** A readable id derived from the name (or the type), made unique within this resource. */
    String uniqueId(Identified element) {
        Set<String> taken = new HashSet<>();
        for (TreeIterator<EObject> all = getAllContents(); all.hasNext();) {
            if (all.next() instanceof Identified other && other != element && other.getId() != null) {
                taken.add(other.getId());
            }
        }
        String base = element instanceof NamedElement named && named.getName() != null
                && !named.getName().isBlank()
                        ? named.getName().strip().replaceAll("[^A-Za-z0-9_.-]", "_")
                        : element.eClass().getName().toLowerCase(Locale.ROOT);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "_" + n;
        }
        return id;
    }

    private final class LineRecordingHandler extends SAXXMIHandler {
        LineRecordingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
            super(resource, helper, options);
        }

        @Override
        protected void processObject(EObject object) {
            super.processObject(object);
            if (object != null) {
                lines.put(object, getLineNumber());
            }
        }
    }
}
