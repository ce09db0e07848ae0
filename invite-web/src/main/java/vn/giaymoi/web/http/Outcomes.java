package vn.giaymoi.web.http;

import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.web.error.ApiException;

/**
 * Kết quả thành mã HTTP (the one place that turns use-case outcomes into HTTP statuses): done → the value;
 * rejected → 422 with findings; conflict → 409, or 412 when the caller's If-Match version is stale; not found →
 * 404; forbidden → 403. Called on the worker pool; the problem body is written by the failure handler.
 */
final class Outcomes {
    private Outcomes() {}

    /**
     * The value of a done outcome, else the problem to answer.
     *
     * @param ifMatch true when the request named the version it read (If-Match)
     */
    static <T> T unwrap(Outcome<T> outcome, boolean ifMatch, Language language) {
        if (outcome instanceof Outcome.Done<T> done) return done.value();
        throw problem(outcome, ifMatch, language);
    }

    static ApiException problem(Outcome<?> outcome, boolean ifMatch, Language language) {
        boolean en = language == Language.EN;
        if (outcome instanceof Outcome.Rejected<?> r) {
            return ApiException.ruleErrors(en ? r.messageEn() : r.messageVi(), ApiJson.findings(r.findings(), language));
        }
        if (outcome instanceof Outcome.Conflict<?> c) {
            String detail = en ? c.rejection().messageEn() : c.rejection().messageVi();
            ApiException e = c.kind() == Outcome.Conflict.Kind.STALE && ifMatch
                    ? ApiException.preconditionFailed(detail) : ApiException.conflict(detail);
            e.with("reason", c.rejection().id());
            return c.currentVersion() > 0 ? e.with("currentVersion", c.currentVersion()) : e;
        }
        if (outcome instanceof Outcome.NotFound<?> n) {
            return ApiException.notFound(en ? "No invitation " + n.id() + "." : "Không có giấy mời " + n.id() + ".");
        }
        if (outcome instanceof Outcome.Forbidden<?> f) return ApiException.forbidden(en ? f.messageEn() : f.messageVi());
        throw new IllegalArgumentException("a done outcome is no problem");
    }
}
