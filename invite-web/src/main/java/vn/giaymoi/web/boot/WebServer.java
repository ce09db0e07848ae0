package vn.giaymoi.web.boot;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.time.Clock;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.render.InvitationRenderer;
import vn.giaymoi.web.error.ProblemResponder;
import vn.giaymoi.web.http.ApiRoutes;
import vn.giaymoi.web.http.ImportRoutes;
import vn.giaymoi.web.http.SecurityHeaders;
import vn.giaymoi.web.offload.BlockingRenderer;
import vn.giaymoi.web.offload.Offload;

/** Máy chủ web (the HTTP server): the API under {@code /api/v1} and the Vietnamese UI from {@code webroot/}. */
public final class WebServer {
    /** Worker threads for parsing, rendering and the store. */
    static final int WORKERS = 8;

    private final Vertx vertx;
    private final Offload offload;
    private HttpServer server;

    private WebServer(Vertx vertx) {
        this.vertx = vertx;
        this.offload = new Offload(vertx, WORKERS);
    }

    /** Starts listening on {@code config.port()} (0: any free port) with the standard rules. */
    public static Future<WebServer> start(Vertx vertx, WebConfig config, InvitationStore store, Clock clock) {
        return start(vertx, config, store, clock, RuleEngine.standard());
    }

    /** Starts listening on {@code config.port()} (0: any free port); store, clock and rules are injected. */
    public static Future<WebServer> start(Vertx vertx, WebConfig config, InvitationStore store, Clock clock,
            RuleEngine rules) {
        WebServer web = new WebServer(vertx);
        InvitationFormat format = new InvitationFormat();
        ApiRoutes api = new ApiRoutes(store, format, rules,
                new BlockingRenderer(new InvitationRenderer(), web.offload), web.offload, clock);
        ProblemResponder problems = new ProblemResponder(config.maxBodyBytes());

        Router router = Router.router(vertx);
        router.route().handler(new SecurityHeaders());
        new ImportRoutes(format, rules, web.offload, clock).mount(router); // its own 10 MiB upload limit
        router.route(ApiRoutes.BASE + "/*").handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes()));
        api.mount(router);
        router.route(ApiRoutes.BASE + "/*").failureHandler(problems);
        router.route("/*").handler(StaticHandler.create("webroot").setIndexPage("index.html")
                .setDefaultContentEncoding("UTF-8").setMaxAgeSeconds(60)); // a new release shows within a minute
        router.route().failureHandler(problems);
        router.errorHandler(404, problems);
        router.errorHandler(405, problems);
        router.errorHandler(413, problems);

        return vertx.createHttpServer().requestHandler(router).invalidRequestHandler(request -> {
            SecurityHeaders.apply(request.response(), SecurityHeaders.API_POLICY);
            problems.invalidRequest(request);
        }).listen(config.port()).map(s -> {
            web.server = s;
            return web;
        });
    }

    public int port() {
        return server.actualPort();
    }

    public Future<Void> stop() {
        offload.close();
        return server.close();
    }
}
