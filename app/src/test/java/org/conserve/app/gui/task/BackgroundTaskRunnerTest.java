package org.conserve.app.gui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class BackgroundTaskRunnerTest {
    /** Stands in for the UI thread: a single named thread. */
    private final Executor ui = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "test-ui");
        thread.setDaemon(true);
        return thread;
    });
    private final BackgroundTaskRunner runner = new BackgroundTaskRunner(ui);

    @Test
    void runsWorkOffTheCallerAndDeliversOnTheUiThread() throws Exception {
        CompletableFuture<String> workThread = new CompletableFuture<>();
        CompletableFuture<String> deliveryThread = new CompletableFuture<>();
        runner.run("test", context -> {
            workThread.complete(Thread.currentThread().getName());
            return 42;
        }, result -> deliveryThread.complete(Thread.currentThread().getName() + ":" + result), failure -> { });
        assertNotEquals(Thread.currentThread().getName(), workThread.get(5, TimeUnit.SECONDS));
        assertEquals("test-ui:42", deliveryThread.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aFailureInWorkOrInShowingTheResultReachesOnFailure() throws Exception {
        CompletableFuture<Throwable> workFailure = new CompletableFuture<>();
        runner.run("fails", context -> {
            throw new IllegalStateException("work");
        }, result -> { }, workFailure::complete);
        assertEquals("work", workFailure.get(5, TimeUnit.SECONDS).getMessage());

        CompletableFuture<Throwable> showFailure = new CompletableFuture<>();
        runner.run("shows badly", context -> 1, result -> {
            throw new IllegalArgumentException("show");
        }, showFailure::complete);
        assertInstanceOf(IllegalArgumentException.class, showFailure.get(5, TimeUnit.SECONDS));
    }

    @Test
    void cancelIsSeenByTheRunningWork() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Integer> result = new CompletableFuture<>();
        TaskHandle handle = runner.run("loop", context -> {
            started.countDown();
            int rounds = 0;
            while (!context.isCancelled()) {
                rounds++;
                Thread.onSpinWait();
            }
            return rounds;
        }, result::complete, result::completeExceptionally);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        handle.cancel();
        assertTrue(result.get(5, TimeUnit.SECONDS) >= 0);
        assertTrue(handle.isCancelled());
    }
}
