// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor.internal;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

/**
 * A tree of the model from EMF.Edit's item providers (what EMF Edit UI's AdapterFactoryContentProvider
 * does, which is not available here). The input is the model's resource, so its network is the one
 * root. Refreshes the viewer on the item providers' viewer notifications.
 */
public final class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private final AdapterFactory factory;
    private StructuredViewer viewer;

    public ItemContentProvider(AdapterFactory factory) {
        this.factory = factory;
        if (factory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        ITreeItemContentProvider provider = provider(input);
        return provider == null ? new Object[0] : provider.getElements(input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = provider(parent);
        return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = provider(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = provider(element);
        return provider != null && provider.hasChildren(element);
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        viewer = (StructuredViewer) newViewer;
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer target = viewer;
        if (target == null || target.getControl() == null || target.getControl().isDisposed()) {
            return;
        }
        Runnable refresh = () -> {
            if (target.getControl().isDisposed()) {
                return;
            }
            if (notification instanceof IViewerNotification update && update.getElement() != null) {
                if (update.isContentRefresh()) {
                    target.refresh(update.getElement(), update.isLabelUpdate());
                } else if (update.isLabelUpdate()) {
                    target.update(update.getElement(), null);
                }
            } else {
                target.refresh();
            }
        };
        Display display = target.getControl().getDisplay();
        if (Display.getCurrent() == display) {
            refresh.run();
        } else {
            display.asyncExec(refresh);
        }
    }

    @Override
    public void dispose() {
        if (factory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
    }

    private ITreeItemContentProvider provider(Object element) {
        return (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
    }
}
