package vn.giaymoi.cli.text;

import java.util.List;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.domain.rules.Severity;
import vn.giaymoi.format.FindingsJson.FileResult;
import vn.giaymoi.format.SourcePositions;

/**
 * Báo cáo kiểm tra dạng chữ (the human-readable check report of one file): a headline with the counts, then the
 * findings grouped by severity (Lỗi, then Cảnh báo, then Gợi ý), each with rule id, field path, message, expected
 * and actual value, legal basis, where it is in the file ({@code tại: hop.yaml:12:9}, a form editors open), and
 * whether a certain fix exists.
 */
public final class FindingsText {
    private FindingsText() {}

    /** The report of one checked file, each finding located where the file writes its field. */
    public static String report(FileResult result, Language lang) {
        String file = result.file();
        List<Finding> findings = result.findings();
        boolean vi = lang == Language.VI;
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.stream().filter(Finding::isWarning).count();
        long hints = findings.size() - errors - warnings;
        StringBuilder b = new StringBuilder(file).append(": ");
        if (errors + warnings == 0) {
            b.append(vi ? "đạt, không có lỗi hay cảnh báo" : "passes, no errors or warnings");
        } else {
            b.append(vi ? errors + " lỗi, " + warnings + " cảnh báo" : errors + " error(s), " + warnings + " warning(s)");
        }
        if (hints > 0) b.append(vi ? "; " + hints + " gợi ý" : "; " + hints + " hint(s)");
        b.append('\n');
        for (Severity severity : Severity.values()) {
            List<Finding> group = findings.stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) continue;
            b.append("  ").append(heading(severity, vi)).append(":\n");
            for (Finding f : group) finding(b, f, lang, vi, location(result, f));
        }
        return b.toString();
    }

    private static void finding(StringBuilder b, Finding f, Language lang, boolean vi, String where) {
        b.append("    [").append(f.ruleId()).append("] ");
        if (!f.path().isEmpty()) b.append(f.path()).append(": ");
        b.append(f.message(lang));
        if (f.fix() != null) b.append(vi ? " (có thể sửa tự động)" : " (auto-fixable)");
        b.append('\n');
        if (f.expected() != null || f.actual() != null) {
            b.append("        ");
            // values are quoted: they often end in the very punctuation the finding is about
            if (f.expected() != null) b.append(vi ? "cần: «" : "expected: «").append(f.expected()).append('»');
            if (f.expected() != null && f.actual() != null) b.append("  ");
            if (f.actual() != null) b.append(vi ? "đang là: «" : "actual: «").append(f.actual()).append('»');
            b.append('\n');
        }
        b.append("        ").append(vi ? "căn cứ: " : "basis: ").append(f.basis()).append('\n');
        if (where != null) b.append("        ").append(vi ? "tại: " : "at: ").append(where).append('\n');
    }

    /** {@code hop.yaml:12:9}, or null when the finding's field is not found in the file. */
    private static String location(FileResult result, Finding f) {
        SourcePositions.Position at = result.where(f);
        return at.line() == 0 ? null : result.file() + ":" + at.line() + ":" + at.column();
    }

    private static String heading(Severity severity, boolean vi) {
        return switch (severity) {
            case ERROR -> vi ? "Lỗi" : "Errors";
            case WARNING -> vi ? "Cảnh báo" : "Warnings";
            case HINT -> vi ? "Gợi ý" : "Hints";
        };
    }
}
