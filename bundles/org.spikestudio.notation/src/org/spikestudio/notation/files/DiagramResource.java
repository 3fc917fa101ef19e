// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.notation.files;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The XMI resource of a {@code .snn.diagram} file, made for version control like the model's: one
 * element per line, every attribute written (also defaults), '\n', UTF-8, nothing volatile. Loading
 * records the line of each element, refuses DOCTYPEs, unknown attributes and namespaces, and never
 * opens another document.
 */
final class DiagramResource extends XMIResourceImpl {

    private final Map<EObject, Integer> lines = new WeakHashMap<>();

    DiagramResource(URI uri) {
        super(uri);
        Map<Object, Object> load = getDefaultLoadOptions();
        load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        // No DTD: no entity expansion, no external entity fetched.
        load.put(XMLResource.OPTION_PARSER_FEATURES,
                Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));
        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        save.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.TRUE);
        save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
    }

    /** The line of the element's start tag in the file it was loaded from, or 0 when unknown. */
    int lineOf(EObject element) {
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
                return new Handler(resource, helper, options);
            }
        };
    }

    private final class Handler extends SAXXMIHandler {

        Handler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
            super(resource, helper, options);
        }

        @Override
        protected void processObject(EObject object) {
            super.processObject(object);
            if (object != null) {
                lines.put(object, getLineNumber());
            }
        }

        /** Only the notation package: EMF would otherwise load a package from its namespace URI. */
        @Override
        protected EPackage getPackageForURI(String namespace) {
            EPackage known = namespace == null ? null : packageRegistry.getEPackage(namespace);
            if (known == null) {
                error(new PackageNotFoundException(namespace, getLocation(), getLineNumber(), getColumnNumber()));
            }
            return known;
        }

        /** An {@code href} into another document is an error; it is never resolved. */
        @Override
        protected void handleProxy(InternalEObject proxy, String uriLiteral) {
            super.handleProxy(proxy, uriLiteral);
            error(new XMIException("'" + uriLiteral + "' points into another file; a diagram is one self-contained file",
                    getLocation(), getLineNumber(), getColumnNumber()));
        }
    }
}
