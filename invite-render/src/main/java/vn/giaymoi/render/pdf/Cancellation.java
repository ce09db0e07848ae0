package vn.giaymoi.render.pdf;

import java.util.concurrent.CancellationException;

/**
 * Hủy việc dựng (cancelling a render): a long render asks between its lines and pages whether its thread was
 * interrupted — the server interrupts a request's work when its client leaves or its deadline passes — and stops
 * there, so a worker is not held for minutes drawing a document nobody will read.
 */
public final class Cancellation {
    private Cancellation() {}

    /**
     * Returns when the render may go on.
     *
     * @throws CancellationException when the current thread was interrupted (its flag stays set for the caller)
     */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("việc dựng văn bản đã bị hủy");
    }
}
