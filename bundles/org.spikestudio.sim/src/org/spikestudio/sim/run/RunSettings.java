// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.run;

import java.math.BigInteger;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.spikestudio.plots.ImageFormat;

/**
 * The rules for run settings typed as text, shared by every front end that takes them from a user
 * (the command line's options, a launch configuration's fields), so that both accept the same values
 * and say the same thing about the others. Each message starts with the {@code name} the caller gives
 * for the setting, e.g. {@code option --seed} or {@code Seed}. A null text means "not given".
 */
public final class RunSettings {

    /** A value that breaks its setting's rule; the message names the setting and the value. */
    public static final class InvalidSettingException extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidSettingException(String message) {
            super(message);
        }
    }

    /** The image formats as the {@code --format} option names them: png, svg or both. */
    public static final String FORMAT_PNG = "png";
    public static final String FORMAT_SVG = "svg";
    public static final String FORMAT_BOTH = "both";

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private RunSettings() {
    }

    /** A seed: any whole number a {@code long} holds. */
    public static Long seed(String name, String text) throws InvalidSettingException {
        BigInteger v = wholeNumber(name, text);
        return v == null ? null : inRange(name, v, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
    }

    /** A count such as threads: a whole number from 1 to the largest {@code int}. */
    public static Integer positiveInt(String name, String text) throws InvalidSettingException {
        BigInteger v = wholeNumber(name, text);
        if (v == null) {
            return null;
        }
        if (v.signum() < 1) {
            throw new InvalidSettingException(name + ": must be at least 1, was " + v);
        }
        return inRange(name, v, 1, Integer.MAX_VALUE).intValue();
    }

    /** A duration: a positive, finite number in decimal notation. */
    public static Double positiveNumber(String name, String text) throws InvalidSettingException {
        if (text == null) {
            return null;
        }
        // Decimal notation only: Java would also accept "10f" and hexadecimal "0x10p0".
        if (!DECIMAL.matcher(text.strip()).matches()) {
            throw new InvalidSettingException(name + ": '" + text + "' is not a number");
        }
        double d = Double.parseDouble(text.strip());
        if (!(d > 0) || Double.isInfinite(d)) {
            throw new InvalidSettingException(name + ": must be a positive number, was " + text);
        }
        return d;
    }

    /** The plots' image formats from png, svg or both; PNG when not given. */
    public static Set<ImageFormat> formats(String name, String text) throws InvalidSettingException {
        if (text == null || text.equals(FORMAT_PNG)) {
            return EnumSet.of(ImageFormat.PNG);
        }
        return switch (text) {
            case FORMAT_SVG -> EnumSet.of(ImageFormat.SVG);
            case FORMAT_BOTH -> EnumSet.of(ImageFormat.PNG, ImageFormat.SVG);
            default -> throw new InvalidSettingException(name + ": '" + text + "' is not one of png, svg, both");
        };
    }

    /**
     * The threads a run gets for {@code requested}: at most the available cores. More threads than
     * cores only spin at the step barrier; the spikes are the same for any count.
     */
    public static int threadsForCores(int requested) {
        return Math.min(requested, Runtime.getRuntime().availableProcessors());
    }

    /**
     * What to tell the user when {@code requested} threads are more than the cores, e.g.
     * {@code "--threads 8 is more than the 2 available cores; using 2"}; null when they are not.
     */
    public static String threadsWarning(String name, int requested) {
        int cores = Runtime.getRuntime().availableProcessors();
        return requested <= cores ? null
                : name + " " + requested + " is more than the " + cores + " available cores; using " + cores;
    }

    /** The option's value as an integer of any size, so that a too large one is told apart from a non-number. */
    private static BigInteger wholeNumber(String name, String text) throws InvalidSettingException {
        if (text == null) {
            return null;
        }
        try {
            return new BigInteger(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(name + ": '" + text + "' is not a whole number");
        }
    }

    private static BigInteger inRange(String name, BigInteger v, long min, long max) throws InvalidSettingException {
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new InvalidSettingException(name + ": " + v + " is out of range; it must be from " + min + " to "
                    + max);
        }
        return v;
    }
}
