package vn.giaymoi.sign.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.sign.SigningService;
import vn.giaymoi.sign.cert.TrustAnchors;
import vn.giaymoi.sign.pdf.Appearance;
import vn.giaymoi.sign.pdf.PngImage;
import vn.giaymoi.sign.pki.TestImages;
import vn.giaymoi.sign.pki.TestPki;
import vn.giaymoi.sign.verify.PdfSignatureVerifier;
import vn.giaymoi.sign.verify.VerificationReport;

/**
 * A key on a PKCS#11 token signs: SoftHSM2 with its own token in a temporary folder (the configuration file named by
 * SOFTHSM2_CONF, set by Surefire, is written here before the library loads), the signer's key and certificate imported
 * with softhsm2-util and pkcs11-tool, then opened through the JDK's SunPKCS11 provider as an official's USB token is.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Pkcs11TokenTest {
    static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";
    static final String PIN = "123456";

    @Test
    void a_key_on_the_token_signs_and_the_signature_verifies(@TempDir Path dir) throws IOException, InterruptedException {
        String conf = System.getenv("SOFTHSM2_CONF");
        assertThat(conf).as("Surefire sets SOFTHSM2_CONF").isNotBlank();
        Path tokens = Files.createDirectories(dir.resolve("tokens"));
        Files.createDirectories(Path.of(conf).getParent());
        Files.writeString(Path.of(conf), "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");

        String init = run("softhsm2-util", "--init-token", "--free", "--label", "giaymoi", "--pin", PIN, "--so-pin", "87654321");
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(init);
        assertThat(slot.find()).as(init).isTrue();

        TestPki.Identity signer = TestPki.shared().signer;
        Path key = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(signer.key().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        run("softhsm2-util", "--import", key.toString(), "--token", "giaymoi", "--label", "signer", "--id", "01", "--pin", PIN);
        for (int i = 0; i < 2; i++) {
            Path cert = Files.write(dir.resolve("cert" + i + ".der"), encoded(signer.chain().get(i)));
            run("pkcs11-tool", "--module", LIBRARY, "--token-label", "giaymoi", "--login", "--pin", PIN, "--write-object",
                    cert.toString(), "--type", "cert", "--id", i == 0 ? "01" : "02", "--label", i == 0 ? "signer" : "ca");
        }
        Path config = Files.writeString(dir.resolve("pkcs11.cfg"),
                "name = SoftHSM\nlibrary = " + LIBRARY + "\nslot = " + slot.group(1) + "\n");

        assertThatThrownBy(() -> KeyStores.pkcs11(config, "000000".toCharArray()))
                .isInstanceOf(KeyUnavailable.class).hasMessageContaining("mã PIN sai");

        SigningKey token = KeyStores.pkcs11(config, PIN.toCharArray());
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
    }

    static byte[] encoded(java.security.cert.X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }
}
