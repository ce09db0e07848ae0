package vn.giaymoi.store.jdbc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Nhóm ban hành (group commit of issues): the issues asked of one server at the same moment are taken together, in
 * arrival order, by one of their callers into one transaction with one commit; every caller still waits for, and is
 * given, its own outcome. At most {@code leaders} groups run at once, so that one group's database round trips overlap
 * the next group's work in the server.
 *
 * @param <R> a request
 */
final class IssueGroups<R> {
    /** A request and the outcome its caller waits for. */
    static final class Waiting<R> {
        private final R request;
        private final CompletableFuture<Object> outcome = new CompletableFuture<>();

        private Waiting(R request) {
            this.request = request;
        }

        R request() {
            return request;
        }

        void done(Object result) {
            outcome.complete(result);
        }

        void failed(Throwable failure) {
            outcome.completeExceptionally(failure);
        }
    }

    private final Semaphore leaders;
    private final int largest;
    private final ArrayDeque<Waiting<R>> waiting = new ArrayDeque<>();

    /**
     * @param leaders how many groups may run at once
     * @param largest the most requests one group takes
     */
    IssueGroups(int leaders, int largest) {
        if (leaders < 1 || largest < 1) throw new IllegalArgumentException("leaders and largest must be positive");
        this.leaders = new Semaphore(leaders);
        this.largest = largest;
    }

    /**
     * Runs {@code request} in a group: this caller leads groups of the waiting requests, oldest first, through {@code
     * run} (which settles each of them) until its own is settled, by its group or by another caller's; then returns
     * its outcome, or throws its failure.
     */
    <T> T issue(R request, Class<T> type, Consumer<List<Waiting<R>>> run) {
        Waiting<R> mine = new Waiting<>(request);
        synchronized (waiting) {
            waiting.add(mine);
        }
        leaders.acquireUninterruptibly();
        try {
            while (!mine.outcome.isDone()) {
                List<Waiting<R>> group = oldest();
                if (group.isEmpty()) break; // another caller's group has it
                lead(group, run);
            }
        } finally {
            leaders.release();
        }
        try {
            return type.cast(mine.outcome.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /** How many requests wait for a group (tests wait for a group to form). */
    int waiting() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    /** How many more groups may start now. */
    int idleLeaders() {
        return leaders.availablePermits();
    }

    /** The oldest waiting requests, at most {@code largest}. */
    private List<Waiting<R>> oldest() {
        synchronized (waiting) {
            List<Waiting<R>> group = new ArrayList<>();
            while (!waiting.isEmpty() && group.size() < largest) group.add(waiting.poll());
            return group;
        }
    }

    /** Runs {@code group}; whatever {@code run} left unsettled, or all when it failed, fails with its reason. */
    private static <R> void lead(List<Waiting<R>> group, Consumer<List<Waiting<R>>> run) {
        Throwable failure = null;
        try {
            run.accept(group);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        Throwable unsettled = failure != null ? failure : new IllegalStateException("issue left without an outcome");
        for (Waiting<R> w : group) w.failed(unsettled); // no effect on those settled
    }
}
