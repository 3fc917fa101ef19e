// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.output;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Exchanges two directories in one step with Linux {@code renameat2(RENAME_EXCHANGE)}, so a path
 * holds either the old or the new folder at every instant, even across a kill. The call goes through
 * the FFM API (final since JDK 22) reflectively, because the bundle is compiled for JDK 21, where FFM
 * is a preview. Without it (JDK 21, another OS, a file system without RENAME_EXCHANGE) the swap is two
 * renames, and a kill between them leaves the path missing and the old folder beside it, which
 * {@link OutputDirectory} restores on the next run. {@code -Dspikestudio.output.exchange=false} forces
 * that fallback (for tests).
 */
final class DirectorySwap {

    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 2;

    private static final Native NATIVE = Native.find();

    private DirectorySwap() {
    }

    /** Whether the atomic exchange is used. */
    static boolean atomic() {
        return NATIVE != null && !"false".equals(System.getProperty("spikestudio.output.exchange"));
    }

    /**
     * Puts {@code staged} at {@code target} and returns where the folder that was at {@code target} is
     * now: at {@code staged} after an exchange; at {@code staged}{@value #OLD_SUFFIX} after the fallback,
     * whose first rename leaves {@code target} missing for an instant.
     */
    static Path swap(Path staged, Path target) throws IOException {
        if (atomic() && NATIVE.exchange(staged, target)) {
            return staged;
        }
        Path old = staged.resolveSibling(staged.getFileName() + OLD_SUFFIX);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        return old;
    }

    /** Marks the old folder moved aside by the fallback. */
    static final String OLD_SUFFIX = "-old";

    /** {@code renameat2} bound through {@code java.lang.foreign}, looked up once. */
    private record Native(MethodHandle renameat2, Method ofConfined, Method allocateFrom) {

        static Native find() {
            if (Runtime.version().feature() < 22) {
                return null; // FFM is a preview in JDK 21 and needs --enable-preview
            }
            try {
                Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
                Class<?> layoutClass = Class.forName("java.lang.foreign.MemoryLayout");
                Class<?> descriptorClass = Class.forName("java.lang.foreign.FunctionDescriptor");
                Class<?> segmentClass = Class.forName("java.lang.foreign.MemorySegment");
                Class<?> optionClass = Class.forName("java.lang.foreign.Linker$Option");
                Class<?> values = Class.forName("java.lang.foreign.ValueLayout");
                Object linker = linkerClass.getMethod("nativeLinker").invoke(null);
                Object lookup = linkerClass.getMethod("defaultLookup").invoke(linker);
                Optional<?> symbol = (Optional<?>) Class.forName("java.lang.foreign.SymbolLookup")
                        .getMethod("find", String.class).invoke(lookup,
                        "renameat2");
                if (symbol.isEmpty()) {
                    return null; // not glibc >= 2.28 on Linux
                }
                Object intLayout = values.getField("JAVA_INT").get(null);
                Object address = values.getField("ADDRESS").get(null);
                // int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned flags)
                Object arguments = Array.newInstance(layoutClass, 5);
                Object[] types = { intLayout, address, intLayout, address, intLayout };
                for (int i = 0; i < types.length; i++) {
                    Array.set(arguments, i, types[i]);
                }
                Object descriptor = descriptorClass.getMethod("of", layoutClass, arguments.getClass()).invoke(null,
                        intLayout, arguments);
                Object noOptions = Array.newInstance(optionClass, 0);
                MethodHandle handle = (MethodHandle) linkerClass
                        .getMethod("downcallHandle", segmentClass, descriptorClass, noOptions.getClass())
                        .invoke(linker, symbol.get(), descriptor, noOptions);
                Class<?> arenaClass = Class.forName("java.lang.foreign.Arena");
                Method allocateFrom = Class.forName("java.lang.foreign.SegmentAllocator").getMethod("allocateFrom",
                        String.class);
                return new Native(handle, arenaClass.getMethod("ofConfined"), allocateFrom);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
                return null;
            }
        }

        /** False when the exchange failed; the caller then tries plain renames, which report real errors. */
        boolean exchange(Path a, Path b) {
            try (AutoCloseable arena = (AutoCloseable) ofConfined.invoke(null)) {
                Object pathA = allocateFrom.invoke(arena, a.toAbsolutePath().toString());
                Object pathB = allocateFrom.invoke(arena, b.toAbsolutePath().toString());
                return (int) renameat2.invokeWithArguments(AT_FDCWD, pathA, AT_FDCWD, pathB, RENAME_EXCHANGE) == 0;
            } catch (Throwable failed) {
                return false;
            }
        }
    }
}
