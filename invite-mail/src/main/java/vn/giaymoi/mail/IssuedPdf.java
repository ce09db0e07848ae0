package vn.giaymoi.mail;

import java.util.Optional;
import vn.giaymoi.application.port.out.SigningStore;
import vn.giaymoi.application.port.out.SigningStore.SignedCopy;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.domain.lifecycle.Rejection;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.InvitationRenderer;

/**
 * Bản PDF gửi đi (the PDF attached to the messages of an issued invitation): drawn from the invitation, or, for an
 * organisation that signs at issue time, the signed copy kept then, never a fresh unsigned drawing of it.
 */
@FunctionalInterface
public interface IssuedPdf {
    String NOT_SIGNED = "SEND-NOT-SIGNED";

    /** The PDF to attach, or why the invitation may not be sent yet. */
    Outcome<byte[]> of(StoredInvitation issued);

    /** Always a fresh drawing (an office that does not sign at issue time). */
    static IssuedPdf drawn(InvitationRenderer renderer) {
        return s -> new Outcome.Done<>(renderer.render(s.invitation(), Format.PDF).bytes());
    }

    /**
     * The signed copy when there is one; a conflict while it is "chưa ký" (an unsigned copy must not go out in its
     * place); a drawing for an invitation issued without signing.
     */
    static IssuedPdf signedOrDrawn(SigningStore signing, InvitationRenderer renderer) {
        IssuedPdf drawn = drawn(renderer);
        return s -> {
            Optional<SignedCopy> copy = signing.copy(s.id());
            if (copy.isEmpty()) return drawn.of(s);
            if (copy.get().pending()) {
                return new Outcome.Conflict<>(Outcome.Conflict.Kind.STATE, new Rejection(NOT_SIGNED,
                        "Giấy mời đã ban hành nhưng chưa ký số" + copy.get().problem().map(p -> " (" + p + ")").orElse("")
                                + "; văn thư ký lại rồi mới gửi (bản chưa ký không được gửi thay bản ký số).",
                        "The issued invitation is not signed yet; sign it again before sending."), s.version());
            }
            return new Outcome.Done<>(copy.get().pdf().orElseThrow());
        };
    }
}
