package vn.giaymoi.web.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import vn.giaymoi.application.port.out.Account;
import vn.giaymoi.application.port.out.AccountStore;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.SigningStore;
import vn.giaymoi.application.port.out.SigningStore.SignedCopy;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.service.Access;
import vn.giaymoi.application.service.Access.Permission;
import vn.giaymoi.application.service.InvitationService;
import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.format.ProfileFormat;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.render.Format;
import vn.giaymoi.sign.SigningService;
import vn.giaymoi.sign.cert.CertificateNames;
import vn.giaymoi.sign.cert.CertificateProblem;
import vn.giaymoi.sign.cert.TrustAnchors;
import vn.giaymoi.sign.issue.IssueSigning;
import vn.giaymoi.sign.issue.KeyLocation;
import vn.giaymoi.sign.issue.OrganisationSigning;
import vn.giaymoi.sign.key.KeyUnavailable;
import vn.giaymoi.sign.key.SigningKey;
import vn.giaymoi.sign.pdf.PngImage;
import vn.giaymoi.sign.pdf.SigningFailure;
import vn.giaymoi.web.error.ApiException;
import vn.giaymoi.web.offload.BlockingRenderer;
import vn.giaymoi.web.offload.Offload;

/**
 * Ký số khi ban hành trên web (signing at issue time): an organisation admin's signing settings
 * ({@code PUT /organisations/{id}/signing}), the clerk's issue that signs when they are set ({@link ApiRoutes.Issuing}),
 * the signing state of an invitation and its retry ({@code GET /invitations/{id}/signing}, {@code POST …/sign}), and
 * the download of the signed PDF in place of a fresh rendering. Key files and token configurations must be in the
 * organisation's own folder under {@value #KEYS_VARIABLE} ({@code <folder>/<organisation id>/}); their passwords and
 * PINs are read from {@code GIAYMOI_SIGN_…} variables.
 * Mount before {@link ApiRoutes#mount} and after {@link AccountRoutes#mount}.
 */
public final class SigningRoutes implements ApiRoutes.Issuing {
    public static final String KEYS_VARIABLE = "GIAYMOI_SIGN_KEYS";
    private static final String BASE = ApiRoutes.BASE;
    private static final String INVITATION = BASE + "/invitations/:id";

    private final SigningStore store;
    private final AccountStore accounts;
    private final ApiRoutes.Services services;
    private final IssueSigning signing;
    private final TrustAnchors trust;
    private final Function<String, String> environment;
    private final Offload offload;
    private final Clock clock;

    /**
     * @param trust the roots an organisation's certificate must chain to (with any root its key file carries)
     * @param environment where passwords, PINs and {@value #KEYS_VARIABLE} are read
     * @param clock the signing clock: the real time (a signature's time and a certificate's validity are facts)
     */
    public SigningRoutes(SigningStore store, AccountStore accounts, ApiRoutes.Services services, TrustAnchors trust,
            Function<String, String> environment, BlockingRenderer.Drawing drawing, Offload offload, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.services = services;
        this.trust = trust;
        this.environment = environment;
        this.offload = offload;
        this.clock = clock;
        this.signing = new IssueSigning(store, trust, environment,
                inv -> drawing.draw(inv, Format.PDF, null).bytes(), clock);
    }

    public void mount(Router router) {
        router.put(BASE + "/organisations/:id/signing").handler(this::saveSettings);
        router.get(INVITATION + "/signing").handler(this::state);
        router.post(INVITATION + "/sign").handler(this::retry);
        router.get(INVITATION + "/document").handler(this::signedDownload);
    }

    // ---- issue ---------------------------------------------------------------------------------------------

    @Override
    public Outcome<StoredInvitation> issue(RoutingContext ctx, InvitationService service, InvitationId id,
            OptionalInt expected, Optional<LocalDate> date) {
        Optional<OrganisationSigning> setup = setup(Authentication.account(ctx).organisation());
        return setup.isEmpty() ? service.issue(id, expected, date) : signing.issue(service, setup.get(), id, expected, date);
    }

