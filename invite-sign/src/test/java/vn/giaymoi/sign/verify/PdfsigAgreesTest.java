package vn.giaymoi.sign.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.sign.cert.TrustAnchors;
import vn.giaymoi.sign.pdf.Appearance;
import vn.giaymoi.sign.pdf.PadesSigner;
import vn.giaymoi.sign.pdf.PngImage;
import vn.giaymoi.sign.pdf.TimestampClient;
import vn.giaymoi.sign.pki.TestImages;
import vn.giaymoi.sign.pki.TestPki;

/**
 * An independent verifier agrees: poppler's {@code pdfsig}, with the test root trusted in an NSS database built here
 * ({@code certutil}), reports our signatures valid and a byte changed after signing as a digest mismatch, as
 * {@link PdfSignatureVerifier} does.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PdfsigAgreesTest {
    static final TestPki PKI = TestPki.shared();
    static Path nss;
    static byte[] signed;

    @BeforeAll
    static void trust_the_test_root_in_an_nss_database(@TempDir Path dir) throws IOException, InterruptedException {
        nss = Files.createDirectories(dir.resolve("nss"));
        run("certutil", "-N", "-d", "sql:" + nss, "--empty-password");
        Path root = PKI.root.writePem(dir.resolve("root.pem"));
        run("certutil", "-A", "-d", "sql:" + nss, "-n", "giaymoi-test-root", "-t", "CT,C,C", "-i", root.toString());
        PadesSigner signer = new PadesSigner(Optional.of(new TimestampClient(PKI.tsaUrl())));
        byte[] once = signer.sign(TestImages.invitationPdf(), PKI.signer.signingKey(),
                new Appearance.SignerSignature(PngImage.read(TestImages.signature(), "chu-ky.png"), Optional.empty()),
                ZonedDateTime.now());
        signed = signer.sign(once, PKI.organisation.signingKey(),
                new Appearance.OrganisationSeal(PngImage.read(TestImages.seal(), "dau.png")), ZonedDateTime.now());
    }

    @Test
    void pdfsig_reports_both_signatures_valid_and_trusted(@TempDir Path dir) throws IOException, InterruptedException {
        String report = run("pdfsig", "-nssdir", "sql:" + nss, Files.write(dir.resolve("signed.pdf"), signed).toString());
        assertThat(count(report, "Signature Validation: Signature is Valid.")).as(report).isEqualTo(2);
        assertThat(count(report, "Certificate Validation: Certificate is Trusted.")).as(report).isEqualTo(2);
        assertThat(report).contains("Signer Certificate Common Name: Trần Văn B",
                "Signer Certificate Common Name: Sở Nội vụ tỉnh Hà Tĩnh", "Signature Type: ETSI.CAdES.detached",
                "Total document signed");
        assertThat(new PdfSignatureVerifier().verify(signed, TrustAnchors.of(List.of(PKI.root.certificate())),
                java.time.Instant.now()).allValid()).isTrue();
    }

    @Test
    void a_byte_changed_after_signing_is_a_modification_for_pdfsig_and_for_us(@TempDir Path dir)
            throws IOException, InterruptedException {
        byte[] changed = signed.clone();
        String text = new String(changed, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Producer");
        if (at < 0) at = text.indexOf("%PDF-") + 10;
        changed[at + 3] = (byte) (changed[at + 3] ^ 0x01);
        String report = run("pdfsig", "-nssdir", "sql:" + nss, Files.write(dir.resolve("changed.pdf"), changed).toString());
        assertThat(count(report, "Signature Validation: Digest Mismatch.")).as(report).isEqualTo(2);
        VerificationReport ours = new PdfSignatureVerifier().verify(changed, TrustAnchors.of(List.of(PKI.root.certificate())),
                java.time.Instant.now());
        assertThat(ours.signatures()).extracting(SignatureVerification::integrity)
                .containsExactly(Integrity.MODIFIED, Integrity.MODIFIED);
        assertThat(ours.allValid()).isFalse();
    }

    /** The issue-time form (decision 39): one signature by the organisation, the signer's image with the seal over it. */
    @Test
    void pdfsig_agrees_on_the_organisations_signature_at_issue_time_and_on_a_byte_changed_in_it(@TempDir Path dir)
            throws IOException, InterruptedException {
        byte[] issued = new PadesSigner(Optional.empty()).sign(TestImages.invitationPdf(), PKI.organisation.signingKey(),
                new Appearance.SignerSignature(PngImage.read(TestImages.signature(), "chu-ky.png"),
                        Optional.of(PngImage.read(TestImages.seal(), "dau.png"))), ZonedDateTime.now());
        String report = run("pdfsig", "-nssdir", "sql:" + nss, Files.write(dir.resolve("issued.pdf"), issued).toString());
        assertThat(report).as(report).contains("Signature Validation: Signature is Valid.",
                "Certificate Validation: Certificate is Trusted.", "Signer Certificate Common Name: Sở Nội vụ tỉnh Hà Tĩnh");
        byte[] changed = issued.clone();
        int at = new String(changed, StandardCharsets.ISO_8859_1).indexOf("%PDF-") + 10; // the header's binary comment
        changed[at] = (byte) (changed[at] ^ 0x01);
        String after = run("pdfsig", "-nssdir", "sql:" + nss, Files.write(dir.resolve("changed.pdf"), changed).toString());
        assertThat(after).as(after).contains("Signature Validation: Digest Mismatch.");
        assertThat(new PdfSignatureVerifier().verify(changed, TrustAnchors.of(List.of(PKI.root.certificate())),
                java.time.Instant.now()).signatures()).extracting(SignatureVerification::integrity)
                .containsExactly(Integrity.MODIFIED);
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }

    static String run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0 && !command[0].equals("pdfsig")) throw new AssertionError(String.join(" ", line) + " exited " + exit + ":\n" + output);
        return output;
    }
}
