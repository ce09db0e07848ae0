package vn.giaymoi.web.http;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CSRFHandler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.giaymoi.application.port.out.Account;
import vn.giaymoi.application.port.out.AccountStore;
import vn.giaymoi.application.port.out.AuditAction;
import vn.giaymoi.application.port.out.AuditEntry;
import vn.giaymoi.application.port.out.CredentialKind;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.Organisation;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.Role;
import vn.giaymoi.application.service.Access;
import vn.giaymoi.application.service.Access.Permission;
import vn.giaymoi.application.service.AccountService;
import vn.giaymoi.application.service.AuditedInvitationStore;
import vn.giaymoi.application.service.InvitationService;
import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.lifecycle.ApprovalPolicy;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.ProfileDrafts;
import vn.giaymoi.format.ProfileFormat;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.web.auth.Tokens;
import vn.giaymoi.web.error.ApiException;
import vn.giaymoi.web.offload.Offload;

/**
 * Tài khoản, quyền và nhật ký (accounts, roles and the audit log on the web): login and logout (session cookie),
 * personal API tokens, password change, organisations, users, the organisation's profile document, the audit of an
 * invitation; the role each invitation route needs; and the use cases of each request, restricted to the caller's
 * organisation and audited as the caller. {@link #mountFront} goes before every other route, {@link #mount} before
 * {@link ApiRoutes#mount}.
 */
public final class AccountRoutes {
    /** How long a personal API token lasts. */
    public static final Duration TOKEN = Duration.ofDays(90);

