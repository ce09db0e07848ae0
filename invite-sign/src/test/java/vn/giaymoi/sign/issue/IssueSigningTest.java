package vn.giaymoi.sign.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giaymoi.application.port.out.InMemoryInvitationStore;
import vn.giaymoi.application.port.out.InMemorySigningStore;
import vn.giaymoi.application.port.out.SigningStore.SignedCopy;
import vn.giaymoi.application.port.out.Status;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.service.InvitationService;
import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.lifecycle.Drafting;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.InvitationRenderer;
import vn.giaymoi.sign.cert.CertificateCheck;
import vn.giaymoi.sign.cert.TrustAnchors;
import vn.giaymoi.sign.pdf.AppearanceReader;
import vn.giaymoi.sign.pdf.PngImage;
import vn.giaymoi.sign.pki.TestImages;
import vn.giaymoi.sign.pki.TestPki;
import vn.giaymoi.sign.verify.PdfSignatureVerifier;
import vn.giaymoi.sign.verify.SignatureVerification;
import vn.giaymoi.sign.verify.VerificationReport;

/**
 * Issuing with the organisation's signature: signed last with its number, or refused before the number with
 * nothing changed, or issued and "chưa ký" when signing fails after the number, then signed by a retry.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IssueSigningTest {
    static final TestPki PKI = TestPki.shared();
    static final TrustAnchors ROOT = TrustAnchors.of(List.of(PKI.root.certificate()));
    /** The business day of the invitation fixture (5 May 2026); signing time is the real clock. */
    static final Clock BUSINESS = Clock.fixed(Instant.parse("2026-05-05T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String VARIABLE = "GIAYMOI_SIGN_PASSWORD";
    static final char[] PASSWORD = "khoa-co-quan-2026".toCharArray();
    static final PngImage SEAL = PngImage.read(TestImages.seal(), "dau.png");
    static final PngImage SIGNATURE = PngImage.read(TestImages.signature(), "chu-ky.png");
    /** The fixture's signer. */
    static final String SIGNER = "Nguyễn Văn A";

    final InMemorySigningStore copies = new InMemorySigningStore();
    final InvitationService service = new InvitationService(new InMemoryInvitationStore(), RuleEngine.standard(), BUSINESS);
    final IssueSigning signing = new IssueSigning(copies, ROOT, Map.of(VARIABLE, new String(PASSWORD))::get,
            inv -> new InvitationRenderer(BUSINESS).render(inv, Format.PDF).bytes(), Clock.systemUTC());

    StoredInvitation approved() {
        StoredInvitation s = service.create(Drafting.copyAsDraft(Invitations.aGiayMoi(), 2026)).orElseThrow();
        service.submit(s.id(), OptionalInt.of(1)).orElseThrow();
        return service.approve(s.id(), OptionalInt.of(2)).orElseThrow();
    }

    static OrganisationSigning setup(TestPki.Identity organisation, Path dir, Optional<java.net.URI> tsa) {
        Path p12 = organisation.writePkcs12(dir.resolve("co-quan.p12"), PASSWORD);
        return new OrganisationSigning(new KeyLocation.Pkcs12(p12, VARIABLE), SEAL, Map.of(SIGNER, SIGNATURE), tsa);
    }

    @Test
    void the_issued_invitation_is_signed_last_with_its_number_by_the_organisation(@TempDir Path dir) throws IOException {
        StoredInvitation a = approved();
        StoredInvitation issued = signing.issue(service, setup(PKI.organisation, dir, Optional.empty()), a.id(),
                OptionalInt.of(3), Optional.empty()).orElseThrow();
        assertThat(issued.status()).isEqualTo(Status.ISSUED);
        assertThat(issued.invitation().number()).hasToString("01/GM-UBND");

        SignedCopy copy = copies.copy(a.id()).orElseThrow();
        assertThat(copy.pending()).isFalse();
        byte[] pdf = copy.pdf().orElseThrow();
        VerificationReport report = new PdfSignatureVerifier().verify(pdf, ROOT, Instant.now());
        assertThat(report.allValid()).as(report.toString()).isTrue();
        assertThat(report.signatures()).extracting(SignatureVerification::signer).containsExactly("Sở Nội vụ tỉnh Hà Tĩnh");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Số: 01/GM-UBND", "ngày 05 tháng 5 năm 2026");
        }
        // the Decree 30 appearance: the blue signature, and the red seal over its left third
        List<AppearanceReader.Widget> widgets = AppearanceReader.read(pdf);
        assertThat(widgets).hasSize(1);
        List<AppearanceReader.DrawnImage> images = widgets.get(0).images();
        assertThat(images).hasSize(2);
        assertThat(images.get(0).meanColour().getBlue()).isGreaterThan(images.get(0).meanColour().getRed());
        assertThat(images.get(1).meanColour().getRed()).isGreaterThan(images.get(1).meanColour().getBlue());
        float signatureLeft = images.get(0).onPage().getLowerLeftX();
        float sealRight = images.get(1).onPage().getUpperRightX();
        assertThat(sealRight - signatureLeft).isCloseTo(images.get(0).onPage().getWidth() / 3f,
                org.assertj.core.data.Offset.offset(1f));
    }

    @ParameterizedTest
    @ValueSource(strings = {"expired", "notYetValid", "wrongKeyUsage", "rsa1024", "revoked", "strangerSigner"})
    void a_certificate_that_may_not_sign_refuses_the_issue_and_nothing_changes(String which, @TempDir Path dir)
            throws ReflectiveOperationException {
        TestPki.Identity bad = (TestPki.Identity) TestPki.class.getField(which).get(PKI);
        StoredInvitation a = approved();
        Outcome<StoredInvitation> outcome = signing.issue(service, setup(bad, dir, Optional.empty()), a.id(),
                OptionalInt.of(3), Optional.empty());

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, r -> {
            assertThat(r.messageVi()).startsWith("Chưa ban hành: chứng thư số của cơ quan không được dùng để ký:")
                    .contains("Thông tư 15/2025/TT-BKHCN").endsWith("Giấy mời chưa lấy số.");
            assertThat(((List<?>) r.findings())).isNotEmpty();
        });
        String expected = switch (which) {
            case "expired" -> CertificateCheck.EXPIRED;
            case "notYetValid" -> CertificateCheck.NOT_YET_VALID;
            case "wrongKeyUsage" -> CertificateCheck.KEY_USAGE;
            case "rsa1024" -> CertificateCheck.WEAK_KEY;
            case "revoked" -> CertificateCheck.REVOKED;
            default -> CertificateCheck.UNTRUSTED;
        };
        @SuppressWarnings("unchecked")
        List<Finding> findings = ((Outcome.Rejected<StoredInvitation>) outcome).findings();
        assertThat(findings).extracting(Finding::ruleId).contains(expected);
        assertNothingChanged(a);
    }

    @Test
    void a_password_variable_that_is_not_set_refuses_the_issue(@TempDir Path dir) {
        StoredInvitation a = approved();
        IssueSigning withoutSecret = new IssueSigning(copies, ROOT, name -> null,
                inv -> new InvitationRenderer(BUSINESS).render(inv, Format.PDF).bytes(), Clock.systemUTC());
        Outcome<StoredInvitation> outcome = withoutSecret.issue(service, setup(PKI.organisation, dir, Optional.empty()),
                a.id(), OptionalInt.of(3), Optional.empty());
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.messageVi())
                .contains("Chưa đặt biến môi trường " + VARIABLE));
        assertNothingChanged(a);
    }

    @Test
    void a_signer_without_a_signature_image_refuses_the_issue(@TempDir Path dir) {
        StoredInvitation a = approved();
        OrganisationSigning other = new OrganisationSigning(setup(PKI.organisation, dir, Optional.empty()).key(), SEAL,
                Map.of("Trần Văn B", SIGNATURE), Optional.empty());
        Outcome<StoredInvitation> outcome = signing.issue(service, other, a.id(), OptionalInt.of(3), Optional.empty());
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.messageVi())
                .contains("chưa có ảnh chữ ký của " + SIGNER, "Phụ lục I, mục II.7.d"));
        assertNothingChanged(a);
    }

    @Test
    void a_failure_after_the_number_leaves_it_issued_and_unsigned_and_a_retry_signs_it_with_a_timestamp(@TempDir Path dir) {
        StoredInvitation a = approved();
        Outcome<StoredInvitation> outcome = signing.issue(service, setup(PKI.organisation, dir, Optional.of(TestPki.unreachable())),
                a.id(), OptionalInt.of(3), Optional.empty());
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        assertThat(service.find(a.id()).orElseThrow().status()).isEqualTo(Status.ISSUED);
        SignedCopy unsigned = copies.copy(a.id()).orElseThrow();
        assertThat(unsigned.pending()).isTrue();
        assertThat(unsigned.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("Máy chủ dấu thời gian "
                + TestPki.unreachable()).contains("văn bản chưa được ký"));

        // still failing: refused with the reason, still unsigned
        assertThat(signing.retry(service, setup(PKI.organisation, dir, Optional.of(TestPki.unreachable())), a.id()))
                .isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.messageVi()).startsWith("Chưa ký được: Máy chủ dấu thời gian"));
        assertThat(copies.copy(a.id()).orElseThrow().pending()).isTrue();

        SignedCopy signed = signing.retry(service, setup(PKI.organisation, dir, Optional.of(PKI.tsaUrl())), a.id()).orElseThrow();
        VerificationReport report = new PdfSignatureVerifier().verify(signed.pdf().orElseThrow(), ROOT, Instant.now());
        assertThat(report.allValid()).isTrue();
        assertThat(report.signatures().get(0).timestamp()).isPresent();
        // signed once: a second retry gives the same copy, not a second signature
        assertThat(signing.retry(service, setup(PKI.organisation, dir, Optional.empty()), a.id()).orElseThrow().pdf().orElseThrow())
                .isEqualTo(signed.pdf().orElseThrow());
        assertThat(service.register(2026)).hasSize(1);
    }

    /** What a process dying between the number and the signature leaves (an Error unwinds past every handler). */
    private static final class Died extends Error {}

    @Test
    void a_death_between_the_number_and_the_signature_leaves_it_issued_and_unsigned_for_a_retry(@TempDir Path dir) {
        StoredInvitation a = approved();
        IssueSigning dying = new IssueSigning(copies, ROOT, Map.of(VARIABLE, new String(PASSWORD))::get, inv -> {
            throw new Died();
        }, Clock.systemUTC());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dying.issue(service, setup(PKI.organisation, dir,
                Optional.empty()), a.id(), OptionalInt.of(3), Optional.empty())).isInstanceOf(Died.class);
        assertThat(service.find(a.id()).orElseThrow().status()).isEqualTo(Status.ISSUED);
        SignedCopy left = copies.copy(a.id()).orElseThrow();
        assertThat(left.pending()).isTrue();
        assertThat(left.problem()).isEmpty();

        SignedCopy signed = signing.retry(service, setup(PKI.organisation, dir, Optional.empty()), a.id()).orElseThrow();
        assertThat(new PdfSignatureVerifier().verify(signed.pdf().orElseThrow(), ROOT, Instant.now()).allValid()).isTrue();
    }

    @Test
    void only_an_issued_invitation_is_signed_by_a_retry(@TempDir Path dir) {
        StoredInvitation a = approved();
        assertThat(signing.retry(service, setup(PKI.organisation, dir, Optional.empty()), a.id()))
                .isInstanceOfSatisfying(Outcome.Conflict.class, c -> assertThat(c.rejection().id()).isEqualTo(IssueSigning.NOT_ISSUED));
        assertThat(copies.copy(a.id())).isEmpty();
    }

    @Test
    void an_issue_the_lifecycle_refuses_leaves_no_mark(@TempDir Path dir) {
        StoredInvitation draft = service.create(Drafting.copyAsDraft(Invitations.aGiayMoi(), 2026)).orElseThrow();
        Outcome<StoredInvitation> outcome = signing.issue(service, setup(PKI.organisation, dir, Optional.empty()), draft.id(),
                OptionalInt.of(1), Optional.empty());
        assertThat(outcome).isNotInstanceOf(Outcome.Done.class);
        assertThat(copies.copy(draft.id())).isEmpty();
    }

    private void assertNothingChanged(StoredInvitation approved) {
        StoredInvitation now = service.find(approved.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(Status.APPROVED);
        assertThat(now.version()).isEqualTo(approved.version());
        assertThat(service.register(2026)).as("no number was taken").isEmpty();
        assertThat(copies.copy(approved.id())).isEmpty();
    }
}
