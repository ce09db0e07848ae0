package vn.giaymoi.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import vn.giaymoi.cli.error.ExitCodes;
import vn.giaymoi.cli.text.FindingsText;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.FindingsJson.FileResult;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.importer.DocumentImport;
import vn.giaymoi.importer.format.FormatFinding;

/**
 * {@code giaymoi check FILE.docx}: the content rules on the imported invitation and the PL I format rules on the
 * Word file itself, each format finding naming its paragraph.
 */
final class DocxCheck {
    private final CliContext context;

    DocxCheck(CliContext context) {
        this.context = context;
    }

    int run(List<Path> files, PrintWriter out, boolean json, Language language) {
        int exit = ExitCodes.OK;
        for (Path file : files) {
            DocumentImport.Imported imported = DocxFiles.read(context, file);
            boolean errors = imported.formatFindings().stream().anyMatch(FormatFinding::error);
            List<Finding> findings = List.of();
            if (imported.parsed() instanceof Parsed.Ok ok) {
                findings = context.rules().check(ok.invitation(), CheckContext.draft(context.today()));
                errors |= findings.stream().anyMatch(Finding::isError);
            }
            if (json) {
                out.println(context.findingsJson().write(List.of(new vn.giaymoi.format.FindingsJson.FileResult(
                        file.toString(), imported.parsed() instanceof Parsed.Failed f ? f.problems() : List.of(),
                        findings, errors ? ExitCodes.FAILED : ExitCodes.OK)), language, errors ? ExitCodes.FAILED : ExitCodes.OK));
            } else {
                out.println(file + ": thể thức tệp Word (Phụ lục I): " + (imported.formatFindings().isEmpty() ? "đạt"
                        : imported.formatFindings().size() + " phát hiện"));
                imported.formatFindings().forEach(f -> out.println("  " + f.display()));
                if (imported.parsed() instanceof Parsed.Ok) {
                    out.print(FindingsText.report(new FileResult(file.toString(), List.of(), findings,
                            RuleEngine.passes(findings) ? ExitCodes.OK : ExitCodes.FAILED), language));
                } else {
                    ImportCommand.report(imported, out);
                }
            }
            if (errors) exit = ExitCodes.worst(exit, ExitCodes.FAILED);
        }
        out.flush();
        return exit;
    }
}
