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

import org.spikestudio.model.Network;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.SpikestudioPackage;

/**
 * This is the item provider adapter for a {@link org.spikestudio.model.Network} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class NetworkItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkItemProvider(AdapterFactory adapterFactory) {
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

			addFormatVersionPropertyDescriptor(object);
			addSeedPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Network_formatVersion_feature"),
				 getString("_UI_Network_formatVersion_description"),
				 SpikestudioPackage.Literals.NETWORK__FORMAT_VERSION,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_IdentityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Seed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Network_seed_feature"),
				 getString("_UI_Network_seed_description"),
				 SpikestudioPackage.Literals.NETWORK__SEED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SimulationPropertyCategory"),
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
			childrenFeatures.add(SpikestudioPackage.Literals.NETWORK__SIMULATION);
			childrenFeatures.add(SpikestudioPackage.Literals.NETWORK__NEURON_MODELS);
			childrenFeatures.add(SpikestudioPackage.Literals.NETWORK__POPULATIONS);
			childrenFeatures.add(SpikestudioPackage.Literals.NETWORK__ASSEMBLIES);
			childrenFeatures.add(SpikestudioPackage.Literals.NETWORK__PROJECTIONS);
			childrenFeatures.add(SpikestudioPackage.Literals.NETWORK__COUPLINGS);
			childrenFeatures.add(SpikestudioPackage.Literals.NETWORK__INPUTS);
			childrenFeatures.add(SpikestudioPackage.Literals.NETWORK__RECORDERS);
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
	 * This returns Network.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Network"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Network)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Network_type") :
			getString("_UI_Network_type") + " " + label;
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

		switch (notification.getFeatureID(Network.class)) {
			case SpikestudioPackage.NETWORK__FORMAT_VERSION:
			case SpikestudioPackage.NETWORK__SEED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SpikestudioPackage.NETWORK__SIMULATION:
			case SpikestudioPackage.NETWORK__NEURON_MODELS:
			case SpikestudioPackage.NETWORK__POPULATIONS:
			case SpikestudioPackage.NETWORK__ASSEMBLIES:
			case SpikestudioPackage.NETWORK__PROJECTIONS:
			case SpikestudioPackage.NETWORK__COUPLINGS:
			case SpikestudioPackage.NETWORK__INPUTS:
			case SpikestudioPackage.NETWORK__RECORDERS:
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
				(SpikestudioPackage.Literals.NETWORK__SIMULATION,
				 SpikestudioFactory.eINSTANCE.createSimulationSettings()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__NEURON_MODELS,
				 SpikestudioFactory.eINSTANCE.createLifModel()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__NEURON_MODELS,
				 SpikestudioFactory.eINSTANCE.createIzhikevichModel()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__NEURON_MODELS,
				 SpikestudioFactory.eINSTANCE.createAdExModel()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__POPULATIONS,
				 SpikestudioFactory.eINSTANCE.createPopulation()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__ASSEMBLIES,
				 SpikestudioFactory.eINSTANCE.createAssembly()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__PROJECTIONS,
				 SpikestudioFactory.eINSTANCE.createProjection()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__COUPLINGS,
				 SpikestudioFactory.eINSTANCE.createSpikeCountCoupling()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__INPUTS,
				 SpikestudioFactory.eINSTANCE.createConstantInput()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__INPUTS,
				 SpikestudioFactory.eINSTANCE.createStepInput()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__INPUTS,
				 SpikestudioFactory.eINSTANCE.createSineInput()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__INPUTS,
				 SpikestudioFactory.eINSTANCE.createNoiseInput()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__INPUTS,
				 SpikestudioFactory.eINSTANCE.createExpressionInput()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__INPUTS,
				 SpikestudioFactory.eINSTANCE.createPoissonInput()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__INPUTS,
				 SpikestudioFactory.eINSTANCE.createSpikeSourceArray()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__RECORDERS,
				 SpikestudioFactory.eINSTANCE.createSpikeRecorder()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__RECORDERS,
				 SpikestudioFactory.eINSTANCE.createStateRecorder()));

		newChildDescriptors.add
			(createChildParameter
				(SpikestudioPackage.Literals.NETWORK__RECORDERS,
				 SpikestudioFactory.eINSTANCE.createRateRecorder()));
	}

}
