package vn.giaymoi.web.offload;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.Callable;

/**
 * Việc chặn (blocking work) off the event loop: rendering, parsing and store calls run on one named worker pool,
 * unordered so that slow requests do not queue behind each other.
 */
public final class Offload implements AutoCloseable {
    public static final String POOL_NAME = "giaymoi-blocking";

    private final WorkerExecutor executor;

    public Offload(Vertx vertx, int poolSize) {
        this.executor = vertx.createSharedWorkerExecutor(POOL_NAME, poolSize);
    }

    public <T> Future<T> run(Callable<T> work) {
        return executor.executeBlocking(work, false);
    }

    @Override
    public void close() {
        executor.close();
    }
}
