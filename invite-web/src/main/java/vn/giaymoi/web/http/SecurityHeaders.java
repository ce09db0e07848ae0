package vn.giaymoi.web.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Đầu trang bảo vệ (protective response headers), put on every response before any handler runs: no MIME sniffing,
 * no framing by other sites, no referrer leaving the server, and a Content-Security-Policy. The UI may load only
 * its own scripts; documents the API returns (a rendered HTML giấy mời opened in a tab) may run no script at all.
 */
public final class SecurityHeaders implements Handler<RoutingContext> {
    /**
     * The UI pages. Inline styles stay allowed because the preview frame ({@code srcdoc}) inherits this policy and
     * the rendered giấy mời carries its own {@code <style>}; scripts come only from the server's own files.
     */
    public static final String UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-src 'self';"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** API answers, rendered documents included: shown, never scripted, and sandboxed like a foreign origin. */
    public static final String API_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

    @Override
    public void handle(RoutingContext ctx) {
        boolean api = ctx.normalizedPath().startsWith(ApiRoutes.BASE + "/");
        apply(ctx.response(), api ? API_POLICY : UI_POLICY);
        ctx.next();
    }

    /** Puts the headers on {@code response} with the given policy; also used for requests the router never sees. */
    public static void apply(HttpServerResponse response, String policy) {
        response.putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("X-Frame-Options", "DENY")
                .putHeader("Referrer-Policy", "same-origin")
                .putHeader("Content-Security-Policy", policy);
    }
}
