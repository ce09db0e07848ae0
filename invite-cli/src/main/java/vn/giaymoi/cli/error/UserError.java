package vn.giaymoi.cli.error;

/**
 * Lỗi của người dùng (a user's mistake found while running, such as an output file that already exists): shown as
 * its message alone, never as a stack trace, and exits with its code.
 */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserError(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
