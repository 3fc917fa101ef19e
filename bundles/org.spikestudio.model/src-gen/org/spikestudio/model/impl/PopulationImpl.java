/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.spikestudio.model.Distribution;
import org.spikestudio.model.NeuronModel;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.SpikestudioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Population</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.impl.PopulationImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.PopulationImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.PopulationImpl#getNeuronModel <em>Neuron Model</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.PopulationImpl#getInitialPotential <em>Initial Potential</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PopulationImpl extends NeuronGroupImpl implements Population {
	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final PopulationType TYPE_EDEFAULT = PopulationType.EXCITATORY;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected PopulationType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNeuronModel() <em>Neuron Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeuronModel()
	 * @generated
	 * @ordered
	 */
	protected NeuronModel neuronModel;

	/**
	 * The cached value of the '{@link #getInitialPotential() <em>Initial Potential</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialPotential()
	 * @generated
	 * @ordered
	 */
	protected Distribution initialPotential;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PopulationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpikestudioPackage.Literals.POPULATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize) {
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.POPULATION__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PopulationType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(PopulationType newType) {
		PopulationType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.POPULATION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NeuronModel getNeuronModel() {
		if (neuronModel != null && neuronModel.eIsProxy()) {
			InternalEObject oldNeuronModel = (InternalEObject)neuronModel;
			neuronModel = (NeuronModel)eResolveProxy(oldNeuronModel);
			if (neuronModel != oldNeuronModel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SpikestudioPackage.POPULATION__NEURON_MODEL, oldNeuronModel, neuronModel));
			}
		}
		return neuronModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NeuronModel basicGetNeuronModel() {
		return neuronModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNeuronModel(NeuronModel newNeuronModel) {
		NeuronModel oldNeuronModel = neuronModel;
		neuronModel = newNeuronModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.POPULATION__NEURON_MODEL, oldNeuronModel, neuronModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Distribution getInitialPotential() {
		return initialPotential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInitialPotential(Distribution newInitialPotential, NotificationChain msgs) {
		Distribution oldInitialPotential = initialPotential;
		initialPotential = newInitialPotential;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SpikestudioPackage.POPULATION__INITIAL_POTENTIAL, oldInitialPotential, newInitialPotential);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialPotential(Distribution newInitialPotential) {
		if (newInitialPotential != initialPotential) {
			NotificationChain msgs = null;
			if (initialPotential != null)
				msgs = ((InternalEObject)initialPotential).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SpikestudioPackage.POPULATION__INITIAL_POTENTIAL, null, msgs);
			if (newInitialPotential != null)
				msgs = ((InternalEObject)newInitialPotential).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SpikestudioPackage.POPULATION__INITIAL_POTENTIAL, null, msgs);
			msgs = basicSetInitialPotential(newInitialPotential, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.POPULATION__INITIAL_POTENTIAL, newInitialPotential, newInitialPotential));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SpikestudioPackage.POPULATION__INITIAL_POTENTIAL:
				return basicSetInitialPotential(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpikestudioPackage.POPULATION__SIZE:
				return getSize();
			case SpikestudioPackage.POPULATION__TYPE:
				return getType();
			case SpikestudioPackage.POPULATION__NEURON_MODEL:
				if (resolve) return getNeuronModel();
				return basicGetNeuronModel();
			case SpikestudioPackage.POPULATION__INITIAL_POTENTIAL:
				return getInitialPotential();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SpikestudioPackage.POPULATION__SIZE:
				setSize((Integer)newValue);
				return;
			case SpikestudioPackage.POPULATION__TYPE:
				setType((PopulationType)newValue);
				return;
			case SpikestudioPackage.POPULATION__NEURON_MODEL:
				setNeuronModel((NeuronModel)newValue);
				return;
			case SpikestudioPackage.POPULATION__INITIAL_POTENTIAL:
				setInitialPotential((Distribution)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SpikestudioPackage.POPULATION__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case SpikestudioPackage.POPULATION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case SpikestudioPackage.POPULATION__NEURON_MODEL:
				setNeuronModel((NeuronModel)null);
				return;
			case SpikestudioPackage.POPULATION__INITIAL_POTENTIAL:
				setInitialPotential((Distribution)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SpikestudioPackage.POPULATION__SIZE:
				return size != SIZE_EDEFAULT;
			case SpikestudioPackage.POPULATION__TYPE:
				return type != TYPE_EDEFAULT;
			case SpikestudioPackage.POPULATION__NEURON_MODEL:
				return neuronModel != null;
			case SpikestudioPackage.POPULATION__INITIAL_POTENTIAL:
				return initialPotential != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (size: ");
		result.append(size);
		result.append(", type: ");
		result.append(type);
		result.append(')');
		return result.toString();
	}

} //PopulationImpl
