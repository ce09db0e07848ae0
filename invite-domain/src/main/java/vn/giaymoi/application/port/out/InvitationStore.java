package vn.giaymoi.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.giaymoi.domain.invitation.Invitation;

/**
 * Kho giấy mời (invitation store): every save is a new version, nothing is overwritten; issuing numbers and
 * freezes an invitation in one transaction. Implementations are thread-safe.
 */
public interface InvitationStore {
    /** Saves a new invitation as version 1 of a draft. */
    StoredInvitation create(Invitation invitation, Instant at);

    /**
     * Saves a new version of a draft.
     *
     * @throws IllegalStateException when the invitation is issued (frozen)
     * @throws java.util.NoSuchElementException when there is no such invitation
     */
    StoredInvitation update(InvitationId id, Invitation invitation, Instant at);

    /** The latest version. */
    Optional<StoredInvitation> find(InvitationId id);

    /** Every version, oldest first. */
    List<StoredInvitation> history(InvitationId id);

    /** Latest versions matching {@code query}, newest first. */
    List<StoredInvitation> search(InvitationQuery query);

    /**
     * Removes a draft from the list (its versions are kept). Returns false when there is no such draft.
     *
     * @throws IllegalStateException when the invitation is issued
     */
    boolean delete(InvitationId id);

    /**
     * Ban hành (issue): in one transaction, checks that the latest version is still {@code expectedVersion} (the
     * one the caller checked against the rules), takes the next number of the issuer's series for the year of
     * {@code issueDate} from the number register (restarting at 01 each 1 January, ND30 Điều 15), and writes it and
     * the date into a new, frozen version.
     *
     * @throws IllegalStateException when already issued, or when a newer version was saved meanwhile (nothing is
     *     numbered then: check again and retry)
     * @throws java.util.NoSuchElementException when there is no such invitation
     */
    StoredInvitation issue(InvitationId id, int expectedVersion, LocalDate issueDate, Instant at);

    /** Issues the latest version as it stands (for callers that did not check one version first). */
    default StoredInvitation issue(InvitationId id, LocalDate issueDate, Instant at) {
        StoredInvitation latest = find(id).orElseThrow(() -> new java.util.NoSuchElementException("không có giấy mời " + id));
        return issue(id, latest.version(), issueDate, at);
    }
}
