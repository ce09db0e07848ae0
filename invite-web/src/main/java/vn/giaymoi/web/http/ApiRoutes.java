package vn.giaymoi.web.http;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.Status;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.RenderedDocument;
import vn.giaymoi.web.error.ApiException;
import vn.giaymoi.web.offload.BlockingRenderer;
import vn.giaymoi.web.offload.Offload;

/**
 * API giấy mời (the JSON API under {@code /api/v1}): check, render and the stored invitations. Bodies are the
 * input format in JSON or YAML; every parse, check, render and store call runs on the worker pool; every failure
 * goes to the router's failure handler.
 */
public final class ApiRoutes {
    public static final String BASE = "/api/v1";
    private static final String SOURCE = "nội dung gửi lên";
    /** Longest search text: a subject is a line or two; more is a mistake (or an attack on the LIKE scan). */
    static final int MAX_SEARCH_TEXT = 200;

    private final InvitationStore store;
    private final InvitationFormat format;
    private final RuleEngine rules;
    private final BlockingRenderer renderer;
    private final Offload offload;
    private final Clock clock;
    private final ApiJson json;

    public ApiRoutes(InvitationStore store, InvitationFormat format, RuleEngine rules, BlockingRenderer renderer,
            Offload offload, Clock clock) {
        this.store = store;
        this.format = format;
        this.rules = rules;
        this.renderer = renderer;
        this.offload = offload;
        this.clock = clock;
        this.json = new ApiJson(format);
    }

    /** Adds the routes; a body handler must already run for {@code BASE + "/*"}. */
    public void mount(Router router) {
        router.get(BASE + "/openapi.yaml").handler(this::openApi);
        router.get(BASE + "/formats").handler(this::formats);
        router.post(BASE + "/check").handler(this::check);
        router.post(BASE + "/render").handler(this::render);
        router.get(BASE + "/invitations").handler(this::list);
        router.post(BASE + "/invitations").handler(this::create);
        router.get(BASE + "/invitations/:id").handler(this::get);
        router.put(BASE + "/invitations/:id").handler(this::update);
        router.delete(BASE + "/invitations/:id").handler(this::delete);
        router.post(BASE + "/invitations/:id/issue").handler(this::issue);
        router.get(BASE + "/invitations/:id/document").handler(this::document);
        router.post(BASE + "/invitations/:id/duplicate").handler(this::duplicate);
        router.get(BASE + "/invitations/:id/versions").handler(this::versions);
    }

    // ---- handlers ----------------------------------------------------------------------------------------

