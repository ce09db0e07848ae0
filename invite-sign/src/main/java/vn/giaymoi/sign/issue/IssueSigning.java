package vn.giaymoi.sign.issue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.SigningStore;
import vn.giaymoi.application.port.out.SigningStore.SignedCopy;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.service.InvitationService;
import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.lifecycle.Rejection;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Severity;
import vn.giaymoi.sign.SigningService;
import vn.giaymoi.sign.cert.CertificateProblem;
import vn.giaymoi.sign.cert.TrustAnchors;
import vn.giaymoi.sign.key.KeyUnavailable;
import vn.giaymoi.sign.key.SigningKey;
import vn.giaymoi.sign.pdf.Appearance;
import vn.giaymoi.sign.pdf.PngImage;
import vn.giaymoi.sign.pdf.SigningFailure;
import vn.giaymoi.sign.pdf.TimestampClient;
import vn.giaymoi.sign.pdf.UnreadablePdf;

/**
 * Ban hành có ký số của cơ quan (issuing with the organisation's signature, on the server; docs/decisions.md,
 * decision 39). Before the number is taken: the key opens, its certificate passes every check of Thông tư
 * 15/2025/TT-BKHCN, and the seal and the signer's signature image are there; otherwise the issue is refused and
 * nothing changes. Then the invitation is marked "chưa ký", issued (the number), rendered with its number and signed
 * last (PAdES B-B, B-T with a timestamp authority; the signer's image with the seal over its left third). A failure
 * after the number was taken (a timestamp authority that does not answer, a crash) leaves it issued and "chưa ký";
 * {@link #retry} signs it. The key is opened for one issue and never leaves the server.
 */
public final class IssueSigning {
    public static final String KEY_UNAVAILABLE = "SIGN-KEY-UNAVAILABLE";
    public static final String NO_SIGNATURE_IMAGE = "SIGN-NO-SIGNATURE-IMAGE";
    public static final String NOT_ISSUED = "SIGN-NOT-ISSUED";
    public static final String NOT_SIGNED = "SIGN-NOT-SIGNED";
    private static final String BASIS = "Thông tư 15/2025/TT-BKHCN";
    private static final Logger LOG = LoggerFactory.getLogger(IssueSigning.class);

    private final SigningStore store;
    private final TrustAnchors anchors;
    private final Function<String, String> environment;
    private final Function<Invitation, byte[]> pdf;
    private final Clock clock;

