package vn.giaymoi.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.web.testing.TestServer.await;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientSession;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.vertx.junit5.VertxExtension;
import vn.giaymoi.application.port.out.AuditAction;
import vn.giaymoi.application.port.out.Organisation;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.Role;
import vn.giaymoi.application.service.AccountService;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.web.testing.TestServer;

/**
 * Accounts through the API: 401 without credentials on every route, each role × action allowed or 403, another
 * organisation's invitation 404 on every route with an id (walked from the router, so a new route cannot be
 * forgotten), CSRF refusal for cookie sessions, lock-out after wrong passwords (also when they race), tokens, the
 * password change, users, organisations, the profile document, and the audit trail.
 */
@ExtendWith(VertxExtension.class)
class AccountsApiTest {
    private static final String BASE = "/api/v1";
    private static final String JSON = new InvitationFormat().write(draft(), Syntax.JSON);
    private static final String PASSWORD = TestServer.ADMIN_PASSWORD;

    private Vertx vertx;
    private TestServer server;

    /** A database's stores, so that the server also has the sending routes every walk below must see. */
    private vn.giaymoi.store.jdbc.Database db;

    @BeforeEach
    void start(Vertx vertx, @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
        this.vertx = vertx;
        db = vn.giaymoi.store.jdbc.Database.openEmbedded(folder.resolve("db"));
        server = TestServer.startWithSending(vertx, db);
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        if (db != null) db.close();
    }

    private static Invitation draft() {
        Invitation g = Invitations.aGiayMoi();
        return g.withNumber(DocumentNumber.draft("GM-UBND")).withDateLine(DateLine.draft("Hà Tĩnh", 2026));
    }

    private static HttpResponse<Buffer> send(WebClient client, HttpMethod method, String uri, String body) {
        var request = client.request(method, uri);
        if (body == null) return await(request.send());
        request.putHeader("Content-Type", body.startsWith("{") ? "application/json" : "application/yaml");
        return await(request.sendBuffer(Buffer.buffer(body, "UTF-8")));
    }

    private static JsonObject ok(HttpResponse<Buffer> r, int status) {
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
        return r.bodyAsJsonObject();
    }

    private static String create(WebClient client) {
        return ok(send(client, HttpMethod.POST, BASE + "/invitations", JSON), 201).getString("id");
    }

    private static HttpResponse<Buffer> step(WebClient client, String id, String step, String body) {
        return send(client, HttpMethod.POST, BASE + "/invitations/" + id + "/" + step, body);
    }

    private Organisation organisation(String name, boolean selfApproval) {
        return server.accounts.createOrganisation(new Organisation(OrganisationId.random(), name, true, selfApproval),
                TestServer.CLOCK.instant());
    }

    // ---- 401 ---------------------------------------------------------------------------------------------------

