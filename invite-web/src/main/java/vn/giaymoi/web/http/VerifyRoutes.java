package vn.giaymoi.web.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.sign.cert.CertificateNames;
import vn.giaymoi.sign.cert.ChainStatus;
import vn.giaymoi.sign.cert.RevocationStatus;
import vn.giaymoi.sign.cert.TrustAnchors;
import vn.giaymoi.sign.pdf.UnreadablePdf;
import vn.giaymoi.sign.verify.PdfSignatureVerifier;
import vn.giaymoi.sign.verify.ReportText;
import vn.giaymoi.sign.verify.SignatureVerification;
import vn.giaymoi.sign.verify.VerificationReport;
import vn.giaymoi.web.error.ApiException;
import vn.giaymoi.web.offload.Offload;

/**
 * Kiểm tra chữ ký số (the signature verification API): {@code POST /api/v1/verify[?lang=en]} with a PDF body returns
 * the report of each signature as JSON, with the same sentences as {@code giaymoi verify}. Verification reads the PDF,
 * checks cryptography and may fetch CRLs, so it runs on the worker pool.
 */
public final class VerifyRoutes {
    public static final String PATH = ApiRoutes.BASE + "/verify";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Offload offload;
    private final TrustAnchors anchors;
    private final Clock clock;
    private final PdfSignatureVerifier verifier = new PdfSignatureVerifier();

    public VerifyRoutes(Offload offload, TrustAnchors anchors, Clock clock) {
        this.offload = offload;
        this.anchors = anchors;
        this.clock = clock;
    }

    /** Adds the route; a body handler must already run for it. */
    public void mount(Router router) {
        router.post(PATH).handler(this::verify);
    }

    private void verify(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/pdf")) {
            ctx.fail(ApiException.unsupportedMediaType(type));
            return;
        }
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        if (body == null || body.length() == 0) {
            ctx.fail(ApiException.badRequest("Chưa gửi tệp PDF: gửi nội dung tệp với Content-Type: application/pdf."));
            return;
        }
        Language language = language(ctx);
        byte[] pdf = body.getBytes();
        offload.run(() -> verifier.verify(pdf, anchors, clock.instant()))
                .onSuccess(report -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                        .end(json(report, language).encode()))
                .onFailure(e -> ctx.fail(e instanceof UnreadablePdf unreadable
                        ? ApiException.badRequest("Tệp gửi lên không phải PDF đọc được: " + unreadable.getMessage() + ".")
                        : e));
    }

    private static Language language(RoutingContext ctx) {
        String lang = ctx.queryParams().get("lang");
        try {
            return lang == null ? Language.VI : Language.of(lang);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    static JsonObject json(VerificationReport report, Language language) {
        JsonArray signatures = new JsonArray();
        for (SignatureVerification s : report.signatures()) {
            JsonArray lines = new JsonArray();
            ReportText.lines(s, language).forEach(l -> lines.add(new JsonObject().put("label", l.label()).put("value", l.value())));
            signatures.add(new JsonObject()
                    .put("number", s.number())
                    .put("field", s.fieldName())
                    .put("signer", s.signer())
                    .put("organisation", s.organisation().orElse(null))
                    .put("certificateIssuer", s.certificateIssuer())
                    .put("claimedSigningTime", s.claimedTime().map(t -> ISO.format(t.truncatedTo(ChronoUnit.SECONDS))).orElse(null))
                    .put("timestamp", s.timestamp().map(t -> new JsonObject()
                            .put("time", ISO.format(t.time().atZone(VIETNAM).truncatedTo(ChronoUnit.SECONDS)))
                            .put("authority", t.authority()).put("valid", t.valid()).put("trusted", t.trusted())).orElse(null))
                    .put("integrity", s.integrity().name())
                    .put("coverage", s.coverage().name())
                    .put("chain", s.chain() instanceof ChainStatus.Trusted t
                            ? new JsonObject().put("trusted", true).put("root", CertificateNames.holder(t.root()))
                            : new JsonObject().put("trusted", false).put("reason", untrusted((ChainStatus.Untrusted) s.chain(), language)))
                    .put("revocation", revocation(s.revocation(), language))
                    .put("valid", s.valid())
                    .put("lines", lines));
        }
        return new JsonObject().put("valid", report.allValid()).put("signatures", signatures)
                .put("report", ReportText.render(report, language));
    }

    private static String untrusted(ChainStatus.Untrusted chain, Language language) {
        return language == Language.EN ? chain.english() : chain.vietnamese();
    }

    private static JsonObject revocation(RevocationStatus status, Language language) {
        if (status instanceof RevocationStatus.Good good) {
            return new JsonObject().put("status", "GOOD").put("method", good.method().name())
                    .put("source", good.source().toString());
        }
        if (status instanceof RevocationStatus.Revoked revoked) {
            return new JsonObject().put("status", "REVOKED").put("method", revoked.method().name())
                    .put("source", revoked.source().toString())
                    .put("revokedAt", revoked.revokedAt().toString());
        }
        RevocationStatus.Unknown unknown = (RevocationStatus.Unknown) status;
        return new JsonObject().put("status", "UNKNOWN")
                .put("reason", language == Language.EN ? unknown.english() : unknown.vietnamese());
    }
}