    /** Ký lại: the clerk signs an issued invitation that is still "chưa ký". */
    private void retry(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        InvitationId id = InvitationId.parse(ctx.pathParam("id"));
        offload.run(() -> {
            InvitationService service = services.of(ctx);
            if (service.find(id) instanceof Outcome.NotFound<?>) throw ApiException.notFound("Không có giấy mời " + id + ".");
            Optional<Outcome.Forbidden<Void>> no = Access.check(a, Permission.ISSUE);
            if (no.isPresent()) throw Outcomes.problem(no.get(), false, Language.VI);
            OrganisationSigning setup = setup(a.organisation()).orElseThrow(() -> ApiException.conflict(
                    "Cơ quan chưa cấu hình ký số khi ban hành; quản trị cơ quan gửi cấu hình bằng PUT " + BASE
                            + "/organisations/" + a.organisation() + "/signing."));
            SignedCopy copy = Outcomes.unwrap(signing.retry(service, setup, id), false, Language.VI);
            return state(id, Optional.of(copy), true);
        }).onSuccess(body -> json(ctx, 200, body)).onFailure(ctx::fail);
    }

    private void state(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        InvitationId id = InvitationId.parse(ctx.pathParam("id"));
        offload.run(() -> {
            if (services.of(ctx).find(id) instanceof Outcome.NotFound<?>) {
                throw ApiException.notFound("Không có giấy mời " + id + ".");
            }
            return state(id, store.copy(id), store.settings(a.organisation()).isPresent());
        }).onSuccess(body -> json(ctx, 200, body)).onFailure(ctx::fail);
    }

    private static JsonObject state(InvitationId id, Optional<SignedCopy> copy, boolean configured) {
        JsonObject out = new JsonObject().put("id", id.toString()).put("configured", configured);
        if (copy.isEmpty()) return out.put("state", "none").put("label", "không ký số");
        SignedCopy c = copy.get();
        out.put("state", c.pending() ? "unsigned" : "signed").put("label", c.pending() ? "chưa ký" : "đã ký số")
                .put("at", c.at().toString());
        c.problem().ifPresent(p -> out.put("problem", p));
        return out;
    }

