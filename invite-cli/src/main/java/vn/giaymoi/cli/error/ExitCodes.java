package vn.giaymoi.cli.error;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Mã thoát (exit codes) of every command, listed in {@code --help}. A batch over many files exits with the largest
 * code of its files, so an unreadable file (3) outranks a file with errors (1), which outranks success (0); a usage
 * error (2) stops before any file is read.
 */
public final class ExitCodes {
    public static final int OK = 0;
    /** Findings with errors, or a file that failed. */
    public static final int FAILED = 1;
    /** A wrong command line. */
    public static final int USAGE = 2;
    /** An input that cannot be read or parsed. */
    public static final int UNREADABLE = 3;

    private static final Map<String, String> HELP = help();

    private ExitCodes() {}

    private static Map<String, String> help() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("0", "thành công, không có lỗi");
        m.put("1", "văn bản có lỗi, hoặc một tệp không xử lý được");
        m.put("2", "sai cú pháp lệnh");
        m.put("3", "không đọc được tệp đầu vào (không có, sai bảng mã, sai cú pháp YAML/JSON; tệp Word hỏng, có mật khẩu"
                + " hoặc quá lớn)");
        return m;
    }

    /** Lists the codes in the help of {@code cli} and of each of its subcommands. */
    public static void document(CommandLine cli) {
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nMã thoát:%n").exitCodeList(HELP);
        cli.getSubcommands().values().forEach(ExitCodes::document);
    }

    /** The code of a batch: the worst of its files (3 > 1 > 0). */
    public static int worst(int a, int b) {
        return Math.max(a, b);
    }
}
