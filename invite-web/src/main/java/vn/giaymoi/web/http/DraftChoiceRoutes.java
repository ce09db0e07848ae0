package vn.giaymoi.web.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import vn.giaymoi.application.port.out.Account;
import vn.giaymoi.application.port.out.AccountStore;
import vn.giaymoi.application.service.Access.Permission;
import vn.giaymoi.application.service.Access;
import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.domain.delegation.AuthorityLine;
import vn.giaymoi.domain.profile.OrganisationProfile;
import vn.giaymoi.domain.profile.RosterSigner;
import vn.giaymoi.domain.profile.SigningForm;
import vn.giaymoi.domain.profile.Unit;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.format.ProfileFormat;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.web.error.ApiException;
import vn.giaymoi.web.offload.Offload;

/**
 * Lựa chọn khi soạn theo hồ sơ cơ quan (what the editor offers from the caller's organisation's profile):
 * {@code GET /api/v1/drafts/choices} answers {@code {signers: [{name, title, forms: [{authority, label}]}],
 * units: [{name, shortName?}], distribution}} — the signer roster with each signing form, the units directory and
 * the usual Nơi nhận, so a clerk picks a signer or a unit instead of typing it. Only the caller's own organisation's
 * profile is read (there is no way to name another); drafting needs the drafter's role.
 */
public final class DraftChoiceRoutes {
    public static final String PATH = ApiRoutes.BASE + "/drafts/choices";

    private final AccountStore accounts;
    private final Offload offload;

    public DraftChoiceRoutes(AccountStore accounts, Offload offload) {
        this.accounts = accounts;
        this.offload = offload;
    }

    /** Adds the route; authentication must already run for it. */
    public void mount(Router router) {
        router.get(PATH).handler(this::choices);
    }

    private void choices(RoutingContext ctx) {
        Account a = Authentication.account(ctx);
        Optional<Outcome.Forbidden<Void>> no = Access.check(a, Permission.EDIT);
        if (no.isPresent()) throw Outcomes.problem(no.get(), false, Language.VI);
        offload.run(() -> {
            String text = accounts.profile(a.organisation()).orElseThrow(() -> ApiException.notFound(
                    "Cơ quan chưa có hồ sơ nên chưa có danh sách người ký và danh bạ đơn vị; quản trị cơ quan gửi hồ"
                            + " sơ bằng PUT " + ApiRoutes.BASE + "/organisations/" + a.organisation() + "/profile."));
            Syntax syntax = text.stripLeading().startsWith("{") ? Syntax.JSON : Syntax.YAML;
            ProfileFormat.Read read = new ProfileFormat().read(text, syntax, "hồ sơ cơ quan");
            if (read instanceof ProfileFormat.Read.Failed failed) { // stored before the format refused it: the admin fixes it
                JsonArray where = new JsonArray();
                failed.problems().forEach(p -> where.add(new JsonObject().put("path", p.path()).put("line", p.line())
                        .put("column", p.column()).put("message", p.message())));
                throw ApiException.ruleErrors("Hồ sơ cơ quan không đọc được; quản trị cơ quan sửa hồ sơ trước khi"
                        + " soạn theo hồ sơ.", where);
            }
            return json(((ProfileFormat.Read.Ok) read).profile());
        }).onSuccess(body -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                .end(body.encodePrettily())).onFailure(ctx::fail);
    }

    private static JsonObject json(OrganisationProfile profile) {
        JsonArray signers = new JsonArray();
        for (RosterSigner s : profile.signers()) {
            JsonArray forms = new JsonArray();
            for (SigningForm f : s.forms()) {
                forms.add(new JsonObject().put("authority", new JsonArray(f.lines().stream().map(AuthorityLine::toString).toList()))
                        .put("label", f.toString()));
            }
            signers.add(new JsonObject().put("name", s.name()).put("title", s.title()).put("forms", forms));
        }
        JsonArray units = new JsonArray();
        for (Unit u : profile.units()) {
            JsonObject unit = new JsonObject().put("name", u.name());
            if (u.shortName() != null) unit.put("shortName", u.shortName());
            units.add(unit);
        }
        return new JsonObject().put("signers", signers).put("units", units)
                .put("distribution", new JsonArray(profile.distribution()));
    }
}
