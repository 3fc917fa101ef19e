/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.edit.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.spikestudio.model.LifModel;
import org.spikestudio.model.SpikestudioPackage;

/**
 * This is the item provider adapter for a {@link org.spikestudio.model.LifModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class LifModelItemProvider extends NeuronModelItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LifModelItemProvider(AdapterFactory adapterFactory) {
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

			addResistancePropertyDescriptor(object);
			addCapacitancePropertyDescriptor(object);
			addMembraneTimeConstantPropertyDescriptor(object);
			addRestPotentialPropertyDescriptor(object);
			addResetPotentialPropertyDescriptor(object);
			addThresholdPropertyDescriptor(object);
			addRefractoryPeriodPropertyDescriptor(object);
			addDiscardJumpsWhenRefractoryPropertyDescriptor(object);
			addInitialPotentialPropertyDescriptor(object);
			addLowerBoundPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Resistance feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResistancePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifModel_resistance_feature"),
				 getString("_UI_LifModel_resistance_description"),
				 SpikestudioPackage.Literals.LIF_MODEL__RESISTANCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_MembranePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Capacitance feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCapacitancePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifModel_capacitance_feature"),
				 getString("_UI_LifModel_capacitance_description"),
				 SpikestudioPackage.Literals.LIF_MODEL__CAPACITANCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_MembranePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Membrane Time Constant feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMembraneTimeConstantPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifModel_membraneTimeConstant_feature"),
				 getString("_UI_LifModel_membraneTimeConstant_description"),
				 SpikestudioPackage.Literals.LIF_MODEL__MEMBRANE_TIME_CONSTANT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_MembranePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Rest Potential feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRestPotentialPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifModel_restPotential_feature"),
				 getString("_UI_LifModel_restPotential_description"),
				 SpikestudioPackage.Literals.LIF_MODEL__REST_POTENTIAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_MembranePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Reset Potential feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResetPotentialPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifModel_resetPotential_feature"),
				 getString("_UI_LifModel_resetPotential_description"),
				 SpikestudioPackage.Literals.LIF_MODEL__RESET_POTENTIAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_SpikingPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifModel_threshold_feature"),
				 getString("_UI_LifModel_threshold_description"),
				 SpikestudioPackage.Literals.LIF_MODEL__THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_SpikingPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Refractory Period feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRefractoryPeriodPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifModel_refractoryPeriod_feature"),
				 getString("_UI_LifModel_refractoryPeriod_description"),
				 SpikestudioPackage.Literals.LIF_MODEL__REFRACTORY_PERIOD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_SpikingPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Discard Jumps When Refractory feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDiscardJumpsWhenRefractoryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifModel_discardJumpsWhenRefractory_feature"),
				 getString("_UI_LifModel_discardJumpsWhenRefractory_description"),
				 SpikestudioPackage.Literals.LIF_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_SpikingPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Initial Potential feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInitialPotentialPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifModel_initialPotential_feature"),
				 getString("_UI_LifModel_initialPotential_description"),
				 SpikestudioPackage.Literals.LIF_MODEL__INITIAL_POTENTIAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_InitialstatePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Lower Bound feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLowerBoundPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifModel_lowerBound_feature"),
				 getString("_UI_LifModel_lowerBound_description"),
				 SpikestudioPackage.Literals.LIF_MODEL__LOWER_BOUND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_MembranePropertyCategory"),
				 null));
	}

	/**
	 * This returns LifModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/LifModel"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((LifModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_LifModel_type") :
			getString("_UI_LifModel_type") + " " + label;
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

		switch (notification.getFeatureID(LifModel.class)) {
			case SpikestudioPackage.LIF_MODEL__RESISTANCE:
			case SpikestudioPackage.LIF_MODEL__CAPACITANCE:
			case SpikestudioPackage.LIF_MODEL__MEMBRANE_TIME_CONSTANT:
			case SpikestudioPackage.LIF_MODEL__REST_POTENTIAL:
			case SpikestudioPackage.LIF_MODEL__RESET_POTENTIAL:
			case SpikestudioPackage.LIF_MODEL__THRESHOLD:
			case SpikestudioPackage.LIF_MODEL__REFRACTORY_PERIOD:
			case SpikestudioPackage.LIF_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY:
			case SpikestudioPackage.LIF_MODEL__INITIAL_POTENTIAL:
			case SpikestudioPackage.LIF_MODEL__LOWER_BOUND:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

}
