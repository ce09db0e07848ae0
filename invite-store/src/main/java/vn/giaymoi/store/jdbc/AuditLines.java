package vn.giaymoi.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import vn.giaymoi.application.port.out.AuditAction;
import vn.giaymoi.application.port.out.AuditEntry;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.OrganisationId;

/**
 * Dòng nhật ký (appending to {@code audit_entry}) inside the caller's transaction, for every store that records what
 * it did: the account store's lines, and the outbox's sending and delivery events.
 */
final class AuditLines {
    /** The longest detail kept. */
    private static final int MAX_DETAIL = 2000;
    /** The longest actor kept. */
    private static final int MAX_ACTOR = 64;

    private AuditLines() {}

    static void insert(Connection c, Dialect dialect, AuditEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (organisation_id, invitation_id,"
                + " actor, action, detail, at) VALUES (?, ?, ?, ?, ?, ?)")) {
            dialect.setUuid(ps, 1, e.organisation().value());
            dialect.setUuid(ps, 2, e.invitation().value());
            ps.setString(3, e.actor().length() > MAX_ACTOR ? e.actor().substring(0, MAX_ACTOR) : e.actor());
            ps.setString(4, e.action().wire());
            ps.setString(5, e.detail().length() > MAX_DETAIL ? e.detail().substring(0, MAX_DETAIL) : e.detail());
            dialect.setInstant(ps, 6, e.at().truncatedTo(ChronoUnit.MICROS));
            ps.executeUpdate();
        }
    }

    /**
     * A line of the organisation that owns {@code invitation}; nothing when there is no such invitation (it was never
     * stored, so there is no log to write to).
     */
    static void insertForInvitation(Connection c, Dialect dialect, InvitationId invitation, String actor,
            AuditAction action, String detail, Instant at) throws SQLException {
        Optional<OrganisationId> owner = owner(c, dialect, invitation.value());
        if (owner.isPresent()) insert(c, dialect, new AuditEntry(owner.get(), invitation, actor, action, detail, at));
    }

    private static Optional<OrganisationId> owner(Connection c, Dialect dialect, UUID invitation) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT organisation_id FROM invitation WHERE id = ?")) {
            dialect.setUuid(ps, 1, invitation);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new OrganisationId(dialect.uuid(rs, "organisation_id"))) : Optional.empty();
            }
        }
    }
}