    /** Every API route of the router, but the two that log in, answers 401 (problem+json) without credentials. */
    @Test
    void every_api_route_is_401_without_a_session_or_token_and_pages_lead_to_the_login() {
        String someId = UUID.randomUUID().toString();
        List<String> checked = new ArrayList<>();
        for (Route route : server.server.routes()) {
            String path = route.getPath();
            if (path == null || !path.startsWith(BASE + "/") || Authentication.isOpen(path)) continue;
            String uri = path.replace(":id", someId).replace(":username", "lan");
            for (HttpMethod method : methods(route)) {
                HttpResponse<Buffer> r = send(server.anonymous, method, uri, "{}");
                assertThat(r.statusCode()).as(method + " " + uri).isEqualTo(401);
                assertThat(r.getHeader("Content-Type")).startsWith("application/problem+json");
                assertThat(r.bodyAsJsonObject().getString("detail")).contains("Authorization: Bearer");
                checked.add(method + " " + path);
            }
        }
        assertThat(checked).as("the walk saw the routes").contains("POST " + BASE + "/invitations/:id/issue",
                "GET " + BASE + "/invitations/:id/audit", "GET " + BASE + "/register");
        assertThat(send(server.client, HttpMethod.GET, BASE + "/invitations", null).statusCode()).isEqualTo(200);
        assertThat(send(server.anonymous, HttpMethod.GET, BASE + "/invitations", null)
                .getHeader("WWW-Authenticate")).startsWith("Bearer");

        for (String page : List.of("/", "/index.html", "/editor.html?id=" + someId, "/register.html")) {
            HttpResponse<Buffer> r = send(server.anonymous, HttpMethod.GET, page, null);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.getHeader("Location")).startsWith("/login.html?next=");
        }
        assertThat(send(server.anonymous, HttpMethod.GET, "/login.html", null).statusCode()).isEqualTo(200);
        assertThat(send(server.anonymous, HttpMethod.GET, BASE + "/invitations", null).statusCode())
                .as("a bearer token that is not one").isEqualTo(401);
        WebClient forged = WebClientSession.create(server.anonymous).addHeader("Authorization", "Bearer abc");
        assertThat(send(forged, HttpMethod.GET, BASE + "/invitations", null).statusCode()).isEqualTo(401);
    }

    /** Every API route of the router is in openapi.yaml with its method, and the document names no other. */
    @Test
    void openapi_describes_exactly_the_routes_of_the_router() throws Exception {
        var doc = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(
                send(server.client, HttpMethod.GET, BASE + "/openapi.yaml", null).bodyAsString()).path("paths");
        Set<String> routed = new java.util.TreeSet<>();
        for (Route route : server.server.routes()) {
            String path = route.getPath();
            if (path == null || !path.startsWith(BASE + "/") || route.methods() == null || route.methods().isEmpty()) {
                continue; // handlers for every method (scope, body, guards) are not endpoints
            }
            String documented = path.substring(BASE.length()).replaceAll(":([a-z]+)", "{$1}");
            for (HttpMethod m : route.methods()) routed.add(m.name().toLowerCase(java.util.Locale.ROOT) + " " + documented);
        }
        Set<String> described = new java.util.TreeSet<>();
        doc.fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (!m.equals("parameters")) described.add(m + " " + p.getKey());
        }));
        assertThat(described).isEqualTo(routed);
    }

    private static Set<HttpMethod> methods(Route route) {
        Set<HttpMethod> m = route.methods();
        return m == null || m.isEmpty() ? Set.of(HttpMethod.GET) : m;
    }

    // ---- roles ---------------------------------------------------------------------------------------------------

    @Test
    void each_role_may_take_its_steps_and_every_other_step_is_403_naming_the_role() {
        WebClient drafter = server.userWith("chuyenvien", OrganisationId.FIRST, Role.DRAFTER);
        WebClient approver = server.userWith("lanhdao", OrganisationId.FIRST, Role.APPROVER);
        WebClient clerk = server.userWith("vanthu", OrganisationId.FIRST, Role.CLERK);
        Map<String, WebClient> all = Map.of("drafter", drafter, "approver", approver, "clerk", clerk);

        // create and save: the drafter only
        for (var other : List.of(approver, clerk)) {
            HttpResponse<Buffer> r = send(other, HttpMethod.POST, BASE + "/invitations", JSON);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.bodyAsJsonObject().getString("detail")).contains("chuyên viên soạn thảo (drafter)");
        }
        String id = create(drafter);
        for (var other : List.of(approver, clerk)) {
            assertThat(send(other, HttpMethod.PUT, BASE + "/invitations/" + id, JSON).statusCode()).isEqualTo(403);
            assertThat(step(other, id, "duplicate", null).statusCode()).isEqualTo(403);
            assertThat(send(other, HttpMethod.DELETE, BASE + "/invitations/" + id, null).statusCode()).isEqualTo(403);
            assertThat(step(other, id, "submit", null).statusCode()).isEqualTo(403);
        }
        ok(send(drafter, HttpMethod.PUT, BASE + "/invitations/" + id, JSON), 200);
        // every member reads
        all.values().forEach(c -> ok(send(c, HttpMethod.GET, BASE + "/invitations/" + id, null), 200));

        ok(step(drafter, id, "submit", null), 200);
        for (var other : List.of(drafter, clerk)) {
            assertThat(step(other, id, "approve", null).statusCode()).isEqualTo(403);
            assertThat(step(other, id, "return", "{\"reason\": \"x\"}").statusCode()).isEqualTo(403);
        }
        ok(step(approver, id, "return", "{\"reason\": \"Bổ sung thành phần\"}"), 200);
        ok(step(drafter, id, "submit", null), 200);
        ok(step(approver, id, "approve", null), 200);
        for (var other : List.of(drafter, approver)) {
            assertThat(step(other, id, "issue", null).statusCode()).isEqualTo(403);
        }
        JsonObject issued = ok(step(clerk, id, "issue", null), 200);
        assertThat(issued.getString("status")).isEqualTo("issued");
        for (var other : List.of(drafter, approver)) {
            assertThat(step(other, id, "revoke", "{\"reason\": \"x\"}").statusCode()).isEqualTo(403);
            assertThat(step(other, id, "follow-ups", "{\"type\": \"correction\"}").statusCode())
                    .isIn(403, 201); // the drafter writes the follow-up
        }
        ok(step(clerk, id, "revoke", "{\"reason\": \"Cấp nhầm số\"}"), 200);
        assertThat(step(clerk, id, "follow-ups", "{\"type\": \"correction\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void an_organisation_that_forbids_self_approval_refuses_the_submitters_approval_and_takes_anothers() {
        Organisation strict = organisation("Sở Tài chính", false);
        WebClient both = server.userWith("lan", strict.id(), Role.DRAFTER, Role.APPROVER);
        WebClient other = server.userWith("minh", strict.id(), Role.APPROVER);
        String id = create(both);
        ok(step(both, id, "submit", null), 200);

        HttpResponse<Buffer> own = step(both, id, "approve", null);
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.bodyAsJsonObject().getString("detail")).contains("không cho phép tự duyệt");
        ok(step(other, id, "approve", null), 200);

        // the first organisation allows it (a one-person office)
        String mine = create(server.client);
        ok(step(server.client, mine, "submit", null), 200);
        ok(step(server.client, mine, "approve", null), 200);
    }

    @Test
    void an_organisation_that_needs_no_approval_issues_a_submitted_invitation_and_one_that_does_refuses() {
        Organisation lean = server.accounts.createOrganisation(new Organisation(OrganisationId.random(),
                "UBND xã Thạch Lạc", false, false), TestServer.CLOCK.instant());
        WebClient drafter = server.userWith("soan", lean.id(), Role.DRAFTER);
        WebClient clerk = server.userWith("vanthu2", lean.id(), Role.CLERK);
        String id = create(drafter);
        JsonObject submitted = ok(step(drafter, id, "submit", null), 200);
        assertThat(submitted.getJsonArray("actions").getList()).as("the editor offers issuing").contains("issue");
        JsonObject listed = ok(send(clerk, HttpMethod.GET, BASE + "/invitations", null), 200).getJsonArray("items")
                .getJsonObject(0);
        assertThat(listed.getString("id")).isEqualTo(id);
        assertThat(listed.getJsonArray("actions").getList()).as("the list says so too").contains("issue");
        JsonObject issued = ok(step(clerk, id, "issue", null), 200);
        assertThat(issued.getString("status")).isEqualTo("issued");
        assertThat(issued.getJsonObject("invitation").getString("number")).startsWith("01/");

        // the first organisation requires approval: the same step is refused, and nothing is numbered
        String strict = create(server.client);
        JsonObject waiting = ok(step(server.client, strict, "submit", null), 200);
        assertThat(waiting.getJsonArray("actions").getList()).doesNotContain("issue");
        HttpResponse<Buffer> refused = step(server.client, strict, "issue", null);
        assertThat(refused.statusCode()).as(refused.bodyAsString()).isEqualTo(409);
        assertThat(refused.bodyAsString()).contains("LIFE-APPROVAL-REQUIRED", "chưa được duyệt");
        ok(step(server.client, strict, "approve", null), 200);
        assertThat(ok(step(server.client, strict, "issue", null), 200).getString("status")).isEqualTo("issued");
    }

    // ---- isolation -----------------------------------------------------------------------------------------------

    /**
     * An admin of another organisation, holding every role, gets 404 for this organisation's invitation on every
     * route with an id, and sees none of it in the list, the search or the register.
     */
    @Test
    void another_organisations_invitation_is_404_on_every_route_with_an_id_and_absent_from_lists() {
        String id = create(server.client);
        ok(step(server.client, id, "submit", null), 200);
        ok(step(server.client, id, "approve", null), 200);
        ok(step(server.client, id, "issue", null), 200);
        Organisation other = organisation("Sở Tài chính", true);
        WebClient stranger = server.userWith("khach", other.id(), Role.values());

        List<String> checked = new ArrayList<>();
        for (Route route : server.server.routes()) {
            String path = route.getPath();
            if (path == null || !path.contains(":id") || !path.startsWith(BASE + "/invitations")) continue;
            for (HttpMethod method : methods(route)) {
                String uri = path.replace(":id", id);
                String body = bodyFor(uri, method);
                HttpResponse<Buffer> r = send(stranger, method, uri + (uri.endsWith("/document") ? "?format=pdf" : ""),
                        body);
                assertThat(r.statusCode()).as(method + " " + uri + ": " + r.bodyAsString()).isEqualTo(404);
                checked.add(method + " " + path);
            }
        }
        assertThat(checked).as("the walk saw the routes with an id").contains("GET " + BASE + "/invitations/:id",
                "PUT " + BASE + "/invitations/:id", "DELETE " + BASE + "/invitations/:id",
                "POST " + BASE + "/invitations/:id/revoke", "GET " + BASE + "/invitations/:id/document",
                "GET " + BASE + "/invitations/:id/audit", "GET " + BASE + "/invitations/:id/versions");
        assertThat(ok(send(stranger, HttpMethod.GET, BASE + "/invitations", null), 200).getLong("total")).isZero();
        assertThat(ok(send(stranger, HttpMethod.GET, BASE + "/invitations?text=h%E1%BB%8Dp", null), 200)
                .getLong("total")).isZero();
        assertThat(send(stranger, HttpMethod.GET, BASE + "/register?year=2026", null).bodyAsString()).doesNotContain(id);
        assertThat(send(server.client, HttpMethod.GET, BASE + "/register?year=2026", null).bodyAsString()).contains(id);
        assertThat(server.store.find(vn.giaymoi.application.port.out.InvitationId.parse(id)).orElseThrow().status()
                .name()).as("untouched").isEqualTo("ISSUED");
        // the other organisation's profile is not there either
        assertThat(send(stranger, HttpMethod.GET, BASE + "/organisations/" + OrganisationId.FIRST + "/profile", null)
                .statusCode()).isEqualTo(404);
    }

    private static String bodyFor(String uri, HttpMethod method) {
        if (method == HttpMethod.PUT) return JSON;
        if (method != HttpMethod.POST) return null;
        if (uri.endsWith("/follow-ups")) return "{\"type\": \"correction\"}";
        if (uri.endsWith("/return") || uri.endsWith("/revoke")) return "{\"reason\": \"thử\"}";
        return null;
    }

    @Test
    void numbers_are_counted_per_organisation() {
        Organisation other = organisation("Sở Tài chính", true);
        WebClient otherAdmin = server.userWith("quantri2", other.id(), Role.values());
        String first = issue(server.client);
        String second = issue(otherAdmin);
        String third = issue(server.client);
        assertThat(number(server.client, first)).startsWith("01/");
        assertThat(number(otherAdmin, second)).as("its own series").startsWith("01/");
        assertThat(number(server.client, third)).startsWith("02/");
    }

    private static String issue(WebClient c) {
        String id = create(c);
        ok(step(c, id, "submit", null), 200);
        ok(step(c, id, "approve", null), 200);
        ok(step(c, id, "issue", null), 200);
        return id;
    }

    private static String number(WebClient c, String id) {
        JsonObject inv = ok(send(c, HttpMethod.GET, BASE + "/invitations/" + id, null), 200);
        return inv.getJsonObject("invitation").getString("number");
    }

    // ---- audit ---------------------------------------------------------------------------------------------------

    @Test
    void the_audit_trail_says_who_did_what_with_the_number_and_the_download() throws InterruptedException {
        WebClient drafter = server.userWith("chuyenvien", OrganisationId.FIRST, Role.DRAFTER);
        WebClient approver = server.userWith("lanhdao", OrganisationId.FIRST, Role.APPROVER);
        WebClient clerk = server.userWith("vanthu", OrganisationId.FIRST, Role.CLERK);
        String id = create(drafter);
        ok(send(drafter, HttpMethod.PUT, BASE + "/invitations/" + id, JSON), 200);
        ok(step(drafter, id, "submit", null), 200);
        ok(step(approver, id, "return", "{\"reason\": \"Thiếu chủ trì\"}"), 200);
        ok(step(drafter, id, "submit", null), 200);
        ok(step(approver, id, "approve", null), 200);
        ok(step(clerk, id, "issue", null), 200);
        assertThat(send(clerk, HttpMethod.GET, BASE + "/invitations/" + id + "/document?format=txt", null)
                .statusCode()).isEqualTo(200);
        ok(step(clerk, id, "revoke", "{\"reason\": \"Cấp nhầm số\"}"), 200);

        JsonArray items = awaitAudit(drafter, id, 9);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonObject e = items.getJsonObject(i);
            lines.add(e.getString("actor") + " " + e.getString("action"));
        }
        assertThat(lines).containsExactly("chuyenvien created", "chuyenvien saved", "chuyenvien submitted",
                "lanhdao returned", "chuyenvien submitted", "lanhdao approved", "vanthu issued", "vanthu downloaded",
                "vanthu revoked");
        assertThat(items.getJsonObject(3).getString("detail")).contains("Thiếu chủ trì");
        assertThat(items.getJsonObject(6).getString("detail")).startsWith("số 01/GM-UBND");
        assertThat(items.getJsonObject(6).getString("label")).isEqualTo(AuditAction.ISSUED.vietnamese());
        assertThat(items.getJsonObject(7).getString("detail")).isEqualTo("txt");
    }

    /** Sending's own lines, read through the API (replies and deliveries: SendingMailTest, on the same table). */
    @Test
    void sending_and_a_reminder_are_in_the_invitations_audit_trail() throws InterruptedException {
        String id = create(server.client);
        ok(step(server.client, id, "submit", null), 200);
        ok(step(server.client, id, "approve", null), 200);
        ok(step(server.client, id, "issue", null), 200);
        ok(step(server.client, id, "send", null), 202);
        ok(step(server.client, id, "remind", null), 202);

        JsonArray items = awaitAudit(server.client, id, 6);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonObject e = items.getJsonObject(i);
            lines.add(e.getString("actor") + " " + e.getString("action") + " " + e.getString("detail"));
        }
        assertThat(lines).hasSize(6);
        assertThat(lines.subList(4, 6)).satisfiesExactly(
                sent -> assertThat(sent).startsWith(TestServer.ADMIN + " sent invitation: "),
                reminded -> assertThat(reminded).startsWith(TestServer.ADMIN + " reminded "));
        assertThat(items.getJsonObject(5).getString("label")).isEqualTo(AuditAction.REMINDED.vietnamese());
    }

    /** The download is recorded after its answer: wait for it rather than for a clock. */
    private static JsonArray awaitAudit(WebClient c, String id, int lines) throws InterruptedException {
        JsonArray items = new JsonArray();
        for (int attempt = 0; attempt < 100 && items.size() < lines; attempt++) {
            items = ok(send(c, HttpMethod.GET, BASE + "/invitations/" + id + "/audit", null), 200).getJsonArray("items");
            if (items.size() < lines) Thread.sleep(50);
        }
        return items;
    }

    // ---- login, CSRF, lock-out, tokens, passwords ---------------------------------------------------------------

    /** A browser-like client: cookies kept, the CSRF cookie read from a page first. */
    private WebClientSession browser() {
        WebClientSession b = WebClientSession.create(server.anonymous);
        assertThat(send(b, HttpMethod.GET, "/login.html", null).statusCode()).isEqualTo(200);
        return b;
    }

    private static String csrf(WebClientSession b) {
        return b.cookieStore().get(false, "localhost", "/").iterator().hasNext()
                ? java.util.stream.StreamSupport.stream(b.cookieStore().get(false, "localhost", "/").spliterator(), false)
                        .filter(c -> c.name().equals("XSRF-TOKEN")).findFirst().orElseThrow().value()
                : null;
    }

    private static HttpResponse<Buffer> withCsrf(WebClientSession b, HttpMethod method, String uri, String body,
            String token) {
        var request = b.request(method, uri);
        if (token != null) request.putHeader("X-XSRF-TOKEN", token);
        if (body == null) return await(request.send());
        request.putHeader("Content-Type", "application/json");
        return await(request.sendBuffer(Buffer.buffer(body, "UTF-8")));
    }

    private static String login(String username, String password) {
        return new JsonObject().put("username", username).put("password", password).encode();
    }

    @Test
    void a_cookie_session_changes_nothing_without_the_csrf_token_and_its_cookie_is_httponly_and_strict() {
        WebClientSession b = browser();
        String token = csrf(b);
        assertThat(token).isNotBlank();
        assertThat(withCsrf(b, HttpMethod.POST, BASE + "/auth/login", login("admin", PASSWORD), null).statusCode())
                .as("login without the token").isEqualTo(403);
        HttpResponse<Buffer> in = withCsrf(b, HttpMethod.POST, BASE + "/auth/login", login("admin", PASSWORD), token);
        assertThat(ok(in, 200).getString("username")).isEqualTo("admin");
        String setCookie = in.cookies().stream().filter(c -> c.startsWith(Authentication.COOKIE + "=")).findFirst()
                .orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");

        assertThat(send(b, HttpMethod.GET, BASE + "/auth/me", null).statusCode()).isEqualTo(200);
        HttpResponse<Buffer> forged = withCsrf(b, HttpMethod.POST, BASE + "/invitations", JSON, null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.bodyAsJsonObject().getString("detail")).contains("CSRF");
        HttpResponse<Buffer> mismatch = withCsrf(b, HttpMethod.POST, BASE + "/invitations", JSON, "sai" + token);
        assertThat(mismatch.statusCode()).as("a header that is not the cookie's token").isEqualTo(403);
        assertThat(mismatch.bodyAsJsonObject().getString("detail")).contains("chống giả mạo");
        assertThat(server.store.search(vn.giaymoi.application.port.out.InvitationQuery.all())).isEmpty();
        assertThat(withCsrf(b, HttpMethod.POST, BASE + "/invitations", JSON, csrf(b)).statusCode()).isEqualTo(201);

        assertThat(withCsrf(b, HttpMethod.POST, BASE + "/auth/logout", null, csrf(b)).statusCode()).isEqualTo(204);
        assertThat(send(b, HttpMethod.GET, BASE + "/auth/me", null).statusCode()).as("logged out").isEqualTo(401);
    }

    /**
     * A page's token holds while the page works: its API reads do not renew it, so a change sent with it while
     * reads are answered is accepted (renewed at every read, such a change was refused with 403 under load).
     */
    @Test
    void the_token_a_page_got_stays_valid_through_the_pages_api_reads() {
        WebClientSession b = browser();
        String token = csrf(b);
        ok(withCsrf(b, HttpMethod.POST, BASE + "/auth/login", login("admin", PASSWORD), token), 200);
        String page = csrf(b);
        for (String read : List.of(BASE + "/auth/me", BASE + "/invitations?size=5", BASE + "/formats", "/common.js")) {
            assertThat(send(b, HttpMethod.GET, read, null).statusCode()).as(read).isEqualTo(200);
            assertThat(csrf(b)).as("token after GET %s", read).isEqualTo(page);
        }
        assertThat(withCsrf(b, HttpMethod.POST, BASE + "/invitations", JSON, page).statusCode()).isEqualTo(201);
        assertThat(send(b, HttpMethod.GET, "/editor.html", null).statusCode()).isEqualTo(200);
        assertThat(csrf(b)).as("a page opened gets a token of its own").isNotEqualTo(page);
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_one_and_racing_guesses_all_count() {
        server.userWith("lan", OrganisationId.FIRST, Role.DRAFTER);
        for (int i = 1; i < AccountService.MAX_FAILED_ATTEMPTS; i++) {
            assertThat(send(server.anonymous, HttpMethod.POST, BASE + "/auth/token", login("lan", "sai mật khẩu " + i))
                    .statusCode()).isEqualTo(401);
        }
        HttpResponse<Buffer> fifth = send(server.anonymous, HttpMethod.POST, BASE + "/auth/token",
                login("lan", "sai mật khẩu 5"));
        assertThat(fifth.statusCode()).isEqualTo(429);
        HttpResponse<Buffer> right = send(server.anonymous, HttpMethod.POST, BASE + "/auth/token", login("lan", PASSWORD));
        assertThat(right.statusCode()).as("locked: the right password does not open it").isEqualTo(429);
        assertThat(right.bodyAsJsonObject().getString("detail")).contains("tạm khóa đến");

        // an attacker racing 30 guesses at once: the account locks and no guess is checked after the lock
        server.userWith("minh", OrganisationId.FIRST, Role.DRAFTER);
        List<Future<HttpResponse<Buffer>>> guesses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            guesses.add(server.anonymous.post(BASE + "/auth/token").putHeader("Content-Type", "application/json")
                    .sendBuffer(Buffer.buffer(login("minh", "đoán " + i))));
        }
        Set<Integer> statuses = new LinkedHashSet<>();
        for (var g : guesses) statuses.add(await(g).statusCode());
        assertThat(statuses).contains(429).containsAnyOf(401, 429).doesNotContain(200, 201);
        assertThat(server.accounts.user("minh").orElseThrow().failedAttempts())
                .isGreaterThanOrEqualTo(AccountService.MAX_FAILED_ATTEMPTS);
        assertThat(send(server.anonymous, HttpMethod.POST, BASE + "/auth/token", login("minh", PASSWORD)).statusCode())
                .isEqualTo(429);
        assertThat(send(server.anonymous, HttpMethod.POST, BASE + "/auth/token", login("khong-co", PASSWORD))
                .statusCode()).as("an unknown user: the same 401").isEqualTo(401);
    }

    @Test
    void a_personal_token_opens_the_api_and_a_password_change_ends_it() {
        server.userWith("lan", OrganisationId.FIRST, Role.DRAFTER);
        JsonObject t = ok(send(server.anonymous, HttpMethod.POST, BASE + "/auth/token", login("lan", PASSWORD)), 201);
        WebClient lan = WebClientSession.create(server.anonymous).addHeader("Authorization", "Bearer " + t.getString("token"));
        assertThat(ok(send(lan, HttpMethod.GET, BASE + "/auth/me", null), 200).getJsonArray("roles").getList())
                .containsExactly("drafter");
        assertThat(server.accounts.toString()).doesNotContain(t.getString("token"));

        assertThat(send(lan, HttpMethod.POST, BASE + "/auth/password",
                "{\"current\": \"sai\", \"new\": \"một mật khẩu mới dài\"}").statusCode()).isEqualTo(422);
        assertThat(send(lan, HttpMethod.POST, BASE + "/auth/password",
                "{\"current\": \"" + PASSWORD + "\", \"new\": \"ngắn\"}").statusCode()).isEqualTo(422);
        assertThat(send(lan, HttpMethod.POST, BASE + "/auth/password",
                "{\"current\": \"" + PASSWORD + "\", \"new\": \"một mật khẩu mới dài\"}").statusCode()).isEqualTo(204);

        assertThat(send(lan, HttpMethod.GET, BASE + "/auth/me", null).statusCode()).as("tokens end").isEqualTo(401);
        assertThat(send(server.anonymous, HttpMethod.POST, BASE + "/auth/token", login("lan", PASSWORD)).statusCode())
                .isEqualTo(401);
        ok(send(server.anonymous, HttpMethod.POST, BASE + "/auth/token", login("lan", "một mật khẩu mới dài")), 201);
    }

    // ---- organisations, users, profile ---------------------------------------------------------------------------

    @Test
    void the_installation_admin_creates_organisations_and_an_organisations_admin_creates_its_users() {
        HttpResponse<Buffer> made = send(server.client, HttpMethod.POST, BASE + "/organisations",
                "{\"name\": \"Sở Tài chính tỉnh Hà Tĩnh\"}");
        String orgId = ok(made, 201).getString("id");
        JsonArray list = ok(send(server.client, HttpMethod.GET, BASE + "/organisations", null), 200).getJsonArray("items");
        assertThat(list.stream().map(o -> ((JsonObject) o).getString("name")).toList())
                .contains("SỞ NỘI VỤ", "Sở Tài chính tỉnh Hà Tĩnh");

        String newAdmin = new JsonObject().put("username", "quantri.stc").put("password", PASSWORD)
                .put("fullName", "Trần Thị Bình").put("organisation", orgId)
                .put("roles", new JsonArray().add("admin")).encode();
        ok(send(server.client, HttpMethod.POST, BASE + "/users", newAdmin), 201);
        assertThat(send(server.client, HttpMethod.POST, BASE + "/users", newAdmin).statusCode()).as("taken").isEqualTo(409);
        JsonObject t = ok(send(server.anonymous, HttpMethod.POST, BASE + "/auth/token", login("quantri.stc", PASSWORD)),
                201);
        WebClient orgAdmin = WebClientSession.create(server.anonymous).addHeader("Authorization", "Bearer " + t.getString("token"));

        assertThat(send(orgAdmin, HttpMethod.POST, BASE + "/organisations", "{\"name\": \"Sở khác\"}").statusCode())
                .as("not the installation admin").isEqualTo(403);
        assertThat(ok(send(orgAdmin, HttpMethod.GET, BASE + "/organisations", null), 200).getJsonArray("items"))
                .hasSize(1);
        String drafter = new JsonObject().put("username", "chuyenvien.stc").put("password", PASSWORD)
                .put("fullName", "Lê Văn Cường").put("roles", new JsonArray().add("drafter")).encode();
        ok(send(orgAdmin, HttpMethod.POST, BASE + "/users", drafter), 201);
        assertThat(server.accounts.user("chuyenvien.stc").orElseThrow().organisation().toString()).isEqualTo(orgId);
        String intoFirst = new JsonObject(drafter).put("username", "xam.nhap").put("organisation",
                OrganisationId.FIRST.toString()).encode();
        assertThat(send(orgAdmin, HttpMethod.POST, BASE + "/users", intoFirst).statusCode()).isEqualTo(403);
        assertThat(send(orgAdmin, HttpMethod.POST, BASE + "/users", new JsonObject(drafter).put("username", "x y")
                .encode()).statusCode()).isEqualTo(422);
        assertThat(send(orgAdmin, HttpMethod.POST, BASE + "/users", new JsonObject(drafter).put("username", "bad.role")
                .put("roles", new JsonArray().add("boss")).encode()).statusCode()).isEqualTo(400);

        WebClient plain = server.userWith("lan", OrganisationId.FIRST, Role.DRAFTER);
        assertThat(send(plain, HttpMethod.POST, BASE + "/users", new JsonObject(drafter).put("username", "z1").encode())
                .statusCode()).isEqualTo(403);
        assertThat(send(plain, HttpMethod.GET, BASE + "/users", null).statusCode()).isEqualTo(403);
        assertThat(ok(send(orgAdmin, HttpMethod.GET, BASE + "/users", null), 200).getJsonArray("items")).hasSize(2);

        assertThat(send(orgAdmin, HttpMethod.DELETE, BASE + "/users/lan", null).statusCode()).as("not its user")
                .isEqualTo(404);
        assertThat(send(orgAdmin, HttpMethod.DELETE, BASE + "/users/chuyenvien.stc", null).statusCode()).isEqualTo(204);
        assertThat(server.accounts.user("chuyenvien.stc")).isEmpty();
    }

    @Test
    void the_profile_document_is_kept_as_sent_and_only_an_admin_of_the_organisation_replaces_it() throws Exception {
        String url = BASE + "/organisations/" + OrganisationId.FIRST + "/profile";
        assertThat(send(server.client, HttpMethod.GET, url, null).statusCode()).isEqualTo(404);
        String yaml = sampleProfile() + "# giữ nguyên ghi chú\n";
        assertThat(send(server.client, HttpMethod.PUT, url, yaml).statusCode()).isEqualTo(204);
        HttpResponse<Buffer> back = send(server.client, HttpMethod.GET, url, null);
        assertThat(back.bodyAsString()).isEqualTo(yaml);
        assertThat(back.getHeader("Content-Type")).startsWith("application/yaml");

        WebClient drafter = server.userWith("lan", OrganisationId.FIRST, Role.DRAFTER);
        assertThat(send(drafter, HttpMethod.GET, url, null).bodyAsString()).isEqualTo(yaml);
        assertThat(send(drafter, HttpMethod.PUT, url, "issuer: {}\n").statusCode()).isEqualTo(403);
        assertThat(send(server.client, HttpMethod.GET, url, null).bodyAsString()).isEqualTo(yaml);
    }

    // ---- drafts from the organisation's profile --------------------------------------------------------------------

    /** The samples' issuer's profile, as an office keeps it (examples/profile). */
    private static String sampleProfile() throws Exception {
        return java.nio.file.Files.readString(java.nio.file.Path.of("../examples/profile/ubnd-tinh-ha-tinh.yaml"));
    }

    @Test
    void a_new_draft_starts_from_the_organisations_profile_and_saves() throws Exception {
        String profile = BASE + "/organisations/" + OrganisationId.FIRST.value() + "/profile";
        assertThat(send(server.client, HttpMethod.GET, BASE + "/drafts/new", null).statusCode())
                .as("no profile yet").isEqualTo(404);
        assertThat(send(server.client, HttpMethod.PUT, profile, sampleProfile()).statusCode()).isEqualTo(204);

        HttpResponse<Buffer> made = send(server.client, HttpMethod.GET, BASE + "/drafts/new?kind=cong-van", null);
        JsonObject draft = ok(made, 200);
        assertThat(draft.getString("kind")).isEqualTo("cong-van");
        assertThat(draft.getJsonObject("issuer").getString("name")).contains("TỈNH HÀ TĨNH");
        assertThat(draft.getJsonArray("distribution").encode()).contains("Lưu: VT");
        assertThat(send(server.client, HttpMethod.POST, BASE + "/invitations", draft.encode()).statusCode())
                .as("the draft saves as it came").isEqualTo(201);

        assertThat(send(server.client, HttpMethod.GET, BASE + "/drafts/new?kind=hop", null).statusCode()).isEqualTo(400);
        WebClient drafter = server.userWith("chuyenvien", OrganisationId.FIRST, Role.DRAFTER);
        assertThat(send(drafter, HttpMethod.GET, BASE + "/drafts/new", null).statusCode()).isEqualTo(200);
        WebClient approver = server.userWith("lanhdao", OrganisationId.FIRST, Role.APPROVER);
        assertThat(send(approver, HttpMethod.GET, BASE + "/drafts/new", null).statusCode()).isEqualTo(403);
    }

    @Test
    void a_profile_that_does_not_read_is_refused_at_its_line_and_the_saved_one_stays() throws Exception {
        String profile = BASE + "/organisations/" + OrganisationId.FIRST.value() + "/profile";
        assertThat(send(server.client, HttpMethod.PUT, profile, sampleProfile()).statusCode()).isEqualTo(204);
        String broken = sampleProfile().replace("\nunits:", "\nunitz:");
        HttpResponse<Buffer> refused = send(server.client, HttpMethod.PUT, profile, broken);
        assertThat(refused.statusCode()).as(refused.bodyAsString()).isEqualTo(400);
        assertThat(refused.bodyAsString()).contains("unitz").contains("\"line\"");
        assertThat(send(server.client, HttpMethod.GET, profile, null).bodyAsString()).contains("\nunits:");
    }

    @Test
    void a_profile_whose_name_has_expired_gives_no_new_draft_and_says_why() throws Exception {
        String profile = BASE + "/organisations/" + OrganisationId.FIRST.value() + "/profile";
        String expired = sampleProfile().replace("    place: Hà Tĩnh\n", "    place: Hà Tĩnh\n    validUntil: 2025-06-30\n");
        assertThat(expired).contains("validUntil");
        assertThat(send(server.client, HttpMethod.PUT, profile, expired).statusCode()).isEqualTo(204);
        HttpResponse<Buffer> refused = send(server.client, HttpMethod.GET, BASE + "/drafts/new", null);
        assertThat(refused.statusCode()).as(refused.bodyAsString()).isEqualTo(422);
        assertThat(refused.bodyAsString()).contains("PROFILE-IDENTITY-EXPIRED").contains("NĐ 30/2020/NĐ-CP");
    }
}