    private static final String BASE = ApiRoutes.BASE;
    private static final String CSRF_HEADER = CSRFHandler.DEFAULT_HEADER_NAME;
    private static final Set<HttpMethod> UNSAFE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE,
            HttpMethod.PATCH);
    private static final String INVITATION = BASE + "/invitations/:id";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final AccountService service;
    private final AccountStore accounts;
    private final InvitationStore invitations;
    private final RuleEngine rules;
    private final Offload offload;
    private final Clock clock;

    public AccountRoutes(AccountService service, AccountStore accounts, InvitationStore invitations, RuleEngine rules,
            Offload offload, Clock clock) {
        this.service = service;
        this.accounts = accounts;
        this.invitations = invitations;
        this.rules = rules;
        this.offload = offload;
        this.clock = clock;
    }

    /**
     * The invitation use cases of one request: the caller's organisation only, every write in its audit log, issuing
     * under the organisation's approval setting (read when issuing).
     */
    public InvitationService servicesFor(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        InvitationStore own = new AuditedInvitationStore(invitations.forOrganisation(a.organisation()), accounts,
                a.organisation(), a.username(), clock);
        return new InvitationService(own, rules, clock, () -> ApprovalPolicy.of(accounts.organisation(a.organisation())
                .map(Organisation::approvalRequired).orElse(true)));
    }

    /**
     * Authentication, then CSRF protection of every state-changing request carried by the session cookie
     * (double-submit: the {@code XSRF-TOKEN} cookie, signed by {@code secret}, must come back as the
     * {@code X-XSRF-TOKEN} header); a request with a bearer token carries no ambient credential and needs none.
     */
    public void mountFront(Router router, Vertx vertx, String secret) {
        router.route().handler(new Authentication(accounts, offload, clock));
        CSRFHandler csrf = CSRFHandler.create(vertx, secret).setCookieHttpOnly(false).setNagHttps(false)
                .setTimeout(Authentication.SESSION.toMillis());
        router.route().handler(ctx -> {
            if (Authentication.bearer(ctx).isPresent() || ctx.normalizedPath().equals(BASE + "/auth/token")
                    || ctx.normalizedPath().startsWith(Authentication.REPLY_API)) { // a personal link carries no ambient credential
                ctx.next();
            } else if (UNSAFE.contains(ctx.request().method()) && ctx.request().getHeader(CSRF_HEADER) == null) {
                ctx.fail(403); // the handler would look for a form field, which no page of ours sends
            } else if (!UNSAFE.contains(ctx.request().method()) && !opensPage(ctx)
                    && ctx.request().getCookie(CSRFHandler.DEFAULT_COOKIE_NAME) != null) {
                // the handler signs a new token at every read: the API calls and files a page makes while a
                // change is on its way would renew the token under it, and the change be refused
                ctx.next();
            } else {
                csrf.handle(ctx);
            }
        });
    }

    /** A page the browser opens (not an API call or a file it loads): it gets a fresh CSRF token. */
    private static boolean opensPage(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        return !path.startsWith(BASE + "/") && (path.endsWith("/") || path.endsWith(".html"));
    }

    /** The routes of accounts and the role guards of the invitation routes; before {@link ApiRoutes#mount}. */
    public void mount(Router router) {
        router.post(BASE + "/auth/login").handler(this::login);
        router.post(BASE + "/auth/logout").handler(this::logout);
        router.post(BASE + "/auth/token").handler(this::token);
        router.get(BASE + "/auth/me").handler(this::me);
        router.post(BASE + "/auth/password").handler(this::changePassword);
        router.get(BASE + "/organisations").handler(this::organisations);
        router.post(BASE + "/organisations").handler(this::createOrganisation);
        router.get(BASE + "/organisations/:id/profile").handler(this::profile);
        router.put(BASE + "/organisations/:id/profile").handler(this::saveProfile);
        router.get(BASE + "/drafts/new").handler(this::draftFromProfile);
        router.get(BASE + "/users").handler(this::users);
        router.post(BASE + "/users").handler(this::createUser);
        router.delete(BASE + "/users/:username").handler(this::deleteUser);
        router.get(INVITATION + "/audit").handler(this::audit);

        guard(router, HttpMethod.POST, BASE + "/invitations", Permission.EDIT);
        guard(router, HttpMethod.PUT, INVITATION, Permission.EDIT);
        guard(router, HttpMethod.DELETE, INVITATION, Permission.EDIT);
        guard(router, HttpMethod.POST, INVITATION + "/duplicate", Permission.EDIT);
        guard(router, HttpMethod.POST, INVITATION + "/follow-ups", Permission.EDIT);
        guard(router, HttpMethod.POST, INVITATION + "/submit", Permission.SUBMIT);
        guard(router, HttpMethod.POST, INVITATION + "/approve", Permission.APPROVE);
        router.post(INVITATION + "/approve").handler(this::selfApproval);
        guard(router, HttpMethod.POST, INVITATION + "/return", Permission.RETURN);
        guard(router, HttpMethod.POST, INVITATION + "/issue", Permission.ISSUE);
        guard(router, HttpMethod.POST, INVITATION + "/revoke", Permission.REVOKE);
        router.get(INVITATION + "/document").handler(this::auditDownload);

        // sending (văn thư): the role first, then the invitation must be the caller's organisation's (else 404)
        for (String step : List.of("/send", "/remind", "/replies/:recipient")) {
            guard(router, HttpMethod.POST, INVITATION + step, Permission.SEND);
        }
        for (String path : List.of("/send", "/remind", "/replies", "/replies/:recipient", "/attendance")) {
            router.route(INVITATION + path).handler(this::ownInvitation);
        }
    }

    /** 404 before the route's handler when the invitation is not the caller's organisation's. */
    private void ownInvitation(RoutingContext ctx) {
        InvitationId id = id(ctx);
        offload.run(() -> servicesFor(ctx).find(id)).onSuccess(found -> {
            if (found instanceof Outcome.NotFound<?>) ctx.fail(ApiException.notFound("Không có giấy mời " + id + "."));
            else ctx.next();
        }).onFailure(ctx::fail);
    }

    /** 403 before the route's handler when the caller lacks the role (the same answer for any id). */
    private void guard(Router router, HttpMethod method, String path, Permission permission) {
        router.route(method, path).handler(ctx -> {
            Optional<Outcome.Forbidden<Void>> no = Access.check(Authentication.account(ctx), permission);
            if (no.isPresent()) ctx.fail(Outcomes.problem(no.get(), false, Language.VI));
            else ctx.next();
        });
    }

    /** The organisation's rule on approving one's own draft: who last submitted it is in the audit log. */
    private void selfApproval(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        InvitationId id = id(ctx);
        offload.run(() -> {
            Organisation o = accounts.organisation(a.organisation()).orElseThrow();
            Optional<String> submitter = accounts.audit(a.organisation(), id).stream()
                    .filter(e -> e.action() == AuditAction.SUBMITTED).reduce((x, y) -> y).map(AuditEntry::actor);
            return Access.mayApprove(o, a, submitter);
        }).onSuccess(no -> {
            if (no.isPresent()) ctx.fail(Outcomes.problem(no.get(), false, Language.VI));
            else ctx.next();
        }).onFailure(ctx::fail);
    }

    /** Records a download once its answer is a document (not a 404 or a failure). */
    private void auditDownload(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        InvitationId id = id(ctx);
        String format = String.valueOf(ctx.queryParams().get("format"));
        Instant at = clock.instant();
        ctx.addHeadersEndHandler(v -> {
            if (ctx.response().getStatusCode() != 200) return;
            // after the answer, so not on the request's pool (whose work ends with the request)
            ctx.vertx().executeBlocking(() -> {
                accounts.audit(new AuditEntry(a.organisation(), id, a.username(), AuditAction.DOWNLOADED, format, at));
                return null;
            }, false);
        });
        ctx.next();
    }

    // ---- login ---------------------------------------------------------------------------------------------

    private void login(RoutingContext ctx) {
        Buffer body = ctx.body().buffer();
        offload.run(() -> {
            JsonObject in = ApiRoutes.smallBody(body, Set.of("username", "password"));
            Account a = loggedIn(in);
            String token = Tokens.newToken();
            Instant now = clock.instant();
            accounts.saveCredential(Tokens.hash(token), a.id(), CredentialKind.SESSION, now,
                    now.plus(Authentication.SESSION));
            return new Object[] {token, a};
        }).onSuccess(r -> {
            ctx.response().addCookie(Authentication.sessionCookie(ctx, (String) r[0], Authentication.SESSION));
            sendJson(ctx, 200, me((Account) r[1]));
        }).onFailure(ctx::fail);
    }

    /** Personal API token: {@code {"username","password"}} → {@code {"token"}} (shown once; only its hash is kept). */
    private void token(RoutingContext ctx) {
        Buffer body = ctx.body().buffer();
        offload.run(() -> {
            Account a = loggedIn(ApiRoutes.smallBody(body, Set.of("username", "password")));
            String token = Tokens.newToken();
            Instant now = clock.instant();
            accounts.saveCredential(Tokens.hash(token), a.id(), CredentialKind.TOKEN, now, now.plus(TOKEN));
            return new JsonObject().put("token", token).put("expiresAt", now.plus(TOKEN).toString());
        }).onSuccess(body1 -> sendJson(ctx, 201, body1)).onFailure(ctx::fail);
    }

    private Account loggedIn(JsonObject in) {
        AccountService.Login result = service.login(text(in, "username"), text(in, "password"));
        if (result instanceof AccountService.Login.Ok ok) return ok.account();
        if (result instanceof AccountService.Login.Locked locked) {
            throw ApiException.locked("Đã nhập sai mật khẩu " + AccountService.MAX_FAILED_ATTEMPTS + " lần nên tài"
                    + " khoản tạm khóa đến " + SHOWN.format(locked.until().atZone(ZoneId.of("Asia/Ho_Chi_Minh")))
                    + "; hãy thử lại sau, hoặc nhờ quản trị cơ quan.").with("lockedUntil", locked.until().toString());
        }
        throw ApiException.unauthorized("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    private void logout(RoutingContext ctx) {
        Cookie session = ctx.request().getCookie(Authentication.COOKIE);
        offload.run(() -> {
            if (session != null) accounts.deleteCredential(Tokens.hash(session.getValue()));
            return null;
        }).onSuccess(v -> {
            ctx.response().addCookie(Authentication.sessionCookie(ctx, "", Duration.ZERO));
            ctx.response().setStatusCode(204).end();
        }).onFailure(ctx::fail);
    }

    private void me(RoutingContext ctx) {
        sendJson(ctx, 200, me(Authentication.account(ctx)));
    }

    private static JsonObject me(Account a) {
        return new JsonObject().put("username", a.username()).put("fullName", a.fullName())
                .put("organisation", a.organisation().toString())
                .put("roles", new JsonArray(a.roles().stream().sorted().map(Role::wire).toList()))
                .put("may", may(a))
                .put("installationAdmin", a.installationAdmin());
    }

    /** The steps the account's roles allow ({@code edit}, {@code submit}, …): the editor offers only these. */
    private static JsonArray may(Account a) {
        return new JsonArray(java.util.Arrays.stream(Permission.values()).filter(p -> Access.check(a, p).isEmpty())
                .map(p -> p.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }

    private void changePassword(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        Buffer body = ctx.body().buffer();
        offload.run(() -> {
            JsonObject in = ApiRoutes.smallBody(body, Set.of("current", "new"));
            return Outcomes.unwrap(service.changePassword(a, text(in, "current"), text(in, "new")), false, Language.VI);
        }).onSuccess(v -> {
            // every session and token ended with the change; this browser logs in again
            ctx.response().addCookie(Authentication.sessionCookie(ctx, "", Duration.ZERO));
            ctx.response().setStatusCode(204).end();
        }).onFailure(ctx::fail);
    }

    // ---- organisations and users --------------------------------------------------------------------------

    private void organisations(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        offload.run(() -> {
            JsonArray items = new JsonArray();
            for (Organisation o : accounts.organisations()) {
                if (a.installationAdmin() || o.id().equals(a.organisation())) {
                    items.add(new JsonObject().put("id", o.id().toString()).put("name", o.name()));
                }
            }
            return new JsonObject().put("items", items);
        }).onSuccess(body -> sendJson(ctx, 200, body)).onFailure(ctx::fail);
    }

    private void createOrganisation(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        Buffer body = ctx.body().buffer();
        offload.run(() -> {
            String name = text(ApiRoutes.smallBody(body, Set.of("name")), "name");
            Organisation o = Outcomes.unwrap(service.createOrganisation(a, name), false, Language.VI);
            return new JsonObject().put("id", o.id().toString()).put("name", o.name());
        }).onSuccess(out -> {
            ctx.response().putHeader("Location", BASE + "/organisations/" + out.getString("id") + "/profile");
            sendJson(ctx, 201, out);
        }).onFailure(ctx::fail);
    }

    /** The caller's organisation, or 404 for any other (an installation admin may read and write every one). */
    private OrganisationId ownOrganisation(RoutingContext ctx, Account a) {
        OrganisationId id;
        try {
            id = OrganisationId.parse(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Không có cơ quan " + ctx.pathParam("id") + ".");
        }
        if (!a.installationAdmin() && !id.equals(a.organisation())) {
            throw ApiException.notFound("Không có cơ quan " + id + ".");
        }
        return id;
    }

    private void profile(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        OrganisationId id = ownOrganisation(ctx, a);
        offload.run(() -> {
            if (accounts.organisation(id).isEmpty()) throw ApiException.notFound("Không có cơ quan " + id + ".");
            return accounts.profile(id);
        }).onSuccess(doc -> {
            if (doc.isEmpty()) {
                ctx.fail(ApiException.notFound("Cơ quan chưa có hồ sơ; quản trị cơ quan gửi hồ sơ bằng PUT " + BASE
                        + "/organisations/" + id + "/profile."));
                return;
            }
            String text = doc.get();
            String type = text.stripLeading().startsWith("{") ? "application/json" : "application/yaml";
            ctx.response().putHeader("Content-Type", type + "; charset=utf-8").end(text);
        }).onFailure(ctx::fail);
    }

    /** Hồ sơ cơ quan: kept as the document sent (YAML or JSON), read by the profile format. */
    private void saveProfile(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        OrganisationId id = ownOrganisation(ctx, a);
        Optional<Outcome.Forbidden<Void>> no = Access.check(a, Permission.MANAGE);
        if (no.isPresent() && !a.installationAdmin()) throw Outcomes.problem(no.get(), false, Language.VI);
        String type = String.valueOf(ctx.request().getHeader("Content-Type")).toLowerCase(java.util.Locale.ROOT);
        if (!type.contains("yaml") && !type.contains("json")) throw ApiException.unsupportedMediaType(type);
        Buffer body = ctx.body().buffer();
        String text = body == null ? "" : body.toString(StandardCharsets.UTF_8);
        if (text.isBlank()) throw ApiException.badRequest("Hồ sơ cơ quan trống; hãy gửi tài liệu YAML hoặc JSON.");
        Syntax syntax = type.contains("json") ? Syntax.JSON : Syntax.YAML;
        offload.run(() -> {
            if (new ProfileFormat().read(text, syntax, "hồ sơ cơ quan") instanceof ProfileFormat.Read.Failed failed) {
                throw ApiException.badInput(failed.problems());
            }
            if (accounts.organisation(id).isEmpty()) throw ApiException.notFound("Không có cơ quan " + id + ".");
            accounts.saveProfile(id, text);
            return null;
        }).onSuccess(v -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
    }

    /**
     * Dự thảo mới theo hồ sơ cơ quan: a new, unsaved draft of {@code kind} (giay-moi, cong-van) from the caller's
     * organisation's profile, in the input format; the editor saves it on the first change.
     */
    private void draftFromProfile(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        Optional<Outcome.Forbidden<Void>> no = Access.check(a, Permission.EDIT);
        if (no.isPresent()) throw Outcomes.problem(no.get(), false, Language.VI);
        String code = Optional.ofNullable(ctx.request().getParam("kind")).orElse("giay-moi");
        InvitationKind kind;
        try {
            kind = InvitationKind.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("kind không hợp lệ: '" + code + "'; hãy ghi giay-moi hoặc cong-van.");
        }
        offload.run(() -> {
            String profile = accounts.profile(a.organisation()).orElseThrow(() -> ApiException.notFound(
                    "Cơ quan chưa có hồ sơ; quản trị cơ quan gửi hồ sơ bằng PUT " + BASE + "/organisations/"
                            + a.organisation() + "/profile."));
            Outcome<Invitation> draft = ProfileDrafts.newDraft(profile, kind, LocalDate.now(clock));
            if (draft instanceof Outcome.Done<Invitation> done) return new InvitationFormat().write(done.value(), Syntax.JSON);
            Outcome.Rejected<Invitation> refused = (Outcome.Rejected<Invitation>) draft;
            throw ApiException.ruleErrors(refused.messageVi(), ApiJson.findings(refused.findings(), Language.VI));
        }).onSuccess(json -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(json))
                .onFailure(ctx::fail);
    }

    private void users(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        Optional<Outcome.Forbidden<Void>> no = Access.check(a, Permission.MANAGE);
        if (no.isPresent()) throw Outcomes.problem(no.get(), false, Language.VI);
        offload.run(() -> {
            JsonArray items = new JsonArray();
            for (Account u : accounts.users(a.organisation())) {
                items.add(me(u).put("locked", u.lockedAt(clock.instant())));
            }
            return new JsonObject().put("items", items);
        }).onSuccess(body -> sendJson(ctx, 200, body)).onFailure(ctx::fail);
    }

    private void createUser(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        Buffer body = ctx.body().buffer();
        offload.run(() -> {
            JsonObject in = ApiRoutes.smallBody(body, Set.of("username", "password", "fullName", "organisation", "roles"));
            OrganisationId org = in.getValue("organisation") == null ? a.organisation()
                    : OrganisationId.parse(text(in, "organisation"));
            Account made = Outcomes.unwrap(service.createUser(a, text(in, "username"), text(in, "password"),
                    text(in, "fullName"), org, roles(in.getValue("roles"))), false, Language.VI);
            return me(made);
        }).onSuccess(out -> {
            ctx.response().putHeader("Location", BASE + "/users/" + out.getString("username"));
            sendJson(ctx, 201, out);
        }).onFailure(ctx::fail);
    }

    /** Xóa người dùng (personal data): the account and its sessions; the audit log keeps the username. */
    private void deleteUser(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        String username = ctx.pathParam("username");
        Optional<Outcome.Forbidden<Void>> no = Access.check(a, Permission.MANAGE);
        if (no.isPresent()) throw Outcomes.problem(no.get(), false, Language.VI);
        offload.run(() -> {
            Account u = accounts.user(username).filter(x -> x.organisation().equals(a.organisation())
                    || a.installationAdmin()).orElseThrow(() -> ApiException.notFound("Không có người dùng "
                            + username + " trong cơ quan."));
            if (u.id().equals(a.id())) {
                throw ApiException.badRequest("Không tự xóa tài khoản của mình được; nhờ một quản trị khác.");
            }
            accounts.deleteUser(u.id());
            return null;
        }).onSuccess(v -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
    }

    private static Set<Role> roles(Object value) {
        if (!(value instanceof JsonArray list)) {
            throw ApiException.badRequest("roles phải là danh sách, ví dụ [\"drafter\", \"approver\"].");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object r : list) {
            Role role = r instanceof String s ? Role.ofWire(s) : null;
            if (role == null) {
                throw ApiException.badRequest("Vai trò '" + r + "' không có; dùng drafter, approver, clerk, admin.");
            }
            roles.add(role);
        }
        return roles;
    }

    // ---- audit ---------------------------------------------------------------------------------------------

    /** Nhật ký của giấy mời: 404 for an invitation that is not the caller's organisation's. */
    private void audit(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        InvitationId id = id(ctx);
        offload.run(() -> {
            if (invitations.forOrganisation(a.organisation()).find(id).isEmpty()) {
                throw ApiException.notFound("Không có giấy mời " + id + ".");
            }
            JsonArray items = new JsonArray();
            List<AuditEntry> entries = accounts.audit(a.organisation(), id);
            for (AuditEntry e : entries) {
                items.add(new JsonObject().put("actor", e.actor()).put("action", e.action().wire())
                        .put("label", e.action().vietnamese()).put("detail", e.detail()).put("at", e.at().toString()));
            }
            return new JsonObject().put("id", id.toString()).put("items", items);
        }).onSuccess(body -> sendJson(ctx, 200, body)).onFailure(ctx::fail);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static InvitationId id(RoutingContext ctx) {
        return InvitationId.parse(ctx.pathParam("id"));
    }

    private static String text(JsonObject in, String key) {
        Object v = in.getValue(key);
        if (v == null || v instanceof String) return (String) v;
        throw ApiException.badRequest("Giá trị " + key + " phải là một đoạn chữ.");
    }

    private static void sendJson(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(body.encodePrettily());
    }
}
