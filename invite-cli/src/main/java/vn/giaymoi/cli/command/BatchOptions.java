package vn.giaymoi.cli.command;

import picocli.CommandLine.Option;

/** Tùy chọn chạy hàng loạt (options of commands that work on many files). */
public final class BatchOptions {
    @Option(names = {"-q", "--quiet"}, description = "Không hiện thanh tiến độ.")
    boolean quiet;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "0",
            description = "Số luồng xử lý song song (mặc định: mọi lõi CPU).")
    int jobs;

    /** True when a progress bar should be drawn. */
    boolean progress(CliContext context) {
        return context.terminal() && !quiet;
    }
}
