/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.edit.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.spikestudio.model.Projection;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.SpikestudioPackage;

/**
 * This is the item provider adapter for a {@link org.spikestudio.model.Projection} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProjectionItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectionItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addSourcePropertyDescriptor(object);
			addTargetPropertyDescriptor(object);
			addAllowAutapsesPropertyDescriptor(object);
			addAllowMultapsesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Projection_source_feature"),
				 getString("_UI_Projection_source_description"),
				 SpikestudioPackage.Literals.PROJECTION__SOURCE,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_ProjectionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Target feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Projection_target_feature"),
				 getString("_UI_Projection_target_description"),
				 SpikestudioPackage.Literals.PROJECTION__TARGET,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_ProjectionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Allow Autapses feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAllowAutapsesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Projection_allowAutapses_feature"),
				 getString("_UI_Projection_allowAutapses_description"),
				 SpikestudioPackage.Literals.PROJECTION__ALLOW_AUTAPSES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ConnectivityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Allow Multapses feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAllowMultapsesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Projection_allowMultapses_feature"),
				 getString("_UI_Projection_allowMultapses_description"),
				 SpikestudioPackage.Literals.PROJECTION__ALLOW_MULTAPSES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ConnectivityPropertyCategory"),
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(SpikestudioPackage.Literals.PROJECTION__CONNECTIVITY);
			childrenFeatures.add(SpikestudioPackage.Literals.PROJECTION__SYNAPSE);
			childrenFeatures.add(SpikestudioPackage.Literals.PROJECTION__WEIGHT);
			childrenFeatures.add(SpikestudioPackage.Literals.PROJECTION__DELAY);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Projection.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Projection"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Projection)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Projection_type") :
			getString("_UI_Projection_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Projection.class)) {
			case SpikestudioPackage.PROJECTION__ALLOW_AUTAPSES:
			case SpikestudioPackage.PROJECTION__ALLOW_MULTAPSES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SpikestudioPackage.PROJECTION__CONNECTIVITY:
			case SpikestudioPackage.PROJECTION__SYNAPSE:
			case SpikestudioPackage.PROJECTION__WEIGHT:
			case SpikestudioPackage.PROJECTION__DELAY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.PROJECTION__CONNECTIVITY,
				 SpikestudioFactory.eINSTANCE.createAllToAll()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.PROJECTION__CONNECTIVITY,
				 SpikestudioFactory.eINSTANCE.createOneToOne()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.PROJECTION__CONNECTIVITY,
				 SpikestudioFactory.eINSTANCE.createFixedProbability()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.PROJECTION__CONNECTIVITY,
				 SpikestudioFactory.eINSTANCE.createFixedOutDegree()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.PROJECTION__CONNECTIVITY,
				 SpikestudioFactory.eINSTANCE.createFixedInDegree()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.PROJECTION__CONNECTIVITY,
				 SpikestudioFactory.eINSTANCE.createExplicitConnections()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.PROJECTION__SYNAPSE,
				 SpikestudioFactory.eINSTANCE.createDeltaSynapse()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.PROJECTION__SYNAPSE,
				 SpikestudioFactory.eINSTANCE.createExponentialCurrentSynapse()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.PROJECTION__SYNAPSE,
				 SpikestudioFactory.eINSTANCE.createExponentialConductanceSynapse()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.PROJECTION__WEIGHT,
				 SpikestudioFactory.eINSTANCE.createConstantValue()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.PROJECTION__WEIGHT,
				 SpikestudioFactory.eINSTANCE.createUniformDistribution()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.PROJECTION__WEIGHT,
				 SpikestudioFactory.eINSTANCE.createNormalDistribution()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.PROJECTION__DELAY,
				 SpikestudioFactory.eINSTANCE.createConstantValue()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.PROJECTION__DELAY,
				 SpikestudioFactory.eINSTANCE.createUniformDistribution()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.PROJECTION__DELAY,
				 SpikestudioFactory.eINSTANCE.createNormalDistribution()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == SpikestudioPackage.Literals.PROJECTION__WEIGHT ||
			childFeature == SpikestudioPackage.Literals.PROJECTION__DELAY;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
