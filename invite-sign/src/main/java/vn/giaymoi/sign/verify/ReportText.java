package vn.giaymoi.sign.verify;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.sign.cert.CertificateNames;
import vn.giaymoi.sign.cert.ChainStatus;
import vn.giaymoi.sign.cert.RevocationStatus;

/**
 * Báo cáo bằng lời (the verification report in words): Vietnamese by default (Thông tư 15/2025/TT-BKHCN asks for
 * results in Vietnamese), English on request. The same sentences serve the CLI and the web API.
 */
public final class ReportText {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ReportText() {}

    /** The whole report: one block per signature, then the verdict. */
    public static String render(VerificationReport report, Language language) {
        boolean vi = language != Language.EN;
        StringBuilder out = new StringBuilder();
        int total = report.signatures().size();
        if (total == 0) {
            return (vi ? "Văn bản không có chữ ký số nào." : "The document has no digital signature.") + "\n";
        }
        for (SignatureVerification s : report.signatures()) {
            out.append(vi ? "Chữ ký " : "Signature ").append(s.number()).append('/').append(total).append(" (")
                    .append(s.fieldName()).append(")\n");
            for (Line line : lines(s, language)) {
                out.append("  ").append(line.label()).append(": ").append(line.value()).append('\n');
            }
            out.append('\n');
        }
        out.append(report.allValid()
                ? (vi ? "Kết luận: mọi chữ ký đều hợp lệ." : "Verdict: every signature is valid.")
                : (vi ? "Kết luận: có chữ ký KHÔNG hợp lệ." : "Verdict: at least one signature is NOT valid."));
        return out.append('\n').toString();
    }

    /** A label and its value, as shown in the CLI and returned by the web API. */
    public record Line(String label, String value) {}

    /** The lines of one signature (signer, organisation, times, integrity, chain, revocation, verdict). */
    public static List<Line> lines(SignatureVerification s, Language language) {
        boolean vi = language != Language.EN;
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(vi ? "Người ký" : "Signer", s.signer()));
        lines.add(new Line(vi ? "Cơ quan, tổ chức" : "Organisation", s.organisation().orElse(vi ? "(không ghi)" : "(none)")));
        lines.add(new Line(vi ? "Nơi cấp chứng thư" : "Certificate issuer", s.certificateIssuer()));
        lines.add(new Line(vi ? "Thời điểm ký (văn bản tự ghi)" : "Signing time (as the document claims)",
                s.claimedTime().map(t -> ISO.format(t.truncatedTo(ChronoUnit.SECONDS))).orElse(vi ? "(không ghi)" : "(none)")));
        lines.add(new Line(vi ? "Dấu thời gian" : "Timestamp", s.timestamp().map(t -> {
            String when = iso(t.time()) + (vi ? ", do " : ", by ") + t.authority();
            if (!t.valid()) return when + (vi ? " — KHÔNG hợp lệ (không khớp chữ ký hoặc đã bị sửa)" : " — NOT valid (does not match the signature or was altered)");
            return when + (t.authorityChain() instanceof ChainStatus.Untrusted u
                    ? (vi ? " — hợp lệ, nhưng nơi cấp dấu không tin cậy: " + u.vietnamese() : " — valid, but the authority is not trusted: " + u.english())
                    : (vi ? " — hợp lệ, nơi cấp dấu tin cậy" : " — valid, trusted authority"));
        }).orElse(vi ? "không có (chữ ký PAdES B-B)" : "none (PAdES B-B signature)")));
        lines.add(new Line(vi ? "Nội dung" : "Content", content(s, vi)));
        lines.add(new Line(vi ? "Chuỗi chứng thư" : "Certificate chain", s.chain() instanceof ChainStatus.Trusted t
                ? (vi ? "tin cậy, tới chứng thư gốc " : "trusted, up to the root ") + CertificateNames.holder(t.root())
                : (vi ? "KHÔNG tin cậy: " + ((ChainStatus.Untrusted) s.chain()).vietnamese()
                        : "NOT trusted: " + ((ChainStatus.Untrusted) s.chain()).english())));
        lines.add(new Line(vi ? "Thu hồi" : "Revocation", revocation(s.revocation(), vi)));
        lines.add(new Line(vi ? "Kết quả" : "Result", s.valid() ? (vi ? "HỢP LỆ" : "VALID") : (vi ? "KHÔNG HỢP LỆ" : "NOT VALID")));
        return lines;
    }

    private static String content(SignatureVerification s, boolean vi) {
        return switch (s.integrity()) {
            case MODIFIED -> vi ? "ĐÃ BỊ THAY ĐỔI sau khi ký (phần đã ký không còn như lúc ký)"
                    : "MODIFIED after signing (the signed bytes are not those that were signed)";
            case BROKEN -> vi ? "chữ ký hỏng hoặc không khớp chứng thư" : "the signature is broken or does not match its certificate";
            case INTACT -> switch (s.coverage()) {
                case WHOLE_DOCUMENT -> vi ? "không thay đổi sau khi ký; chữ ký phủ toàn bộ tệp"
                        : "unchanged since signing; the signature covers the whole file";
                case SIGNED_AGAIN_LATER -> vi ? "không thay đổi sau khi ký; phần thêm sau đó được chữ ký sau phủ"
                        : "unchanged since signing; what was added later is covered by a later signature";
                case CHANGED_AFTER_SIGNING -> vi ? "ĐÃ BỊ THAY ĐỔI sau khi ký (có phần thêm vào sau chữ ký cuối cùng)"
                        : "MODIFIED after signing (bytes were added after the last signature)";
            };
        };
    }

    private static String revocation(RevocationStatus status, boolean vi) {
        if (status instanceof RevocationStatus.Good good) {
            return (vi ? "chưa bị thu hồi (theo " : "not revoked (") + good.method() + " " + good.source() + ")";
        }
        if (status instanceof RevocationStatus.Revoked revoked) {
            return (vi ? "ĐÃ BỊ THU HỒI lúc " : "REVOKED at ") + iso(revoked.revokedAt()) + " (" + revoked.method() + " "
                    + revoked.source() + ")";
        }
        RevocationStatus.Unknown unknown = (RevocationStatus.Unknown) status;
        return (vi ? "không kiểm tra được: " + unknown.vietnamese() : "not checked: " + unknown.english());
    }

    private static String iso(Instant instant) {
        return ISO.format(instant.atZone(VIETNAM).truncatedTo(ChronoUnit.SECONDS));
    }
}
