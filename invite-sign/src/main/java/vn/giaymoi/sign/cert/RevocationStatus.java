package vn.giaymoi.sign.cert;

import java.net.URI;
import java.time.Instant;

/** Tình trạng thu hồi (revocation status) of one certificate, as its CRL says. */
public sealed interface RevocationStatus {

    /** Chưa bị thu hồi: the CRL at {@code source} does not list it. */
    record Good(URI source) implements RevocationStatus {}

    /** Đã bị thu hồi: listed on the CRL at {@code source}, revoked at {@code revokedAt}. */
    record Revoked(URI source, Instant revokedAt) implements RevocationStatus {}

    /** Không kiểm tra được: no CRL address, or none could be fetched and checked (the reason in both languages). */
    record Unknown(String vietnamese, String english) implements RevocationStatus {}
}
