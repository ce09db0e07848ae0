package vn.giaymoi.web.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Locale;
import vn.giaymoi.application.port.out.InvitationSummary;
import vn.giaymoi.application.port.out.Link;
import vn.giaymoi.application.port.out.Status;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.port.out.SummaryPage;
import vn.giaymoi.domain.lifecycle.ApprovalPolicy;
import vn.giaymoi.domain.lifecycle.Lifecycle;
import vn.giaymoi.domain.lifecycle.Transition;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.format.FindingsJson;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Syntax;

/** Dạng JSON của API (the API's JSON shapes): stored invitations and findings. */
final class ApiJson {
    private final InvitationFormat format;

    ApiJson(InvitationFormat format) {
        this.format = format;
    }

    /**
     * {@code {id, version, status, reason?, follows?, supersededBy?, actions, savedAt, invitation}}; the invitation in
     * the input format; {@code actions} are the steps its state allows (what the editor offers).
     */
    JsonObject stored(StoredInvitation s) {
        return stored(s, ApprovalPolicy.REQUIRED);
    }

    /** As {@link #stored(StoredInvitation)}, offering the issue step as {@code approval} allows it. */
    JsonObject stored(StoredInvitation s, ApprovalPolicy approval) {
        JsonObject out = new JsonObject()
                .put("id", s.id().toString())
                .put("version", s.version())
                .put("status", status(s.status()));
        if (s.reason() != null) out.put("reason", s.reason());
        if (s.follows() != null) out.put("follows", link(s.follows()));
        if (s.supersededBy() != null) out.put("supersededBy", link(s.supersededBy()));
        return out.put("actions", actions(s.state(), s.status(), approval))
                .put("savedAt", s.savedAt().toString())
                .put("invitation", new JsonObject(format.write(s.invitation(), Syntax.JSON)));
    }

    /** The status as the API names it: {@code draft}, {@code submitted}, … */
    static String status(Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static JsonObject link(Link link) {
        return new JsonObject().put("id", link.id().toString()).put("number", link.number())
                .put("type", link.kind().wire());
    }

    /** The steps the lifecycle allows now: edit, submit, approve, return, issue, revoke, delete, follow-up. */
    private static JsonArray actions(Lifecycle state, Status status, ApprovalPolicy approval) {
        JsonArray out = new JsonArray();
        if (state.edit() instanceof Transition.Moved) out.add("edit");
        if (state.submit() instanceof Transition.Moved) out.add("submit");
        if (state.approve() instanceof Transition.Moved) out.add("approve");
        if (state.returnWith("x") instanceof Transition.Moved) out.add("return");
        if (approval.issue(state) instanceof Transition.Moved) out.add("issue");
        if (state.revoke("x") instanceof Transition.Moved) out.add("revoke");
        if (state.deletable()) out.add("delete");
        if (status == Status.ISSUED) out.add("follow-up");
        return out.add("duplicate");
    }

    /**
     * {@code {items, page, size, total, totalCapped}}: a page of the list, each item
     * {@code {id, version, status, kind, number, date?, subject, issuer, meetingDate?, savedAt, actions}}, the actions
     * as the organisation's {@code approval} policy allows them.
     */
    static JsonObject page(SummaryPage page, ApprovalPolicy approval) {
        JsonArray items = new JsonArray();
        for (InvitationSummary s : page.items()) {
            JsonObject item = new JsonObject().put("id", s.id().toString()).put("version", s.version())
                    .put("status", status(s.status())).put("kind", s.kind().code()).put("number", s.number())
                    .put("subject", s.subject()).put("issuer", s.issuer());
            if (s.issueDate() != null) item.put("date", s.issueDate().toString());
            if (s.meetingDate() != null) item.put("meetingDate", s.meetingDate().toString());
            // the steps a state allows do not depend on the reason it was returned or revoked
            items.add(item.put("savedAt", s.savedAt().toString())
                    .put("actions", actions(s.status().state(ANY_REASON), s.status(), approval)));
        }
        return new JsonObject().put("items", items).put("page", page.page()).put("size", page.size())
                .put("total", page.total()).put("totalCapped", page.totalCapped());
    }

    /** Stands for the reason of a returned or revoked summary, which the list does not read. */
    private static final String ANY_REASON = "(lý do)";

    JsonObject items(List<StoredInvitation> list) {
        JsonArray items = new JsonArray();
        list.forEach(s -> items.add(stored(s)));
        return new JsonObject().put("count", list.size()).put("items", items);
    }

    static JsonArray findings(List<Finding> findings, Language language) {
        JsonArray out = new JsonArray();
        for (Finding f : findings) out.add(new JsonObject(FindingsJson.fields(f, language)));
        return out;
    }
}
