// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor.internal;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySource2;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * The Properties view's sources from EMF.Edit's property descriptors (EMF Edit UI's
 * AdapterFactoryContentProvider and PropertySource, which are not available here). A change goes
 * through the descriptor, which executes a SetCommand on the element's editing domain, so it can be
 * undone like any other edit.
 */
public final class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory factory;

    public ItemPropertySourceProvider(AdapterFactory factory) {
        this.factory = factory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        if (object instanceof IItemPropertySource wrapper && !(object instanceof org.eclipse.emf.common.notify.Adapter)) {
            // A property value wrapped by ItemPropertyDescriptor: the sheet shows and edits the value itself.
            return new Source(wrapper.getEditableValue(null), wrapper, factory);
        }
        IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
        return source == null ? null : new Source(object, source, factory);
    }

    /** The property source of one element. */
    public static final class Source implements IPropertySource2 {
        private final Object object;
        private final IItemPropertySource source;
        private final AdapterFactory factory;

        Source(Object object, IItemPropertySource source, AdapterFactory factory) {
            this.object = object;
            this.source = source;
            this.factory = factory;
        }

        @Override
        public Object getEditableValue() {
            return object;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(object);
            if (descriptors == null) {
                return new IPropertyDescriptor[0];
            }
            return descriptors.stream().map(d -> new ItemPropertyDescriptorAdapter(object, d, factory))
                    .toArray(IPropertyDescriptor[]::new);
        }

        @Override
        public Object getPropertyValue(Object id) {
            IItemPropertyDescriptor descriptor = descriptor(id);
            return descriptor == null ? null : descriptor.getPropertyValue(object);
        }

        @Override
        public boolean isPropertySet(Object id) {
            IItemPropertyDescriptor descriptor = descriptor(id);
            return descriptor != null && descriptor.isPropertySet(object);
        }

        @Override
        public boolean isPropertyResettable(Object id) {
            IItemPropertyDescriptor descriptor = descriptor(id);
            return descriptor != null && descriptor.canSetProperty(object);
        }

        @Override
        public void resetPropertyValue(Object id) {
            IItemPropertyDescriptor descriptor = descriptor(id);
            if (descriptor != null) {
                descriptor.resetPropertyValue(object);
            }
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            IItemPropertyDescriptor descriptor = descriptor(id);
            if (descriptor != null) {
                descriptor.setPropertyValue(object, value);
            }
        }

        private IItemPropertyDescriptor descriptor(Object id) {
            return source.getPropertyDescriptor(object, id);
        }
    }
}
