package vn.giaymoi.sign.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.sign.SigningService;
import vn.giaymoi.sign.pdf.Appearance;
import vn.giaymoi.sign.pdf.PadesSigner;
import vn.giaymoi.sign.pdf.PngImage;
import vn.giaymoi.sign.pki.OcspResponder;
import vn.giaymoi.sign.pki.TestImages;
import vn.giaymoi.sign.pki.TestPki;
import vn.giaymoi.sign.verify.PdfSignatureVerifier;
import vn.giaymoi.sign.verify.ReportText;
import vn.giaymoi.sign.verify.VerificationReport;

/**
 * Revocation through OCSP (RFC 6960) against a responder built with Bouncy Castle on 127.0.0.1: good, revoked,
 * unreachable and silent (both "không kiểm tra được", bounded by the timeout, never a failure), and the CRL when
 * OCSP gives no answer.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OcspRevocationTest {
    static final TestPki PKI = TestPki.shared();
    static final TrustAnchors ROOT = TrustAnchors.of(List.of(PKI.root.certificate()));
    static OcspResponder responder;

    @BeforeAll
    static void start() throws IOException {
        responder = new OcspResponder(PKI.intermediate);
    }

    @AfterAll
    static void stop() {
        responder.close();
    }

    private static RevocationStatus statusOf(TestPki.Identity who) {
        return new RevocationChecker().status(who.certificate(), PKI.intermediate.certificate(), Instant.now());
    }

    @Test
    void a_certificate_the_responder_knows_as_good_is_good_by_OCSP() {
        TestPki.Identity signer = PKI.signerWithOcsp("Phạm Văn D", responder.url(), false);
        assertThat(statusOf(signer)).isEqualTo(new RevocationStatus.Good(RevocationStatus.Method.OCSP, responder.url()));
        assertThat(new SigningService(ROOT, Optional.empty(), Clock.systemUTC()).check(signer.signingKey())).isEmpty();
    }

    @Test
    void a_certificate_the_responder_says_is_revoked_may_not_sign_and_the_refusal_names_OCSP() {
        TestPki.Identity signer = PKI.signerWithOcsp("Hoàng Văn E", responder.url(), false);
        Instant revokedAt = Instant.now().minus(Duration.ofHours(2));
        responder.revoke(signer.certificate(), revokedAt);
        assertThat(statusOf(signer)).isInstanceOfSatisfying(RevocationStatus.Revoked.class, r -> {
            assertThat(r.method()).isEqualTo(RevocationStatus.Method.OCSP);
            assertThat(r.revokedAt()).isEqualTo(revokedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        });
        List<CertificateProblem> problems = new SigningService(ROOT, Optional.empty(), Clock.systemUTC()).check(signer.signingKey());
        assertThat(problems).extracting(CertificateProblem::id).containsExactly(CertificateCheck.REVOKED);
        assertThat(problems.get(0).vietnamese()).contains("đã bị thu hồi lúc", "theo OCSP " + responder.url());
    }

    @Test
    void an_unreachable_responder_is_not_checked_not_a_failure_and_signing_goes_on() {
        TestPki.Identity signer = PKI.signerWithOcsp("Vũ Thị G", TestPki.unreachable(), false);
        assertThat(statusOf(signer)).isInstanceOfSatisfying(RevocationStatus.Unknown.class,
                u -> assertThat(u.vietnamese()).startsWith("không hỏi được máy chủ OCSP (" + TestPki.unreachable()));
        assertThat(new SigningService(ROOT, Optional.empty(), Clock.systemUTC()).check(signer.signingKey())).isEmpty();
        byte[] signed = new PadesSigner(Optional.empty()).sign(TestImages.invitationPdf(), signer.signingKey(),
                new Appearance.SignerSignature(PngImage.read(TestImages.signature(), "chu-ky.png"), Optional.empty()),
                ZonedDateTime.now());
        VerificationReport report = new PdfSignatureVerifier().verify(signed, ROOT, Instant.now());
        assertThat(report.allValid()).isTrue();
        assertThat(ReportText.render(report, Language.VI)).contains("không kiểm tra được: không hỏi được máy chủ OCSP");
    }

    @Test
    void a_responder_that_never_answers_is_given_up_after_the_timeout() {
        TestPki.Identity signer = PKI.signerWithOcsp("Đỗ Văn H", responder.silentUrl(), false);
        long start = System.nanoTime();
        RevocationStatus status = new OcspChecker(Duration.ofMillis(700))
                .status(signer.certificate(), PKI.intermediate.certificate(), Instant.now());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(status).isInstanceOfSatisfying(RevocationStatus.Unknown.class,
                u -> assertThat(u.vietnamese()).contains("không trả lời trong"));
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void an_answer_not_signed_by_the_issuer_is_not_believed_and_the_CRL_decides() throws IOException {
        try (OcspResponder forger = new OcspResponder(PKI.intermediate, PKI.strangerRoot)) {
            TestPki.Identity signer = PKI.signerWithOcsp("Trịnh Văn N", forger.url(), true);
            assertThat(new OcspChecker().status(signer.certificate(), PKI.intermediate.certificate(), Instant.now()))
                    .isInstanceOfSatisfying(RevocationStatus.Unknown.class, u -> assertThat(u.vietnamese())
                            .contains("chữ ký của trả lời không do nơi cấp ủy quyền"));
            assertThat(statusOf(signer)).isEqualTo(new RevocationStatus.Good(RevocationStatus.Method.CRL, PKI.crlUrl()));
        }
    }

    @Test
    void when_OCSP_does_not_answer_the_CRL_decides() {
        TestPki.Identity signer = PKI.signerWithOcsp("Ngô Văn K", TestPki.unreachable(), true);
        assertThat(statusOf(signer)).isEqualTo(new RevocationStatus.Good(RevocationStatus.Method.CRL, PKI.crlUrl()));
    }

    @Test
    void the_verification_report_says_the_status_came_from_OCSP() {
        TestPki.Identity signer = PKI.signerWithOcsp("Lý Thị M", responder.url(), true);
        byte[] signed = new PadesSigner(Optional.empty()).sign(TestImages.invitationPdf(), signer.signingKey(),
                new Appearance.SignerSignature(PngImage.read(TestImages.signature(), "chu-ky.png"), Optional.empty()),
                ZonedDateTime.now());
        VerificationReport report = new PdfSignatureVerifier().verify(signed, ROOT, Instant.now());
        assertThat(report.allValid()).isTrue();
        assertThat(ReportText.render(report, Language.VI)).contains("chưa bị thu hồi (theo OCSP " + responder.url() + ")");
        responder.revoke(signer.certificate(), Instant.now().minusSeconds(5));
        VerificationReport after = new PdfSignatureVerifier().verify(signed, ROOT, Instant.now());
        assertThat(ReportText.render(after, Language.VI)).contains("ĐÃ BỊ THU HỒI", "(OCSP " + responder.url() + ")");
    }
}
