package vn.giaymoi.cli.batch;

import java.io.PrintWriter;

/**
 * Thanh tiến độ (progress bar) on one terminal line, redrawn with {@code \r} on the error stream so that the results
 * on the output stream stay clean. Silent when disabled (not a terminal, {@code --quiet}, or a single file).
 */
public final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;
    private int drawn = -1;

    public ProgressBar(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 1;
    }

    /** One more file is finished. */
    public synchronized void step() {
        done++;
        if (!enabled) return;
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        if (filled == drawn && done != total) return; // redraw only when the bar moves
        drawn = filled;
        err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " tệp");
        err.flush();
    }

    /** Clears the bar's line before results are printed. */
    public synchronized void finish() {
        if (!enabled || drawn < 0) return;
        err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
        err.flush();
    }

    public synchronized int done() {
        return done;
    }
}
