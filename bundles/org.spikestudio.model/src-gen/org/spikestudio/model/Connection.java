/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.spikestudio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Connection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One synapse from source neuron 'pre' to target neuron 'post' (indices within their populations).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spikestudio.model.Connection#getPre <em>Pre</em>}</li>
 *   <li>{@link org.spikestudio.model.Connection#getPost <em>Post</em>}</li>
 * </ul>
 *
 * @see org.spikestudio.model.SpikestudioPackage#getConnection()
 * @model
 * @generated
 */
public interface Connection extends EObject {
	/**
	 * Returns the value of the '<em><b>Pre</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Index of the source neuron, in [0, source size).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pre</em>' attribute.
	 * @see #setPre(int)
	 * @see org.spikestudio.model.SpikestudioPackage#getConnection_Pre()
	 * @model default="0"
	 *        annotation="http://spikestudio.org/unit unit='1'"
	 * @generated
	 */
	int getPre();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Connection#getPre <em>Pre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pre</em>' attribute.
	 * @see #getPre()
	 * @generated
	 */
	void setPre(int value);

	/**
	 * Returns the value of the '<em><b>Post</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Index of the target neuron, in [0, target size).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Post</em>' attribute.
	 * @see #setPost(int)
	 * @see org.spikestudio.model.SpikestudioPackage#getConnection_Post()
	 * @model default="0"
	 *        annotation="http://spikestudio.org/unit unit='1'"
	 * @generated
	 */
	int getPost();

	/**
	 * Sets the value of the '{@link org.spikestudio.model.Connection#getPost <em>Post</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post</em>' attribute.
	 * @see #getPost()
	 * @generated
	 */
	void setPost(int value);

} // Connection
