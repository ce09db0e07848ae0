package vn.giaymoi.web.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.importer.DocumentImport;
import vn.giaymoi.importer.ImportNote;
import vn.giaymoi.importer.format.FormatFinding;
import vn.giaymoi.importer.source.UnreadableDocument;
import vn.giaymoi.web.offload.Offload;

/**
 * Nhập tệp (the import API): {@code POST /api/v1/import}, a multipart upload of one DOCX, text or PDF file up to
 * 10 MiB, answers the draft in the input format, the import report, the PL I format findings of a DOCX and the
 * content findings when the draft is complete. Reading runs on the worker pool, never on the event loop.
 */
public final class ImportRoutes {
    public static final String PATH = ApiRoutes.BASE + "/import";
    /** The DOCX limit plus room for the multipart envelope. */
    static final long UPLOAD_LIMIT = DocumentImport.MAX_BYTES + 64 * 1024;

    private final InvitationFormat format;
    private final DocumentImport importer;
    private final RuleEngine rules;
    private final Offload offload;
    private final Clock clock;

    public ImportRoutes(InvitationFormat format, RuleEngine rules, Offload offload, Clock clock) {
        this.format = format;
        this.importer = new DocumentImport(format);
        this.rules = rules;
        this.offload = offload;
        this.clock = clock;
    }

    /** Mounts the route with its own body limit, before the API's 1 MiB body handler. */
    public void mount(Router router) {
        Path uploads;
        try {
            uploads = Files.createTempDirectory("giaymoi-uploads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        router.post(PATH).handler(BodyHandler.create(uploads.toString()).setBodyLimit(UPLOAD_LIMIT)
                .setDeleteUploadedFilesOnEnd(true).setHandleFileUploads(true));
        router.post(PATH).handler(this::upload);
    }

    private void upload(RoutingContext ctx) {
        List<FileUpload> files = ctx.fileUploads();
        if (files.size() != 1) {
            problem(ctx, 400, "Yêu cầu không hợp lệ", "hãy gửi đúng một tệp (trường \"file\", multipart/form-data)");
            return;
        }
        FileUpload file = files.get(0);
        String name = file.fileName() == null || file.fileName().isBlank() ? "tep" : Path.of(file.fileName())
                .getFileName().toString();
        Language language = "en".equals(ctx.request().getParam("lang")) ? Language.EN : Language.VI;
        offload.run(() -> importer.read(Files.readAllBytes(Path.of(file.uploadedFileName())), name))
                .onSuccess(imported -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                        .end(answer(imported, language).encode()))
                .onFailure(e -> {
                    if (e instanceof UnreadableDocument u) {
                        int status = switch (u.reason()) {
                            case TOO_LARGE -> 413;
                            case UNSUPPORTED -> 415;
                            case DAMAGED -> 422;
                        };
                        problem(ctx, status, "Không nhập được tệp", u.getMessage());
                    } else {
                        ctx.fail(e);
                    }
                });
    }

    private JsonObject answer(DocumentImport.Imported imported, Language language) {
        JsonArray report = new JsonArray();
        for (ImportNote n : imported.result().notes()) {
            report.add(new JsonObject().put("paragraph", n.paragraph()).put("opening", n.opening()).put("field", n.field())
                    .put("level", n.level() == ImportNote.Level.UNRECOGNISED ? "unrecognised" : "uncertain")
                    .put("message", n.message()).put("display", n.display()));
        }
        JsonArray formatFindings = new JsonArray();
        for (FormatFinding f : imported.formatFindings()) {
            formatFindings.add(new JsonObject().put("ruleId", f.ruleId()).put("severity", f.error() ? "error" : "warning")
                    .put("paragraph", f.paragraph()).put("opening", f.opening()).put("message", f.message())
                    .put("expected", f.expected()).put("actual", f.actual()).put("basis", f.basis())
                    .put("display", f.display()));
        }
        JsonObject out = new JsonObject()
                .put("draft", new JsonObject(format.write(imported.result().draft(), Syntax.JSON)))
                .put("yaml", imported.yaml())
                .put("complete", imported.parsed() instanceof Parsed.Ok)
                .put("report", report)
                .put("formatFindings", formatFindings);
        if (imported.parsed() instanceof Parsed.Ok ok) {
            List<Finding> findings = rules.check(ok.invitation(), CheckContext.draft(LocalDate.now(clock)));
            out.put("findings", ApiJson.findings(findings, language));
        } else if (imported.parsed() instanceof Parsed.Failed failed) {
            out.put("findings", new JsonArray());
            out.put("problems", new JsonArray(failed.problems().stream()
                    .map(p -> new JsonObject().put("path", p.path()).put("message", p.message())
                            .put("display", p.display())).toList()));
        }
        return out;
    }

    private static void problem(RoutingContext ctx, int status, String title, String detail) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json; charset=utf-8")
                .end(new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                        .put("detail", detail).put("problems", new JsonArray()).encode());
    }
}
