package vn.giaymoi.web.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import vn.giaymoi.application.port.out.SendingStore.StoredRecipient;
import vn.giaymoi.domain.sending.Delivery;
import vn.giaymoi.domain.sending.Recipient;
import vn.giaymoi.domain.sending.Reply;
import vn.giaymoi.mail.Sending;
import vn.giaymoi.web.error.ApiException;

/** Gửi và trả lời dưới dạng JSON (sending and replies as JSON), both ways. */
final class SendingJson {
    private SendingJson() {}

    static JsonObject report(Sending.SendReport r) {
        return new JsonObject().put("meeting", r.meeting().toString()).put("purpose", r.purpose())
                .put("recipients", r.recipients()).put("queued", r.queued())
                .put("withoutEmail", new JsonArray(r.withoutEmail()));
    }

    static JsonObject replies(Sending.Replies r) {
        JsonArray list = new JsonArray();
        r.recipients().forEach(x -> list.add(recipient(x)));
        return new JsonObject().put("meeting", r.meeting().toString()).put("totals", new JsonObject(
                new java.util.LinkedHashMap<>(r.totals()))).put("recipients", list);
    }

    static JsonObject recipient(StoredRecipient s) {
        Recipient r = s.recipient();
        JsonObject o = new JsonObject().put("id", s.id().toString()).put("name", r.name()).put("title", r.title())
                .put("unit", r.unit()).put("email", r.email()).put("phone", r.phone())
                .put("origin", r.origin().name().toLowerCase(java.util.Locale.ROOT)).put("removed", s.removed());
        if (s.delegatedBy() != null) o.put("delegatedBy", s.delegatedBy().toString());
        o.put("delivery", delivery(s.delivery()));
        o.put("reply", s.reply() == null ? null : reply(s));
        return o;
    }

    private static JsonObject delivery(Delivery d) {
        if (d == null) return new JsonObject().put("state", "none");
        JsonObject o = new JsonObject().put("state", d.wire());
        if (d instanceof Delivery.Queued q) o.put("attempts", q.attempts()).put("error", q.lastError());
        if (d instanceof Delivery.Sent s) o.put("sentAt", s.at().toString());
        if (d instanceof Delivery.Failed f) o.put("error", f.reason());
        return o;
    }

    private static JsonObject reply(StoredRecipient s) {
        JsonObject o = new JsonObject().put("answer", s.reply().wire()).put("at", s.repliedAt().toString())
                .put("via", s.repliedVia());
        if (s.reply() instanceof Reply.Declined d) o.put("reason", d.reason());
        if (s.reply() instanceof Reply.Delegated d) {
            o.put("standIn", new JsonObject().put("name", d.standIn().name()).put("title", d.standIn().title())
                    .put("phone", d.standIn().phone()).put("email", d.standIn().email()));
        }
        return o;
    }

    /**
     * Reads {@code {"answer": "attending" | "declined" | "delegated", "reason": …, "standIn": {name, title, phone,
     * email}}}; a missing or wrong field is a 400 naming it.
     */
    static Reply reply(JsonObject body) {
        if (body == null) throw ApiException.badRequest("Chưa gửi câu trả lời: cần {\"answer\": \"attending\"}.");
        try {
            String answer = body.getString("answer");
            if (answer == null) throw ApiException.badRequest("Thiếu answer: attending, declined hoặc delegated.");
            return switch (answer) {
                case "attending" -> new Reply.Attending();
                case "declined" -> new Reply.Declined(body.getString("reason"));
                case "delegated" -> {
                    JsonObject s = body.getJsonObject("standIn");
                    if (s == null) throw ApiException.badRequest("Thiếu standIn: họ tên, chức vụ, điện thoại, email người dự thay.");
                    String email = s.getString("email");
                    Reply.StandIn standIn = new Reply.StandIn(s.getString("name"), s.getString("title"), s.getString("phone"), email);
                    if (email != null && !email.isBlank()) {
                        new vn.giaymoi.domain.recipient.Contact(standIn.name(), email, null); // a bad address is refused here
                    }
                    yield new Reply.Delegated(standIn);
                }
                default -> throw ApiException.badRequest("answer '" + answer + "' không có; dùng attending, declined hoặc delegated.");
            };
        } catch (ClassCastException e) {
            throw ApiException.badRequest("Câu trả lời sai kiểu dữ liệu: answer, reason và các trường của standIn là chuỗi.");
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
