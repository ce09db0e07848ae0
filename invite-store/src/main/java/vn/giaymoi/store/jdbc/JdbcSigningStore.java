package vn.giaymoi.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.SigningStore;

/**
 * Kho ký số (the signing store over JDBC, V7): settings per organisation, the signed copy per invitation. A write
 * replaces the row (delete, then insert, in one transaction: the same SQL on SQLite, H2 and PostgreSQL).
 */
final class JdbcSigningStore implements SigningStore {
    private final Dialect dialect;
    private final Transactions tx;

    JdbcSigningStore(DataSource dataSource, Dialect dialect) {
        this.dialect = dialect;
        this.tx = new Transactions(dataSource, dialect);
    }

    @Override
    public Optional<String> settings(OrganisationId organisation) {
        return tx.reading(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT document FROM signing_settings WHERE organisation_id = ?")) {
                dialect.setUuid(ps, 1, organisation.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString("document")) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void saveSettings(OrganisationId organisation, String document, Instant at) {
        Objects.requireNonNull(document, "document");
        tx.writing(c -> {
            delete(c, "signing_settings", "organisation_id", organisation.value());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO signing_settings (organisation_id, document, updated_at) VALUES (?, ?, ?)")) {
                dialect.setUuid(ps, 1, organisation.value());
                ps.setString(2, document);
                dialect.setInstant(ps, 3, at);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<SignedCopy> copy(InvitationId invitation) {
        return tx.reading(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT pdf, problem, updated_at FROM signed_copy WHERE invitation_id = ?")) {
                dialect.setUuid(ps, 1, invitation.value());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.<SignedCopy>empty();
                    return Optional.of(new SignedCopy(invitation, Optional.ofNullable(rs.getBytes("pdf")),
                            Optional.ofNullable(rs.getString("problem")), dialect.instant(rs, "updated_at")));
                }
            }
        });
    }

    @Override
    public void markPending(InvitationId invitation, Instant at) {
        write(invitation, null, null, at);
    }

    @Override
    public void signingFailed(InvitationId invitation, String problem, Instant at) {
        String kept = problem.length() > 4000 ? problem.substring(0, 3999) + "…" : problem;
        write(invitation, null, kept, at);
    }

    @Override
    public void saveSigned(InvitationId invitation, byte[] pdf, Instant at) {
        write(invitation, Objects.requireNonNull(pdf, "pdf"), null, at);
    }

    @Override
    public void forget(InvitationId invitation) {
        tx.writing(c -> {
            delete(c, "signed_copy", "invitation_id", invitation.value());
            return null;
        });
    }

    private void write(InvitationId invitation, byte[] pdf, String problem, Instant at) {
        tx.writing(c -> {
            delete(c, "signed_copy", "invitation_id", invitation.value());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO signed_copy (invitation_id, pdf, problem, updated_at) VALUES (?, ?, ?, ?)")) {
                dialect.setUuid(ps, 1, invitation.value());
                ps.setBytes(2, pdf);
                ps.setString(3, problem);
                dialect.setInstant(ps, 4, at);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private void delete(Connection c, String table, String key, UUID value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + key + " = ?")) {
            dialect.setUuid(ps, 1, value);
            ps.executeUpdate();
        }
    }
}
