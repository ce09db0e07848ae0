package vn.giaymoi.web.http;

import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import vn.giaymoi.application.port.out.Account;
import vn.giaymoi.application.port.out.AccountStore;
import vn.giaymoi.web.auth.Tokens;
import vn.giaymoi.web.error.ApiException;
import vn.giaymoi.web.offload.Offload;

/**
 * Xác thực (who is calling): a personal token ({@code Authorization: Bearer …}) or the session cookie, looked up by
 * its hash; the account is kept on the request for the handlers after this one. Without a valid one, an API call is
 * 401 (problem+json) and a page redirects to the login page; only the login page, its script and style, and the two
 * login endpoints are open.
 */
public final class Authentication implements Handler<RoutingContext> {
    /** The session cookie: HttpOnly, SameSite=Strict, Secure on TLS. */
    public static final String COOKIE = "giaymoi_session";

    /** How long a browser session lasts without logging in again. */
    public static final Duration SESSION = Duration.ofHours(12);

    private static final String ACCOUNT = "giaymoi.account";
    private static final Set<String> OPEN_PAGES = Set.of("/login.html", "/login.js", "/common.js", "/app.css",
            "/favicon.ico");
    static final Set<String> OPEN_API = Set.of(ApiRoutes.BASE + "/auth/login", ApiRoutes.BASE + "/auth/token");
    /** The reply page of a personal link and its API: the signed token in the path is their only key. */
    static final String REPLY_PAGE = "/tra-loi/";
    static final String REPLY_API = ApiRoutes.BASE + "/replies/";

    /** Whether {@code path} is open without a session or token. */
    static boolean isOpen(String path) {
        return OPEN_PAGES.contains(path) || OPEN_API.contains(path) || path.equals("/tra-loi.js")
                || path.startsWith(REPLY_PAGE) || path.startsWith(REPLY_API);
    }

    private final AccountStore accounts;
    private final Offload offload;
    private final Clock clock;

    public Authentication(AccountStore accounts, Offload offload, Clock clock) {
        this.accounts = accounts;
        this.offload = offload;
        this.clock = clock;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        boolean open = isOpen(path);
        Optional<String> token = bearer(ctx).or(() -> Optional.ofNullable(ctx.request().getCookie(COOKIE))
                .map(Cookie::getValue));
        if (token.isEmpty()) {
            if (open) ctx.next();
            else deny(ctx, "Hãy đăng nhập.");
            return;
        }
        String hash = Tokens.hash(token.get());
        // the body waits for the body handlers after this one, which read it once the lookup is done
        ctx.request().pause();
        offload.run(() -> accounts.credential(hash, clock.instant())).onComplete(done -> {
            try {
                if (done.failed()) {
                    ctx.fail(done.cause());
                } else if (done.result().isPresent()) {
                    ctx.put(ACCOUNT, done.result().get());
                    ctx.next();
                } else if (open) {
                    ctx.next();
                } else {
                    deny(ctx, "Phiên đăng nhập hoặc mã API đã hết hạn hay không đúng; hãy đăng nhập lại.");
                }
            } finally {
                // only now: resumed before the body handler listens, a body arriving in between was lost and the
                // request waited for its end until the deadline (a browser's two simultaneous POSTs showed it)
                ctx.request().resume();
            }
        });
    }

    /** The token of {@code Authorization: Bearer …}, if the request carries one. */
    static Optional<String> bearer(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return Optional.empty();
        String token = header.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static void deny(RoutingContext ctx, String why) {
        String path = ctx.normalizedPath();
        if (path.startsWith(ApiRoutes.BASE + "/") || path.equals(ApiRoutes.BASE)) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"giaymoi\"");
            ctx.fail(ApiException.unauthorized(why + " Trình duyệt: đăng nhập ở /login.html; chương trình: lấy mã ở"
                    + " POST " + ApiRoutes.BASE + "/auth/token rồi gửi Authorization: Bearer <mã>."));
            return;
        }
        String back = ctx.request().uri();
        ctx.response().setStatusCode(302)
                .putHeader("Location", "/login.html?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8)).end();
    }

    /** The caller of a request that passed this handler. */
    public static Account account(RoutingContext ctx) {
        Account a = ctx.get(ACCOUNT);
        if (a == null) throw new IllegalStateException("no account on " + ctx.normalizedPath());
        return a;
    }

    /** The session cookie carrying {@code token}; Secure when the request came over TLS. */
    static Cookie sessionCookie(RoutingContext ctx, String token, Duration maxAge) {
        return Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(ctx.request().isSSL()).setMaxAge(maxAge.toSeconds());
    }
}
