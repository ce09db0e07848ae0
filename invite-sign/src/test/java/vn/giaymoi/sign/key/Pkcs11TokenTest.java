package vn.giaymoi.sign.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.sign.SigningService;
import vn.giaymoi.sign.cert.TrustAnchors;
import vn.giaymoi.sign.pdf.Appearance;
import vn.giaymoi.sign.pdf.PngImage;
import vn.giaymoi.sign.pki.SoftHsmToken;
import vn.giaymoi.sign.issue.KeyLocation;
import vn.giaymoi.sign.pki.TestImages;
import vn.giaymoi.sign.pki.TestPki;
import vn.giaymoi.sign.verify.PdfSignatureVerifier;
import vn.giaymoi.sign.verify.VerificationReport;

/**
 * A key on a PKCS#11 token signs: SoftHSM2 with its own token in a temporary folder, opened through the JDK's
 * SunPKCS11 provider as an official's USB token is; the key never leaves the token.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Pkcs11TokenTest {

    @Test
    void a_key_on_the_token_signs_and_the_signature_verifies(@TempDir Path dir) throws IOException, InterruptedException {
        TestPki.Identity signer = TestPki.shared().signer;
        Path config = SoftHsmToken.withKeyOf(signer, dir);

        assertThatThrownBy(() -> KeyStores.pkcs11(config, "000000".toCharArray()))
                .isInstanceOf(KeyUnavailable.class).hasMessageContaining("mã PIN sai");

        SigningKey token = KeyStores.pkcs11(config, SoftHsmToken.PIN.toCharArray());
        assertThat(token.provider()).isPresent();
        assertThat(token.certificate()).isEqualTo(signer.certificate());
        assertThat(token.privateKey().getClass().getName()).as("the key stays on the token").contains("P11");

        TrustAnchors root = TrustAnchors.of(List.of(TestPki.shared().root.certificate()));
        SigningService.Outcome outcome = new SigningService(root, Optional.empty(), Clock.systemUTC()).sign(
                TestImages.invitationPdf(), token,
                new Appearance.SignerSignature(PngImage.read(TestImages.signature(), "chu-ky.png"), Optional.empty()));
        assertThat(outcome).isInstanceOf(SigningService.Outcome.Signed.class);
        VerificationReport report = new PdfSignatureVerifier()
                .verify(((SigningService.Outcome.Signed) outcome).pdf(), root, Instant.now());
        assertThat(report.allValid()).isTrue();
        assertThat(report.signatures().get(0).signer()).isEqualTo("Trần Văn B");

        // the same token as an organisation's key at issue time: its settings name the configuration and the PIN's variable
        SigningKey configured = new KeyLocation.Pkcs11(config, "GIAYMOI_SIGN_PIN")
                .open(java.util.Map.of("GIAYMOI_SIGN_PIN", SoftHsmToken.PIN)::get);
        assertThat(configured.privateKey().getClass().getName()).as("the key stays on the token").contains("P11");
        assertThat(new SigningService(root, Optional.empty(), Clock.systemUTC()).sign(TestImages.invitationPdf(), configured,
                new Appearance.SignerSignature(PngImage.read(TestImages.signature(), "chu-ky.png"),
                        Optional.of(PngImage.read(TestImages.seal(), "dau.png"))))).isInstanceOf(SigningService.Outcome.Signed.class);
        assertThatThrownBy(() -> new KeyLocation.Pkcs11(config, "GIAYMOI_SIGN_PIN").open(name -> null))
                .isInstanceOf(KeyUnavailable.class).hasMessageContaining("Chưa đặt biến môi trường GIAYMOI_SIGN_PIN");
    }
}
