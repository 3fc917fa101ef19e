// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link SnnResource}s for {@code *.snn} files (registered in plugin.xml and by {@link ModelFiles}). */
public final class SnnResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new SnnResource(uri);
    }
}
