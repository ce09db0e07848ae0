package vn.giaymoi.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.web.testing.TestServer.await;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Rule;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.web.boot.WebConfig;
import vn.giaymoi.web.boot.WebServer;
import vn.giaymoi.web.testing.TestServer;

/**
 * The findings of the attack on the request path, each with its inputs: media types matched exactly (415), wrong
 * methods (405), a repeated key in the issue body (400), a deadline that cancels the work (503), a client that
 * leaves cancelling its work, PDF renders that cannot starve a check, and idle connections closed.
 */
@ExtendWith(VertxExtension.class)
class HostileRequestsTest {
    private static final InvitationFormat FORMAT = new InvitationFormat();
    private static final String SLOW = "CHẬM";
    private static final WebServer.Limits SHORT = new WebServer.Limits(Duration.ofSeconds(2), 4, 2, Duration.ofSeconds(2));

    /** Works until interrupted when the subject says so: the stand-in for any long piece of work. */
    private final CountDownLatch slowStarted = new CountDownLatch(1);
    private final CountDownLatch slowInterrupted = new CountDownLatch(1);
    private final Rule slow = new Rule() {
        @Override
        public String id() {
            return "TEST-SLOW";
        }

        @Override
        public String title() {
            return "Chậm";
        }

        @Override
        public List<Finding> check(Invitation inv, CheckContext ctx) {
            if (!inv.subject().plain().contains(SLOW)) return List.of();
            slowStarted.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                slowInterrupted.countDown();
                Thread.currentThread().interrupt();
            }
            return List.of();
        }
    };

    private TestServer server;

    private void start(Vertx vertx, WebServer.Limits limits) {
        List<Rule> rules = new ArrayList<>(RuleEngine.standard().rules());
        rules.add(slow);
        server = TestServer.start(vertx, WebConfig.onPort(0), new RuleEngine(rules), limits);
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private HttpResponse<Buffer> send(HttpMethod method, String uri, String contentType, String body) {
        var request = server.client.request(method, uri);
        if (contentType != null) request.putHeader("Content-Type", contentType);
        return await(body == null ? request.send() : request.sendBuffer(Buffer.buffer(body, "UTF-8")));
    }

    private static String json(Invitation inv) {
        return FORMAT.write(inv, Syntax.JSON);
    }

    private static void assertProblem(HttpResponse<Buffer> r, int status) {
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
        assertThat(r.getHeader("Content-Type")).startsWith("application/problem+json");
        assertThat(r.bodyAsJsonObject().getString("detail")).isNotBlank();
    }

    @Test
    void media_types_are_matched_exactly(Vertx vertx) {
        start(vertx, WebServer.Limits.DEFAULT);
        String body = json(Invitations.aGiayMoi());
        assertProblem(send(HttpMethod.POST, "/api/v1/check", "application/jsonp", body), 415);
        assertProblem(send(HttpMethod.POST, "/api/v1/check", "application/x-www-form-urlencoded", "kind=giay-moi"), 415);
        assertProblem(send(HttpMethod.POST, "/api/v1/check", "multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n"), 415);
        assertProblem(send(HttpMethod.POST, "/api/v1/check", "application/json; charset=iso-8859-1", body), 415);
        assertThat(send(HttpMethod.POST, "/api/v1/check", "Application/JSON; charset=UTF-8", body).statusCode())
                .isEqualTo(200);
    }

    /**
     * Finding 3: C0 controls, NUL, noncharacters, lone surrogates and bidi overrides were stored and then broke every
     * PDF download of the invitation (500). They are refused when saved, located at the field, so nothing that cannot
     * be drawn is ever stored.
     */
    @Test
    void unprintable_characters_are_refused_before_they_are_stored(Vertx vertx) {
        start(vertx, WebServer.Limits.DEFAULT);
        String body = json(Invitations.aGiayMoi());
        for (String ch : List.of("\\u0000", "\\u0007", "\\u001B", "\\u0085", "\\uFFFE", "\\uFFFF", "\\uD800", "\\u202E")) {
            String bad = body.replace("\"subject\" : \"", "\"subject\" : \"" + ch);
            HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/invitations", "application/json", bad);
            assertProblem(r, 400);
            assertThat(r.bodyAsString()).as(ch).contains("subject").contains("U+" + ch.substring(2));
        }
        HttpResponse<Buffer> list = send(HttpMethod.GET, "/api/v1/invitations", null, null);
        assertThat(list.bodyAsJsonObject().getInteger("total")).as("nothing stored").isZero();
    }

    @Test
    void a_wrong_method_is_405_not_404(Vertx vertx) {
        start(vertx, WebServer.Limits.DEFAULT);
        assertProblem(send(HttpMethod.POST, "/api/v1/formats", null, null), 405);
        assertProblem(send(HttpMethod.DELETE, "/api/v1/check", null, null), 405);
        assertProblem(send(HttpMethod.POST, "/index.html", null, null), 405);
        assertProblem(send(HttpMethod.GET, "/api/v1/no-such-thing", null, null), 404);
    }

    @Test
    void a_key_repeated_in_the_issue_body_is_refused(Vertx vertx) {
        start(vertx, WebServer.Limits.DEFAULT);
        Invitation draft = Invitations.aGiayMoi();
        String id = send(HttpMethod.POST, "/api/v1/invitations", "application/json", json(draft)).bodyAsJsonObject()
                .getString("id");
        HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/invitations/" + id + "/issue", "application/json",
                "{\"date\": \"2026-05-05\", \"date\": \"2026-05-06\"}");
        assertProblem(r, 400);
        assertThat(r.bodyAsString()).contains("date").contains("hai lần");
    }

    @Test
    void a_request_past_its_deadline_is_answered_503_and_its_work_cancelled(Vertx vertx) throws Exception {
        // the connection may idle longer than the deadline, as with the defaults (20 s, 30 s); equal, they raced
        start(vertx, new WebServer.Limits(SHORT.deadline(), SHORT.workers(), SHORT.renderers(), Duration.ofSeconds(10)));
        Invitation inv = Invitations.aGiayMoi().withSubject(vn.giaymoi.domain.text.RichText.of("Họp " + SLOW));
        HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/v1/check", "application/json", json(inv));
        assertProblem(r, 503);
        assertThat(r.getHeader("Retry-After")).isNotBlank();
        assertThat(slowInterrupted.await(10, TimeUnit.SECONDS)).as("the work was interrupted").isTrue();
    }

    @Test
    void a_client_that_leaves_cancels_its_work(Vertx vertx) throws Exception {
        start(vertx, WebServer.Limits.DEFAULT);
        // a first check loads the reader, the validator and the rules: on a machine loaded by other builds that
        // alone took most of the wait below
        assertThat(send(HttpMethod.POST, "/api/v1/check", "application/json", json(Invitations.aGiayMoi())).statusCode())
                .isEqualTo(200);
        Invitation inv = Invitations.aGiayMoi().withSubject(vn.giaymoi.domain.text.RichText.of("Họp " + SLOW));
        byte[] body = json(inv).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // held to the end: Vert.x closes a client nothing refers to when it is collected, and with it the socket
        NetClient client = vertx.createNetClient();
        NetSocket socket = await(client.connect(server.port(), "localhost"));
        await(socket.write(Buffer.buffer("POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + server.adminToken() + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n").appendBytes(body)));
        assertThat(slowStarted.await(20, TimeUnit.SECONDS)).as("the work started").isTrue();
        await(socket.close());
        assertThat(slowInterrupted.await(10, TimeUnit.SECONDS)).as("the work was interrupted").isTrue();
        await(client.close());
    }

    /**
     * Sixteen large PDF renders at once (two render threads, the rest queued) and then a check: the check is answered
     * while the renders are still going, as it runs on a pool of its own. Ordering, not a clock, decides. Each body is
     * its own (the render cache answers a body sent again without drawing it), and the check's reader and rules are
     * loaded first, so that what is compared is the pools, not a cold start against drawing, which got faster.
     */
    @Test
    void pdf_renders_do_not_starve_a_check(Vertx vertx) {
        start(vertx, WebServer.Limits.DEFAULT);
        Invitation inv = Invitations.aGiayMoi();
        assertThat(send(HttpMethod.POST, "/api/v1/check", "application/json", json(inv)).statusCode()).isEqualTo(200);
        int count = 16;
        AtomicInteger rendersDone = new AtomicInteger();
        List<Future<?>> renders = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            List<Point> body = new ArrayList<>(inv.body());
            for (int i = 0; i < 150; i++) {
                body.add(Point.of(Marker.DASH, "Nội dung thảo luận số " + r + "." + i + ": "
                        + "báo cáo tình hình thực hiện nhiệm vụ, ".repeat(8)));
            }
            renders.add(server.client.post("/api/v1/render?format=pdf").putHeader("Content-Type", "application/json")
                    .sendBuffer(Buffer.buffer(json(inv.withBody(body)), "UTF-8"))
                    .onSuccess(response -> rendersDone.incrementAndGet()));
        }
        HttpResponse<Buffer> check = send(HttpMethod.POST, "/api/v1/check", "application/json", json(inv));
        int doneWhenChecked = rendersDone.get();
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(doneWhenChecked).as("renders finished before the check was answered").isLessThan(count);
        for (Future<?> f : renders) await(f);
    }

    @Test
    void an_idle_or_half_sent_connection_is_closed(Vertx vertx) throws Exception {
        start(vertx, SHORT);
        NetClient client = vertx.createNetClient(); // held: a collected client would close the socket itself
        for (String sent : List.of("", "POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\n")) {
            NetSocket socket = await(client.connect(server.port(), "localhost"));
            CountDownLatch closed = new CountDownLatch(1);
            socket.closeHandler(v -> closed.countDown());
            if (!sent.isEmpty()) await(socket.write(sent));
            assertThat(closed.await(15, TimeUnit.SECONDS)).as("connection after '%s' closed", sent.strip()).isTrue();
        }
        await(client.close());
    }
}
