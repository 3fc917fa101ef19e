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

import org.spikestudio.model.AdExModel;
import org.spikestudio.model.SpikestudioPackage;

/**
 * This is the item provider adapter for a {@link org.spikestudio.model.AdExModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AdExModelItemProvider extends NeuronModelItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdExModelItemProvider(AdapterFactory adapterFactory) {
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

			addCapacitancePropertyDescriptor(object);
			addLeakConductancePropertyDescriptor(object);
			addLeakReversalPropertyDescriptor(object);
			addThresholdPotentialPropertyDescriptor(object);
			addSlopeFactorPropertyDescriptor(object);
			addSubthresholdAdaptationPropertyDescriptor(object);
			addAdaptationTimeConstantPropertyDescriptor(object);
			addSpikeTriggeredAdaptationPropertyDescriptor(object);
			addResetPotentialPropertyDescriptor(object);
			addPeakPotentialPropertyDescriptor(object);
			addRefractoryPeriodPropertyDescriptor(object);
			addDiscardJumpsWhenRefractoryPropertyDescriptor(object);
			addInitialPotentialPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
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
				 getString("_UI_AdExModel_capacitance_feature"),
				 getString("_UI_AdExModel_capacitance_description"),
				 SpikestudioPackage.Literals.AD_EX_MODEL__CAPACITANCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_MembranePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Leak Conductance feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLeakConductancePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdExModel_leakConductance_feature"),
				 getString("_UI_AdExModel_leakConductance_description"),
				 SpikestudioPackage.Literals.AD_EX_MODEL__LEAK_CONDUCTANCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_MembranePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Leak Reversal feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLeakReversalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdExModel_leakReversal_feature"),
				 getString("_UI_AdExModel_leakReversal_description"),
				 SpikestudioPackage.Literals.AD_EX_MODEL__LEAK_REVERSAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_MembranePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Threshold Potential feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addThresholdPotentialPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdExModel_thresholdPotential_feature"),
				 getString("_UI_AdExModel_thresholdPotential_description"),
				 SpikestudioPackage.Literals.AD_EX_MODEL__THRESHOLD_POTENTIAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_SpikingPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Slope Factor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlopeFactorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdExModel_slopeFactor_feature"),
				 getString("_UI_AdExModel_slopeFactor_description"),
				 SpikestudioPackage.Literals.AD_EX_MODEL__SLOPE_FACTOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_SpikingPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Subthreshold Adaptation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSubthresholdAdaptationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdExModel_subthresholdAdaptation_feature"),
				 getString("_UI_AdExModel_subthresholdAdaptation_description"),
				 SpikestudioPackage.Literals.AD_EX_MODEL__SUBTHRESHOLD_ADAPTATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_AdaptationPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Adaptation Time Constant feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAdaptationTimeConstantPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdExModel_adaptationTimeConstant_feature"),
				 getString("_UI_AdExModel_adaptationTimeConstant_description"),
				 SpikestudioPackage.Literals.AD_EX_MODEL__ADAPTATION_TIME_CONSTANT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_AdaptationPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Spike Triggered Adaptation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSpikeTriggeredAdaptationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdExModel_spikeTriggeredAdaptation_feature"),
				 getString("_UI_AdExModel_spikeTriggeredAdaptation_description"),
				 SpikestudioPackage.Literals.AD_EX_MODEL__SPIKE_TRIGGERED_ADAPTATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_AdaptationPropertyCategory"),
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
				 getString("_UI_AdExModel_resetPotential_feature"),
				 getString("_UI_AdExModel_resetPotential_description"),
				 SpikestudioPackage.Literals.AD_EX_MODEL__RESET_POTENTIAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_SpikingPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Peak Potential feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeakPotentialPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdExModel_peakPotential_feature"),
				 getString("_UI_AdExModel_peakPotential_description"),
				 SpikestudioPackage.Literals.AD_EX_MODEL__PEAK_POTENTIAL,
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
				 getString("_UI_AdExModel_refractoryPeriod_feature"),
				 getString("_UI_AdExModel_refractoryPeriod_description"),
				 SpikestudioPackage.Literals.AD_EX_MODEL__REFRACTORY_PERIOD,
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
				 getString("_UI_AdExModel_discardJumpsWhenRefractory_feature"),
				 getString("_UI_AdExModel_discardJumpsWhenRefractory_description"),
				 SpikestudioPackage.Literals.AD_EX_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY,
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
				 getString("_UI_AdExModel_initialPotential_feature"),
				 getString("_UI_AdExModel_initialPotential_description"),
				 SpikestudioPackage.Literals.AD_EX_MODEL__INITIAL_POTENTIAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_InitialstatePropertyCategory"),
				 null));
	}

	/**
	 * This returns AdExModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/AdExModel"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((AdExModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_AdExModel_type") :
			getString("_UI_AdExModel_type") + " " + label;
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

		switch (notification.getFeatureID(AdExModel.class)) {
			case SpikestudioPackage.AD_EX_MODEL__CAPACITANCE:
			case SpikestudioPackage.AD_EX_MODEL__LEAK_CONDUCTANCE:
			case SpikestudioPackage.AD_EX_MODEL__LEAK_REVERSAL:
			case SpikestudioPackage.AD_EX_MODEL__THRESHOLD_POTENTIAL:
			case SpikestudioPackage.AD_EX_MODEL__SLOPE_FACTOR:
			case SpikestudioPackage.AD_EX_MODEL__SUBTHRESHOLD_ADAPTATION:
			case SpikestudioPackage.AD_EX_MODEL__ADAPTATION_TIME_CONSTANT:
			case SpikestudioPackage.AD_EX_MODEL__SPIKE_TRIGGERED_ADAPTATION:
			case SpikestudioPackage.AD_EX_MODEL__RESET_POTENTIAL:
			case SpikestudioPackage.AD_EX_MODEL__PEAK_POTENTIAL:
			case SpikestudioPackage.AD_EX_MODEL__REFRACTORY_PERIOD:
			case SpikestudioPackage.AD_EX_MODEL__DISCARD_JUMPS_WHEN_REFRACTORY:
			case SpikestudioPackage.AD_EX_MODEL__INITIAL_POTENTIAL:
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
