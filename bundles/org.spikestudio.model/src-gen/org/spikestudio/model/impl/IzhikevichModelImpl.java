/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.spikestudio.model.IzhikevichModel;
import org.spikestudio.model.SpikestudioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Izhikevich Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.impl.IzhikevichModelImpl#getA <em>A</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.IzhikevichModelImpl#getB <em>B</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.IzhikevichModelImpl#getC <em>C</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.IzhikevichModelImpl#getD <em>D</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.IzhikevichModelImpl#getPeakPotential <em>Peak Potential</em>}</li>
 *   <li>{@link org.spikestudio.model.impl.IzhikevichModelImpl#getInitialPotential <em>Initial Potential</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IzhikevichModelImpl extends NeuronModelImpl implements IzhikevichModel {
	/**
	 * The default value of the '{@link #getA() <em>A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getA()
	 * @generated
	 * @ordered
	 */
	protected static final double A_EDEFAULT = 0.02;

	/**
	 * The cached value of the '{@link #getA() <em>A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getA()
	 * @generated
	 * @ordered
	 */
	protected double a = A_EDEFAULT;

	/**
	 * The default value of the '{@link #getB() <em>B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getB()
	 * @generated
	 * @ordered
	 */
	protected static final double B_EDEFAULT = 0.2;

	/**
	 * The cached value of the '{@link #getB() <em>B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getB()
	 * @generated
	 * @ordered
	 */
	protected double b = B_EDEFAULT;

	/**
	 * The default value of the '{@link #getC() <em>C</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getC()
	 * @generated
	 * @ordered
	 */
	protected static final double C_EDEFAULT = -65.0;

	/**
	 * The cached value of the '{@link #getC() <em>C</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getC()
	 * @generated
	 * @ordered
	 */
	protected double c = C_EDEFAULT;

	/**
	 * The default value of the '{@link #getD() <em>D</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getD()
	 * @generated
	 * @ordered
	 */
	protected static final double D_EDEFAULT = 8.0;

	/**
	 * The cached value of the '{@link #getD() <em>D</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getD()
	 * @generated
	 * @ordered
	 */
	protected double d = D_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeakPotential() <em>Peak Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeakPotential()
	 * @generated
	 * @ordered
	 */
	protected static final double PEAK_POTENTIAL_EDEFAULT = 30.0;

	/**
	 * The cached value of the '{@link #getPeakPotential() <em>Peak Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeakPotential()
	 * @generated
	 * @ordered
	 */
	protected double peakPotential = PEAK_POTENTIAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitialPotential() <em>Initial Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialPotential()
	 * @generated
	 * @ordered
	 */
	protected static final double INITIAL_POTENTIAL_EDEFAULT = -65.0;

	/**
	 * The cached value of the '{@link #getInitialPotential() <em>Initial Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialPotential()
	 * @generated
	 * @ordered
	 */
	protected double initialPotential = INITIAL_POTENTIAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IzhikevichModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpikestudioPackage.Literals.IZHIKEVICH_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getA() {
		return a;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setA(double newA) {
		double oldA = a;
		a = newA;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.IZHIKEVICH_MODEL__A, oldA, a));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getB() {
		return b;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setB(double newB) {
		double oldB = b;
		b = newB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.IZHIKEVICH_MODEL__B, oldB, b));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getC() {
		return c;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setC(double newC) {
		double oldC = c;
		c = newC;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.IZHIKEVICH_MODEL__C, oldC, c));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getD() {
		return d;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setD(double newD) {
		double oldD = d;
		d = newD;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.IZHIKEVICH_MODEL__D, oldD, d));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPeakPotential() {
		return peakPotential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeakPotential(double newPeakPotential) {
		double oldPeakPotential = peakPotential;
		peakPotential = newPeakPotential;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.IZHIKEVICH_MODEL__PEAK_POTENTIAL, oldPeakPotential, peakPotential));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInitialPotential() {
		return initialPotential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialPotential(double newInitialPotential) {
		double oldInitialPotential = initialPotential;
		initialPotential = newInitialPotential;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpikestudioPackage.IZHIKEVICH_MODEL__INITIAL_POTENTIAL, oldInitialPotential, initialPotential));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpikestudioPackage.IZHIKEVICH_MODEL__A:
				return getA();
			case SpikestudioPackage.IZHIKEVICH_MODEL__B:
				return getB();
			case SpikestudioPackage.IZHIKEVICH_MODEL__C:
				return getC();
			case SpikestudioPackage.IZHIKEVICH_MODEL__D:
				return getD();
			case SpikestudioPackage.IZHIKEVICH_MODEL__PEAK_POTENTIAL:
				return getPeakPotential();
			case SpikestudioPackage.IZHIKEVICH_MODEL__INITIAL_POTENTIAL:
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
			case SpikestudioPackage.IZHIKEVICH_MODEL__A:
				setA((Double)newValue);
				return;
			case SpikestudioPackage.IZHIKEVICH_MODEL__B:
				setB((Double)newValue);
				return;
			case SpikestudioPackage.IZHIKEVICH_MODEL__C:
				setC((Double)newValue);
				return;
			case SpikestudioPackage.IZHIKEVICH_MODEL__D:
				setD((Double)newValue);
				return;
			case SpikestudioPackage.IZHIKEVICH_MODEL__PEAK_POTENTIAL:
				setPeakPotential((Double)newValue);
				return;
			case SpikestudioPackage.IZHIKEVICH_MODEL__INITIAL_POTENTIAL:
				setInitialPotential((Double)newValue);
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
			case SpikestudioPackage.IZHIKEVICH_MODEL__A:
				setA(A_EDEFAULT);
				return;
			case SpikestudioPackage.IZHIKEVICH_MODEL__B:
				setB(B_EDEFAULT);
				return;
			case SpikestudioPackage.IZHIKEVICH_MODEL__C:
				setC(C_EDEFAULT);
				return;
			case SpikestudioPackage.IZHIKEVICH_MODEL__D:
				setD(D_EDEFAULT);
				return;
			case SpikestudioPackage.IZHIKEVICH_MODEL__PEAK_POTENTIAL:
				setPeakPotential(PEAK_POTENTIAL_EDEFAULT);
				return;
			case SpikestudioPackage.IZHIKEVICH_MODEL__INITIAL_POTENTIAL:
				setInitialPotential(INITIAL_POTENTIAL_EDEFAULT);
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
			case SpikestudioPackage.IZHIKEVICH_MODEL__A:
				return a != A_EDEFAULT;
			case SpikestudioPackage.IZHIKEVICH_MODEL__B:
				return b != B_EDEFAULT;
			case SpikestudioPackage.IZHIKEVICH_MODEL__C:
				return c != C_EDEFAULT;
			case SpikestudioPackage.IZHIKEVICH_MODEL__D:
				return d != D_EDEFAULT;
			case SpikestudioPackage.IZHIKEVICH_MODEL__PEAK_POTENTIAL:
				return peakPotential != PEAK_POTENTIAL_EDEFAULT;
			case SpikestudioPackage.IZHIKEVICH_MODEL__INITIAL_POTENTIAL:
				return initialPotential != INITIAL_POTENTIAL_EDEFAULT;
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
		result.append(" (a: ");
		result.append(a);
		result.append(", b: ");
		result.append(b);
		result.append(", c: ");
		result.append(c);
		result.append(", d: ");
		result.append(d);
		result.append(", peakPotential: ");
		result.append(peakPotential);
		result.append(", initialPotential: ");
		result.append(initialPotential);
		result.append(')');
		return result.toString();
	}

} //IzhikevichModelImpl
