/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.spikestudio.model.Connectivity;
import org.spikestudio.model.Distribution;
import org.spikestudio.model.NeuronGroup;
import org.spikestudio.model.Projection;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.Synapse;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Projection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.impl.ProjectionImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.ProjectionImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.ProjectionImpl#getConnectivity <em>Connectivity</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.ProjectionImpl#isAllowAutapses <em>Allow Autapses</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.ProjectionImpl#isAllowMultapses <em>Allow Multapses</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.ProjectionImpl#getSynapse <em>Synapse</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.ProjectionImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.ProjectionImpl#getDelay <em>Delay</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectionImpl extends NamedElementImpl implements Projection {
	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected NeuronGroup source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected NeuronGroup target;

	/**
	 * The cached value of the '{@link #getConnectivity() <em>Connectivity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectivity()
	 * @generated
	 * @ordered
	 */
	protected Connectivity connectivity;

	/**
	 * The default value of the '{@link #isAllowAutapses() <em>Allow Autapses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowAutapses()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALLOW_AUTAPSES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAllowAutapses() <em>Allow Autapses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowAutapses()
	 * @generated
	 * @ordered
	 */
	protected boolean allowAutapses = ALLOW_AUTAPSES_EDEFAULT;

	/**
	 * The default value of the '{@link #isAllowMultapses() <em>Allow Multapses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowMultapses()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALLOW_MULTAPSES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAllowMultapses() <em>Allow Multapses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowMultapses()
	 * @generated
	 * @ordered
	 */
	protected boolean allowMultapses = ALLOW_MULTAPSES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSynapse() <em>Synapse</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSynapse()
	 * @generated
	 * @ordered
	 */
	protected Synapse synapse;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected Distribution weight;

	/**
	 * The cached value of the '{@link #getDelay() <em>Delay</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelay()
	 * @generated
	 * @ordered
	 */
	protected Distribution delay;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpikestudioPackage.Literals.PROJECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NeuronGroup getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (NeuronGroup)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SpikestudioPackage.PROJECTION__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NeuronGroup basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(NeuronGroup newSource) {
		NeuronGroup oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.PROJECTION__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NeuronGroup getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (NeuronGroup)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SpikestudioPackage.PROJECTION__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NeuronGroup basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(NeuronGroup newTarget) {
		NeuronGroup oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.PROJECTION__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Connectivity getConnectivity() {
		return connectivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConnectivity(Connectivity newConnectivity, NotificationChain msgs) {
		Connectivity oldConnectivity = connectivity;
		connectivity = newConnectivity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SpikestudioPackage.PROJECTION__CONNECTIVITY, oldConnectivity, newConnectivity);
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
	public void setConnectivity(Connectivity newConnectivity) {
		if (newConnectivity != connectivity) {
			NotificationChain msgs = null;
			if (connectivity != null)
				msgs = ((InternalEObject)connectivity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SpikestudioPackage.PROJECTION__CONNECTIVITY, null, msgs);
			if (newConnectivity != null)
				msgs = ((InternalEObject)newConnectivity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SpikestudioPackage.PROJECTION__CONNECTIVITY, null, msgs);
			msgs = basicSetConnectivity(newConnectivity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.PROJECTION__CONNECTIVITY, newConnectivity, newConnectivity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAllowAutapses() {
		return allowAutapses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowAutapses(boolean newAllowAutapses) {
		boolean oldAllowAutapses = allowAutapses;
		allowAutapses = newAllowAutapses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.PROJECTION__ALLOW_AUTAPSES, oldAllowAutapses, allowAutapses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAllowMultapses() {
		return allowMultapses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowMultapses(boolean newAllowMultapses) {
		boolean oldAllowMultapses = allowMultapses;
		allowMultapses = newAllowMultapses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.PROJECTION__ALLOW_MULTAPSES, oldAllowMultapses, allowMultapses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Synapse getSynapse() {
		return synapse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSynapse(Synapse newSynapse, NotificationChain msgs) {
		Synapse oldSynapse = synapse;
		synapse = newSynapse;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SpikestudioPackage.PROJECTION__SYNAPSE, oldSynapse, newSynapse);
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
	public void setSynapse(Synapse newSynapse) {
		if (newSynapse != synapse) {
			NotificationChain msgs = null;
			if (synapse != null)
				msgs = ((InternalEObject)synapse).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SpikestudioPackage.PROJECTION__SYNAPSE, null, msgs);
			if (newSynapse != null)
				msgs = ((InternalEObject)newSynapse).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SpikestudioPackage.PROJECTION__SYNAPSE, null, msgs);
			msgs = basicSetSynapse(newSynapse, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.PROJECTION__SYNAPSE, newSynapse, newSynapse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Distribution getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWeight(Distribution newWeight, NotificationChain msgs) {
		Distribution oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SpikestudioPackage.PROJECTION__WEIGHT, oldWeight, newWeight);
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
	public void setWeight(Distribution newWeight) {
		if (newWeight != weight) {
			NotificationChain msgs = null;
			if (weight != null)
				msgs = ((InternalEObject)weight).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SpikestudioPackage.PROJECTION__WEIGHT, null, msgs);
			if (newWeight != null)
				msgs = ((InternalEObject)newWeight).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SpikestudioPackage.PROJECTION__WEIGHT, null, msgs);
			msgs = basicSetWeight(newWeight, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.PROJECTION__WEIGHT, newWeight, newWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Distribution getDelay() {
		return delay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDelay(Distribution newDelay, NotificationChain msgs) {
		Distribution oldDelay = delay;
		delay = newDelay;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SpikestudioPackage.PROJECTION__DELAY, oldDelay, newDelay);
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
	public void setDelay(Distribution newDelay) {
		if (newDelay != delay) {
			NotificationChain msgs = null;
			if (delay != null)
				msgs = ((InternalEObject)delay).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SpikestudioPackage.PROJECTION__DELAY, null, msgs);
			if (newDelay != null)
				msgs = ((InternalEObject)newDelay).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SpikestudioPackage.PROJECTION__DELAY, null, msgs);
			msgs = basicSetDelay(newDelay, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.PROJECTION__DELAY, newDelay, newDelay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SpikestudioPackage.PROJECTION__CONNECTIVITY:
				return basicSetConnectivity(null, msgs);
			case SpikestudioPackage.PROJECTION__SYNAPSE:
				return basicSetSynapse(null, msgs);
			case SpikestudioPackage.PROJECTION__WEIGHT:
				return basicSetWeight(null, msgs);
			case SpikestudioPackage.PROJECTION__DELAY:
				return basicSetDelay(null, msgs);
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
			case SpikestudioPackage.PROJECTION__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case SpikestudioPackage.PROJECTION__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case SpikestudioPackage.PROJECTION__CONNECTIVITY:
				return getConnectivity();
			case SpikestudioPackage.PROJECTION__ALLOW_AUTAPSES:
				return isAllowAutapses();
			case SpikestudioPackage.PROJECTION__ALLOW_MULTAPSES:
				return isAllowMultapses();
			case SpikestudioPackage.PROJECTION__SYNAPSE:
				return getSynapse();
			case SpikestudioPackage.PROJECTION__WEIGHT:
				return getWeight();
			case SpikestudioPackage.PROJECTION__DELAY:
				return getDelay();
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
			case SpikestudioPackage.PROJECTION__SOURCE:
				setSource((NeuronGroup)newValue);
				return;
			case SpikestudioPackage.PROJECTION__TARGET:
				setTarget((NeuronGroup)newValue);
				return;
			case SpikestudioPackage.PROJECTION__CONNECTIVITY:
				setConnectivity((Connectivity)newValue);
				return;
			case SpikestudioPackage.PROJECTION__ALLOW_AUTAPSES:
				setAllowAutapses((Boolean)newValue);
				return;
			case SpikestudioPackage.PROJECTION__ALLOW_MULTAPSES:
				setAllowMultapses((Boolean)newValue);
				return;
			case SpikestudioPackage.PROJECTION__SYNAPSE:
				setSynapse((Synapse)newValue);
				return;
			case SpikestudioPackage.PROJECTION__WEIGHT:
				setWeight((Distribution)newValue);
				return;
			case SpikestudioPackage.PROJECTION__DELAY:
				setDelay((Distribution)newValue);
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
			case SpikestudioPackage.PROJECTION__SOURCE:
				setSource((NeuronGroup)null);
				return;
			case SpikestudioPackage.PROJECTION__TARGET:
				setTarget((NeuronGroup)null);
				return;
			case SpikestudioPackage.PROJECTION__CONNECTIVITY:
				setConnectivity((Connectivity)null);
				return;
			case SpikestudioPackage.PROJECTION__ALLOW_AUTAPSES:
				setAllowAutapses(ALLOW_AUTAPSES_EDEFAULT);
				return;
			case SpikestudioPackage.PROJECTION__ALLOW_MULTAPSES:
				setAllowMultapses(ALLOW_MULTAPSES_EDEFAULT);
				return;
			case SpikestudioPackage.PROJECTION__SYNAPSE:
				setSynapse((Synapse)null);
				return;
			case SpikestudioPackage.PROJECTION__WEIGHT:
				setWeight((Distribution)null);
				return;
			case SpikestudioPackage.PROJECTION__DELAY:
				setDelay((Distribution)null);
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
			case SpikestudioPackage.PROJECTION__SOURCE:
				return source != null;
			case SpikestudioPackage.PROJECTION__TARGET:
				return target != null;
			case SpikestudioPackage.PROJECTION__CONNECTIVITY:
				return connectivity != null;
			case SpikestudioPackage.PROJECTION__ALLOW_AUTAPSES:
				return allowAutapses != ALLOW_AUTAPSES_EDEFAULT;
			case SpikestudioPackage.PROJECTION__ALLOW_MULTAPSES:
				return allowMultapses != ALLOW_MULTAPSES_EDEFAULT;
			case SpikestudioPackage.PROJECTION__SYNAPSE:
				return synapse != null;
			case SpikestudioPackage.PROJECTION__WEIGHT:
				return weight != null;
			case SpikestudioPackage.PROJECTION__DELAY:
				return delay != null;
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
		result.append(" (allowAutapses: ");
		result.append(allowAutapses);
		result.append(", allowMultapses: ");
		result.append(allowMultapses);
		result.append(')');
		return result.toString();
	}

} //ProjectionImpl
