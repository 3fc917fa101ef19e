// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Turns the first Ctrl-C (SIGINT) into a cancellation request, so the run stops within one block of
 * steps and writes what it simulated; a second Ctrl-C runs {@link #beforeQuitting} and exits at once
 * with 130. Uses
 * {@code sun.misc.Signal} (module jdk.unsupported, present in every JDK) reflectively: without it,
 * Ctrl-C keeps its default meaning of stopping the JVM.
 */
class Interrupts implements AutoCloseable, BooleanSupplier {

    private final AtomicBoolean requested = new AtomicBoolean();
    private final Runnable onFirst;
    private volatile Runnable beforeQuitting = () -> { };
    private Object signal;
    private Object previousHandler;
    private Method handle;

    private Interrupts(Runnable onFirst) {
        this.onFirst = onFirst;
    }

    /** A token polled instead of a signal: tests and embedding callers stop runs with it. */
    static Interrupts polling(BooleanSupplier token, Runnable onFirst) {
        Interrupts interrupts = new Interrupts(onFirst) {
            @Override
            public boolean getAsBoolean() {
                if (token.getAsBoolean() && !super.getAsBoolean()) {
                    super.signalledOnce();
                }
                return super.getAsBoolean();
            }
        };
        return interrupts;
    }

    /** Installs the handler; {@code onFirst} runs on the signal thread at the first Ctrl-C. */
    static Interrupts install(Runnable onFirst) {
        Interrupts interrupts = new Interrupts(onFirst);
        try {
            ClassLoader system = ClassLoader.getSystemClassLoader();
            Class<?> signalClass = system.loadClass("sun.misc.Signal");
            Class<?> handlerClass = system.loadClass("sun.misc.SignalHandler");
            Object signal = signalClass.getConstructor(String.class).newInstance("INT");
            Object handler = Proxy.newProxyInstance(handlerClass.getClassLoader(), new Class<?>[] { handlerClass },
                    (proxy, method, args) -> {
                        if (method.getName().equals("handle")) {
                            interrupts.signalled();
                        }
                        return null;
                    });
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            interrupts.previousHandler = handle.invoke(null, signal, handler);
            interrupts.signal = signal;
            interrupts.handle = handle;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
            // No signal API (or SIGINT is ignored, e.g. in a background job): keep the default.
        }
        return interrupts;
    }

    /** Runs at the second Ctrl-C, just before the process quits (e.g. to remove half-written files). */
    void beforeQuitting(Runnable action) {
        beforeQuitting = action;
    }

    private void signalled() {
        if (requested.get()) {
            try {
                beforeQuitting.run();
            } finally {
                Runtime.getRuntime().halt(ExitCode.INTERRUPTED.code());
            }
        }
        signalledOnce();
    }

    void signalledOnce() {
        if (!requested.getAndSet(true)) {
            onFirst.run();
        }
    }

    @Override
    public boolean getAsBoolean() {
        return requested.get();
    }

    /** Restores the previous handler. */
    @Override
    public void close() {
        if (signal != null) {
            try {
                handle.invoke(null, signal, previousHandler);
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // The process is about to end anyway.
            }
            signal = null;
        }
    }
}
