package vn.giaymoi.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.giaymoi.cli.error.ExitCodes;
import vn.giaymoi.cli.error.UserError;
import vn.giaymoi.cli.text.LineDiff;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InputProblem;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;

/**
 * {@code giaymoi fix}: áp dụng các sửa chữa chắc chắn của bộ kiểm tra. Both sides of the diff are written by the
 * format's writer, so the diff shows only what the fixes change, not the author's layout.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Áp dụng các sửa tự động chắc chắn và in phần thay đổi.",
                "Sửa những chỗ chỉ có một cách đúng (như viết ngày 05 thay cho 5); thay đổi in dạng diff.",
                "Với --write, tệp được ghi lại tại chỗ và bản cũ giữ ở FILE.bak.",
                "Lưu ý: khi ghi lại, tệp được viết lại từ đầu nên MẤT các dòng chú thích (#) và cách trình bày riêng;"
                        + " bản gốc còn nguyên trong FILE.bak.",
                "Mã thoát 0 khi sau khi sửa không còn lỗi, 1 khi vẫn còn lỗi cần sửa tay."})
public final class FixCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Tệp giấy mời (.yaml, .yml, .json).")
    Path file;

    @Option(names = "--write", description = "Ghi kết quả vào FILE (giữ bản cũ ở FILE.bak).")
    boolean write;

    @Option(names = "--issuing", description = "Kiểm tra như trước khi ban hành.")
    boolean issuing;

    private final CliContext context;

    public FixCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Parsed parsed = context.format().read(file);
        if (parsed instanceof Parsed.Failed failed) {
            failed.problems().stream().map(InputProblem::display).forEach(err::println);
            return ExitCodes.UNREADABLE;
        }
        Invitation before = ((Parsed.Ok) parsed).invitation();
        CheckContext ctx = issuing ? CheckContext.issuing(context.today()) : CheckContext.draft(context.today());
        Invitation after = before;
        for (Finding f : context.rules().check(before, ctx)) {
            if (f.fix() == null) continue;
            try {
                after = f.fix().apply(after);
                out.println("Sửa [" + f.ruleId() + "] " + f.path() + ": " + f.fix().description(Language.VI));
            } catch (RuntimeException e) { // a fix that no longer fits the document is skipped, not fatal
                err.println("Bỏ qua sửa [" + f.ruleId() + "] " + f.path() + ": " + e.getMessage());
            }
        }
        Syntax syntax = Syntax.of(file);
        String oldText = context.format().write(before, syntax);
        String newText = context.format().write(after, syntax);
        String diff = LineDiff.unified(file.toString(), file + " (đã sửa)", oldText, newText);
        if (diff.isEmpty()) {
            out.println(file + ": không có gì để sửa tự động.");
        } else {
            out.print(diff);
            if (!sameText(oldText)) {
                out.println("Lưu ý: tệp gốc có chú thích (#) hoặc cách trình bày riêng; diff so hai bản viết lại theo mẫu"
                        + " chuẩn nên số dòng có thể lệch với tệp gốc" + (write ? "." : ", và --write sẽ viết lại cả tệp."));
            }
            if (write) save(newText, out, err);
            else out.println("(chưa ghi; thêm --write để ghi vào " + file + ")");
        }
        List<Finding> remaining = context.rules().check(after, ctx);
        long errors = remaining.stream().filter(Finding::isError).count();
        if (errors > 0) out.println("Còn " + errors + " lỗi cần sửa tay; xem: giaymoi check " + file);
        out.flush();
        err.flush();
        return RuleEngine.passes(remaining) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** True when the file on disk is exactly what the writer makes of it, so the diff's line numbers are the file's. */
    private boolean sameText(String written) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").equals(written);
        } catch (IOException e) {
            return false;
        }
    }

    /** Keeps the old file as FILE.bak, then replaces FILE in one move so a crash never leaves half a file. */
    private void save(String text, PrintWriter out, PrintWriter err) {
        Path backup = file.resolveSibling(file.getFileName() + ".bak");
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the message below already says the original is untouched
            }
            throw new UserError(ExitCodes.FAILED, file + ": không ghi được (" + e.getMessage() + "); tệp gốc chưa bị đổi", e);
        }
        out.println("Đã ghi " + file + " (bản cũ: " + backup + ")");
        err.println("Lưu ý: tệp được viết lại nên các dòng chú thích (#) không còn; bản gốc ở " + backup + ".");
    }
}
