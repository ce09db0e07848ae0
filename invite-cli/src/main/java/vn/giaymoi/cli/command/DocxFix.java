package vn.giaymoi.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.giaymoi.cli.error.ExitCodes;
import vn.giaymoi.cli.error.UserError;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.importer.DocumentImport;
import vn.giaymoi.importer.format.FormatFinding;
import vn.giaymoi.render.Format;

/**
 * {@code giaymoi fix FILE.docx --write}: the invitation imported from the Word file, with the certain content fixes,
 * re-rendered as a DOCX that meets PL I; the original is kept beside it as FILE.goc.docx.
 */
final class DocxFix {
    private final CliContext context;

    DocxFix(CliContext context) {
        this.context = context;
    }

    int run(Path file, boolean write, PrintWriter out) {
        DocumentImport.Imported imported = DocxFiles.read(context, file);
        if (!(imported.parsed() instanceof Parsed.Ok ok)) {
            ImportCommand.report(imported, out);
            throw new UserError(ExitCodes.UNREADABLE, file + ": chưa nhận ra đủ các phần bắt buộc để dựng lại văn bản;"
                    + " hãy nhập thành YAML (giaymoi import) rồi bổ sung");
        }
        Invitation after = ok.invitation();
        CheckContext ctx = CheckContext.draft(context.today());
        for (Finding f : context.rules().check(after, ctx)) {
            if (f.fix() == null) continue;
            try {
                after = f.fix().apply(after);
                out.println("Sửa [" + f.ruleId() + "] " + f.path() + ": " + f.fix().description(Language.VI));
            } catch (RuntimeException e) {
                out.println("Bỏ qua sửa [" + f.ruleId() + "] " + f.path() + ": " + e.getMessage());
            }
        }
        for (FormatFinding f : imported.formatFindings()) {
            out.println("Sửa thể thức [" + f.ruleId() + "]: " + f.message() + " → " + f.expected());
        }
        out.println("Văn bản được dựng lại theo Phụ lục I: khổ A4, lề, phông Times New Roman, cỡ và kiểu chữ từng thành"
                + " phần, hai cột phần đầu, số trang từ trang 2.");
        if (!write) {
            out.println("(chưa ghi; thêm --write để ghi " + file + ", bản gốc giữ ở " + original(file) + ")");
            out.flush();
            return ExitCodes.OK;
        }
        byte[] docx = context.renderer().render(after, Format.DOCX).bytes();
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.copy(file, original(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.write(temp, docx);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserError(ExitCodes.FAILED, file + ": không ghi được (" + e.getMessage() + "); tệp gốc chưa bị đổi", e);
        }
        out.println("Đã ghi " + file + " (bản gốc: " + original(file) + ")");
        out.flush();
        return RuleEngine.passes(context.rules().check(after, ctx)) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    static Path original(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.replaceFirst("(?i)\\.docx$", "") + ".goc.docx");
    }
}
