package vn.giaymoi.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Language;

/**
 * Kết quả kiểm tra dạng JSON (check results as JSON), for scripts and CI. Lives here because Jackson is confined to
 * the format, store and web modules. Shape:
 * <pre>
 * {"files": [{"file": "a.yaml", "readable": true, "errors": 1, "warnings": 0, "hints": 0, "exitCode": 1,
 *             "problems": [], "findings": [{"ruleId", "severity": "error", "path", "message", "expected",
 *             "actual", "basis", "fixable", "fix": "…" or null, "file", "line", "column"}]}],
 *  "errors": 1, "warnings": 0, "hints": 0, "exitCode": 1}
 * </pre>
 * A hint (gợi ý) is listed with its severity but counted apart: it is neither an error nor a warning.
 * <pre>
 * </pre>
 */
public final class FindingsJson {
    /** Built on first use (class-holder idiom): a check that prints text builds no mapper. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * What checking one file gave: problems when it could not be read, else findings.
     *
     * @param file the file as named on the command line
     * @param problems why it could not be read; empty when it was
     * @param findings the rule engine's findings; empty when unreadable
     * @param exitCode the file's exit code (0 ok, 1 errors, 3 unreadable)
     * @param positions where the findings' field paths are written in the file
     */
    public record FileResult(String file, List<InputProblem> problems, List<Finding> findings, int exitCode,
            SourcePositions positions) {
        public FileResult {
            Objects.requireNonNull(file, "file");
            problems = List.copyOf(problems);
            findings = List.copyOf(findings);
            Objects.requireNonNull(positions, "positions");
        }

        /** A result whose findings are not located in the file. */
        public FileResult(String file, List<InputProblem> problems, List<Finding> findings, int exitCode) {
            this(file, problems, findings, exitCode, SourcePositions.none());
        }

        /** Where {@code finding}'s field path is written (its nearest written parent), or 0:0 when unknown. */
        public SourcePositions.Position where(Finding finding) {
            return positions.nearest(finding.path()).orElse(SourcePositions.Position.UNKNOWN);
        }
    }

    /**
     * One finding as JSON fields, the same for the CLI and the web API: {@code ruleId}, {@code severity}
     * ({@code error}/{@code warning}/{@code hint}), {@code path}, {@code message}, {@code expected}, {@code actual}, {@code basis},
     * {@code fixable} and {@code fix} (what the certain fix changes, or {@code null}).
     */
    public static Map<String, Object> fields(Finding f, Language language) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.ruleId());
        m.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
        m.put("path", f.path());
        m.put("message", f.message(language));
        m.put("expected", f.expected());
        m.put("actual", f.actual());
        m.put("basis", f.basis());
        m.put("fixable", f.fix() != null);
        m.put("fix", f.fix() == null ? null : f.fix().description(language));
        return m;
    }

    /** The results as one JSON document; messages in {@code language}. */
    public String write(List<FileResult> results, Language language, int exitCode) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode files = root.putArray("files");
        long errors = 0;
        long warnings = 0;
        long hints = 0;
        for (FileResult r : results) {
            ObjectNode f = files.addObject();
            long e = r.findings().stream().filter(Finding::isError).count();
            long w = r.findings().stream().filter(Finding::isWarning).count();
            long h = r.findings().size() - e - w;
            errors += e;
            warnings += w;
            hints += h;
            f.put("file", r.file());
            f.put("readable", r.problems().isEmpty());
            f.put("errors", e);
            f.put("warnings", w);
            f.put("hints", h);
            f.put("exitCode", r.exitCode());
            ArrayNode problems = f.putArray("problems");
            for (InputProblem p : r.problems()) {
                problems.addObject().put("path", p.path()).put("line", p.line()).put("column", p.column())
                        .put("message", p.message());
            }
            ArrayNode findings = f.putArray("findings");
            for (Finding x : r.findings()) {
                SourcePositions.Position at = r.where(x);
                findings.add(Json.MAPPER.<ObjectNode>valueToTree(fields(x, language))
                        .put("file", r.file()).put("line", at.line()).put("column", at.column()));
            }
        }
        root.put("errors", errors).put("warnings", warnings).put("hints", hints).put("exitCode", exitCode);
        try {
            return Json.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
