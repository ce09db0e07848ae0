package vn.giaymoi.sign.cert;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Kiểm tra chứng thư số trước khi ký (the certificate checks signing software must make before it signs, Thông tư
 * 15/2025/TT-BKHCN): the validity period, the key usage, the chain to a trusted root, the key strength (RSA ≥ 2048
 * bits, ECDSA ≥ 256 bits) and, where the certificate names a reachable OCSP responder or CRL, that it is not revoked. Each failed check
 * is one {@link CertificateProblem}; an empty list means the certificate may sign. Time is passed in.
 */
public final class CertificateCheck {
    public static final String EXPIRED = "SIGN-CERT-EXPIRED";
    public static final String NOT_YET_VALID = "SIGN-CERT-NOT-YET-VALID";
    public static final String KEY_USAGE = "SIGN-CERT-KEY-USAGE";
    public static final String WEAK_KEY = "SIGN-CERT-WEAK-KEY";
    public static final String UNTRUSTED = "SIGN-CERT-UNTRUSTED";
    public static final String REVOKED = "SIGN-CERT-REVOKED";

    private static final String BASIS = "Thông tư 15/2025/TT-BKHCN";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private final ChainValidator chains = new ChainValidator();
    private final RevocationChecker revocations;

    public CertificateCheck(RevocationChecker revocations) {
        this.revocations = revocations;
    }

    /** The problems of signing at {@code at} with {@code chain.get(0)}; the others help build its chain. */
    public List<CertificateProblem> check(List<X509Certificate> chain, TrustAnchors anchors, Instant at) {
        X509Certificate certificate = chain.get(0);
        List<CertificateProblem> problems = new ArrayList<>();
        validity(certificate, at, problems);
        keyUsage(certificate, problems);
        keyStrength(certificate.getPublicKey(), problems);
        // an expired or early certificate is already refused above: build its chain within its own validity, so the
        // chain problem reported (if any) is another one
        boolean outsideValidity = problems.stream().anyMatch(p -> p.id().equals(EXPIRED) || p.id().equals(NOT_YET_VALID));
        ChainStatus status = chains.validate(chain, anchors, outsideValidity ? certificate.getNotBefore().toInstant() : at);
        if (status instanceof ChainStatus.Untrusted untrusted) {
            problems.add(new CertificateProblem(UNTRUSTED,
                    "Chứng thư số không tin cậy: " + untrusted.vietnamese() + " (" + BASIS
                            + ": chuỗi chứng thư phải dẫn tới chứng thư gốc tin cậy). Thêm chứng thư gốc bằng --trust.",
                    "Untrusted certificate: " + untrusted.english() + " (" + BASIS
                            + ": the chain must end in a trusted root). Add the root with --trust."));
        } else if (status instanceof ChainStatus.Trusted trusted) {
            revocation(trusted.path(), at, problems);
        }
        return List.copyOf(problems);
    }

    private static void validity(X509Certificate certificate, Instant at, List<CertificateProblem> problems) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        Instant notBefore = certificate.getNotBefore().toInstant();
        if (at.isAfter(notAfter)) {
            problems.add(new CertificateProblem(EXPIRED,
                    "Chứng thư số đã hết hạn lúc " + DAY.format(notAfter) + " (" + BASIS
                            + ": chỉ ký bằng chứng thư còn hiệu lực). Gia hạn hoặc xin cấp chứng thư mới.",
                    "The certificate expired at " + DAY.format(notAfter) + " (+07:00) (" + BASIS
                            + ": sign only with a certificate in its validity period). Renew it."));
        } else if (at.isBefore(notBefore)) {
            problems.add(new CertificateProblem(NOT_YET_VALID,
                    "Chứng thư số chưa có hiệu lực: hiệu lực từ " + DAY.format(notBefore) + " (" + BASIS
                            + ": chỉ ký bằng chứng thư còn hiệu lực). Chờ tới ngày đó hoặc kiểm tra đồng hồ máy.",
                    "The certificate is not valid yet: valid from " + DAY.format(notBefore) + " (+07:00) (" + BASIS
                            + "). Wait until then or check the computer's clock."));
        }
    }

    private static void keyUsage(X509Certificate certificate, List<CertificateProblem> problems) {
        boolean[] usage = certificate.getKeyUsage();
        boolean signs = usage == null
                || (usage.length > NON_REPUDIATION && (usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION]));
        if (!signs) {
            problems.add(new CertificateProblem(KEY_USAGE,
                    "Chứng thư số không được cấp để ký số: mục đích sử dụng khóa (key usage) không có digitalSignature "
                            + "hay nonRepudiation (" + BASIS + "). Dùng chứng thư ký số của người ký hoặc cơ quan.",
                    "The certificate is not issued for signing: its key usage has neither digitalSignature nor "
                            + "nonRepudiation (" + BASIS + "). Use a signing certificate."));
        }
    }

    private static void keyStrength(PublicKey key, List<CertificateProblem> problems) {
        if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < 2048) {
            int bits = rsa.getModulus().bitLength();
            problems.add(weak("RSA " + bits + " bit", "RSA " + bits + "-bit"));
        } else if (key instanceof ECPublicKey ec && ec.getParams().getOrder().bitLength() < 256) {
            int bits = ec.getParams().getOrder().bitLength();
            problems.add(weak("ECDSA " + bits + " bit", "ECDSA " + bits + "-bit"));
        } else if (!(key instanceof RSAPublicKey) && !(key instanceof ECPublicKey)) {
            problems.add(weak("thuật toán " + key.getAlgorithm(), key.getAlgorithm()));
        }
    }

    private static CertificateProblem weak(String vietnamese, String english) {
        return new CertificateProblem(WEAK_KEY,
                "Khóa " + vietnamese + " không đủ an toàn: cần RSA từ 2048 bit hoặc ECDSA từ 256 bit (" + BASIS + ").",
                "The " + english + " key is too weak: RSA of 2048 bits or more, or ECDSA of 256 bits or more, is required ("
                        + BASIS + ").");
    }

    private void revocation(List<X509Certificate> path, Instant at, List<CertificateProblem> problems) {
        for (int i = 0; i + 1 < path.size(); i++) {
            if (revocations.status(path.get(i), path.get(i + 1), at) instanceof RevocationStatus.Revoked revoked) {
                String whose = i == 0 ? "Chứng thư số" : "Chứng thư của nơi cấp (" + CertificateNames.holder(path.get(i)) + ")";
                String whoseEn = i == 0 ? "The certificate" : "The issuing certificate (" + CertificateNames.holder(path.get(i)) + ")";
                problems.add(new CertificateProblem(REVOKED,
                        whose + " đã bị thu hồi lúc " + DAY.format(revoked.revokedAt()) + " (theo " + revoked.method() + " " + revoked.source()
                                + "; " + BASIS + "). Không được dùng để ký.",
                        whoseEn + " was revoked at " + DAY.format(revoked.revokedAt()) + " (+07:00) (" + revoked.method() + " "
                                + revoked.source() + "; " + BASIS + "). It may not sign."));
            }
        }
    }
}
