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
import vn.giaymoi.format.SourcePatch;
import vn.giaymoi.format.Syntax;

/**
 * {@code giaymoi fix}: áp dụng các sửa chữa chắc chắn của bộ kiểm tra. Each fixed value is edited where the file
 * writes it ({@link SourcePatch}), so comments, blank lines, quoting and wrapping stay as the author left them and
 * the diff's line numbers are the file's. A fix that cannot be made in place (it adds or removes a line) falls back
 * to rewriting the file with the format's writer, with a warning.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Áp dụng các sửa tự động chắc chắn và in phần thay đổi.",
                "Sửa những chỗ chỉ có một cách đúng (như viết ngày 05 thay cho 5); thay đổi in dạng diff.",
                "Với --write, tệp được ghi lại và bản cũ giữ ở FILE.bak. Chỉ các giá trị được sửa thay đổi; chú thích (#),"
                        + " dòng trống, ngoặc kép và cách xuống dòng giữ nguyên.",
                "Khi một sửa không làm đúng tại chỗ được (thêm hoặc bớt dòng), lệnh cảnh báo rồi viết lại cả tệp theo mẫu"
                        + " chuẩn: MẤT chú thích; bản gốc còn nguyên trong FILE.bak.",
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

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", converter = Converters.LanguageConverter.class,
            description = "Ngôn ngữ thông báo: vi (mặc định) hoặc en.")
    Language language;

    private final CliContext context;

    public FixCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (DocxFiles.all(List.of(file))) return new DocxFix(context).run(file, write, spec.commandLine().getOut());
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
                out.println(say("Sửa [", "Fixed [") + f.ruleId() + "] " + f.path() + ": " + f.fix().description(language));
            } catch (RuntimeException e) { // a fix that no longer fits the document is skipped, not fatal
                err.println(say("Bỏ qua sửa [", "Skipped fix [") + f.ruleId() + "] " + f.path() + ": " + e.getMessage());
            }
        }
        Syntax syntax = Syntax.of(file);
        String original = original();
        SourcePatch.Result patch = SourcePatch.apply(context.format(), original, syntax, before, after);
        boolean inPlace = patch instanceof SourcePatch.Patched;
        String oldText = inPlace ? original : context.format().write(before, syntax);
        String newText = patch instanceof SourcePatch.Patched p ? p.text() : context.format().write(after, syntax);
        String diff = LineDiff.unified(file.toString(), file + say(" (đã sửa)", " (fixed)"), oldText, newText);
        if (diff.isEmpty()) {
            out.println(file + say(": không có gì để sửa tự động.", ": nothing to fix automatically."));
        } else {
            out.print(diff);
            if (patch instanceof SourcePatch.NotInPlace why) {
                err.println(say("Cảnh báo: không sửa được đúng tại chỗ (", "Warning: the fix cannot be made in place (")
                        + why.describe(language) + say("); diff so hai bản viết lại theo mẫu chuẩn nên số dòng có thể lệch"
                        + " với tệp gốc, và " + (write ? "lần ghi này" : "--write") + " viết lại cả tệp: MẤT chú thích (#)"
                        + " và cách trình bày riêng.", "); the diff compares two rewritten texts, so its line numbers may"
                        + " differ from the file's, and " + (write ? "this write" : "--write") + " rewrites the whole"
                        + " file: comments (#) and layout are lost."));
            }
            if (write) save(newText, inPlace, out, err);
            else out.println(say("(chưa ghi; thêm --write để ghi vào ", "(not written; add --write to write ") + file + ")");
        }
        List<Finding> remaining = context.rules().check(after, ctx);
        long errors = remaining.stream().filter(Finding::isError).count();
        if (errors > 0) {
            out.println(say("Còn " + errors + " lỗi cần sửa tay; xem: giaymoi check ",
                    errors + " error(s) left to fix by hand; see: giaymoi check --lang en ") + file);
        }
        out.flush();
        err.flush();
        return RuleEngine.passes(remaining) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** The message in the language asked for with --lang. */
    private String say(String vi, String en) {
        return language == Language.EN ? en : vi;
    }

    /** The file as it is on disk; it was just read, so failing now is a failure to read it. */
    private String original() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(ExitCodes.UNREADABLE, file + say(": không đọc được (", ": cannot be read (") + e.getMessage() + ")", e);
        }
    }

    /** Keeps the old file as FILE.bak, then replaces FILE in one move so a crash never leaves half a file. */
    private void save(String text, boolean inPlace, PrintWriter out, PrintWriter err) {
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
            throw new UserError(ExitCodes.FAILED, file + say(": không ghi được (", ": could not write (") + e.getMessage()
                    + say("); tệp gốc chưa bị đổi", "); the file is unchanged"), e);
        }
        out.println(say("Đã ghi ", "Wrote ") + file + say(" (bản cũ: ", " (old version: ") + backup + ")");
        if (!inPlace) {
            err.println(say("Lưu ý: tệp được viết lại nên các dòng chú thích (#) không còn; bản gốc ở ",
                    "Note: the file was rewritten, so its comment lines (#) are gone; the original is in ") + backup + ".");
        }
    }
}
