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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.Status;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.port.out.SummaryPage;
import vn.giaymoi.application.service.InvitationService;
import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.lifecycle.ApprovalPolicy;
import vn.giaymoi.domain.lifecycle.FollowUpKind;
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
 * API giấy mời (the JSON API under {@code /api/v1}): check, render, the stored invitations and their lifecycle, and
 * the outgoing register. Handlers only translate: HTTP in, a use case of {@link InvitationService}, its outcome out
 * through {@link Outcomes}. Bodies are the input format in JSON or YAML; every parse, check, render and store call
 * runs on the worker pool; every failure goes to the router's failure handler.
 */
public final class ApiRoutes {
    public static final String BASE = "/api/v1";
    private static final String SOURCE = "nội dung gửi lên";
    /** Longest search text: a subject is a line or two; more is a mistake (or an attack on the LIKE scan). */
    static final int MAX_SEARCH_TEXT = 200;

    private final Services services;
    private final InvitationFormat format;
    private final RuleEngine rules;
    private final BlockingRenderer renderer;
    /** Answers to identical render requests (an editor's preview), at most 16 MiB: the server runs in 128 MiB. */
    private final RenderCache renders = new RenderCache(16L << 20);
    private final Offload offload;
    private final Clock clock;
    private final ApiJson json;

    /** The use cases of one request (the caller's organisation, audited as the caller). */
    @FunctionalInterface
    public interface Services {
        InvitationService of(RoutingContext ctx);
    }

    /** Ban hành (the issue step of one request): plain, or signed too when the organisation signs (SigningRoutes). */
    @FunctionalInterface
    public interface Issuing {
        Outcome<StoredInvitation> issue(RoutingContext ctx, InvitationService service, InvitationId id,
                OptionalInt expected, Optional<LocalDate> date);
    }

    private Issuing issuing = (ctx, service, id, expected, date) -> service.issue(id, expected, date);

    /** Issues through {@code issuing} (signing at issue time) instead of the plain use case. */
    public ApiRoutes issuing(Issuing issuing) {
        this.issuing = issuing;
        return this;
    }

    /** Routes over one set of use cases for every request. */
    public ApiRoutes(InvitationService service, InvitationFormat format, RuleEngine rules, BlockingRenderer renderer,
            Offload offload, Clock clock) {
        this(ctx -> service, format, rules, renderer, offload, clock);
    }

    public ApiRoutes(Services services, InvitationFormat format, RuleEngine rules, BlockingRenderer renderer,
            Offload offload, Clock clock) {
        this.services = services;
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
        router.post(BASE + "/invitations/:id/submit").handler(ctx -> step(ctx, Set.of(),
                (id, v, body) -> services.of(ctx).submit(id, v)));
        router.post(BASE + "/invitations/:id/approve").handler(ctx -> step(ctx, Set.of(),
                (id, v, body) -> services.of(ctx).approve(id, v)));
        router.post(BASE + "/invitations/:id/return").handler(ctx -> step(ctx, Set.of("reason"),
                (id, v, body) -> services.of(ctx).returnToDrafter(id, v, reason(body))));
        router.post(BASE + "/invitations/:id/revoke").handler(ctx -> step(ctx, Set.of("reason"),
                (id, v, body) -> services.of(ctx).revoke(id, v, reason(body))));
        router.post(BASE + "/invitations/:id/issue").handler(ctx -> step(ctx, Set.of("date"),
                (id, v, body) -> issuing.issue(ctx, services.of(ctx), id, v,
                        Optional.ofNullable(date(body.getValue("date"), "date")))));
        router.get(BASE + "/invitations/:id/issue-preview").handler(this::issuePreview);
        router.post(BASE + "/invitations/:id/follow-ups").handler(this::followUp);
        router.get(BASE + "/invitations/:id/document").handler(this::document);
        router.post(BASE + "/invitations/:id/duplicate").handler(this::duplicate);
        router.get(BASE + "/invitations/:id/versions").handler(this::versions);
        router.get(BASE + "/register").handler(this::register);
    }

    // ---- handlers ----------------------------------------------------------------------------------------

