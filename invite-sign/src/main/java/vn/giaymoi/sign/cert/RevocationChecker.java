package vn.giaymoi.sign.cert;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * Kiểm tra thu hồi (revocation): OCSP first where the certificate names a responder (current, per certificate), then
 * its CRL when OCSP gives no usable answer. Only when neither answers is the status "không kiểm tra được".
 */
public final class RevocationChecker {
    private final OcspChecker ocsp;
    private final CrlChecker crls;

    public RevocationChecker() {
        this(new OcspChecker(), new CrlChecker());
    }

    public RevocationChecker(OcspChecker ocsp, CrlChecker crls) {
        this.ocsp = ocsp;
        this.crls = crls;
    }

    /** The status of {@code certificate} (issued by {@code issuer}) at {@code at}. */
    public RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Instant at) {
        if (OcspChecker.responders(certificate).isEmpty()) return crls.status(certificate, issuer, at);
        RevocationStatus online = ocsp.status(certificate, issuer, at);
        if (!(online instanceof RevocationStatus.Unknown unanswered)) return online;
        RevocationStatus listed = crls.status(certificate, issuer, at);
        if (!(listed instanceof RevocationStatus.Unknown unlisted)) return listed;
        return new RevocationStatus.Unknown(unanswered.vietnamese() + "; " + unlisted.vietnamese(),
                unanswered.english() + "; " + unlisted.english());
    }
}
