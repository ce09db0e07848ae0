package vn.giaymoi.cli.error;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import vn.giaymoi.cli.text.TerminalSafe;

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
                .setExecutionExceptionHandler(ErrorHandlers::execution)
                .setExecutionStrategy(parsed -> {
                    TerminalSafe.install(parsed.commandSpec().root().commandLine()); // echoed values never drive the terminal
                    return new CommandLine.RunLast().execute(parsed);
                });
    }

    private static int usage(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = TerminalSafe.of(cmd.getErr());
        err.println(cmd.getColorScheme().errorText("Sai cú pháp lệnh: " + vietnamese(ex)));
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            String prefix = unmatched.isUnknownOption() ? "" : cmd.getCommandSpec().qualifiedName() + " ";
            err.println("Có phải ý bạn là: " + unmatched.getSuggestions().stream().map(s -> prefix + s)
                    .collect(Collectors.joining(" hoặc ")) + "?");
        }
        err.println("Xem: " + cmd.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** Picocli's own messages are English; the common ones are said again in Vietnamese, the rest kept as they are. */
    static String vietnamese(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched().stream().map(w -> "'" + w + "'").toList();
            return unmatched.isUnknownOption()
                    ? "không có tùy chọn " + String.join(", ", words)
                    : "thừa hoặc không hiểu đối số " + String.join(", ", words);
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return "thiếu " + missing.getMissing().stream().map(ErrorHandlers::name).collect(Collectors.joining(", "));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
            return "tùy chọn " + name(overwritten.getOverwritten()) + " chỉ được cho một lần";
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException conversion && ex.getArgSpec() != null) {
            Class<?> type = ex.getArgSpec().typeInfo().getType();
            boolean number = type == int.class || type == Integer.class;
            return "giá trị '" + ex.getValue() + "' không dùng được cho " + name(ex.getArgSpec()) + ": "
                    + (number ? "cần một số nguyên" : conversion.getMessage());
        }
        return ex.getMessage();
    }

    private static String name(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec option
                ? option.longestName() + (option.typeInfo().isBoolean() ? "" : "=" + option.paramLabel())
                : arg.paramLabel();
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