    private void openApi(RoutingContext ctx) {
        offload.run(() -> {
            try (InputStream in = ApiRoutes.class.getResourceAsStream("/openapi.yaml")) {
                if (in == null) throw new IllegalStateException("openapi.yaml is missing from the jar");
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
        if (!RenderCache.keeps(f)) {
            parse(ctx).compose(inv -> renderer.render(inv, f).map(doc -> send(ctx, inv, doc, false))).onFailure(ctx::fail);
            return;
        }
        String key = RenderCache.key(f, ctx.request().getHeader("Content-Type"), ctx.body().buffer());
        RenderCache.Answer cached = renders.get(key);
        if (cached != null) {
            cached.send(ctx);
            return;
        }
        parse(ctx).compose(inv -> renderer.render(inv, f).map(doc -> renders.put(key, new RenderCache.Answer(
                        doc.mediaType(), DownloadName.header(!doc.mediaType().startsWith("text/"), inv, doc.format().extension()),
                        Buffer.buffer(doc.bytes())))))
                .onSuccess(answer -> answer.send(ctx)).onFailure(ctx::fail);
    }

    private void list(RoutingContext ctx) {
        String text = ctx.queryParams().get("text");
        if (text != null && text.length() > MAX_SEARCH_TEXT) {
            throw ApiException.badRequest("Chữ tìm dài " + text.length() + " ký tự; hãy rút gọn còn tối đa "
                    + MAX_SEARCH_TEXT + " ký tự (vài từ đặc trưng là đủ).");
        }
        for (String gone : List.of("from", "to")) {
            if (ctx.queryParams().contains(gone)) {
                throw ApiException.badRequest("Tham số " + gone + " không còn dùng vì không rõ là ngày nào: lọc ngày"
                        + " ban hành bằng issuedFrom, issuedTo; lọc ngày họp bằng meetingFrom, meetingTo.");
            }
        }
        InvitationQuery query = new InvitationQuery(text, status(ctx.queryParams().get("status")),
                range(ctx, "issuedFrom", "issuedTo", "ngày ban hành"), range(ctx, "meetingFrom", "meetingTo", "ngày họp"),
                null);
        int page = whole(ctx.queryParams().get("page"), "page", 1, Integer.MAX_VALUE / SummaryPage.MAX_SIZE, 1);
        int size = whole(ctx.queryParams().get("size"), "size", 1, SummaryPage.MAX_SIZE, SummaryPage.DEFAULT_SIZE);
        offload.run(() -> {
            InvitationService own = services.of(ctx);
            SummaryPage found = own.summaries(query, page, size);
            // the organisation's setting matters only to a submitted invitation's steps
            boolean submitted = found.items().stream().anyMatch(i -> i.status() == Status.SUBMITTED);
            return encode(ApiJson.page(found, submitted ? own.approval() : ApprovalPolicy.REQUIRED));
        })
                .onSuccess(body -> sendJson(ctx, 200, body)).onFailure(ctx::fail);
    }

    /** The date range of two query parameters; a range that ends before it starts is the client's mistake. */
    private static InvitationQuery.DateRange range(RoutingContext ctx, String fromName, String toName, String what) {
        LocalDate from = date(ctx.queryParams().get(fromName), fromName);
        LocalDate to = date(ctx.queryParams().get(toName), toName);
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("Khoảng " + what + " ngược: " + fromName + " " + from + " sau " + toName + " "
                    + to + "; hãy đổi chỗ hai ngày.");
        }
        return new InvitationQuery.DateRange(from, to);
    }

    /** A whole-number query parameter within {@code min…max}, or {@code absent} when it is not given. */
    private static int whole(String text, String name, int min, int max, int absent) {
        if (text == null || text.isBlank()) return absent;
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException e) {
            // said below, with the bounds
        }
        throw ApiException.badRequest("Tham số " + name + " '" + text + "' phải là số nguyên từ " + min + " đến " + max
                + ".");
    }

    private void create(RoutingContext ctx) {
        parse(ctx).compose(inv -> offload.run(() -> stored(ctx, services.of(ctx).create(inv), false, Language.VI)))
                .onSuccess(body -> created(ctx, body)).onFailure(ctx::fail);
    }

    private void get(RoutingContext ctx) {
        InvitationId id = id(ctx);
        offload.run(() -> stored(ctx, services.of(ctx).find(id), false, Language.VI)).onSuccess(body -> sendJson(ctx, 200, body))
                .onFailure(ctx::fail);
    }

    /** Lưu: a new version; with If-Match only over the version the editor read (else 412, nothing saved). */
    private void update(RoutingContext ctx) {
        InvitationId id = id(ctx);
        OptionalInt expected = ifMatch(ctx);
        parse(ctx).compose(inv -> offload.run(() -> stored(ctx, services.of(ctx).saveDraft(id, expected, inv), expected.isPresent(),
                Language.VI))).onSuccess(body -> sendJson(ctx, 200, body)).onFailure(ctx::fail);
    }

    private void delete(RoutingContext ctx) {
        InvitationId id = id(ctx);
        offload.run(() -> Outcomes.unwrap(services.of(ctx).delete(id), false, Language.VI))
                .onSuccess(removed -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
    }

    /** A use case that takes the id, the If-Match version and a small JSON body. */
    @FunctionalInterface
    private interface Step {
        Outcome<StoredInvitation> run(InvitationId id, OptionalInt expected, JsonObject body);
    }

    /**
     * Trình, duyệt, trả lại, ban hành, thu hồi: reads the optional JSON body (only {@code keys}) and the If-Match
     * version off the event loop, runs the step and answers the new version.
     */
    private void step(RoutingContext ctx, Set<String> keys, Step step) {
        InvitationId id = id(ctx);
        Language language = language(ctx);
        OptionalInt expected = ifMatch(ctx);
        Buffer request = ctx.body().buffer();
        offload.run(() -> stored(ctx, step.run(id, expected, smallBody(request, keys)), expected.isPresent(), language))
                .onSuccess(body -> sendJson(ctx, 200, body)).onFailure(ctx::fail);
    }

    /** The issue dialog: the number the register would give now, the date and the findings; takes nothing. */
    private void issuePreview(RoutingContext ctx) {
        InvitationId id = id(ctx);
        Language language = language(ctx);
        LocalDate on = date(ctx.queryParams().get("date"), "date");
        offload.run(() -> {
            var p = Outcomes.unwrap(services.of(ctx).previewIssue(id, Optional.ofNullable(on)), false, language);
            String number = p.current().invitation().number().withNumber(p.nextNumber()).toString();
            return encode(new JsonObject().put("id", id.toString()).put("version", p.current().version())
                    .put("status", ApiJson.status(p.current().status())).put("number", number)
                    .put("date", p.date().toString()).put("passes", p.passes())
                    .put("errors", p.findings().stream().filter(f -> f.isError()).count())
                    .put("findings", ApiJson.findings(p.findings(), language)), p.current().version());
        }).onSuccess(body -> sendJson(ctx, 200, body)).onFailure(ctx::fail);
    }

    /** Văn bản xử lý sau ban hành: {@code {"type": "correction" | …}} → 201 with the new linked draft. */
    private void followUp(RoutingContext ctx) {
        InvitationId id = id(ctx);
        Buffer request = ctx.body().buffer();
        offload.run(() -> {
            Object type = smallBody(request, Set.of("type")).getValue("type");
            FollowUpKind kind = type instanceof String t ? FollowUpKind.ofWire(t) : null;
            if (kind == null) {
                throw ApiException.badRequest("Cần loại văn bản xử lý: {\"type\": \"" + String.join("\" | \"",
                        Arrays.stream(FollowUpKind.values()).map(FollowUpKind::wire).toList()) + "\"}.");
            }
            return stored(ctx, services.of(ctx).followUp(id, kind), false, Language.VI);
        }).onSuccess(body -> created(ctx, body)).onFailure(ctx::fail);
    }

    private void document(RoutingContext ctx) {
        InvitationId id = id(ctx);
        Format f = format(ctx);
        offload.run(() -> Outcomes.unwrap(services.of(ctx).calendar(id), false, Language.VI))
                .compose(view -> renderer.render(view.invitation(), f, view.entry())
                        .map(doc -> send(ctx, view.invitation(), doc, true)))
                .onFailure(ctx::fail);
    }

    private void duplicate(RoutingContext ctx) {
        InvitationId id = id(ctx);
        offload.run(() -> stored(ctx, services.of(ctx).duplicate(id), false, Language.VI)).onSuccess(body -> created(ctx, body))
                .onFailure(ctx::fail);
    }

    private void versions(RoutingContext ctx) {
        InvitationId id = id(ctx);
        offload.run(() -> encode(json.items(Outcomes.unwrap(services.of(ctx).history(id), false, Language.VI))))
                .onSuccess(body -> sendJson(ctx, 200, body)).onFailure(ctx::fail);
    }

    /** Sổ đăng ký văn bản đi: {@code ?year=YYYY&format=json|csv|xlsx}. */
    private void register(RoutingContext ctx) {
        String yearText = ctx.queryParams().get("year");
        int year;
        try {
            year = yearText == null || yearText.isBlank() ? today().getYear() : Integer.parseInt(yearText.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Tham số year '" + yearText + "' phải là năm, ví dụ 2026.");
        }
        if (year < 1945 || year > 2200) throw ApiException.badRequest("Năm " + year + " nằm ngoài 1945–2200.");
        String as = ctx.queryParams().get("format");
        RegisterExport.Kind kind = RegisterExport.Kind.of(as);
        offload.run(() -> RegisterExport.write(services.of(ctx).register(year), year, kind)).onSuccess(doc -> {
            ctx.response().putHeader("Content-Type", doc.mediaType());
            if (kind != RegisterExport.Kind.JSON) {
                ctx.response().putHeader("Content-Disposition", "attachment; filename=\"so-van-ban-di-" + year + "."
                        + kind.extension() + "\"");
            }
            ctx.response().end(Buffer.buffer(doc.bytes()));
        }).onFailure(ctx::fail);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A stored invitation as JSON with its version, or the outcome's problem; a submitted one offers issuing when the
     * caller's organisation does not require approval.
     */
    private Encoded stored(RoutingContext ctx, Outcome<StoredInvitation> outcome, boolean ifMatch, Language language) {
        StoredInvitation s = Outcomes.unwrap(outcome, ifMatch, language);
        ApprovalPolicy approval = s.status() == Status.SUBMITTED ? services.of(ctx).approval() : ApprovalPolicy.REQUIRED;
        return encode(json.stored(s, approval), s.version());
    }

    /**
     * The version named by {@code If-Match: "3"} (or {@code W/"3"}); empty without the header or with {@code *}.
     */
    static OptionalInt ifMatch(RoutingContext ctx) {
        String header = ctx.request().getHeader("If-Match");
        if (header == null || header.isBlank() || header.strip().equals("*")) return OptionalInt.empty();
        String v = header.strip();
        if (v.startsWith("W/")) v = v.substring(2);
        v = v.replace("\"", "");
        try {
            int version = Integer.parseInt(v);
            if (version >= 1) return OptionalInt.of(version);
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("If-Match '" + header + "' phải là phiên bản đã đọc (ETag), ví dụ \"3\".");
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

    /** The input format's syntax named by a request's Content-Type; 415 for any other. */
    static Syntax syntax(String contentType) {
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
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Status s : Status.values()) {
            if (ApiJson.status(s).equals(t)) return s;
        }
        return switch (t) {
            case "du-thao" -> Status.DRAFT;
            case "ban-hanh" -> Status.ISSUED;
            default -> throw ApiException.badRequest("Trạng thái '" + text + "' không có; dùng một trong: " + String.join(", ",
                    Arrays.stream(Status.values()).map(ApiJson::status).toList()) + ".");
        };
    }

    /** The {@code reason} of a return or revocation: text, or absent (the use case says it is needed). */
    private static String reason(JsonObject body) {
        Object value = body.getValue("reason");
        if (value == null || value instanceof String) return (String) value;
        throw ApiException.badRequest("Lý do (reason) phải là một đoạn chữ.");
    }

    private static LocalDate date(Object value, String name) {
        if (value == null) return null;
        if (!(value instanceof String text)) {
            throw ApiException.badRequest("Giá trị " + name + " phải là ngày dạng YYYY-MM-DD, ví dụ 2026-05-12.");
        }
        return date(text, name);
    }

    private static LocalDate date(String text, String name) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Tham số " + name + " '" + text + "' phải là ngày dạng YYYY-MM-DD, ví dụ 2026-05-12.");
        }
    }

    /** An optional small JSON object body with only {@code keys}; empty when there is no body. */
    static JsonObject smallBody(Buffer raw, Set<String> keys) {
        String text = raw == null ? null : raw.toString(StandardCharsets.UTF_8);
        if (text == null || text.isBlank()) return new JsonObject();
        String shape = keys.isEmpty() ? "để trống" : "JSON dạng {" + String.join(", ", keys.stream().sorted()
                .map(k -> "\"" + k + "\": …").toList()) + "} hoặc để trống";
        JsonObject body;
        try {
            body = new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            throw ApiException.badRequest("Nội dung yêu cầu phải là " + shape + ".");
        }
        for (String key : body.fieldNames()) {
            if (!keys.contains(key)) throw ApiException.badRequest("Khóa '" + key + "' không có ở đây; nội dung phải là " + shape + ".");
        }
        return body;
    }

    /**
     * A JSON answer written out on the worker pool (a long list is not encoded on the event loop), with the version
     * of the invitation it shows, if one (sent as the ETag).
     */
    private record Encoded(String id, int version, Buffer bytes) {}

    private static Encoded encode(JsonObject body) {
        return encode(body, 0);
    }

    private static Encoded encode(JsonObject body, int version) {
        return new Encoded(body.getString("id"), version, Buffer.buffer(body.encodePrettily()));
    }

    private static void sendJson(RoutingContext ctx, int status, Encoded body) {
        if (body.version() > 0) ctx.response().putHeader("ETag", "\"" + body.version() + "\"");
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
