package vn.giaymoi.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Ký số khi ban hành (what the server keeps for signing at issue time): each organisation's signing settings (where
 * its key is, never the key; its seal and signers' images), and each issued invitation's signed PDF. Thread-safe;
 * every method is one transaction.
 *
 * <p>An invitation of an organisation that signs is marked {@link SignedCopy#pending pending} before its number is
 * taken, and gets its signed PDF after: a crash or a failure in between leaves it issued and "chưa ký", which a retry
 * signs (docs/decisions.md, decision 39).
 */
public interface SigningStore {

    /**
     * Bản ký của một giấy mời (the signed copy of one invitation, or the mark that it is still to be signed).
     *
     * @param pdf the signed PDF, absent while the invitation is not signed yet
     * @param problem why the last attempt did not sign (Vietnamese), absent when it did or none has ended yet
     * @param at when the copy or the mark was written
     */
    record SignedCopy(InvitationId invitation, Optional<byte[]> pdf, Optional<String> problem, Instant at) {
        public SignedCopy {
            Objects.requireNonNull(invitation, "invitation");
            Objects.requireNonNull(pdf, "pdf");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(at, "at");
        }

        /** Chưa ký: marked for signing, no signed PDF yet. */
        public boolean pending() {
            return pdf.isEmpty();
        }
    }

    /** The organisation's signing settings document (JSON), if it signs at issue time. */
    Optional<String> settings(OrganisationId organisation);

    /** Keeps {@code document} as the organisation's signing settings, replacing any earlier one. */
    void saveSettings(OrganisationId organisation, String document, Instant at);

    /** The signed copy, or the pending mark, of {@code invitation}. */
    Optional<SignedCopy> copy(InvitationId invitation);

    /** Marks {@code invitation} to be signed (no PDF, no problem), replacing any earlier copy or mark. */
    void markPending(InvitationId invitation, Instant at);

    /** Records why signing {@code invitation} failed; it stays to be signed. */
    void signingFailed(InvitationId invitation, String problem, Instant at);

    /** Keeps the signed PDF of {@code invitation}. */
    void saveSigned(InvitationId invitation, byte[] pdf, Instant at);

    /** Forgets the mark of an invitation whose issue did not happen. */
    void forget(InvitationId invitation);
}
