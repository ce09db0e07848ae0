package vn.giaymoi.web.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.mail.ReplyTokens;
import vn.giaymoi.mail.Sending;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.web.error.ApiException;
import vn.giaymoi.web.offload.Offload;

/**
 * Trả lời không cần đăng nhập (replies through a personal link): {@code /tra-loi/{meeting}/{token}} opens the small
 * Vietnamese page, which reads and answers through {@code /api/v1/replies/{meeting}/{token}}. An expired, altered or
 * other meeting's token is a 403 with a sentence the page shows; nothing here needs a session.
 */
public final class ReplyRoutes {
    /** The page of a reply link. */
    public static final String PAGE = "/tra-loi/:meeting/:token";
    private static final String API = ApiRoutes.BASE + "/replies/:meeting/:token";

    private final Sending sending;
    private final Offload offload;

    public ReplyRoutes(Sending sending, Offload offload) {
        this.sending = sending;
        this.offload = offload;
    }

    /** Adds the routes; a body handler must already run for the API ones. */
    public void mount(Router router) {
        router.get(PAGE).handler(ctx -> ctx.response().putHeader("Cache-Control", "no-store")
                .sendFile("webroot/tra-loi.html"));
        router.get(API).handler(this::read);
        router.post(API).handler(this::answer);
    }

    private void read(RoutingContext ctx) {
        UUID meeting = SendingRoutes.uuid(ctx.pathParam("meeting"), "cuộc họp");
        String token = ctx.pathParam("token");
        offload.run(() -> {
            ReplyTokens.Checked checked = sending.check(meeting, token);
            if (checked instanceof ReplyTokens.Checked.Refused r) throw refused(r);
            var who = sending.recipient(((ReplyTokens.Checked.Valid) checked).recipient()).orElseThrow();
            return SendingJson.recipient(who).put("expires", ((ReplyTokens.Checked.Valid) checked).expires().toString());
        }).onSuccess(json -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("Cache-Control", "no-store").end(json.encode())).onFailure(ctx::fail);
    }

    private void answer(RoutingContext ctx) {
        UUID meeting = SendingRoutes.uuid(ctx.pathParam("meeting"), "cuộc họp");
        String token = ctx.pathParam("token");
        var reply = SendingJson.reply(SendingRoutes.body(ctx));
        offload.run(() -> {
            var outcome = sending.reply(meeting, token, reply);
            if (outcome instanceof Outcome.Forbidden<?> f) {
                throw ApiException.forbidden(f.messageVi()).with("reason", f.messageEn());
            }
            return SendingJson.recipient(Outcomes.unwrap(outcome, false, Language.VI));
        }).onSuccess(json -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                .end(json.encode())).onFailure(ctx::fail);
    }

    private static ApiException refused(ReplyTokens.Checked.Refused r) {
        return ApiException.forbidden(r.message()).with("reason", r.id());
    }
}
