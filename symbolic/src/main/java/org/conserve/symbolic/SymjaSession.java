package org.conserve.symbolic;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The single thread on which all Symja work of the process runs, with a time limit on every call.
 *
 * <p>Symja keeps its evaluation engine per thread and is not thread-safe, so every computation goes
 * through {@link #call}. A call that runs past its limit is asked to stop (Symja checks the stop flag
 * in its evaluation loop), interrupted, and reported as {@link SymbolicError#TIMEOUT}. Calls from
 * the Symja thread itself run inline, so nested use does not dead-lock.
 *
 * <p>Thread-safety: all methods may be called from any thread.
 */
public final class SymjaSession {
    /** The limit used where a caller gives none. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(20);

    private static final SymjaSession INSTANCE = new SymjaSession();

    private final ExecutorService executor;
    private final AtomicReference<Thread> symjaThread = new AtomicReference<>();
    private final AtomicReference<EvalEngine> engine = new AtomicReference<>();
    private final AtomicLong calls = new AtomicLong();

    private SymjaSession() {
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "conserve-symja");
            thread.setDaemon(true);
            symjaThread.set(thread);
            return thread;
        });
    }

    /** The process-wide session. */
    public static SymjaSession get() {
        return INSTANCE;
    }

    /** True when the caller already runs on the Symja thread. */
    public boolean onSymjaThread() {
        return Thread.currentThread() == symjaThread.get();
    }

    /** Runs {@code work} on the Symja thread with the default limit. */
    public <T> T call(Callable<T> work) {
        return call(work, DEFAULT_LIMIT);
    }

    /**
     * Runs {@code work} on the Symja thread and returns its result.
     *
     * @throws SymbolicException {@link SymbolicError#TIMEOUT} past {@code limit} (at once for a zero or negative limit);
     *                           {@link SymbolicError#SYMJA_FAILURE} if Symja threw
     */
    public <T> T call(Callable<T> work, Duration limit) {
        calls.incrementAndGet();
        if (limit.isZero() || limit.isNegative()) {
            // no time at all: deterministic, where a zero wait on a quick result would race with the Symja thread
            throw new SymbolicException(SymbolicError.TIMEOUT, "Symja was given no time (limit " + limit.toMillis()
                    + " ms)");
        }
        if (onSymjaThread()) {
            return runInline(work);
        }
        Future<T> future = executor.submit(() -> {
            engine();
            return work.call();
        });
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            EvalEngine running = engine.get();
            if (running != null) {
                running.stopRequest();
            }
            future.cancel(true);
            throw new SymbolicException(SymbolicError.TIMEOUT,
                    "Symja did not finish within " + limit.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new SymbolicException(SymbolicError.TIMEOUT, "interrupted while waiting for Symja", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SymbolicException symbolic) {
                throw symbolic;
            }
            throw new SymbolicException(SymbolicError.SYMJA_FAILURE, "Symja failed: " + cause, cause);
        }
    }

    /**
     * How many calls ({@link #call}, {@link #evaluate}) the session has received since the process
     * started: lets tests prove that some input never reached Symja.
     */
    public long callCount() {
        return calls.get();
    }

    /** Evaluates an expression built by the caller (never text from a file) on the Symja thread. */
    public IExpr evaluate(IExpr expression, Duration limit) {
        return call(() -> engine().evaluate(expression), limit);
    }

    /**
     * The Symja thread's engine, made on first use with a clean state. Only valid on that thread.
     */
    public EvalEngine engine() {
        if (!onSymjaThread()) {
            throw new IllegalStateException("Symja's engine is used only on the Symja thread");
        }
        EvalEngine current = engine.get();
        if (current == null) {
            Config.FILESYSTEM_ENABLED = false;
            current = new EvalEngine(true);
            EvalEngine.set(current);
            engine.set(current);
        }
        current.setStopRequested(false);
        return current;
    }

    private static <T> T runInline(Callable<T> work) {
        try {
            return work.call();
        } catch (SymbolicException e) {
            throw e;
        } catch (Exception e) {
            throw new SymbolicException(SymbolicError.SYMJA_FAILURE, "Symja failed: " + e, e);
        }
    }
}
