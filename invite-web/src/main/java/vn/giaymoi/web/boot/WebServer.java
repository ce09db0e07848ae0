package vn.giaymoi.web.boot;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import vn.giaymoi.application.port.out.AccountStore;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.PasswordHasher;
import vn.giaymoi.application.port.out.SigningStore;
import vn.giaymoi.application.service.AccountService;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.mail.Sender;
import vn.giaymoi.mail.Sending;
import vn.giaymoi.render.InvitationRenderer;
import vn.giaymoi.sign.cert.TrustAnchors;
import vn.giaymoi.web.auth.BcryptPasswords;
import vn.giaymoi.web.auth.Tokens;
import vn.giaymoi.web.error.ProblemResponder;
import vn.giaymoi.web.http.AccountRoutes;
import vn.giaymoi.web.http.ApiRoutes;
import vn.giaymoi.web.http.BodyPolicy;
import vn.giaymoi.web.http.DraftChoiceRoutes;
import vn.giaymoi.web.http.FixRoutes;
import vn.giaymoi.web.http.ImportRoutes;
import vn.giaymoi.web.http.SecurityHeaders;
import vn.giaymoi.web.http.ReplyRoutes;
import vn.giaymoi.web.http.Authentication;
import vn.giaymoi.web.http.SendingRoutes;
import vn.giaymoi.web.http.SigningRoutes;
import vn.giaymoi.web.http.VerifyRoutes;
import vn.giaymoi.web.offload.BlockingRenderer;
import vn.giaymoi.web.offload.Offload;
import vn.giaymoi.web.offload.RequestScope;

