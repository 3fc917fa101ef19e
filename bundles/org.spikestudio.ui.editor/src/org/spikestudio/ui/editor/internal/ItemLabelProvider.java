// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor.internal;

import java.net.URL;
import java.util.List;
import java.util.function.ToIntFunction;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Labels and icons from EMF.Edit's item providers ({@code getImage} gives the icon's URL), with an
 * error or warning overlay for elements that have a validation problem.
 */
public final class ItemLabelProvider extends LabelProvider {

    /** No problem; otherwise an {@link org.eclipse.core.resources.IMarker} severity. */
    public static final int NONE = -1;

    private final AdapterFactory factory;
    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());
    private final ToIntFunction<Object> severity;

    /** @param severity the worst problem severity of an element (or {@link #NONE}) */
    public ItemLabelProvider(AdapterFactory factory, ToIntFunction<Object> severity) {
        this.factory = factory;
        this.severity = severity;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = provider(element);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = provider(element);
        ImageDescriptor base = provider == null ? null : descriptor(provider.getImage(element));
        if (base == null) {
            return null;
        }
        String overlay = switch (severity.applyAsInt(element)) {
            case 2 -> ISharedImages.IMG_DEC_FIELD_ERROR;
            case 1 -> ISharedImages.IMG_DEC_FIELD_WARNING;
            default -> null;
        };
        if (overlay != null) {
            base = new DecorationOverlayIcon(base,
                    PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(overlay), IDecoration.BOTTOM_LEFT);
        }
        return images.create(base);
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }

    private IItemLabelProvider provider(Object element) {
        return (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
    }

    /** EMF.Edit gives a URL, or a composed image whose first part is the element's own icon. */
    public static ImageDescriptor descriptor(Object image) {
        if (image instanceof ComposedImage composed) {
            List<Object> parts = composed.getImages();
            return parts.isEmpty() ? null : descriptor(parts.get(0));
        }
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        return image instanceof ImageDescriptor descriptor ? descriptor : null;
    }
}