    /** The signed PDF of a signed invitation; 409 while it is "chưa ký"; otherwise the rendering route answers. */
    private void signedDownload(RoutingContext ctx) {
        if (!"pdf".equals(ctx.queryParams().get("format"))) {
            ctx.next();
            return;
        }
        InvitationId id;
        try {
            id = InvitationId.parse(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            ctx.next(); // the rendering route says what is wrong with the id
            return;
        }
        offload.run(() -> services.of(ctx).find(id) instanceof Outcome.Done<StoredInvitation> found
                ? store.copy(id).map(copy -> new Object[] {found.value(), copy}) : Optional.<Object[]>empty())
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        ctx.next();
                        return;
                    }
                    StoredInvitation s = (StoredInvitation) found.get()[0];
                    SignedCopy copy = (SignedCopy) found.get()[1];
                    if (copy.pending()) {
                        ctx.fail(ApiException.conflict("Giấy mời đã ban hành nhưng chưa ký số" + copy.problem()
                                .map(p -> " (" + p + ")").orElse("") + "; văn thư bấm \"Ký lại\" (POST " + BASE
                                + "/invitations/" + id + "/sign) rồi tải lại.").with("reason", IssueSigning.NOT_SIGNED));
                        return;
                    }
                    ctx.response().putHeader("Content-Type", "application/pdf")
                            .putHeader("Content-Disposition", DownloadName.header(true, s.invitation(), "pdf"))
                            .end(Buffer.buffer(copy.pdf().orElseThrow()));
                }).onFailure(ctx::fail);
    }

    // ---- settings ------------------------------------------------------------------------------------------

    /**
     * Cấu hình ký số của cơ quan: {@code {"key": {"pkcs12": "co-quan.p12", "passwordVariable": "GIAYMOI_SIGN_…"} |
     * {"pkcs11": "hsm.cfg", "pinVariable": "GIAYMOI_SIGN_…"}, "seal": PNG base64, "signers": {name: PNG base64},
     * "tsa": URL}}; answers what the key's certificate is and whether it may sign now.
     */
    private void saveSettings(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        OrganisationId id;
        try {
            id = OrganisationId.parse(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Không có cơ quan " + ctx.pathParam("id") + ".");
        }
        if (!a.installationAdmin() && !id.equals(a.organisation())) throw ApiException.notFound("Không có cơ quan " + id + ".");
        Optional<Outcome.Forbidden<Void>> no = Access.check(a, Permission.MANAGE);
        if (no.isPresent() && !a.installationAdmin()) throw Outcomes.problem(no.get(), false, Language.VI);
        Buffer body = ctx.body().buffer();
        OrganisationId organisation = id;
        offload.run(() -> {
            String text = body == null ? "" : body.toString(StandardCharsets.UTF_8);
            OrganisationSigning setup = parse(text, keysFolder(organisation));
            if (accounts.organisation(organisation).isEmpty()) throw ApiException.notFound("Không có cơ quan " + organisation + ".");
            List<String> roster = roster(organisation);
            for (String name : setup.signatures().keySet()) {
                if (!roster.contains(name)) {
                    throw ApiException.badRequest("signers: '" + name + "' không có trong danh sách người ký (signers) của"
                            + " hồ sơ cơ quan; ghi đúng họ tên như hồ sơ: " + String.join(", ", roster) + ".");
                }
            }
            store.saveSettings(organisation, text, clock.instant());
            return certificate(setup);
        }).onSuccess(out -> json(ctx, 200, out)).onFailure(ctx::fail);
    }

    private List<String> roster(OrganisationId organisation) {
        String profile = accounts.profile(organisation).orElseThrow(() -> ApiException.badRequest(
                "Cơ quan chưa có hồ sơ (danh sách người ký); gửi hồ sơ bằng PUT " + BASE + "/organisations/" + organisation
                        + "/profile trước."));
        Syntax syntax = profile.stripLeading().startsWith("{") ? Syntax.JSON : Syntax.YAML;
        if (new ProfileFormat().read(profile, syntax, "hồ sơ cơ quan") instanceof ProfileFormat.Read.Ok ok) {
            return ok.profile().signers().stream().map(s -> OrganisationSigning.normal(s.name())).toList();
        }
        throw ApiException.badRequest("Hồ sơ cơ quan không đọc được; sửa hồ sơ trước.");
    }

    /** What the key's certificate is and the problems that would refuse an issue now. */
    private JsonObject certificate(OrganisationSigning setup) {
        JsonObject out = new JsonObject().put("saved", true);
        try {
            SigningKey key = setup.key().open(environment);
            List<CertificateProblem> problems = new SigningService(trust, Optional.empty(), clock).check(key);
            out.put("certificate", new JsonObject().put("holder", CertificateNames.holder(key.certificate()))
                    .put("organisation", CertificateNames.organisation(key.certificate()).orElse(null))
                    .put("issuer", CertificateNames.issuer(key.certificate()))
                    .put("notAfter", key.certificate().getNotAfter().toInstant().toString()));
            JsonArray list = new JsonArray();
            problems.forEach(p -> list.add(new JsonObject().put("id", p.id()).put("message", p.vietnamese())));
            out.put("maySign", problems.isEmpty()).put("problems", list);
        } catch (KeyUnavailable e) {
            out.put("maySign", false).put("problems", new JsonArray().add(new JsonObject()
                    .put("id", IssueSigning.KEY_UNAVAILABLE).put("message", e.getMessage())));
        }
        return out;
    }

    private Optional<OrganisationSigning> setup(OrganisationId organisation) {
        return store.settings(organisation).map(text -> parse(text, keysFolder(organisation)));
    }

    /**
     * The organisation's own keys folder, {@code $GIAYMOI_SIGN_KEYS/<organisation id>}: one organisation's admin cannot
     * name another organisation's key file.
     */
    private Path keysFolder(OrganisationId organisation) {
        String folder = environment.apply(KEYS_VARIABLE);
        return Path.of(folder == null || folder.isBlank() ? "keys" : folder).toAbsolutePath().normalize()
                .resolve(organisation.toString());
    }

    /** Reads a settings document; every mistake names its field. */
    static OrganisationSigning parse(String text, Path keys) {
        JsonObject in;
        try {
            in = new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            throw ApiException.badRequest("Cấu hình ký số phải là JSON dạng {\"key\": {…}, \"seal\": …, \"signers\": {…},"
                    + " \"tsa\": …}.");
        }
        only(in, "", Set.of("key", "seal", "signers", "tsa"));
        JsonObject key = object(in, "key");
        KeyLocation location;
        try {
            if (key.containsKey("pkcs12")) {
                only(key, "key.", Set.of("pkcs12", "passwordVariable"));
                location = new KeyLocation.Pkcs12(inside(keys, string(key, "pkcs12", "key.pkcs12"), "key.pkcs12"),
                        string(key, "passwordVariable", "key.passwordVariable"));
            } else if (key.containsKey("pkcs11")) {
                only(key, "key.", Set.of("pkcs11", "pinVariable"));
                location = new KeyLocation.Pkcs11(inside(keys, string(key, "pkcs11", "key.pkcs11"), "key.pkcs11"),
                        string(key, "pinVariable", "key.pinVariable"));
            } else {
                throw ApiException.badRequest("key: cần {\"pkcs12\": tệp, \"passwordVariable\": …} hoặc {\"pkcs11\": tệp"
                        + " cấu hình, \"pinVariable\": …}.");
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("key: " + e.getMessage() + ".");
        }
        PngImage seal = png(string(in, "seal", "seal"), "seal");
        JsonObject signers = object(in, "signers");
        Map<String, PngImage> images = new LinkedHashMap<>();
        for (String name : signers.fieldNames()) {
            Object value = signers.getValue(name);
            if (!(value instanceof String image)) throw ApiException.badRequest("signers." + name + ": cần ảnh PNG dạng base64.");
            images.put(name, png(image, "signers." + name));
        }
        Optional<URI> tsa = Optional.empty();
        if (in.getValue("tsa") != null) {
            String url = string(in, "tsa", "tsa");
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw ApiException.badRequest("tsa: địa chỉ máy chủ dấu thời gian phải là http:// hoặc https://.");
            }
            try {
                tsa = Optional.of(URI.create(url));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("tsa: '" + url + "' không phải địa chỉ URL.");
            }
        }
        return new OrganisationSigning(location, seal, images, tsa);
    }

    /** A key file's name, inside the keys folder (no way out of it). */
    private static Path inside(Path keys, String name, String field) {
        Path file = keys.resolve(name).normalize();
        if (!file.startsWith(keys)) {
            throw ApiException.badRequest(field + ": tệp phải nằm trong thư mục khóa của cơ quan trên máy chủ ("
                    + KEYS_VARIABLE + "/mã cơ quan); ghi tên tệp, ví dụ co-quan.p12.");
        }
        return file;
    }

    private static PngImage png(String base64, String field) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(field + ": không phải base64.");
        }
        try {
            return PngImage.read(bytes, field);
        } catch (SigningFailure e) {
            throw ApiException.badRequest(e.getMessage() + ".");
        }
    }

    private static void only(JsonObject in, String prefix, Set<String> keys) {
        for (String k : in.fieldNames()) {
            if (!keys.contains(k)) {
                throw ApiException.badRequest(prefix + k + ": khóa không có; dùng " + String.join(", ", keys.stream().sorted()
                        .map(x -> prefix + x).toList()) + ".");
            }
        }
    }

    private static JsonObject object(JsonObject in, String key) {
        if (in.getValue(key) instanceof JsonObject o) return o;
        throw ApiException.badRequest(key + ": thiếu, hoặc không phải đối tượng JSON.");
    }

    private static String string(JsonObject in, String key, String field) {
        if (in.getValue(key) instanceof String s && !s.isBlank()) return s;
        throw ApiException.badRequest(field + ": thiếu, hoặc không phải chuỗi.");
    }

    private static void json(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(body.encodePrettily());
    }
}
