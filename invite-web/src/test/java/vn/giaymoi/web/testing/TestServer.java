package vn.giaymoi.web.testing;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.client.WebClientSession;
import java.time.Duration;
import java.util.Set;
import vn.giaymoi.application.port.out.Account;
import vn.giaymoi.application.port.out.AccountStore;
import vn.giaymoi.application.port.out.CredentialKind;
import vn.giaymoi.application.port.out.InMemoryAccountStore;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.Role;
import vn.giaymoi.application.port.out.UserId;
import vn.giaymoi.application.service.AccountService;
import vn.giaymoi.web.auth.BcryptPasswords;
import vn.giaymoi.web.auth.Tokens;
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
 * A running server on a random port with the in-memory stores of the domain test-jar (held by the same store
 * contract as the databases) and a fixed clock (5 May 2026, Hà Nội time). {@link #client} is logged in as
 * {@link #ADMIN}, who holds every role in the first organisation (the one {@link #store} saves into), through a
 * personal API token; {@link #anonymous} carries no credential.
 */
public final class TestServer implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-05T01:00:00Z"), ZONE);

    /** The first start's administrator, every role, installation admin too. */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "mật khẩu thử nghiệm";
    /** bcrypt's lowest cost: the tests check the flow, not the hash's strength. */
    public static final BcryptPasswords HASHER = new BcryptPasswords(4);

    public final InvitationStore store;
    public final AccountStore accounts;
    public final WebServer server;
    public final WebClient client;
    public final WebClient anonymous;
    private final Vertx vertx;

    private TestServer(Vertx vertx, InvitationStore store, AccountStore accounts, WebServer server) {
        this.vertx = vertx;
        this.store = store;
        this.accounts = accounts;
        this.server = server;
        this.anonymous = WebClient.create(vertx, new WebClientOptions().setDefaultHost("localhost")
                .setDefaultPort(server.port()).setFollowRedirects(false));
        this.client = clientOf(accounts.user(ADMIN).orElseThrow());
    }

    /** Creates the first admin in an account store without accounts (as the first start does). */
    public static void firstAdmin(AccountStore accounts) {
        new AccountService(accounts, HASHER, CLOCK).firstAdmin("SỞ NỘI VỤ", ADMIN_PASSWORD);
    }

    /** A new user of {@code organisation} with {@code roles}, and a client logged in as them by a token. */
    public WebClient userWith(String username, OrganisationId organisation, Role... roles) {
        Account a = accounts.createUser(new Account(UserId.random(), username, HASHER.hash(ADMIN_PASSWORD),
                "Người dùng " + username, organisation, Set.of(roles), false, 0, null), CLOCK.instant());
        return clientOf(a);
    }

    /** A client sending a new personal token of {@code account} on every request. */
    public WebClient clientOf(Account account) {
        return bearer(vertx, server.port(), accounts, account);
    }

    /** A new personal token of {@link #ADMIN}, for a request written by hand ({@code Authorization: Bearer …}). */
    public String adminToken() {
        return token(accounts, accounts.user(ADMIN).orElseThrow());
    }

    private static String token(AccountStore accounts, Account account) {
        String token = Tokens.newToken();
        accounts.saveCredential(Tokens.hash(token), account.id(), CredentialKind.TOKEN, CLOCK.instant(),
                Instant.now().plus(Duration.ofDays(1)));
        return token;
    }

    /** A client on {@code port} sending a new personal token of {@code account} on every request. */
    public static WebClient bearer(Vertx vertx, int port, AccountStore accounts, Account account) {
        String token = token(accounts, account);
        WebClient plain = WebClient.create(vertx, new WebClientOptions().setDefaultHost("localhost")
                .setDefaultPort(port).setFollowRedirects(false));
        return WebClientSession.create(plain).addHeader("Authorization", "Bearer " + token);
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

    /** A server on {@code store} and {@code accounts} (a database's, say) instead of the in-memory ones. */
    public static TestServer start(Vertx vertx, InvitationStore store, AccountStore accounts) {
        return start(vertx, WebConfig.onPort(0), RuleEngine.standard(), WebServer.Limits.DEFAULT,
                new InvitationRenderer()::render, store, accounts);
    }

    private static TestServer start(Vertx vertx, WebConfig config, RuleEngine rules, WebServer.Limits limits,
            BlockingRenderer.Drawing drawing) {
        return start(vertx, config, rules, limits, drawing, new InMemoryInvitationStore(), new InMemoryAccountStore());
    }

    /**
     * A server on {@code db} that also sends (the clerk's sending routes and the public reply pages), its messages
     * left in the outbox: for the tests that walk every route.
     */
    public static TestServer startWithSending(Vertx vertx, vn.giaymoi.store.jdbc.Database db) {
        return startWithSending(vertx, db, java.util.Map.of());
    }

    /**
     * The same, also signing at issue time, with key passwords and the keys folder read from {@code environment};
     * organisations' certificates must chain to the test PKI's root.
     */
    public static TestServer startWithSending(Vertx vertx, vn.giaymoi.store.jdbc.Database db,
            java.util.Map<String, String> environment) {
        vn.giaymoi.mail.Sending sending = new vn.giaymoi.mail.Sending(
                new vn.giaymoi.application.service.InvitationService(db.invitations(), RuleEngine.standard(), CLOCK),
                db.sending(), vn.giaymoi.mail.IssuedPdf.signedOrDrawn(db.signing(), new InvitationRenderer(CLOCK)), CLOCK,
                "http://localhost", "vanthu@localhost");
        WebServer.Signing signing = new WebServer.Signing(db.signing(), vn.giaymoi.sign.cert.TrustAnchors.of(
                java.util.List.of(vn.giaymoi.sign.pki.TestPki.shared().root.certificate())), environment::get);
        return start(vertx, WebConfig.onPort(0), RuleEngine.standard(), WebServer.Limits.DEFAULT,
                new InvitationRenderer()::render, db.invitations(), db.accounts(), sending, signing);
    }

    private static TestServer start(Vertx vertx, WebConfig config, RuleEngine rules, WebServer.Limits limits,
            BlockingRenderer.Drawing drawing, InvitationStore backing, AccountStore accounts) {
        return start(vertx, config, rules, limits, drawing, backing, accounts, null);
    }

    private static TestServer start(Vertx vertx, WebConfig config, RuleEngine rules, WebServer.Limits limits,
            BlockingRenderer.Drawing drawing, InvitationStore backing, AccountStore accounts,
            vn.giaymoi.mail.Sending sending) {
        return start(vertx, config, rules, limits, drawing, backing, accounts, sending, null);
    }

    private static TestServer start(Vertx vertx, WebConfig config, RuleEngine rules, WebServer.Limits limits,
            BlockingRenderer.Drawing drawing, InvitationStore backing, AccountStore accounts,
            vn.giaymoi.mail.Sending sending, WebServer.Signing signing) {
        InvitationStore store = OffEventLoop.guard(backing);
        firstAdmin(accounts);
        WebServer server = await(WebServer.start(vertx, config, store, new WebServer.Accounts(accounts, HASHER), CLOCK,
                rules, limits, drawing, sending, signing));
        return new TestServer(vertx, store, accounts, server);
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
        anonymous.close();
        await(server.stop());
    }
}
