package vn.giaymoi.cli.error;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Xử lý lỗi tập trung (the one place that turns exceptions into messages and exit codes): a wrong command line gives
 * a short message and exit 2; a {@link UserError} its message and code; anything else a one-line message and exit 1.
 * A stack trace is printed only with {@code --verbose}.
 */
public final class ErrorHandlers {
    /** The option that shows stack traces; declared on the top command and inherited by every subcommand. */
    public static final String VERBOSE = "--verbose";

    private ErrorHandlers() {}

    /** Installs both handlers on {@code cli} (subcommands added before and after inherit them). */
    public static CommandLine install(CommandLine cli) {
        return cli.setParameterExceptionHandler(ErrorHandlers::usage)
                .setExecutionExceptionHandler(ErrorHandlers::execution);
    }

    private static int usage(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getColorScheme().errorText("Sai cú pháp lệnh: " + ex.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Xem: " + cmd.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int execution(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        int code;
        if (ex instanceof UserError user) {
            err.println(cmd.getColorScheme().errorText(user.getMessage()));
            code = user.exitCode();
        } else {
            err.println(cmd.getColorScheme().errorText("Lỗi không mong đợi (" + ex.getClass().getSimpleName() + "): "
                    + ex.getMessage()));
            if (!verbose(parsed)) err.println("Chạy lại với " + VERBOSE + " để xem chi tiết, và gửi kèm tệp đầu vào khi báo lỗi.");
            code = ExitCodes.FAILED;
        }
        if (verbose(parsed)) ex.printStackTrace(err);
        err.flush();
        return code;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(VERBOSE)) return true;
        }
        return false;
    }
}
