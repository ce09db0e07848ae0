package vn.giaymoi.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import vn.giaymoi.application.port.out.Account;
import vn.giaymoi.application.port.out.AccountRefusal;
import vn.giaymoi.application.port.out.AccountStore;
import vn.giaymoi.application.port.out.AuditAction;
import vn.giaymoi.application.port.out.AuditEntry;
import vn.giaymoi.application.port.out.CredentialKind;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.Organisation;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.Role;
import vn.giaymoi.application.port.out.UserId;

/**
 * Kho tài khoản trên JDBC (the account store on SQLite, PostgreSQL or H2): tables {@code organisation},
 * {@code account}, {@code credential} (hashes of sessions and tokens) and the append-only {@code audit_entry}
 * (schema V4). Each method is one transaction.
 */
final class JdbcAccountStore implements AccountStore {
    private static final String ACCOUNT_COLUMNS = "SELECT a.id, a.username, a.password_hash, a.full_name,"
            + " a.organisation_id, a.roles, a.installation_admin, a.failed_attempts, a.locked_until FROM account a";

    private final Transactions tx;
    private final Dialect dialect;

    JdbcAccountStore(DataSource dataSource, Dialect dialect) {
        this.tx = new Transactions(dataSource, dialect);
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    // ------------------------------------------------------------------ organisations

    @Override
    public Organisation createOrganisation(Organisation o, Instant at) {
        return tx.writing(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO organisation (id, name, approval_required,"
                    + " self_approval_allowed, created_at) VALUES (?, ?, ?, ?, ?)")) {
                dialect.setUuid(ps, 1, o.id().value());
                ps.setString(2, o.name());
                ps.setBoolean(3, o.approvalRequired());
                ps.setBoolean(4, o.selfApprovalAllowed());
                dialect.setInstant(ps, 5, at);
                ps.executeUpdate();
            }
            return o;
        });
    }

    @Override
    public void updateOrganisation(Organisation o) {
        tx.writing(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE organisation SET name = ?, approval_required = ?,"
                    + " self_approval_allowed = ? WHERE id = ?")) {
                ps.setString(1, o.name());
                ps.setBoolean(2, o.approvalRequired());
                ps.setBoolean(3, o.selfApprovalAllowed());
                dialect.setUuid(ps, 4, o.id().value());
                if (ps.executeUpdate() == 0) throw new AccountRefusal.NoSuchOrganisation(o.id());
            }
            return null;
        });
    }

    @Override
    public List<Organisation> organisations() {
        return tx.reading(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, approval_required, self_approval_allowed"
                    + " FROM organisation ORDER BY name, id")) {
                return organisations(ps);
            }
        });
    }

    @Override
    public Optional<Organisation> organisation(OrganisationId id) {
        return tx.reading(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, approval_required, self_approval_allowed"
                    + " FROM organisation WHERE id = ?")) {
                dialect.setUuid(ps, 1, id.value());
                return organisations(ps).stream().findFirst();
            }
        });
    }

    private List<Organisation> organisations(PreparedStatement ps) throws SQLException {
        List<Organisation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Organisation(new OrganisationId(dialect.uuid(rs, "id")), rs.getString("name"),
                        rs.getBoolean("approval_required"), rs.getBoolean("self_approval_allowed")));
            }
        }
        return out;
    }

    @Override
    public Optional<String> profile(OrganisationId id) {
        return tx.reading(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT profile FROM organisation WHERE id = ?")) {
                dialect.setUuid(ps, 1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveProfile(OrganisationId id, String document) {
        tx.writing(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE organisation SET profile = ? WHERE id = ?")) {
                ps.setString(1, Objects.requireNonNull(document, "document"));
                dialect.setUuid(ps, 2, id.value());
                if (ps.executeUpdate() == 0) throw new AccountRefusal.NoSuchOrganisation(id);
            }
            return null;
        });
    }

    // ------------------------------------------------------------------ users

    @Override
    public Account createUser(Account a, Instant at) {
        return tx.writing(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM organisation WHERE id = ?")) {
                dialect.setUuid(ps, 1, a.organisation().value());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new AccountRefusal.NoSuchOrganisation(a.organisation());
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM account WHERE username = ?")) {
                ps.setString(1, a.username());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) throw new AccountRefusal.UsernameTaken(a.username());
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO account (id, username, password_hash,"
                    + " full_name, organisation_id, roles, installation_admin, failed_attempts, locked_until,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                dialect.setUuid(ps, 1, a.id().value());
                ps.setString(2, a.username());
                ps.setString(3, a.passwordHash());
                ps.setString(4, a.fullName());
                dialect.setUuid(ps, 5, a.organisation().value());
                ps.setString(6, a.roles().stream().sorted().map(Role::wire).collect(Collectors.joining(",")));
                ps.setBoolean(7, a.installationAdmin());
                ps.setInt(8, a.failedAttempts());
                setInstantOrNull(ps, 9, a.lockedUntil());
                dialect.setInstant(ps, 10, at);
                ps.executeUpdate();
            } catch (SQLException e) {
                // two servers creating the same username at once: the unique key decides
                if (Transactions.UNIQUE_VIOLATION.equals(e.getSQLState()) || e.getErrorCode() == 19 /* SQLite */) {
                    throw new AccountRefusal.UsernameTaken(a.username());
                }
                throw e;
            }
            return a;
        });
    }

    @Override
    public Optional<Account> user(String username) {
        return tx.reading(c -> {
            try (PreparedStatement ps = c.prepareStatement(ACCOUNT_COLUMNS + " WHERE a.username = ?")) {
                ps.setString(1, username);
                return accounts(ps).stream().findFirst();
            }
        });
    }

    @Override
    public Optional<Account> user(UserId id) {
        return tx.reading(c -> account(c, id));
    }

    private Optional<Account> account(Connection c, UserId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ACCOUNT_COLUMNS + " WHERE a.id = ?")) {
            dialect.setUuid(ps, 1, id.value());
            return accounts(ps).stream().findFirst();
        }
    }

    @Override
    public List<Account> users(OrganisationId organisation) {
        return tx.reading(c -> {
            try (PreparedStatement ps = c.prepareStatement(ACCOUNT_COLUMNS
                    + " WHERE a.organisation_id = ? ORDER BY a.username")) {
                dialect.setUuid(ps, 1, organisation.value());
                return accounts(ps);
            }
        });
    }

    @Override
    public long userCount() {
        return tx.reading(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM account");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public int failedLogin(UserId id) {
        return tx.writing(c -> {
            // the increment is one statement under the row's write lock: concurrent wrong passwords all count
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE account SET failed_attempts = failed_attempts + 1 WHERE id = ?")) {
                dialect.setUuid(ps, 1, id.value());
                if (ps.executeUpdate() == 0) return 0;
            }
            return account(c, id).map(Account::failedAttempts).orElse(0);
        });
    }

    @Override
    public void lock(UserId id, Instant until) {
        update("UPDATE account SET locked_until = ? WHERE id = ?", ps -> setInstantOrNull(ps, 1, until), id, 2);
    }

    @Override
    public void loginSucceeded(UserId id) {
        update("UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE id = ?", ps -> {}, id, 1);
    }

    @Override
    public void changePassword(UserId id, String passwordHash) {
        tx.writing(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE account SET password_hash = ? WHERE id = ?")) {
                ps.setString(1, passwordHash);
                dialect.setUuid(ps, 2, id.value());
                ps.executeUpdate();
            }
            deleteCredentials(c, id);
            return null;
        });
    }

    @Override
    public boolean deleteUser(UserId id) {
        return tx.writing(c -> {
            deleteCredentials(c, id);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM account WHERE id = ?")) {
                dialect.setUuid(ps, 1, id.value());
                return ps.executeUpdate() == 1;
            }
        });
    }

    private void deleteCredentials(Connection c, UserId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM credential WHERE account_id = ?")) {
            dialect.setUuid(ps, 1, id.value());
            ps.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder, UserId id, int idIndex) {
        tx.writing(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                dialect.setUuid(ps, idIndex, id.value());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private List<Account> accounts(PreparedStatement ps) throws SQLException {
        List<Account> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                Arrays.stream(rs.getString("roles").split(",")).map(Role::ofWire).filter(Objects::nonNull)
                        .forEach(roles::add);
                out.add(new Account(new UserId(dialect.uuid(rs, "id")), rs.getString("username"),
                        rs.getString("password_hash"), rs.getString("full_name"),
                        new OrganisationId(dialect.uuid(rs, "organisation_id")), roles,
                        rs.getBoolean("installation_admin"), rs.getInt("failed_attempts"),
                        instantOrNull(rs, "locked_until")));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ sessions and tokens

    @Override
    public void saveCredential(String tokenHash, UserId user, CredentialKind kind, Instant createdAt,
            Instant expiresAt) {
        tx.writing(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO credential (token_hash, account_id, kind,"
                    + " created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, tokenHash);
                dialect.setUuid(ps, 2, user.value());
                ps.setString(3, kind.name());
                dialect.setInstant(ps, 4, createdAt);
                dialect.setInstant(ps, 5, expiresAt);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Account> credential(String tokenHash, Instant now) {
        return tx.reading(c -> {
            try (PreparedStatement ps = c.prepareStatement(ACCOUNT_COLUMNS
                    + " JOIN credential k ON k.account_id = a.id WHERE k.token_hash = ? AND k.expires_at > ?")) {
                ps.setString(1, tokenHash);
                dialect.setInstant(ps, 2, now.truncatedTo(ChronoUnit.MICROS));
                return accounts(ps).stream().findFirst();
            }
        });
    }

    @Override
    public void deleteCredential(String tokenHash) {
        tx.writing(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM credential WHERE token_hash = ?")) {
                ps.setString(1, tokenHash);
                ps.executeUpdate();
            }
            return null;
        });
    }

    // ------------------------------------------------------------------ audit

    @Override
    public void audit(AuditEntry e) {
        tx.writing(c -> {
            AuditLines.insert(c, dialect, e);
            return null;
        });
    }

    @Override
    public <T> T inOneTransaction(Supplier<T> work) {
        return tx.writing(c -> work.get());
    }

    @Override
    public List<AuditEntry> audit(OrganisationId organisation, InvitationId invitation) {
        return tx.reading(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT actor, action, detail, at FROM audit_entry"
                    + " WHERE organisation_id = ? AND invitation_id = ? ORDER BY id")) {
                dialect.setUuid(ps, 1, organisation.value());
                dialect.setUuid(ps, 2, invitation.value());
                List<AuditEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditEntry(organisation, invitation, rs.getString("actor"),
                                AuditAction.ofWire(rs.getString("action")), rs.getString("detail"),
                                dialect.instant(rs, "at")));
                    }
                }
                return out;
            }
        });
    }

    // ------------------------------------------------------------------ values

    private void setInstantOrNull(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) ps.setNull(index, dialect.oneWriter() ? java.sql.Types.VARCHAR : java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        else dialect.setInstant(ps, index, value.truncatedTo(ChronoUnit.MICROS));
    }

    private Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column) == null ? null : dialect.instant(rs, column);
    }
}
