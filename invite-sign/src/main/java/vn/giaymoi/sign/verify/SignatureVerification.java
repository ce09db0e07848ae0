package vn.giaymoi.sign.verify;

import java.time.ZonedDateTime;
import java.util.Optional;
import vn.giaymoi.sign.cert.ChainStatus;
import vn.giaymoi.sign.cert.RevocationStatus;

/**
 * Kết quả kiểm tra một chữ ký (the verification of one signature): who signed for which organisation, when (as the
 * document claims, and as a timestamp proves), whether the document changed after signing, the chain to the trusted
 * roots and the revocation status of the certificate.
 */
public record SignatureVerification(
        int number,
        String fieldName,
        String signer,
        Optional<String> organisation,
        String certificateIssuer,
        Optional<ZonedDateTime> claimedTime,
        Optional<Timestamp> timestamp,
        Integrity integrity,
        Coverage coverage,
        ChainStatus chain,
        RevocationStatus revocation) {

    /** Hợp lệ: intact, nothing unsigned after it, trusted chain, not revoked, and any timestamp sound. */
    public boolean valid() {
        return integrity == Integrity.INTACT
                && coverage != Coverage.CHANGED_AFTER_SIGNING
                && chain instanceof ChainStatus.Trusted
                && !(revocation instanceof RevocationStatus.Revoked)
                && timestamp.map(Timestamp::valid).orElse(true);
    }
}