    private void openApi(RoutingContext ctx) {
        offload.run(() -> {
            try (InputStream in = ApiRoutes.class.getResourceAsStream("/openapi.yaml")) {
                if (in == null) throw new NoSuchElementException("không có tệp mô tả API");
                return Buffer.buffer(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).onSuccess(b -> ctx.response().putHeader("Content-Type", "application/yaml; charset=utf-8").end(b))
                .onFailure(ctx::fail);
    }

    private void formats(RoutingContext ctx) {
        JsonArray list = new JsonArray();
        for (Format f : Format.values()) list.add(new JsonObject().put("name", f.extension()).put("mediaType", f.mediaType()));
        sendJson(ctx, 200, encode(new JsonObject().put("formats", list))); // five short entries
    }

    private void check(RoutingContext ctx) {
        Language language = language(ctx);
        Future<Invitation> parsed = parse(ctx);
        parsed.compose(inv -> offload.run(() -> {
            List<Finding> findings = rules.check(inv, CheckContext.draft(today()));
            return encode(new JsonObject()
                    .put("passes", RuleEngine.passes(findings))
                    .put("errors", findings.stream().filter(Finding::isError).count())
                    .put("warnings", findings.stream().filter(Finding::isWarning).count())
                    .put("hints", findings.stream().filter(Finding::isHint).count())
                    .put("findings", ApiJson.findings(findings, language)));
        })).onSuccess(body -> sendJson(ctx, 200, body)).onFailure(ctx::fail);
    }

    private void render(RoutingContext ctx) {
        Format f = format(ctx);
        parse(ctx).compose(inv -> renderer.render(inv, f).map(doc -> send(ctx, inv, doc, false))).onFailure(ctx::fail);
    }

    private void list(RoutingContext ctx) {
        String text = ctx.queryParams().get("text");
        if (text != null && text.length() > MAX_SEARCH_TEXT) {
            throw ApiException.badRequest("Chữ tìm trong trích yếu dài " + text.length() + " ký tự; hãy rút gọn còn tối đa "
                    + MAX_SEARCH_TEXT + " ký tự (vài từ đặc trưng là đủ).");
        }
        LocalDate from = date(ctx.queryParams().get("from"), "from");
        LocalDate to = date(ctx.queryParams().get("to"), "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("Khoảng ngày ngược: từ ngày " + from + " sau đến ngày " + to
                    + "; hãy đổi chỗ hai ngày.");
        }
        InvitationQuery query = new InvitationQuery(text, status(ctx.queryParams().get("status")), from, to);
        offload.run(() -> encode(json.items(store.search(query)))).onSuccess(body -> sendJson(ctx, 200, body)).onFailure(ctx::fail);
    }

    private void create(RoutingContext ctx) {
        parse(ctx).compose(inv -> offload.run(() -> encode(json.stored(store.create(inv, clock.instant())))))
                .onSuccess(body -> created(ctx, body)).onFailure(ctx::fail);
    }

    private void get(RoutingContext ctx) {
        InvitationId id = id(ctx);
        offload.run(() -> encode(json.stored(find(id)))).onSuccess(body -> sendJson(ctx, 200, body)).onFailure(ctx::fail);
    }

    private void update(RoutingContext ctx) {
        InvitationId id = id(ctx);
        parse(ctx).compose(inv -> offload.run(() -> encode(json.stored(store.update(id, inv, clock.instant())))))
                .onSuccess(body -> sendJson(ctx, 200, body)).onFailure(ctx::fail);
    }

    private void delete(RoutingContext ctx) {
        InvitationId id = id(ctx);
        offload.run(() -> store.delete(id)).onSuccess(removed -> {
            if (removed) ctx.response().setStatusCode(204).end();
            else ctx.fail(new NoSuchElementException("không có giấy mời " + id));
        }).onFailure(ctx::fail);
    }

    /** Ban hành: checks the invitation as it will be issued; errors block with 422, else numbers and freezes it. */
    private void issue(RoutingContext ctx) {
        InvitationId id = id(ctx);
        Language language = language(ctx);
        Buffer request = ctx.body().buffer();
        offload.run(() -> {
            LocalDate date = issueDate(request); // a body may be up to the limit: read it off the event loop
            StoredInvitation current = find(id);
            if (current.status() == Status.ISSUED) throw new IllegalStateException("giấy mời " + id + " đã ban hành");
            List<Finding> findings = rules.check(asIssued(current.invitation(), date), CheckContext.issuing(today()));
            if (!RuleEngine.passes(findings)) {
                long errors = findings.stream().filter(Finding::isError).count();
                throw ApiException.ruleErrors("Chưa ban hành được: còn " + errors
                        + " lỗi; sửa các mục trong findings rồi ban hành lại.", ApiJson.findings(findings, language));
            }
            // issue exactly the version just checked: a save in between makes the store refuse (409), not number it unchecked
            return encode(json.stored(store.issue(id, current.version(), date, clock.instant())));
        }).onSuccess(body -> sendJson(ctx, 200, body)).onFailure(ctx::fail);
    }

    private void document(RoutingContext ctx) {
        InvitationId id = id(ctx);
        Format f = format(ctx);
        offload.run(() -> find(id).invitation())
                .compose(inv -> renderer.render(inv, f).map(doc -> send(ctx, inv, doc, true)))
                .onFailure(ctx::fail);
    }

    private void duplicate(RoutingContext ctx) {
        InvitationId id = id(ctx);
        offload.run(() -> {
            Invitation source = find(id).invitation();
            Invitation copy = source.withNumber(DocumentNumber.draft(source.number().symbol()))
                    .withDateLine(DateLine.draft(source.dateLine().place(), today().getYear()));
            return encode(json.stored(store.create(copy, clock.instant())));
        }).onSuccess(body -> created(ctx, body)).onFailure(ctx::fail);
    }

    private void versions(RoutingContext ctx) {
        InvitationId id = id(ctx);
        offload.run(() -> {
            List<StoredInvitation> history = store.history(id);
            if (history.isEmpty()) throw new NoSuchElementException("không có giấy mời " + id);
            return encode(json.items(history));
        }).onSuccess(body -> sendJson(ctx, 200, body)).onFailure(ctx::fail);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** The draft as the register will issue it: dated, and numbered as a stand-in 01 (the real number comes next). */
    private static Invitation asIssued(Invitation draft, LocalDate date) {
        return draft.withNumber(draft.number().withNumber(1)).withDateLine(DateLine.of(draft.dateLine().place(), date));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private StoredInvitation find(InvitationId id) {
        return store.find(id).orElseThrow(() -> new NoSuchElementException("không có giấy mời " + id));
    }

    private Future<Invitation> parse(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        Syntax syntax = syntax(contentType);
        Buffer body = ctx.body().buffer();
        return offload.run(() -> {
            String text = body == null ? "" : body.toString(StandardCharsets.UTF_8);
            if (text.isBlank()) {
                throw ApiException.badRequest("Nội dung gửi lên trống; hãy gửi giấy mời dạng JSON hoặc YAML"
                        + " (ít nhất kind, issuer, number, place, date, subject, signature).");
            }
            Parsed parsed = format.read(text, syntax, SOURCE);
            if (parsed instanceof Parsed.Failed failed) throw ApiException.badInput(failed.problems());
            return ((Parsed.Ok) parsed).invitation();
        });
    }

    private static Syntax syntax(String contentType) {
        String c = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (c.contains("json")) return Syntax.JSON;
        if (c.contains("yaml")) return Syntax.YAML;
        throw ApiException.unsupportedMediaType(contentType);
    }

    private static InvitationId id(RoutingContext ctx) {
        return InvitationId.parse(ctx.pathParam("id"));
    }

    private static Format format(RoutingContext ctx) {
        String name = ctx.queryParams().get("format");
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("Thiếu tham số format; dùng một trong: " + formatNames() + ".");
        }
        return Format.of(name);
    }

    private static String formatNames() {
        return String.join(", ", java.util.Arrays.stream(Format.values()).map(Format::extension).toList());
    }

    private static Language language(RoutingContext ctx) {
        String lang = ctx.queryParams().get("lang");
        return lang == null || lang.isBlank() ? Language.VI : Language.of(lang);
    }

    private static Status status(String text) {
        if (text == null || text.isBlank()) return null;
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "draft", "du-thao" -> Status.DRAFT;
            case "issued", "ban-hanh" -> Status.ISSUED;
            default -> throw ApiException.badRequest("Trạng thái '" + text + "' không có; dùng draft hoặc issued.");
        };
    }

    private static LocalDate date(String text, String name) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Tham số " + name + " '" + text + "' phải là ngày dạng YYYY-MM-DD, ví dụ 2026-05-12.");
        }
    }

