// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Turns the first Ctrl-C (SIGINT) or SIGTERM into a cancellation request, so the run stops within one
 * block of steps and writes what it simulated; a second one runs {@link #beforeQuitting} and exits at
 * once with 130. SIGTERM is what {@code kill}, {@code timeout} and job schedulers send: without a
 * handler the JVM would exit with 143, say nothing and leave the staging folder. Uses
 * {@code sun.misc.Signal} (module jdk.unsupported, present in every JDK) reflectively: without it,
 * the signals keep their default meaning of stopping the JVM.
 */
class Interrupts implements AutoCloseable, BooleanSupplier {

    private final AtomicBoolean requested = new AtomicBoolean();
    /** The signals handled: the names {@code onFirst} receives. */
    static final List<String> SIGNALS = List.of("INT", "TERM");

    private final Consumer<String> onFirst;
    private volatile Runnable beforeQuitting = () -> { };
    private final List<Object> signals = new ArrayList<>();
    private final List<Object> previousHandlers = new ArrayList<>();
    private Method handle;

    private Interrupts(Consumer<String> onFirst) {
        this.onFirst = onFirst;
    }

    /** A token polled instead of a signal: tests and embedding callers stop runs with it. */
    static Interrupts polling(BooleanSupplier token, Consumer<String> onFirst) {
        Interrupts interrupts = new Interrupts(onFirst) {
            @Override
            public boolean getAsBoolean() {
                if (token.getAsBoolean() && !super.getAsBoolean()) {
                    super.signalledOnce("INT");
                }
                return super.getAsBoolean();
            }
        };
        return interrupts;
    }

    /**
     * Installs the handlers; {@code onFirst} runs on the signal thread at the first signal, with its
     * name ({@link #SIGNALS}).
     */
    static Interrupts install(Consumer<String> onFirst) {
        Interrupts interrupts = new Interrupts(onFirst);
        try {
            ClassLoader system = ClassLoader.getSystemClassLoader();
            Class<?> signalClass = system.loadClass("sun.misc.Signal");
            Class<?> handlerClass = system.loadClass("sun.misc.SignalHandler");
            interrupts.handle = signalClass.getMethod("handle", signalClass, handlerClass);
            for (String name : SIGNALS) {
                Object signal = signalClass.getConstructor(String.class).newInstance(name);
                Object handler = Proxy.newProxyInstance(handlerClass.getClassLoader(), new Class<?>[] { handlerClass },
                        (proxy, method, args) -> {
                            if (method.getName().equals("handle")) {
                                interrupts.signalled(name);
                            }
                            return null;
                        });
                try {
                    interrupts.previousHandlers.add(interrupts.handle.invoke(null, signal, handler));
                    interrupts.signals.add(signal);
                } catch (ReflectiveOperationException | RuntimeException ignored) {
                    // This signal is ignored (SIGINT in a background job): keep its default.
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
            // No signal API: keep the defaults.
        }
        return interrupts;
    }

    /** Runs at the second signal, just before the process quits (e.g. to remove half-written files). */
    void beforeQuitting(Runnable action) {
        beforeQuitting = action;
    }

    private void signalled(String name) {
        if (requested.get()) {
            try {
                beforeQuitting.run();
            } finally {
                Runtime.getRuntime().halt(ExitCode.INTERRUPTED.code());
            }
        }
        signalledOnce(name);
    }

    void signalledOnce(String name) {
        if (!requested.getAndSet(true)) {
            onFirst.accept(name);
        }
    }

    @Override
    public boolean getAsBoolean() {
        return requested.get();
    }

    /** Restores the previous handlers. */
    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            try {
                handle.invoke(null, signals.get(i), previousHandlers.get(i));
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // The process is about to end anyway.
            }
        }
        signals.clear();
        previousHandlers.clear();
    }
}
