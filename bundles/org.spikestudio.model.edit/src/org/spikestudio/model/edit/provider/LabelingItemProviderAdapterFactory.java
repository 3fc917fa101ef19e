// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.provider;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.spikestudio.model.labels.ModelLabels;

/**
 * The generated item providers with labels that carry units ({@link ModelLabels}), refreshed when
 * something they show changes elsewhere ({@link DependentLabels}); registered in plugin.xml in place
 * of the generated factory. Decorating keeps the generated code untouched, so it can be regenerated
 * from the genmodel at any time.
 */
public class LabelingItemProviderAdapterFactory extends DecoratorAdapterFactory {

    /** One label index per resource whose elements this factory has adapted; removed on dispose. */
    private final Map<Resource, DependentLabels> watched = new HashMap<>();

    public LabelingItemProviderAdapterFactory() {
        super(new SpikestudioItemProviderAdapterFactory());
    }

    @Override
    public Object adapt(Object target, Object type) {
        watch(target);
        return super.adapt(target, type);
    }

    @Override
    public Adapter adapt(Notifier target, Object type) {
        watch(target);
        return super.adapt(target, type);
    }

    private void watch(Object target) {
        if (target instanceof EObject element && element.eResource() != null
                && !watched.containsKey(element.eResource())) {
            DependentLabels labels = new DependentLabels(this);
            watched.put(element.eResource(), labels);
            element.eResource().eAdapters().add(labels);
        }
    }

    @Override
    public void dispose() {
        watched.forEach((resource, labels) -> resource.eAdapters().remove(labels));
        watched.clear();
        super.dispose();
    }

    @Override
    protected IItemProviderDecorator createItemProviderDecorator(Object target, Object type) {
        return new LabelingDecorator(this);
    }

    /** Delegates everything to the generated provider except the label. */
    static final class LabelingDecorator extends ItemProviderDecorator implements IEditingDomainItemProvider,
            IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource, Adapter {

        LabelingDecorator(LabelingItemProviderAdapterFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            return object instanceof EObject element ? ModelLabels.of(element) : super.getText(object);
        }

        @Override
        public Notifier getTarget() {
            return decoratedItemProvider instanceof Adapter adapter ? adapter.getTarget() : null;
        }

        @Override
        public void setTarget(Notifier newTarget) {
            // The decorated provider tracks its targets; the decorator is shared like it.
        }
    }
}