    /** The optional body {@code {"date": "YYYY-MM-DD"}}; today when absent. */
    private LocalDate issueDate(Buffer raw) {
        String text = raw == null ? null : raw.toString(StandardCharsets.UTF_8);
        if (text == null || text.isBlank()) return today();
        JsonObject body;
        try {
            body = new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            throw ApiException.badRequest("Nội dung ban hành phải là JSON dạng {\"date\": \"YYYY-MM-DD\"} hoặc để trống.");
        }
        for (String key : body.fieldNames()) {
            if (!key.equals("date")) throw ApiException.badRequest("Khóa '" + key + "' không có ở đây; chỉ dùng date.");
        }
        Object date = body.getValue("date");
        if (date == null) return today();
        LocalDate parsed = date(String.valueOf(date), "date");
        return parsed == null ? today() : parsed;
    }

    /** A JSON answer written out on the worker pool: a long list is not encoded on the event loop. */
    private record Encoded(String id, Buffer bytes) {}

    private static Encoded encode(JsonObject body) {
        return new Encoded(body.getString("id"), Buffer.buffer(body.encodePrettily()));
    }

    private static void sendJson(RoutingContext ctx, int status, Encoded body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(body.bytes());
    }

    private static void created(RoutingContext ctx, Encoded stored) {
        ctx.response().putHeader("Location", BASE + "/invitations/" + stored.id());
        sendJson(ctx, 201, stored);
    }

    /**
     * Sends a rendered document; a download of a stored one is always an attachment, a preview of a text format is
     * shown inline.
     */
    private static Void send(RoutingContext ctx, Invitation inv, RenderedDocument doc, boolean download) {
        boolean attachment = download || !doc.mediaType().startsWith("text/");
        ctx.response().putHeader("Content-Type", doc.mediaType())
                .putHeader("Content-Disposition", DownloadName.header(attachment, inv, doc.format().extension()))
                .end(Buffer.buffer(doc.bytes()));
        return null;
    }
}