/** Máy chủ web (the HTTP server): the API under {@code /api/v1} and the Vietnamese UI from {@code webroot/}. */
public final class WebServer {
    /**
     * Giới hạn xử lý (the bounds of one server's work).
     *
     * @param deadline how long one API request may take before it is answered 503 and its work cancelled
     * @param workers threads for parsing, checking and the store
     * @param renderers threads for rendering, a pool of their own so that PDFs never starve checks and saves
     * @param idleTimeout how long a connection may stay silent, mid-request or between requests, before it is closed
     */
    public record Limits(Duration deadline, int workers, int renderers, Duration idleTimeout) {
        /** Rendering is CPU work: one render thread per core, no more (more only queue for the same cores). */
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(20), 8,
                Math.max(1, Runtime.getRuntime().availableProcessors()), Duration.ofSeconds(30));
    }

    private final Vertx vertx;
    private final Offload offload;
    private final Offload renders;
    private HttpServer server;
    private Router router;

    private WebServer(Vertx vertx, Limits limits) {
        this.vertx = vertx;
        this.offload = new Offload("giaymoi-worker", limits.workers(), 64 * limits.workers());
        this.renders = new Offload("giaymoi-render", limits.renderers(), 32 * limits.renderers());
    }

    /** Starts listening on {@code config.port()} (0: any free port) with the standard rules. */
    public static Future<WebServer> start(Vertx vertx, WebConfig config, InvitationStore store, AccountStore accounts,
            Clock clock) {
        return start(vertx, config, store, new Accounts(accounts, new BcryptPasswords()), clock, RuleEngine.standard(),
                Limits.DEFAULT, new InvitationRenderer()::render);
    }

    /**
     * Tài khoản (the account store and how its passwords are hashed).
     *
     * @param hasher bcrypt at its default cost; tests lower the cost
     */
    public record Accounts(AccountStore store, PasswordHasher hasher) {}

    /**
     * Starts listening with everything injected: the bounds of work (tests shorten the deadline) and the documents
     * drawn by {@code drawing} (tests make it fail as a broken font would).
     */
    public static Future<WebServer> start(Vertx vertx, WebConfig config, InvitationStore store, Accounts accounts,
            Clock clock, RuleEngine rules, Limits limits, BlockingRenderer.Drawing drawing) {
        return start(vertx, config, store, accounts, clock, rules, limits, drawing, null);
    }

    /**
     * Starts listening with sending: {@code sending} (or {@code null} for a server that does not send) gets the
     * clerk's sending routes and the public reply pages.
     */
    public static Future<WebServer> start(Vertx vertx, WebConfig config, InvitationStore store, Accounts accounts,
            Clock clock, RuleEngine rules, Limits limits, BlockingRenderer.Drawing drawing, Sending sending) {
        return start(vertx, config, store, accounts, clock, rules, limits, drawing, sending, null);
    }

    /**
     * Ký số khi ban hành (signing at issue time).
     *
     * @param trust the roots an organisation's certificate must chain to
     * @param environment where key passwords, PINs and the keys folder are read (the process environment)
     */
    public record Signing(SigningStore store, TrustAnchors trust, Function<String, String> environment) {}

    /**
     * Starts listening with sending and, with {@code signing} (or {@code null} for a server that does not sign), the
     * organisation's signature at issue time.
     */
    public static Future<WebServer> start(Vertx vertx, WebConfig config, InvitationStore store, Accounts accounts,
            Clock clock, RuleEngine rules, Limits limits, BlockingRenderer.Drawing drawing, Sending sending,
            Signing signing) {
        WebServer web = new WebServer(vertx, limits);
        InvitationFormat format = new InvitationFormat();
        AccountRoutes people = new AccountRoutes(new AccountService(accounts.store(), accounts.hasher(), clock),
                accounts.store(), store, rules, web.offload, clock);
        ApiRoutes api = new ApiRoutes(people::servicesFor, format, rules,
                new BlockingRenderer(drawing, web.renders), web.offload, clock);
        ProblemResponder problems = new ProblemResponder(config.maxBodyBytes());

        Router router = Router.router(vertx);
        router.route().handler(new SecurityHeaders());
        router.route(ApiRoutes.BASE + "/*").handler(RequestScope.handler(vertx, limits.deadline()));
        people.mountFront(router, vertx, Tokens.newToken()); // CSRF tokens are signed anew at each start
        new ImportRoutes(format, rules, web.offload, clock).mount(router); // its own 10 MiB upload limit
        router.route(ApiRoutes.BASE + "/*").handler(BodyPolicy::refuseForms);
        router.route(ApiRoutes.BASE + "/*").handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes()));
        router.route(ApiRoutes.BASE + "/*").handler(new BodyPolicy(Map.of(VerifyRoutes.PATH, Set.of("application/pdf"))));
        people.mount(router);
        if (signing != null) {
            // a signature's time is the real time, whatever clock the business dates follow
            SigningRoutes signed = new SigningRoutes(signing.store(), accounts.store(), people::servicesFor, signing.trust(),
                    signing.environment(), drawing, web.offload, Clock.systemUTC());
            api.issuing(signed);
            signed.mount(router);
        }
        api.mount(router);
        new FixRoutes(format, rules, web.offload, clock).mount(router);
        new DraftChoiceRoutes(accounts.store(), web.offload).mount(router);
        new VerifyRoutes(web.offload, SignatureTrust.fromEnvironment(), clock).mount(router);
        if (sending != null) new SendingRoutes(sending, web.offload,
                ctx -> new Sender(Authentication.account(ctx).username())).mount(router);
        if (sending != null) new ReplyRoutes(sending, web.offload).mount(router);
        router.route(ApiRoutes.BASE + "/*").failureHandler(problems);
        // pages are only read: another method on them is 405, not 404
        StaticHandler pages = StaticHandler.create("webroot").setIndexPage("index.html")
                .setDefaultContentEncoding("UTF-8").setMaxAgeSeconds(60); // a new release shows within a minute
        router.route("/*").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(pages);
        router.route().failureHandler(problems);
        router.errorHandler(404, problems);
        router.errorHandler(405, problems);
        router.errorHandler(413, problems);

        HttpServerOptions options = new HttpServerOptions()
                .setIdleTimeout((int) limits.idleTimeout().toSeconds()).setIdleTimeoutUnit(TimeUnit.SECONDS);
        return vertx.createHttpServer(options).requestHandler(router).invalidRequestHandler(request -> {
            SecurityHeaders.apply(request.response(), SecurityHeaders.API_POLICY);
            problems.invalidRequest(request);
        }).listen(config.port()).map(s -> {
            web.server = s;
            web.router = router;
            return web;
        });
    }

    /** Every route of the server, in order (tests walk them so that no route escapes a rule). */
    public List<Route> routes() {
        return router.getRoutes();
    }

    public int port() {
        return server.actualPort();
    }

    /** Renders running or waiting now: a client that left or a passed deadline frees its render thread. */
    public int renderLoad() {
        return renders.load();
    }

    public Future<Void> stop() {
        offload.close();
        renders.close();
        return server.close();
    }
}
