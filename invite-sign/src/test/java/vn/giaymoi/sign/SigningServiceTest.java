package vn.giaymoi.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.sign.cert.CertificateCheck;
import vn.giaymoi.sign.cert.CertificateProblem;
import vn.giaymoi.sign.cert.ChainStatus;
import vn.giaymoi.sign.cert.RevocationStatus;
import vn.giaymoi.sign.cert.TrustAnchors;
import vn.giaymoi.sign.pdf.Appearance;
import vn.giaymoi.sign.pdf.PngImage;
import vn.giaymoi.sign.pdf.TimestampClient;
import vn.giaymoi.sign.pki.TestImages;
import vn.giaymoi.sign.pki.TestPki;
import vn.giaymoi.sign.pki.TestPki.Identity;
import vn.giaymoi.sign.verify.Coverage;
import vn.giaymoi.sign.verify.Integrity;
import vn.giaymoi.sign.verify.PdfSignatureVerifier;
import vn.giaymoi.sign.verify.ReportText;
import vn.giaymoi.sign.verify.SignatureVerification;
import vn.giaymoi.sign.verify.VerificationReport;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SigningServiceTest {
    static final TestPki PKI = TestPki.shared();
    static final TrustAnchors ROOT = TrustAnchors.of(List.of(PKI.root.certificate()));
    static final byte[] INVITATION = TestImages.invitationPdf();
    static final Appearance SIGNER = new Appearance.SignerSignature(PngImage.read(TestImages.signature(), "chu-ky.png"), Optional.empty());
    static final Appearance SEAL = new Appearance.OrganisationSeal(PngImage.read(TestImages.seal(), "dau.png"));

    static byte[] signed(Identity who, Appearance appearance, byte[] pdf, boolean timestamp) {
        SigningService service = new SigningService(ROOT,
                timestamp ? Optional.of(new TimestampClient(PKI.tsaUrl())) : Optional.empty(), Clock.systemUTC());
        SigningService.Outcome outcome = service.sign(pdf, who.signingKey(), appearance);
        assertThat(outcome).as("%s", outcome instanceof SigningService.Outcome.Refused r ? r.problems() : "").isInstanceOf(SigningService.Outcome.Signed.class);
        return ((SigningService.Outcome.Signed) outcome).pdf();
    }

    static VerificationReport verify(byte[] pdf) {
        return new PdfSignatureVerifier().verify(pdf, ROOT, Instant.now());
    }

    static List<String> refusals(Identity who) {
        SigningService.Outcome outcome = new SigningService(ROOT, Optional.empty(), Clock.systemUTC())
                .sign(INVITATION, who.signingKey(), SIGNER);
        assertThat(outcome).isInstanceOf(SigningService.Outcome.Refused.class);
        return ((SigningService.Outcome.Refused) outcome).problems().stream().map(CertificateProblem::id).toList();
    }

    @Test
    void a_signer_signs_and_the_signature_verifies_as_valid_PAdES_B_B() {
        byte[] pdf = signed(PKI.signer, SIGNER, INVITATION, false);
        VerificationReport report = verify(pdf);
        assertThat(report.signatures()).hasSize(1);
        SignatureVerification s = report.signatures().get(0);
        assertThat(s.valid()).as(ReportText.render(report, Language.VI)).isTrue();
        assertThat(s.signer()).isEqualTo("Trần Văn B");
        assertThat(s.organisation()).contains("Sở Nội vụ tỉnh Hà Tĩnh");
        assertThat(s.timestamp()).isEmpty();
        assertThat(s.coverage()).isEqualTo(Coverage.WHOLE_DOCUMENT);
        assertThat(s.revocation()).isInstanceOf(RevocationStatus.Good.class);
        assertThat(pdf).startsWith(INVITATION);
    }

    @Test
    void signer_then_organisation_with_timestamps_both_valid_B_T() {
        byte[] once = signed(PKI.signer, SIGNER, INVITATION, true);
        byte[] twice = signed(PKI.organisation, SEAL, once, true);
        VerificationReport report = verify(twice);
        String text = ReportText.render(report, Language.VI);
        assertThat(report.allValid()).as(text).isTrue();
        assertThat(report.signatures()).extracting(SignatureVerification::signer)
                .containsExactly("Trần Văn B", "Sở Nội vụ tỉnh Hà Tĩnh");
        assertThat(report.signatures()).extracting(SignatureVerification::coverage)
                .containsExactly(Coverage.SIGNED_AGAIN_LATER, Coverage.WHOLE_DOCUMENT);
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.timestamp()).hasValueSatisfying(t -> {
            assertThat(t.trusted()).isTrue();
            assertThat(t.authority()).isEqualTo("Test TSA giaymoi");
        }));
        assertThat(text).contains("Người ký: Trần Văn B", "Dấu thời gian: ", "hợp lệ, nơi cấp dấu tin cậy",
                "Kết luận: mọi chữ ký đều hợp lệ.");
    }

    @Test
    void a_byte_changed_after_signing_is_reported_as_modified() {
        byte[] pdf = signed(PKI.signer, SIGNER, INVITATION, false).clone();
        int at = indexOf(pdf, "%PDF-") + 10;  // inside the header comment line, covered by the signature
        pdf[at] = (byte) (pdf[at] ^ 0x01);
        SignatureVerification s = verify(pdf).signatures().get(0);
        assertThat(s.integrity()).isEqualTo(Integrity.MODIFIED);
        assertThat(s.valid()).isFalse();
        assertThat(ReportText.render(verify(pdf), Language.VI)).contains("ĐÃ BỊ THAY ĐỔI sau khi ký", "KHÔNG HỢP LỆ");
    }

    @Test
    void bytes_added_after_the_last_signature_are_reported_as_a_change() {
        byte[] pdf = signed(PKI.signer, SIGNER, INVITATION, false);
        byte[] extended = new byte[pdf.length + 10];
        System.arraycopy(pdf, 0, extended, 0, pdf.length);
        System.arraycopy("%changed\n".getBytes(), 0, extended, pdf.length, 9);
        SignatureVerification s = verify(extended).signatures().get(0);
        assertThat(s.integrity()).isEqualTo(Integrity.INTACT);
        assertThat(s.coverage()).isEqualTo(Coverage.CHANGED_AFTER_SIGNING);
        assertThat(s.valid()).isFalse();
    }

    @Test
    void a_signature_is_not_valid_without_its_root_among_the_trusted() {
        byte[] pdf = signed(PKI.signer, SIGNER, INVITATION, false);
        VerificationReport report = new PdfSignatureVerifier().verify(pdf,
                TrustAnchors.of(List.of(PKI.strangerRoot.certificate())), Instant.now());
        assertThat(report.signatures().get(0).chain()).isInstanceOf(ChainStatus.Untrusted.class);
        assertThat(report.allValid()).isFalse();
        assertThat(ReportText.render(report, Language.EN)).contains("Certificate chain: NOT trusted");
    }

    @Test
    void a_signature_made_with_a_revoked_certificate_is_reported_revoked() {
        byte[] pdf = new vn.giaymoi.sign.pdf.PadesSigner(Optional.empty()).sign(INVITATION, PKI.revoked.signingKey(), SIGNER,
                java.time.ZonedDateTime.now());
        VerificationReport report = verify(pdf);
        SignatureVerification s = report.signatures().get(0);
        assertThat(s.integrity()).isEqualTo(Integrity.INTACT);
        assertThat(s.revocation()).isInstanceOfSatisfying(RevocationStatus.Revoked.class,
                r -> assertThat(r.source()).isEqualTo(PKI.crlUrl()));
        assertThat(s.valid()).isFalse();
        assertThat(ReportText.render(report, Language.VI)).contains("Thu hồi: ĐÃ BỊ THU HỒI lúc ");
    }

    @Test
    void a_certificate_without_a_CRL_address_is_reported_as_not_checked_and_stays_valid() {
        TrustAnchors stranger = TrustAnchors.of(List.of(PKI.strangerRoot.certificate()));
        SigningService.Outcome outcome = new SigningService(stranger, Optional.empty(), Clock.systemUTC())
                .sign(INVITATION, PKI.strangerSigner.signingKey(), SIGNER);
        byte[] pdf = ((SigningService.Outcome.Signed) outcome).pdf();
        SignatureVerification s = new PdfSignatureVerifier().verify(pdf, stranger, Instant.now()).signatures().get(0);
        assertThat(s.revocation()).isInstanceOfSatisfying(RevocationStatus.Unknown.class,
                u -> assertThat(u.vietnamese()).isEqualTo("chứng thư không ghi địa chỉ CRL"));
        assertThat(s.valid()).isTrue();
    }

    @Test
    void an_ecdsa_256_signer_is_accepted() {
        assertThat(verify(signed(PKI.ecdsaSigner, SIGNER, INVITATION, false)).allValid()).isTrue();
    }

    @Test
    void expired_certificate_is_refused() {
        assertThat(refusals(PKI.expired)).containsExactly(CertificateCheck.EXPIRED);
    }

    @Test
    void not_yet_valid_certificate_is_refused() {
        assertThat(refusals(PKI.notYetValid)).containsExactly(CertificateCheck.NOT_YET_VALID);
    }

    @Test
    void a_certificate_without_signing_key_usage_is_refused() {
        assertThat(refusals(PKI.wrongKeyUsage)).containsExactly(CertificateCheck.KEY_USAGE);
    }

    @Test
    void an_RSA_1024_key_is_refused() {
        assertThat(refusals(PKI.rsa1024)).containsExactly(CertificateCheck.WEAK_KEY);
    }

    @Test
    void a_certificate_revoked_on_the_CRL_is_refused() {
        assertThat(refusals(PKI.revoked)).containsExactly(CertificateCheck.REVOKED);
    }

    @Test
    void a_certificate_that_does_not_chain_to_a_trusted_root_is_refused() {
        assertThat(refusals(PKI.strangerSigner)).containsExactly(CertificateCheck.UNTRUSTED);
    }

    @Test
    void refusals_say_why_in_Vietnamese_citing_the_circular() {
        SigningService.Outcome.Refused refused = (SigningService.Outcome.Refused) new SigningService(ROOT, Optional.empty(),
                Clock.systemUTC()).sign(INVITATION, PKI.rsa1024.signingKey(), SIGNER);
        assertThat(refused.problems().get(0).message(Language.VI))
                .isEqualTo("Khóa RSA 1024 bit không đủ an toàn: cần RSA từ 2048 bit hoặc ECDSA từ 256 bit (Thông tư 15/2025/TT-BKHCN).");
    }

    static int indexOf(byte[] haystack, String needle) {
        byte[] n = needle.getBytes();
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) if (haystack[i + j] != n[j]) continue outer;
            return i;
        }
        throw new AssertionError(needle + " not found");
    }

    static Path write(Path dir, String name, byte[] bytes) throws java.io.IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