    /**
     * @param environment where key passwords and PINs are read (the process environment on a server)
     * @param pdf draws an issued invitation as PDF (the same renderer as the downloads)
     */
    public IssueSigning(SigningStore store, TrustAnchors anchors, Function<String, String> environment,
            Function<Invitation, byte[]> pdf, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.anchors = Objects.requireNonNull(anchors, "anchors");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.pdf = Objects.requireNonNull(pdf, "pdf");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a check before signing found: the key and image to sign with, or why not. */
    private sealed interface Preflight {}

    private record Ready(SigningKey key, PngImage signature, OrganisationSigning setup) implements Preflight {}

    private record Refused(String vietnamese, String english, List<Finding> findings) implements Preflight {}

    /**
     * Ban hành {@code id} as {@link InvitationService#issue} does, then signs it with {@code setup}; refused
     * (nothing issued) when the organisation's key may not sign.
     */
    public Outcome<StoredInvitation> issue(InvitationService service, OrganisationSigning setup, InvitationId id,
            OptionalInt expected, Optional<LocalDate> date) {
        Outcome<StoredInvitation> found = service.find(id);
        if (!(found instanceof Outcome.Done<StoredInvitation> current) || current.value().state().issued()) {
            return service.issue(id, expected, date); // its own answer: not found, or already issued
        }
        Preflight check = preflight(setup, current.value().invitation());
        if (check instanceof Refused refused) {
            return new Outcome.Rejected<>(refused.vietnamese(), refused.english(), refused.findings());
        }
        store.markPending(id, clock.instant());
        Outcome<StoredInvitation> issued;
        try {
            issued = service.issue(id, expected, date);
        } catch (RuntimeException e) {
            forgetUnlessIssued(service, id);
            throw e;
        }
        if (issued instanceof Outcome.Done<StoredInvitation> done) {
            sign((Ready) check, done.value());
        } else {
            forgetUnlessIssued(service, id);
        }
        return issued;
    }

    /**
     * Ký lại (sign an issued invitation that is still "chưa ký"): the signed copy, the existing one when it is
     * already signed; refused with the reason when the key may not sign or signing fails again.
     */
    public Outcome<SignedCopy> retry(InvitationService service, OrganisationSigning setup, InvitationId id) {
        Outcome<StoredInvitation> found = service.find(id);
        if (found instanceof Outcome.NotFound<StoredInvitation> missing) return new Outcome.NotFound<>(missing.id());
        StoredInvitation current = found.orElseThrow();
        if (!current.state().issued()) {
            return new Outcome.Conflict<>(Outcome.Conflict.Kind.STATE, new Rejection(NOT_ISSUED,
                    "Chỉ ký số giấy mời đã ban hành (đã có số và ngày); hãy ban hành trước.",
                    "Only an issued invitation is signed; issue it first."), current.version());
        }
        Optional<SignedCopy> copy = store.copy(id);
        if (copy.isPresent() && !copy.get().pending()) return new Outcome.Done<>(copy.get());
        Preflight check = preflight(setup, current.invitation());
        if (check instanceof Refused refused) {
            store.signingFailed(id, refused.vietnamese(), clock.instant());
            return new Outcome.Rejected<>(refused.vietnamese(), refused.english(), refused.findings());
        }
        SignedCopy result = sign((Ready) check, current);
        if (result.pending()) {
            String why = result.problem().orElse("không rõ lý do");
            return new Outcome.Rejected<>("Chưa ký được: " + why, "Not signed: " + why, List.of(finding(NOT_SIGNED,
                    "Chưa ký được: " + why, "Not signed: " + why, BASIS)));
        }
        return new Outcome.Done<>(result);
    }

    // ---- steps ---------------------------------------------------------------------------------------------

    private Preflight preflight(OrganisationSigning setup, Invitation invitation) {
        String signer = invitation.signature().signer();
        Optional<PngImage> image = setup.signatureOf(signer);
        if (image.isEmpty()) {
            String who = signer == null ? "người ký (giấy mời chưa ghi họ tên người ký)" : signer;
            String vi = "Chưa ban hành: cấu hình ký số của cơ quan chưa có ảnh chữ ký của " + who + " (NĐ 30/2020/NĐ-CP,"
                    + " Phụ lục I, mục II.7.d: ảnh chữ ký của người có thẩm quyền). Quản trị cơ quan thêm ảnh của người"
                    + " ký trong danh sách người ký rồi ban hành lại; giấy mời chưa lấy số.";
            String en = "Not issued: the organisation's signing settings have no signature image of "
                    + (signer == null ? "the signer (the invitation names none)" : signer) + "; nothing changed.";
            return new Refused(vi, en, List.of(finding(NO_SIGNATURE_IMAGE, vi, en, "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.d")));
        }
        SigningKey key;
        try {
            key = setup.key().open(environment);
        } catch (KeyUnavailable e) {
            String vi = "Chưa ban hành: không mở được khóa ký số của cơ quan: " + e.getMessage()
                    + ". Giấy mời chưa lấy số.";
            String en = "Not issued: the organisation's key cannot be opened: " + e.message(
                    vn.giaymoi.domain.rules.Language.EN) + ". Nothing changed.";
            return new Refused(vi, en, List.of(finding(KEY_UNAVAILABLE, vi, en, BASIS)));
        }
        List<CertificateProblem> problems = service(setup).check(key);
        if (!problems.isEmpty()) {
            String vi = "Chưa ban hành: chứng thư số của cơ quan không được dùng để ký: " + problems.stream()
                    .map(CertificateProblem::vietnamese).collect(Collectors.joining(" ")) + " Giấy mời chưa lấy số.";
            String en = "Not issued: the organisation's certificate may not sign: " + problems.stream()
                    .map(CertificateProblem::english).collect(Collectors.joining(" ")) + " Nothing changed.";
            return new Refused(vi, en, problems.stream().map(p -> finding(p.id(), p.vietnamese(), p.english(), BASIS)).toList());
        }
        return new Ready(key, image.get(), setup);
    }

    /** Renders the issued invitation, signs it and keeps the signed PDF, or why it could not. */
    private SignedCopy sign(Ready ready, StoredInvitation issued) {
        InvitationId id = issued.id();
        try {
            byte[] unsigned = pdf.apply(issued.invitation());
            SigningService.Outcome outcome = service(ready.setup()).sign(unsigned, ready.key(),
                    new Appearance.SignerSignature(ready.signature(), Optional.of(ready.setup().seal())));
            if (outcome instanceof SigningService.Outcome.Signed signed) {
                store.saveSigned(id, signed.pdf(), clock.instant());
            } else if (outcome instanceof SigningService.Outcome.Refused refused) {
                store.signingFailed(id, refused.problems().stream().map(CertificateProblem::vietnamese)
                        .collect(Collectors.joining(" ")), clock.instant());
            }
        } catch (SigningFailure | UnreadablePdf | KeyUnavailable e) {
            store.signingFailed(id, e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Ký số giấy mời {} thất bại", id, e);
            store.signingFailed(id, "lỗi khi ký (" + e.getClass().getSimpleName() + "); thử ký lại, nếu vẫn lỗi hãy báo"
                    + " quản trị hệ thống", clock.instant());
        }
        return store.copy(id).orElseThrow();
    }

    private SigningService service(OrganisationSigning setup) {
        return new SigningService(anchors, setup.tsa().map(TimestampClient::new), clock);
    }

    /** A failed issue leaves no mark, unless another request issued it meanwhile (then its mark stands). */
    private void forgetUnlessIssued(InvitationService service, InvitationId id) {
        if (!(service.find(id) instanceof Outcome.Done<StoredInvitation> now && now.value().state().issued())) {
            store.forget(id);
        }
    }

    private static Finding finding(String id, String vi, String en, String basis) {
        return new Finding(id, Severity.ERROR, "signature", vi, en, "", "", basis, null);
    }
}
