/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.notation;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A connection: its bend points between source and target (the ends follow the nodes) and where its label sits.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.notation.Edge#getBendpoints <em>Bendpoints</em>}</li>
 *   <li>{@link org.spikestudio.notation.Edge#getLabelOffset <em>Label Offset</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.notation.NotationPackage#getEdge()
 * @model
 * @generated
 */
public interface Edge extends DiagramElement {
	/**
	 * Returns the value of the '<em><b>Bendpoints</b></em>' containment reference list.
	 * The list contents are of type {@link org.spikestudio.notation.Point}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bendpoints</em>' containment reference list.
	 * @see org.spikestudio.notation.NotationPackage#getEdge_Bendpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Point> getBendpoints();

	/**
	 * Returns the value of the '<em><b>Label Offset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offset of the label from its default place (the edge's midpoint); none = the default place.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Offset</em>' containment reference.
	 * @see #setLabelOffset(Point)
	 * @see org.spikestudio.notation.NotationPackage#getEdge_LabelOffset()
	 * @model containment="true"
	 * @generated
	 */
	Point getLabelOffset();

	/**
	 * Sets the value of the '{@link org.spikestudio.notation.Edge#getLabelOffset <em>Label Offset</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Offset</em>' containment reference.
	 * @see #getLabelOffset()
	 * @generated
	 */
	void setLabelOffset(Point value);

} // Edge
