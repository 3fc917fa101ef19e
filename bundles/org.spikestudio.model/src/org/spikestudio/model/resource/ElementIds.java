// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.resource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.spikestudio.model.Identified;
import org.spikestudio.model.NamedElement;

/**
 * Ids for elements that have none yet. An id is a readable base (the name, or the type) plus a
 * random suffix, e.g. {@code exc_4k9zq0ma}: a deleted element's id is never handed to the element
 * that replaces it, so a sidecar keyed by id (a diagram) cannot reattach to a different element,
 * even across sessions or after the file was edited by hand. Ids already in a file are kept as
 * they are, so existing files load and save byte for byte.
 */
final class ElementIds {

    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final int SUFFIX_LENGTH = 8; // 36^8 ~ 2.8e12: a reused suffix is not a practical risk
    private static final SecureRandom FRESH = new SecureRandom();

    private ElementIds() {
    }

    /** A new id for an element created while editing: base plus a random suffix no element of the resource has. */
    static String fresh(Identified element, Resource resource) {
        return next(element, taken(resource, element), FRESH::nextLong);
    }

    /**
     * Gives ids to the elements a hand-written file left without one. The suffixes are drawn from
     * a digest of the file's content, so loading the same file twice gives the same ids (results
     * and sidecars stay reproducible until the model is saved), while any edit of the file draws
     * new ones: an element recreated by hand never inherits an id a sidecar remembers.
     */
    static void assignMissing(Resource resource) {
        List<Identified> missing = new java.util.ArrayList<>();
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            if (all.next() instanceof Identified identified && identified.getId() == null) {
                missing.add(identified);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Set<String> taken = taken(resource, null);
        SplittableRandom random = new SplittableRandom(contentDigest(resource));
        for (Identified element : missing) {
            String id = next(element, taken, random::nextLong);
            taken.add(id);
            element.setId(id);
        }
    }

    private static String next(Identified element, Set<String> taken, LongSupplier random) {
        String base = base(element);
        String id;
        do {
            id = base + "_" + suffix(random.getAsLong());
        } while (taken.contains(id));
        return id;
    }

    /** The name made safe for an XML id, or the type in lower case for an unnamed element. */
    private static String base(Identified element) {
        return element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()
                ? named.getName().strip().replaceAll("[^A-Za-z0-9_.-]", "_")
                : element.eClass().getName().toLowerCase(Locale.ROOT);
    }

    private static String suffix(long bits) {
        StringBuilder text = new StringBuilder(SUFFIX_LENGTH);
        long rest = bits & Long.MAX_VALUE;
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            text.append(DIGITS.charAt((int) (rest % DIGITS.length())));
            rest /= DIGITS.length();
        }
        return text.toString();
    }

    private static Set<String> taken(Resource resource, EObject except) {
        Set<String> taken = new HashSet<>();
        if (resource != null) {
            for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
                if (all.next() instanceof Identified other && other != except && other.getId() != null) {
                    taken.add(other.getId());
                }
            }
        }
        return taken;
    }

    /** 64 bits of SHA-256 over every element's type, attribute values and referenced ids, in file order. */
    private static long contentDigest(Resource resource) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        StringBuilder text = new StringBuilder();
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            text.setLength(0);
            text.append('<').append(element.eClass().getName());
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (element.eIsSet(attribute)) {
                    text.append(' ').append(attribute.getName()).append('=').append(element.eGet(attribute));
                }
            }
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (!reference.isContainment() && !reference.isContainer() && element.eIsSet(reference)) {
                    Object value = element.eGet(reference);
                    text.append(' ').append(reference.getName()).append('=');
                    for (Object target : value instanceof List<?> list ? list : List.of(value)) {
                        text.append(target instanceof Identified identified ? identified.getId() : "?").append(',');
                    }
                }
            }
            digest.update(text.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }
        return ByteBuffer.wrap(digest.digest()).getLong();
    }
}
