package vn.giaymoi.sign;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.giaymoi.sign.cert.CertificateCheck;
import vn.giaymoi.sign.cert.CertificateProblem;
import vn.giaymoi.sign.cert.RevocationChecker;
import vn.giaymoi.sign.cert.TrustAnchors;
import vn.giaymoi.sign.key.SigningKey;
import vn.giaymoi.sign.pdf.Appearance;
import vn.giaymoi.sign.pdf.PadesSigner;
import vn.giaymoi.sign.pdf.TimestampClient;

/**
 * Dịch vụ ký số (the signing service, the one entry point for the CLI and, at issue time, the server): checks the
 * certificate as Thông tư 15/2025/TT-BKHCN requires, then signs. On the server it holds the organisation's key only;
 * a personal certificate on a USB token signs on the user's machine (docs/decisions.md).
 */
public final class SigningService {
    private final TrustAnchors anchors;
    private final Optional<TimestampClient> timestamps;
    private final Clock clock;

    public SigningService(TrustAnchors anchors, Optional<TimestampClient> timestamps, Clock clock) {
        this.anchors = Objects.requireNonNull(anchors, "anchors");
        this.timestamps = Objects.requireNonNull(timestamps, "timestamps");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The outcome of a signing request: the signed PDF, or why the certificate may not sign. */
    public sealed interface Outcome {
        record Signed(byte[] pdf) implements Outcome {}

        record Refused(List<CertificateProblem> problems) implements Outcome {}

        /** The uploaded PDF is not the prepared document signed by its signer (see {@link OrganisationSigner}). */
        record NotAccepted(String vietnamese, String english) implements Outcome {}
    }

    TrustAnchors anchors() {
        return anchors;
    }

    Clock clock() {
        return clock;
    }

    /**
     * {@code pdf} signed by {@code key} with {@code appearance}, or refused when the certificate fails a check. Trusted
     * roots are this service's and any self-signed root that came with the key.
     */
    public Outcome sign(byte[] pdf, SigningKey key, Appearance appearance) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        List<CertificateProblem> problems = check(key);
        if (!problems.isEmpty()) return new Outcome.Refused(problems);
        return new Outcome.Signed(new PadesSigner(timestamps).sign(pdf, key, appearance, now));
    }

    /**
     * Why {@code key} may not sign now (empty: it may): the checks of Thông tư 15/2025/TT-BKHCN, revocation through
     * OCSP where the certificate names a responder, else its CRL.
     */
    public List<CertificateProblem> check(SigningKey key) {
        return new CertificateCheck(new RevocationChecker())
                .check(key.chain(), anchors.withSelfSignedOf(key.chain()), clock.instant());
    }
}
