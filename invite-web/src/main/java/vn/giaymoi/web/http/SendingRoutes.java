package vn.giaymoi.web.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.function.Function;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.mail.Sender;
import vn.giaymoi.mail.Sending;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.web.error.ApiException;
import vn.giaymoi.web.offload.Offload;

/**
 * Gửi giấy mời (the clerk's sending API): queue the copies of an issued invitation or follow-up, a reminder, a reply
 * taken by phone, and the replies of a meeting. Who acts comes from {@code actor} (the signed-in clerk once accounts
 * are wired). Rendering and the outbox run on the worker pool.
 */
public final class SendingRoutes {
    private final Sending sending;
    private final Offload offload;
    private final Function<RoutingContext, Sender> actor;

    public SendingRoutes(Sending sending, Offload offload, Function<RoutingContext, Sender> actor) {
        this.sending = sending;
        this.offload = offload;
        this.actor = actor;
    }

    /** Adds the routes; a body handler must already run for them. */
    public void mount(Router router) {
        router.post(ApiRoutes.BASE + "/invitations/:id/send").handler(this::send);
        router.post(ApiRoutes.BASE + "/invitations/:id/remind").handler(this::remind);
        router.get(ApiRoutes.BASE + "/invitations/:id/replies").handler(this::replies);
        router.post(ApiRoutes.BASE + "/invitations/:id/replies/:recipient").handler(this::phoneReply);
        router.get(ApiRoutes.BASE + "/invitations/:id/attendance").handler(this::attendance);
    }

    private void attendance(RoutingContext ctx) {
        InvitationId id = id(ctx);
        String format = ctx.queryParams().get("format");
        offload.run(() -> {
            Sending.Replies replies = Outcomes.unwrap(sending.replies(id), false, Language.VI);
            return AttendanceExport.write(replies, sending.subject(id), format);
        }).onSuccess(doc -> ctx.response().putHeader("Content-Type", doc.mediaType())
                .putHeader("Content-Disposition", "attachment; filename=\"danh-sach-dai-bieu." + doc.extension() + "\"")
                .end(io.vertx.core.buffer.Buffer.buffer(doc.bytes()))).onFailure(ctx::fail);
    }

    private void send(RoutingContext ctx) {
        queue(ctx, sending::send);
    }

    private void remind(RoutingContext ctx) {
        queue(ctx, sending::remind);
    }

    /** Queues messages with {@code step}; 202: they leave with the worker. */
    private void queue(RoutingContext ctx, java.util.function.BiFunction<InvitationId, Sender,
            vn.giaymoi.application.service.Outcome<Sending.SendReport>> step) {
        InvitationId id = id(ctx);
        Sender who = actor.apply(ctx);
        offload.run(() -> SendingJson.report(Outcomes.unwrap(step.apply(id, who), false, Language.VI)))
                .onSuccess(json -> ctx.response().setStatusCode(202).putHeader("Content-Type", "application/json; charset=utf-8")
                        .end(json.encode()))
                .onFailure(ctx::fail);
    }

    private void replies(RoutingContext ctx) {
        InvitationId id = id(ctx);
        offload.run(() -> SendingJson.replies(Outcomes.unwrap(sending.replies(id), false, Language.VI)))
                .onSuccess(json -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                        .end(json.encode()))
                .onFailure(ctx::fail);
    }

    private void phoneReply(RoutingContext ctx) {
        InvitationId id = id(ctx);
        UUID recipient = uuid(ctx.pathParam("recipient"), "người nhận");
        var reply = SendingJson.reply(body(ctx));
        Sender who = actor.apply(ctx);
        offload.run(() -> SendingJson.recipient(Outcomes.unwrap(sending.recordPhoneReply(id, recipient, reply, who),
                        false, Language.VI)))
                .onSuccess(json -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                        .end(json.encode()))
                .onFailure(ctx::fail);
    }

    static JsonObject body(RoutingContext ctx) {
        try {
            return ctx.body() == null || ctx.body().length() == 0 ? null : ctx.body().asJsonObject();
        } catch (RuntimeException e) {
            throw ApiException.badRequest("Nội dung gửi lên không phải JSON đọc được.");
        }
    }

    private static InvitationId id(RoutingContext ctx) {
        try {
            return InvitationId.parse(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    static UUID uuid(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (RuntimeException e) {
            throw ApiException.notFound("Không có " + what + " '" + text + "'.");
        }
    }
}
