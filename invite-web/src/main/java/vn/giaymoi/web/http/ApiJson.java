package vn.giaymoi.web.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Locale;
import vn.giaymoi.application.port.out.StoredInvitation;
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

    /** {@code {id, version, status, savedAt, invitation}}; the invitation in the input format. */
    JsonObject stored(StoredInvitation s) {
        return new JsonObject()
                .put("id", s.id().toString())
                .put("version", s.version())
                .put("status", s.status().name().toLowerCase(Locale.ROOT))
                .put("savedAt", s.savedAt().toString())
                .put("invitation", new JsonObject(format.write(s.invitation(), Syntax.JSON)));
    }

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
