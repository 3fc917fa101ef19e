// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One EMF.Edit property descriptor as the Properties view's descriptor: its category, its
 * description (with the unit) and the cell editor that fits the attribute: a checkbox for booleans,
 * a read-only combo for enumerations and single references, a text field that refuses anything
 * that is not a number for numbers.
 */
public final class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;
    private final AdapterFactory factory;

    ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor, AdapterFactory factory) {
        this.object = object;
        this.descriptor = descriptor;
        this.factory = factory;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object) || !(descriptor.getFeature(object) instanceof EStructuralFeature feature)) {
            return null;
        }
        if (feature instanceof EReference reference) {
            return reference.isContainment() || reference.isMany() ? null : choices(parent);
        }
        EDataType type = ((EAttribute) feature).getEAttributeType();
        if (feature.isMany()) {
            return new ValueCellEditor(parent, type, true);
        }
        Class<?> java = type.getInstanceClass();
        if (type instanceof EEnum) {
            return choices(parent);
        }
        if (java == boolean.class || java == Boolean.class) {
            return new CheckboxCellEditor(parent);
        }
        return new ValueCellEditor(parent, type, false);
    }

    private CellEditor choices(Composite parent) {
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        return choices == null ? null : new ChoiceCellEditor(parent, new ArrayList<>(choices), getLabelProvider());
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider labels = descriptor.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                Object value = element instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(null) : element;
                // An element is named as in the tree (with units), not with the generated label.
                return value instanceof EObject && factory.adapt(value, IItemLabelProvider.class) instanceof IItemLabelProvider tree
                        ? tree.getText(value) : labels.getText(value);
            }

            @Override
            public Image getImage(Object element) {
                return null;
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }

    /** The feature this descriptor edits, or null. */
    public Object feature() {
        return descriptor.getFeature(object);
    }

    /** A read-only combo over a fixed list of values (enum literals, or the elements a reference may point to). */
    static final class ChoiceCellEditor extends ComboBoxCellEditor {
        private final List<?> values;

        ChoiceCellEditor(Composite parent, List<?> values, ILabelProvider labels) {
            super(parent, values.stream().map(v -> v == null ? "" : labels.getText(v)).toArray(String[]::new),
                    SWT.READ_ONLY);
            this.values = values;
        }

        @Override
        protected Object doGetValue() {
            int index = (Integer) super.doGetValue();
            return index >= 0 && index < values.size() ? values.get(index) : null;
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(values.indexOf(value));
        }
    }

    /**
     * A text field for a value of an EMF data type (numbers, strings), converted with the type's own
     * factory, or for a list of them separated by commas ("0, 1, 2"); text the type does not accept
     * (a letter in a number) is refused with a message.
     */
    static final class ValueCellEditor extends TextCellEditor {
        private final EDataType type;
        private final boolean many;

        ValueCellEditor(Composite parent, EDataType type, boolean many) {
            super(parent);
            this.type = type;
            this.many = many;
            setValidator(value -> {
                // JFace checks the model's value (an Integer, a list) on setValue, the typed text afterwards.
                if (!(value instanceof String text)) {
                    return null;
                }
                if (many && text.isBlank()) {
                    return null; // an empty list
                }
                for (String each : many ? text.split(",", -1) : new String[] { text }) {
                    try {
                        convert(each);
                    } catch (RuntimeException e) {
                        return "'" + each.strip() + "' is not a valid " + describe(type);
                    }
                }
                return null;
            });
        }

        private Object convert(String text) {
            if (type.getInstanceClass() == String.class) {
                return text;
            }
            Object value = EcoreUtil.createFromString(type, text.strip());
            if (value == null) {
                throw new IllegalArgumentException("empty");
            }
            return value;
        }

        @Override
        protected Object doGetValue() {
            String text = (String) super.doGetValue();
            if (!many) {
                return convert(text);
            }
            List<Object> values = new ArrayList<>();
            if (!text.isBlank()) {
                for (String each : text.split(",", -1)) {
                    values.add(convert(each));
                }
            }
            return values;
        }

        @Override
        protected void doSetValue(Object value) {
            if (many && value instanceof Collection<?> values) {
                super.doSetValue(String.join(", ", values.stream().map(v -> EcoreUtil.convertToString(type, v)).toList()));
            } else {
                super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
            }
        }

        private static String describe(EDataType type) {
            Class<?> java = type.getInstanceClass();
            if (java == int.class || java == Integer.class || java == long.class || java == Long.class
                    || java == short.class || java == Short.class) {
                return "whole number";
            }
            if (java == double.class || java == Double.class || java == float.class || java == Float.class) {
                return "number";
            }
            return type.getName();
        }
    }
}
