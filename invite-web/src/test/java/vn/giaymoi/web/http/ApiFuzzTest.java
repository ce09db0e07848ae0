package vn.giaymoi.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.web.testing.TestServer;

/**
 * Fuzzing the API (issue 10): real invitations cut and spliced with any characters, or bytes of any kind, sent with
 * any of the content types clients send to every route that reads a document. The invariant: an answer below 500
 * (a located problem for a client's mistake), in a bounded time; never a server error or a stack trace. A bounded
 * run in {@code mvn verify} ({@code jqwik.tries.default} in {@code junit-platform.properties}); a longer one:
 * {@code mvn -pl invite-web -am verify -Dtest=ApiFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Djqwik.tries.default=2000}.
 */
class ApiFuzzTest {
    private static final List<String> SEEDS = List.of("seed-000", "seed-001", "seed-002", "seed-004");
    private static final List<String> ROUTES = List.of("/api/v1/check", "/api/v1/render?format=txt",
            "/api/v1/render?format=html", "/api/v1/render?format=pdf", "/api/v1/render?format=docx",
            "/api/v1/render?format=ics", "/api/v1/invitations", "/api/v1/fix");
    private static final List<String> TYPES = List.of("application/json", "application/yaml", "text/yaml",
            "application/json; charset=utf-8", "application/json; charset=latin1", "application/jsonp", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream", "");
    private static final List<String> HOSTILE = List.of("{date:}", "{units}{units}{units}{units}{units}", "{deadline:HH}",
            "{", "}", "\r", "\u0000", "\u001b[2J", "\uFFFE", "\uD800", "\u202E", "ATTACH:x", "2025.9", "- ", ": ",
            "\"", "[", "]", "&a *a", "!!binary", "<<: *a", "\t", "\n\n", "subjct: x\n");

    private static Vertx vertx;
    private static TestServer server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeContainer
    static void start() {
        vertx = Vertx.vertx();
        server = TestServer.start(vertx, RuleEngine.standard());
    }

    @AfterContainer
    static void stop() {
        server.close();
        vertx.close().await();
    }

    @Provide
    Arbitrary<String> payload() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(80), Arbitraries.of(HOSTILE));
    }

    @Property
    void a_spliced_invitation_sent_anywhere_is_answered_below_500(@ForAll("seeds") String seed,
            @ForAll("routes") String route, @ForAll("types") String type, @ForAll("payload") String inserted,
            @ForAll double at, @ForAll double cut) throws Exception {
        String original = Files.readString(Path.of("..", "examples", seed + ".yaml"));
        int start = (int) (Math.abs(at) % 1 * original.length());
        int end = Math.min(original.length(), start + (int) (Math.abs(cut) % 1 * 60));
        String body = original.substring(0, start) + inserted + original.substring(end);
        answeredBelow500(route, type, body.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void any_bytes_sent_anywhere_are_answered_below_500(@ForAll("routes") String route, @ForAll("types") String type,
            @ForAll byte[] body) throws Exception {
        answeredBelow500(route, type, body);
    }

    private static void answeredBelow500(String route, String type, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + route))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + server.adminToken())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!type.isEmpty()) request.header("Content-Type", type);
        HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String said = route + " " + type + " → " + r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length()));
        assertThat(r.statusCode()).as(said).isBetween(200, 499);
        if (r.statusCode() >= 400) {
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(said).startsWith("application/problem+json");
            assertThat(r.body()).as(said).doesNotContain("Exception", "\tat ", "java.", "/work/");
        }
    }

    @Provide
    Arbitrary<String> seeds() {
        return Arbitraries.of(SEEDS);
    }

    @Provide
    Arbitrary<String> routes() {
        return Arbitraries.of(ROUTES);
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.of(TYPES);
    }
}
