// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine.internal;

import java.util.Arrays;

/** A growable int array. */
public final class IntList {
    private int[] data;
    private int size;

    public IntList(int capacity) {
        data = new int[Math.max(4, capacity)];
    }

    public void add(int value) {
        if (size == data.length) {
            data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 16L, data.length * 2L));
        }
        data[size++] = value;
    }

    public int get(int index) {
        return data[index];
    }

    public int size() {
        return size;
    }

    public int[] toArray() {
        return Arrays.copyOf(data, size);
    }

    /** The values from index {@code from} to the end. */
    public int[] toArray(int from) {
        return Arrays.copyOfRange(data, from, size);
    }
}
