package vn.giaymoi.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.lifecycle.ApprovalPolicy;
import vn.giaymoi.domain.lifecycle.Lifecycle;
import vn.giaymoi.domain.lifecycle.RegisterSeries;
import vn.giaymoi.domain.lifecycle.Transition;

/**
 * Kho giấy mời (invitation store): every save and every step of the lifecycle is a new version, nothing is
 * overwritten; a save of a draft thins its old saved contents by {@link VersionRetention#DEFAULT}; issuing
 * numbers and freezes an invitation in one transaction. Expected refusals are the
 * {@link StoreRefusal} types, decided by {@link LifecycleSteps} under the invitation's lock; nothing is written
 * then. Implementations are thread-safe; the contract test suite {@code InvitationStoreContract} (invite-store
 * test-jar) holds every one of them.
 */
public interface InvitationStore {
    /**
     * The same store restricted to one organisation (cơ quan): new invitations belong to it; another organisation's
     * invitation is not found (reads, steps and deletes alike); its register series are its own. A store not
     * restricted sees every organisation and saves new invitations in {@link OrganisationId#FIRST}.
     */
    InvitationStore forOrganisation(OrganisationId organisation);

    /** Saves a new invitation as version 1 of a draft. */
    default StoredInvitation create(Invitation invitation, Instant at) {
        return create(invitation, null, at);
    }

    /** Saves a new draft; {@code follows} links it to the issued invitation it follows up, or is {@code null}. */
    StoredInvitation create(Invitation invitation, Link follows, Instant at);

    /**
     * Saves a new version of the content, if the latest version is still {@code expectedVersion} and its state may be
     * edited ({@link Lifecycle#edit()}).
     *
     * @throws StoreRefusal a {@code NotFound}, {@code VersionConflict}, {@code AlreadyIssued} or {@code StepRefused}
     */
    StoredInvitation update(InvitationId id, int expectedVersion, Invitation invitation, Instant at);

    /** Saves a new version over whatever version is latest (for callers that did not read one first). */
    default StoredInvitation update(InvitationId id, Invitation invitation, Instant at) {
        StoredInvitation latest = find(id).orElseThrow(() -> new StoreRefusal.NotFound(id));
        return update(id, latest.version(), invitation, at);
    }

    /** The latest version. */
    Optional<StoredInvitation> find(InvitationId id);

    /** Every version, oldest first. */
    List<StoredInvitation> history(InvitationId id);

    /** Latest versions matching {@code query}, newest first. */
    List<StoredInvitation> search(InvitationQuery query);

    /**
     * One page of the latest versions matching {@code query}, newest first, as summaries: the list reads this, never
     * whole documents.
     *
     * @param page from 1
     * @param size 1…{@link SummaryPage#MAX_SIZE}
     * @throws IllegalArgumentException when page or size is out of bounds
     */
    SummaryPage summaries(InvitationQuery query, int page, int size);

    /**
     * Removes a draft from the list (its versions are kept). Returns false when there is no such invitation.
     *
     * @throws StoreRefusal.AlreadyIssued when it is issued; StoreRefusal.StepRefused when it waits for approval
     */
    boolean delete(InvitationId id);

    /**
     * Takes one step of the lifecycle that needs no number (submit, approve, return, revoke): a new version with the
     * same content and the new state.
     *
     * @param step a domain transition, e.g. {@code Lifecycle::submit} or {@code s -> s.revoke(reason)}
     * @throws StoreRefusal a {@code NotFound}, {@code VersionConflict}, {@code AlreadyIssued} or {@code StepRefused}
     */
    StoredInvitation move(InvitationId id, int expectedVersion, Function<Lifecycle, Transition> step, Instant at);

    /**
     * Ban hành (issue): in one transaction, checks that the latest version is still {@code expectedVersion} (the
     * one the caller checked against the rules) and approved, takes the next number of its {@link RegisterSeries}
     * for the year of {@code issueDate} (restarting at 01 each 1 January, ND30 Điều 15), refuses a date before the
     * series' latest, and writes the number and the date into a new, frozen version. When the invitation follows
     * up another, that one is marked as superseded by it.
     *
     * @throws StoreRefusal a {@code NotFound}, {@code VersionConflict}, {@code AlreadyIssued}, {@code StepRefused} or
     *     {@code OutOfOrder} (nothing is numbered then)
     */
    default StoredInvitation issue(InvitationId id, int expectedVersion, LocalDate issueDate, Instant at) {
        return issue(id, expectedVersion, ApprovalPolicy.REQUIRED, issueDate, at);
    }

    /**
     * Ban hành under the organisation's {@code approval} policy: as {@link #issue(InvitationId, int, LocalDate,
     * Instant)}, except that a submitted invitation is issued too when approval is not required.
     */
    StoredInvitation issue(InvitationId id, int expectedVersion, ApprovalPolicy approval, LocalDate issueDate,
            Instant at);

    /**
     * Ban hành the version {@code checked} that the caller read (and checked against the rules): as {@link
     * #issue(InvitationId, int, ApprovalPolicy, LocalDate, Instant)} with its id and version. A store may take the
     * content from {@code checked} instead of decoding its stored document again, only where that document is the one
     * {@code checked}'s content writes; what is issued is always the stored approved content.
     */
    default StoredInvitation issue(StoredInvitation checked, ApprovalPolicy approval, LocalDate issueDate, Instant at) {
        return issue(checked.id(), checked.version(), approval, issueDate, at);
    }

    /**
     * As {@link #issue(StoredInvitation, ApprovalPolicy, LocalDate, Instant)}, and runs {@code alongside} on the issued
     * invitation inside the issue's transaction (its audit line): a store with transactions keeps both or neither. A
     * store may take issues asked at the same moment into one transaction; {@code alongside} may then run on the
     * thread of another caller.
     */
    default StoredInvitation issue(StoredInvitation checked, ApprovalPolicy approval, LocalDate issueDate, Instant at,
            Consumer<StoredInvitation> alongside) {
        StoredInvitation issued = issue(checked, approval, issueDate, at);
        alongside.accept(issued);
        return issued;
    }

    /** Issues the latest version as it stands (for callers that did not check one version first). */
    default StoredInvitation issue(InvitationId id, LocalDate issueDate, Instant at) {
        StoredInvitation latest = find(id).orElseThrow(() -> new StoreRefusal.NotFound(id));
        return issue(latest, ApprovalPolicy.REQUIRED, issueDate, at);
    }

    /** The latest issue date in {@code series} of this store's organisation, empty while it has no number. */
    Optional<LocalDate> latestIssueDate(RegisterSeries series);

    /** Every number taken in {@code series} so far (the register's counter): 0 for a new series. */
    int lastNumber(RegisterSeries series);
}
