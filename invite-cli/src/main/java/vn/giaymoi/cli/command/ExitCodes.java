package vn.giaymoi.cli.command;

/** Mã thoát (exit codes) of every command, listed in {@code --help}. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Findings with errors, or a file that failed. */
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** An input that cannot be read or parsed. */
    public static final int UNREADABLE = 3;

    private ExitCodes() {}
}
