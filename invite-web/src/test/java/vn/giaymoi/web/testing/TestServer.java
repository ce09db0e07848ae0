package vn.giaymoi.web.testing;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.giaymoi.application.port.out.InMemoryInvitationStore;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.web.boot.WebConfig;
import vn.giaymoi.render.InvitationRenderer;
import vn.giaymoi.web.boot.WebServer;
import vn.giaymoi.web.offload.BlockingRenderer;

/**
 * A running server on a random port with the in-memory store of the domain test-jar (held by the same store
 * contract as the databases) and a fixed clock (5 May 2026, Hà Nội time).
 */
public final class TestServer implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-05T01:00:00Z"), ZONE);

    public final InvitationStore store;
    public final WebServer server;
    public final WebClient client;

    private TestServer(InvitationStore store, WebServer server, WebClient client) {
        this.store = store;
        this.server = server;
        this.client = client;
    }

    public static TestServer start(Vertx vertx, RuleEngine rules) {
        return start(vertx, WebConfig.onPort(0), rules);
    }

    public static TestServer start(Vertx vertx, WebConfig config, RuleEngine rules) {
        return start(vertx, config, rules, WebServer.Limits.DEFAULT, new InvitationRenderer()::render);
    }

    public static TestServer start(Vertx vertx, WebConfig config, RuleEngine rules, WebServer.Limits limits) {
        return start(vertx, config, rules, limits, new InvitationRenderer()::render);
    }

    /** A server whose documents are drawn by {@code drawing}: a test makes it fail as a broken font cache would. */
    public static TestServer start(Vertx vertx, WebConfig config, RuleEngine rules, BlockingRenderer.Drawing drawing) {
        return start(vertx, config, rules, WebServer.Limits.DEFAULT, drawing);
    }

    /** A server on {@code store} (a database store, say) instead of the in-memory one. */
    public static TestServer start(Vertx vertx, InvitationStore store) {
        return start(vertx, WebConfig.onPort(0), RuleEngine.standard(), WebServer.Limits.DEFAULT,
                new InvitationRenderer()::render, store);
    }

    private static TestServer start(Vertx vertx, WebConfig config, RuleEngine rules, WebServer.Limits limits,
            BlockingRenderer.Drawing drawing) {
        return start(vertx, config, rules, limits, drawing, new InMemoryInvitationStore());
    }

    private static TestServer start(Vertx vertx, WebConfig config, RuleEngine rules, WebServer.Limits limits,
            BlockingRenderer.Drawing drawing, InvitationStore backing) {
        InvitationStore store = OffEventLoop.guard(backing);
        WebServer server = await(WebServer.start(vertx, config, store, CLOCK, rules, limits, drawing));
        WebClient client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("localhost")
                .setDefaultPort(server.port()).setFollowRedirects(false));
        return new TestServer(store, server, client);
    }

    public int port() {
        return server.port();
    }

    public static <T> T await(io.vertx.core.Future<T> f) {
        try {
            return f.await(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no answer within 30 s", e);
        }
    }

    @Override
    public void close() {
        client.close();
        await(server.stop());
    }
}
