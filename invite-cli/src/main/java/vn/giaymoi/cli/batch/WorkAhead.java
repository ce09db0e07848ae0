package vn.giaymoi.cli.batch;

/**
 * Làm trước (work ahead): builds on a second core something a command will need soon (a reader, a renderer's fonts)
 * while this thread goes on. Nothing waits for it: whoever needs the thing first builds it or waits for the one
 * being built, and a failure here is left for that first use to report.
 */
public final class WorkAhead {
    private WorkAhead() {}

    /** Starts {@code work} on a daemon thread named {@code name}. */
    public static void start(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) { // the first real use builds the same and reports the problem
                return;
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
