package vn.giaymoi.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.giaymoi.application.port.out.AccountStore;
import vn.giaymoi.application.port.out.AuditAction;
import vn.giaymoi.application.port.out.AuditEntry;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.Link;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.port.out.SummaryPage;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.lifecycle.ApprovalPolicy;
import vn.giaymoi.domain.lifecycle.Lifecycle;
import vn.giaymoi.domain.lifecycle.RegisterSeries;
import vn.giaymoi.domain.lifecycle.Transition;

/**
 * Kho có nhật ký (an organisation's store that writes the audit log): every write that succeeds appends who did it,
 * what it did and when (created, saved version, submitted, approved, returned, issued with its number, revoked,
 * deleted). Reads pass through. The {@link InvitationService} works on it unchanged.
 *
 * <p>Each write and its line are one transaction ({@link AccountStore#inOneTransaction}): a failure or a crash between
 * them leaves neither, so the log never misses a step that happened nor records one that did not.
 */
public final class AuditedInvitationStore implements InvitationStore {
    private final InvitationStore store;
    private final AccountStore log;
    private final OrganisationId organisation;
    private final String actor;
    private final Clock clock;

    /**
     * @param store the organisation's view ({@link InvitationStore#forOrganisation})
     * @param actor the username of who acts
     * @param clock the time of a deletion (the other writes carry their own)
     */
    public AuditedInvitationStore(InvitationStore store, AccountStore log, OrganisationId organisation, String actor,
            Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.log = Objects.requireNonNull(log, "log");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private void record(InvitationId id, AuditAction action, String detail, Instant at) {
        log.audit(new AuditEntry(organisation, id, actor, action, detail, at));
    }

    @Override
    public InvitationStore forOrganisation(OrganisationId other) {
        return new AuditedInvitationStore(store.forOrganisation(other), log, other, actor, clock);
    }

    @Override
    public StoredInvitation create(Invitation invitation, Link follows, Instant at) {
        return log.inOneTransaction(() -> {
            StoredInvitation s = store.create(invitation, follows, at);
            record(s.id(), AuditAction.CREATED, follows == null ? ""
                    : "văn bản " + follows.kind().vietnamese() + " của " + follows.number(), at);
            return s;
        });
    }

    @Override
    public StoredInvitation update(InvitationId id, int expectedVersion, Invitation invitation, Instant at) {
        return log.inOneTransaction(() -> {
            StoredInvitation s = store.update(id, expectedVersion, invitation, at);
            record(id, AuditAction.SAVED, "phiên bản " + s.version(), at);
            return s;
        });
    }

    @Override
    public Optional<StoredInvitation> find(InvitationId id) {
        return store.find(id);
    }

    @Override
    public List<StoredInvitation> history(InvitationId id) {
        return store.history(id);
    }

    @Override
    public List<StoredInvitation> search(InvitationQuery query) {
        return store.search(query);
    }

    @Override
    public SummaryPage summaries(InvitationQuery query, int page, int size) {
        return store.summaries(query, page, size);
    }

    @Override
    public boolean delete(InvitationId id) {
        return log.inOneTransaction(() -> {
            boolean removed = store.delete(id);
            if (removed) record(id, AuditAction.DELETED, "", clock.instant());
            return removed;
        });
    }

    @Override
    public StoredInvitation move(InvitationId id, int expectedVersion, Function<Lifecycle, Transition> step, Instant at) {
        return log.inOneTransaction(() -> {
            StoredInvitation s = store.move(id, expectedVersion, step, at);
            AuditAction action = switch (s.status()) {
                case SUBMITTED -> AuditAction.SUBMITTED;
                case APPROVED -> AuditAction.APPROVED;
                case RETURNED -> AuditAction.RETURNED;
                case REVOKED -> AuditAction.REVOKED;
                case DRAFT, ISSUED -> AuditAction.SAVED;
            };
            String detail = s.reason() != null ? "lý do: " + s.reason() : "phiên bản " + s.version();
            record(id, action, detail, at);
            return s;
        });
    }

    @Override
    public StoredInvitation issue(InvitationId id, int expectedVersion, ApprovalPolicy approval, LocalDate issueDate,
            Instant at) {
        return log.inOneTransaction(() -> {
            StoredInvitation s = store.issue(id, expectedVersion, approval, issueDate, at);
            record(id, AuditAction.ISSUED, "số " + s.invitation().number() + ", ngày " + issueDate, at);
            return s;
        });
    }

    @Override
    public StoredInvitation issue(StoredInvitation checked, ApprovalPolicy approval, LocalDate issueDate, Instant at) {
        // the line inside the issue's transaction, which the store may share with other issues of the moment
        return store.issue(checked, approval, issueDate, at,
                s -> record(s.id(), AuditAction.ISSUED, "số " + s.invitation().number() + ", ngày " + issueDate, at));
    }

    @Override
    public Optional<LocalDate> latestIssueDate(RegisterSeries series) {
        return store.latestIssueDate(series);
    }

    @Override
    public int lastNumber(RegisterSeries series) {
        return store.lastNumber(series);
    }
}
