package vn.giaymoi.web.offload;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.giaymoi.web.error.ApiException;

/**
 * Việc chặn (blocking work) off the event loop, on a pool of its own: a fixed number of threads and a bounded
 * queue, so that a flood is answered 503 at once instead of waiting without end. Work started for a request is
 * cancelled (interrupted, or dropped from the queue) when the request's {@link RequestScope} ends early: its
 * deadline passed or its client left. The result comes back on the request's own Vert.x context.
 */
public final class Offload implements AutoCloseable {
    private final String name;
    private final ThreadPoolExecutor pool;

    /**
     * @param name names the threads ({@code giaymoi-render-1})
     * @param threads how many run at once
     * @param queue how many may wait; more are refused with 503
     */
    public Offload(String name, int threads, int queue) {
        this.name = name;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
                r -> {
                    Thread t = new Thread(r, name + "-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Runs {@code work} on this pool for the current request; fails with 503 when the pool is full. */
    public <T> Future<T> run(Callable<T> work) {
        Context caller = Vertx.currentContext();
        RequestScope scope = RequestScope.of(caller);
        if (scope != null && scope.ended()) return Future.failedFuture(scope.reason());
        Promise<T> promise = Promise.promise();
        java.util.concurrent.Future<?> task;
        try {
            task = pool.submit(() -> {
                try {
                    T value = work.call();
                    answer(caller, () -> {
                        if (scope != null && scope.ended()) promise.tryFail(scope.reason());
                        else promise.tryComplete(value);
                    });
                } catch (Throwable t) {
                    answer(caller, () -> promise.tryFail(scope != null && scope.ended() ? scope.reason() : t));
                }
            });
        } catch (RejectedExecutionException e) {
            return Future.failedFuture(ApiException.busy(name));
        }
        if (scope != null) scope.onEnd(() -> task.cancel(true));
        return promise.future();
    }

    private static void answer(Context caller, Runnable action) {
        if (caller == null) action.run();
        else caller.runOnContext(v -> action.run());
    }

    /** Work waiting or running now; for tests and metrics. */
    public int load() {
        return pool.getActiveCount() + pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
