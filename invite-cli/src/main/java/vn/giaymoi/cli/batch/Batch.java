package vn.giaymoi.cli.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.giaymoi.cli.batch.InputFiles.Input;

/**
 * Xử lý hàng loạt (batch work): runs one task per input on a fixed pool of threads, one per core unless told
 * otherwise, and returns the results in input order. A task that throws becomes a failed result for its own file;
 * the other files go on.
 */
public final class Batch {
    private Batch() {}

    /**
     * Runs {@code work} for each input.
     *
     * @param threads how many threads; 0 or less means one per core
     * @param failed the result of an input whose task threw
     */
    public static <R> List<R> run(List<Input> inputs, int threads, ProgressBar progress, Function<Input, R> work,
            BiFunction<Input, RuntimeException, R> failed) {
        Function<Input, R> guarded = input -> {
            try {
                return work.apply(input);
            } catch (RuntimeException e) {
                return failed.apply(input, e);
            } finally {
                progress.step();
            }
        };
        int pool = Math.min(inputs.size(), threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        try {
            if (pool <= 1) return inputs.stream().map(guarded).toList();
            ExecutorService executor = Executors.newFixedThreadPool(pool, daemons());
            try {
                List<Future<R>> futures = new ArrayList<>();
                for (Input input : inputs) futures.add(executor.submit(() -> guarded.apply(input)));
                List<R> results = new ArrayList<>();
                for (Future<R> f : futures) results.add(await(f));
                return results;
            } finally {
                executor.shutdownNow();
            }
        } finally {
            progress.finish();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bị ngắt khi đang xử lý", e);
        } catch (ExecutionException e) { // guarded tasks only throw Errors
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "giaymoi-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
