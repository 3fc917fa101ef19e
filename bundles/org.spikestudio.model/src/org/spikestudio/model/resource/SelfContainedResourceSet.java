// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * A resource set in which a model reaches nothing outside itself: a model is one self-contained
 * file, and opening it must never fetch a URL or open another file it names (a hostile or merely
 * broken model could otherwise hang the loader on a server or a FIFO, or read any local file).
 * <ul>
 * <li>Only the first resource may be loaded on demand (how an editor opens its file); a later
 * demand, e.g. to resolve a reference into another document, is refused.</li>
 * <li>Its URI converter reads and writes only the URIs of the resources in the set; any other URI
 * is refused without being touched.</li>
 * </ul>
 * {@link SnnResource} itself reports such references as errors with their line while loading; this
 * set makes sure nothing resolves them later, in the command line and the workbench alike.
 */
final class SelfContainedResourceSet extends ResourceSetImpl {

    static final String OTHER_FILES = "references to other files are not supported";

    SelfContainedResourceSet() {
        setURIConverter(new ExtensibleURIConverterImpl(List.of(new OwnResourcesOnly()), ContentHandler.Registry.INSTANCE
                .contentHandlers()));
    }

    @Override
    public Resource getResource(URI uri, boolean loadOnDemand) {
        if (loadOnDemand && !getResources().isEmpty() && super.getResource(uri, false) == null) {
            throw new WrappedException(new IOException("cannot open '" + uri + "': " + OTHER_FILES));
        }
        return super.getResource(uri, loadOnDemand);
    }

    private boolean isOwn(URI uri) {
        URIConverter converter = getURIConverter();
        for (Resource resource : List.copyOf(getResources())) {
            if (resource.getURI() != null && converter.normalize(resource.getURI()).equals(uri)) {
                return true;
            }
        }
        return false;
    }

    /** EMF's usual handlers, asked only for the URIs of this set's own resources. */
    private final class OwnResourcesOnly implements URIHandler {

        private URIHandler delegate(URI uri) throws IOException {
            if (!isOwn(uri)) {
                throw new IOException("cannot open '" + uri + "': " + OTHER_FILES);
            }
            for (URIHandler handler : URIHandler.DEFAULT_HANDLERS) {
                if (handler.canHandle(uri)) {
                    return handler;
                }
            }
            throw new IOException("cannot open '" + uri + "': unsupported kind of location");
        }

        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            return delegate(uri).createInputStream(uri, options);
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            return delegate(uri).createOutputStream(uri, options);
        }

        @Override
        public void delete(URI uri, Map<?, ?> options) throws IOException {
            delegate(uri).delete(uri, options);
        }

        @Override
        public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
            return delegate(uri).contentDescription(uri, options);
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            try {
                return delegate(uri).exists(uri, options);
            } catch (IOException refused) {
                return false;
            }
        }

        @Override
        public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
            try {
                return delegate(uri).getAttributes(uri, options);
            } catch (IOException refused) {
                return Map.of();
            }
        }

        @Override
        public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
            delegate(uri).setAttributes(uri, attributes, options);
        }
    }
}
