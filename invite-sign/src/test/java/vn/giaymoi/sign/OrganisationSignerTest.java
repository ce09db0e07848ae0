package vn.giaymoi.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.giaymoi.sign.pdf.Appearance;
import vn.giaymoi.sign.pdf.PadesSigner;
import vn.giaymoi.sign.pdf.PngImage;
import vn.giaymoi.sign.pki.TestImages;
import vn.giaymoi.sign.pki.TestPki;
import vn.giaymoi.sign.verify.PdfSignatureVerifier;
import vn.giaymoi.sign.verify.SignatureVerification;
import vn.giaymoi.sign.verify.VerificationReport;

/** The server-side path at issue time: the signer signs the prepared PDF elsewhere; the server seals it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OrganisationSignerTest {
    static final TestPki PKI = TestPki.shared();
    static final byte[] PREPARED = SigningServiceTest.INVITATION;
    static final OrganisationSigner SERVER = new OrganisationSigner(
            new SigningService(SigningServiceTest.ROOT, Optional.empty(), Clock.systemUTC()), PKI.organisation.signingKey(),
            PngImage.read(TestImages.seal(), "dau.png"));

    static byte[] signedOnTheSignersMachine(byte[] pdf) {
        return new PadesSigner(Optional.empty()).sign(pdf, PKI.signer.signingKey(),
                new Appearance.SignerSignature(PngImage.read(TestImages.signature(), "chu-ky.png"), Optional.empty()), ZonedDateTime.now());
    }

    @Test
    void the_prepared_document_signed_by_the_signer_is_sealed_by_the_organisation() {
        SigningService.Outcome outcome = SERVER.sealSignedByTheSigner(PREPARED, signedOnTheSignersMachine(PREPARED));
        assertThat(outcome).isInstanceOf(SigningService.Outcome.Signed.class);
        VerificationReport report = new PdfSignatureVerifier().verify(((SigningService.Outcome.Signed) outcome).pdf(),
                SigningServiceTest.ROOT, Instant.now());
        assertThat(report.allValid()).isTrue();
        assertThat(report.signatures()).extracting(SignatureVerification::signer).containsExactly("Trần Văn B", "Sở Nội vụ tỉnh Hà Tĩnh");
    }

    @Test
    void a_document_changed_before_signing_is_not_accepted() {
        byte[] other = TestImages.invitationPdf("001");
        SigningService.Outcome outcome = SERVER.sealSignedByTheSigner(PREPARED, signedOnTheSignersMachine(other));
        assertThat(outcome).isInstanceOf(SigningService.Outcome.NotAccepted.class);
        assertThat(((SigningService.Outcome.NotAccepted) outcome).vietnamese()).startsWith("Tệp gửi lên không phải văn bản đã chuẩn bị");
    }

    @Test
    void an_upload_without_the_signers_signature_is_not_accepted() {
        byte[] unsigned = java.util.Arrays.copyOf(PREPARED, PREPARED.length + 1);
        unsigned[PREPARED.length] = '\n';
        assertThat(SERVER.sealSignedByTheSigner(PREPARED, unsigned)).isInstanceOf(SigningService.Outcome.NotAccepted.class);
    }

    @Test
    void a_signature_by_an_untrusted_signer_is_not_accepted() {
        byte[] stranger = new PadesSigner(Optional.empty()).sign(PREPARED, PKI.strangerSigner.signingKey(),
                new Appearance.SignerSignature(PngImage.read(TestImages.signature(), "chu-ky.png"), Optional.empty()), ZonedDateTime.now());
        SigningService.Outcome outcome = SERVER.sealSignedByTheSigner(PREPARED, stranger);
        assertThat(outcome).isInstanceOf(SigningService.Outcome.NotAccepted.class);
        assertThat(((SigningService.Outcome.NotAccepted) outcome).vietnamese()).contains("Chữ ký của người ký không hợp lệ", "KHÔNG tin cậy");
    }

    @Test
    void an_attachment_is_signed_by_the_organisation() {
        SigningService.Outcome outcome = SERVER.signAttachment(PREPARED, "Sở Nội vụ tỉnh Hà Tĩnh", Optional.of("SAO Y"));
        assertThat(outcome).isInstanceOf(SigningService.Outcome.Signed.class);
        assertThat(new PdfSignatureVerifier().verify(((SigningService.Outcome.Signed) outcome).pdf(), SigningServiceTest.ROOT,
                Instant.now()).allValid()).isTrue();
    }
}
