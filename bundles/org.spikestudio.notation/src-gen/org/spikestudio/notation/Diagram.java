/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.notation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The representation of one model file: the viewport and one entry per drawn element.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.notation.Diagram#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.spikestudio.notation.Diagram#getModel <em>Model</em>}</li>
 *   <li>{@link org.spikestudio.notation.Diagram#getZoom <em>Zoom</em>}</li>
 *   <li>{@link org.spikestudio.notation.Diagram#getViewportX <em>Viewport X</em>}</li>
 *   <li>{@link org.spikestudio.notation.Diagram#getViewportY <em>Viewport Y</em>}</li>
 *   <li>{@link org.spikestudio.notation.Diagram#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.spikestudio.notation.Diagram#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.notation.NotationPackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends EObject {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the diagram file format.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see org.spikestudio.notation.NotationPackage#getDiagram_FormatVersion()
	 * @model default="1"
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link org.spikestudio.notation.Diagram#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File name of the model this diagram draws, e.g. three-populations.snn; informative.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see #setModel(String)
	 * @see org.spikestudio.notation.NotationPackage#getDiagram_Model()
	 * @model
	 * @generated
	 */
	String getModel();

	/**
	 * Sets the value of the '{@link org.spikestudio.notation.Diagram#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(String value);

	/**
	 * Returns the value of the '<em><b>Zoom</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Zoom factor of the viewport, 1 = 100%.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zoom</em>' attribute.
	 * @see #setZoom(double)
	 * @see org.spikestudio.notation.NotationPackage#getDiagram_Zoom()
	 * @model default="1.0"
	 * @generated
	 */
	double getZoom();

	/**
	 * Sets the value of the '{@link org.spikestudio.notation.Diagram#getZoom <em>Zoom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zoom</em>' attribute.
	 * @see #getZoom()
	 * @generated
	 */
	void setZoom(double value);

	/**
	 * Returns the value of the '<em><b>Viewport X</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Diagram x coordinate shown at the viewport's left edge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Viewport X</em>' attribute.
	 * @see #setViewportX(double)
	 * @see org.spikestudio.notation.NotationPackage#getDiagram_ViewportX()
	 * @model default="0.0"
	 * @generated
	 */
	double getViewportX();

	/**
	 * Sets the value of the '{@link org.spikestudio.notation.Diagram#getViewportX <em>Viewport X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Viewport X</em>' attribute.
	 * @see #getViewportX()
	 * @generated
	 */
	void setViewportX(double value);

	/**
	 * Returns the value of the '<em><b>Viewport Y</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Diagram y coordinate shown at the viewport's top edge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Viewport Y</em>' attribute.
	 * @see #setViewportY(double)
	 * @see org.spikestudio.notation.NotationPackage#getDiagram_ViewportY()
	 * @model default="0.0"
	 * @generated
	 */
	double getViewportY();

	/**
	 * Sets the value of the '{@link org.spikestudio.notation.Diagram#getViewportY <em>Viewport Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Viewport Y</em>' attribute.
	 * @see #getViewportY()
	 * @generated
	 */
	void setViewportY(double value);

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.spikestudio.notation.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.spikestudio.notation.NotationPackage#getDiagram_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Node> getNodes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.spikestudio.notation.Edge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see org.spikestudio.notation.NotationPackage#getDiagram_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<Edge> getEdges();

} // Diagram
