package vn.giaymoi.web.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.web.error.ApiException;
import vn.giaymoi.web.offload.Offload;

/**
 * Sửa tự động (the checker's certain fixes over HTTP), what {@code giaymoi fix} does for a file:
 * {@code POST /api/v1/fix?rule=ND30-DATE-PAD&path=date.day} applies the one fix of that finding,
 * {@code POST /api/v1/fix} every certain fix. The body is an invitation in the input format (JSON or YAML); the answer
 * is {@code {invitation, applied: [{ruleId, path, fix}], findings}}: the fixed invitation in JSON, what changed,
 * and the findings that remain. Nothing is stored: the editor saves the fixed text as any other edit.
 */
public final class FixRoutes {
    public static final String PATH = ApiRoutes.BASE + "/fix";

    private final InvitationFormat format;
    private final RuleEngine rules;
    private final Offload offload;
    private final Clock clock;

    public FixRoutes(InvitationFormat format, RuleEngine rules, Offload offload, Clock clock) {
        this.format = format;
        this.rules = rules;
        this.offload = offload;
        this.clock = clock;
    }

    /** Adds the route; a body handler must already run for it. */
    public void mount(Router router) {
        router.post(PATH).handler(this::fix);
    }

    private void fix(RoutingContext ctx) {
        String rule = ctx.queryParams().get("rule");
        String path = ctx.queryParams().get("path");
        if ((rule == null) != (path == null)) {
            throw ApiException.badRequest("Sửa một lỗi cần cả rule và path của lỗi đó; bỏ cả hai để sửa mọi lỗi sửa được.");
        }
        Language language = language(ctx.queryParams().get("lang"));
        Syntax syntax = ApiRoutes.syntax(ctx.request().getHeader("Content-Type"));
        Buffer body = ctx.body().buffer();
        LocalDate today = LocalDate.now(clock);
        offload.run(() -> {
            Invitation before = parse(body, syntax);
            CheckContext check = CheckContext.draft(today);
            List<Finding> found = rules.check(before, check).stream().filter(f -> f.fix() != null)
                    .filter(f -> rule == null || (f.ruleId().equals(rule) && f.path().equals(path))).toList();
            if (rule != null && found.isEmpty()) {
                throw ApiException.badRequest("Không còn lỗi " + rule + " sửa tự động được ở chỗ này; có thể nó đã được sửa."
                        + " Hãy kiểm tra lại giấy mời.");
            }
            Invitation after = before;
            JsonArray applied = new JsonArray();
            for (Finding f : found) {
                try {
                    after = f.fix().apply(after);
                    applied.add(new JsonObject().put("ruleId", f.ruleId()).put("path", f.path())
                            .put("fix", f.fix().description(language)));
                } catch (RuntimeException e) {
                    // a fix that no longer fits after an earlier one is skipped, as the CLI skips it
                }
            }
            return new JsonObject().put("invitation", new JsonObject(format.write(after, Syntax.JSON)))
                    .put("applied", applied)
                    .put("findings", ApiJson.findings(rules.check(after, check), language)).encode();
        }).onSuccess(json -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(json))
                .onFailure(ctx::fail);
    }

    private static Language language(String lang) {
        try {
            return lang == null || lang.isBlank() ? Language.VI : Language.of(lang);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private Invitation parse(Buffer body, Syntax syntax) {
        String text = body == null ? "" : body.toString(StandardCharsets.UTF_8);
        if (text.isBlank()) throw ApiException.badRequest("Nội dung gửi lên trống; hãy gửi giấy mời cần sửa (JSON hoặc YAML).");
        Parsed parsed = format.read(text, syntax, "nội dung gửi lên");
        if (parsed instanceof Parsed.Failed failed) throw ApiException.badInput(failed.problems());
        return ((Parsed.Ok) parsed).invitation();
    }
}
