package vn.giaymoi.sign.cert;

import java.net.URI;
import java.time.Instant;

/** Tình trạng thu hồi (revocation status) of one certificate, as its OCSP responder or its CRL says. */
public sealed interface RevocationStatus {

    /** How the status was learnt. */
    enum Method {
        /** Danh sách chứng thư bị thu hồi (RFC 5280). */
        CRL,
        /** Giao thức kiểm tra trạng thái chứng thư trực tuyến (RFC 6960). */
        OCSP
    }

    /** Chưa bị thu hồi: the responder or CRL at {@code source} says so. */
    record Good(Method method, URI source) implements RevocationStatus {}

    /** Đã bị thu hồi at {@code revokedAt}, as the responder or CRL at {@code source} says. */
    record Revoked(Method method, URI source, Instant revokedAt) implements RevocationStatus {}

    /**
     * Không kiểm tra được: no OCSP or CRL address, or none answered in time with a checked answer (the reason in both
     * languages). Not a refusal: the report says it was not checked.
     */
    record Unknown(String vietnamese, String english) implements RevocationStatus {}
}
