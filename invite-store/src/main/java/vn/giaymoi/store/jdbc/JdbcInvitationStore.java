package vn.giaymoi.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.InvitationSummary;
import vn.giaymoi.application.port.out.LifecycleSteps;
import vn.giaymoi.application.port.out.Link;
import vn.giaymoi.application.port.out.Status;
import vn.giaymoi.application.port.out.StoreRefusal;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.port.out.SummaryPage;
import vn.giaymoi.application.port.out.VersionRetention;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.lifecycle.Drafting;
import vn.giaymoi.domain.lifecycle.FollowUpKind;
import vn.giaymoi.domain.lifecycle.Lifecycle;
import vn.giaymoi.domain.lifecycle.RegisterSeries;
import vn.giaymoi.domain.lifecycle.Transition;
import vn.giaymoi.format.InputProblem;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;

/**
 * Kho giấy mời trên JDBC (invitation store on H2 or PostgreSQL). Every save inserts a row into
 * {@code invitation_version}; the {@code invitation} row only points at the latest one. The content is the JSON
 * document of {@link InvitationFormat}, checked to read back equal before it is written.
 *
 * <p>Each method is one transaction. Writes to one invitation take its row lock ({@code SELECT … FOR UPDATE}) first
 * and let {@link LifecycleSteps} decide under it (the same decision as every other store),
 * and issuing then takes the register row's lock ({@code UPDATE … SET last_number = last_number + 1}): always in
 * that order, so two servers on one PostgreSQL never deadlock, never hand out a number twice, and a failed issue
 * rolls its number back with everything else.
 */
public final class JdbcInvitationStore implements InvitationStore {
    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** How often issuing retries when another transaction created the same register row at the same moment. */
    private static final int REGISTER_ATTEMPTS = 5;

    /** The columns {@link #read} needs, from {@code invitation i} joined with {@code invitation_version v}. */
    private static final String COLUMNS = "SELECT i.id, v.version, v.status, v.saved_at, v.document, v.reason,"
            + " i.follows_id, i.follows_number, i.follows_kind, i.superseded_by, i.superseded_number, i.superseded_kind";

    /** Each invitation's latest version. */
    private static final String LATEST_ROWS =
            " FROM invitation i JOIN invitation_version v ON v.invitation_id = i.id AND v.version = i.current_version";

    private static final String LATEST = COLUMNS + LATEST_ROWS;

    /** The columns of a list row ({@link #summary}); the document only of rows saved before V3 added the kind. */
    private static final String SUMMARY_COLUMNS = "SELECT i.id, v.version, v.status, v.saved_at, v.kind, v.subject,"
            + " v.issuer, v.symbol, v.doc_number, v.issue_date, v.meeting_date,"
            + " CASE WHEN v.kind IS NULL THEN v.document END AS legacy_document";

    private final DataSource dataSource;
    private final IssueHook hook;
    private final VersionRetention retention = VersionRetention.DEFAULT;
    private final InvitationFormat format = new InvitationFormat();

    /** A store on a migrated database; normally obtained from {@link Database#invitations()}. */
    JdbcInvitationStore(DataSource dataSource) {
        this(dataSource, IssueHook.NONE);
    }

    JdbcInvitationStore(DataSource dataSource, IssueHook hook) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.hook = Objects.requireNonNull(hook, "hook");
    }

    @Override
    public StoredInvitation create(Invitation invitation, Link follows, Instant at) {
        Document doc = encode(invitation);
        InvitationId id = InvitationId.random();
        Instant savedAt = stored(at);
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO invitation (id, current_version, status,"
                    + " deleted, created_at, updated_at, follows_id, follows_number, follows_kind)"
                    + " VALUES (?, 1, ?, FALSE, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, id.value());
                ps.setString(2, Status.DRAFT.name());
                ps.setObject(3, timestamp(savedAt));
                ps.setObject(4, timestamp(savedAt));
                ps.setObject(5, follows == null ? null : follows.id().value());
                ps.setString(6, follows == null ? null : follows.number());
                ps.setString(7, follows == null ? null : follows.kind().name());
                ps.executeUpdate();
            }
            insertVersion(c, id, 1, Status.DRAFT, null, savedAt, doc);
            return new StoredInvitation(id, 1, Status.DRAFT, doc.invitation(), savedAt, null, follows, null);
        });
    }

    @Override
    public StoredInvitation update(InvitationId id, int expectedVersion, Invitation invitation, Instant at) {
        Document doc = encode(invitation);
        Instant savedAt = stored(at);
        return inTransaction(c -> {
            Head head = lockExisting(c, id);
            Lifecycle next = LifecycleSteps.advance(id, head.version(), head.state(c, id), expectedVersion,
                    Lifecycle::edit);
            int version = head.version() + 1;
            insertVersion(c, id, version, Status.of(next), Status.reasonOf(next), savedAt, doc);
            moveHead(c, id, version, Status.of(next), savedAt);
            thin(c, id);
            return latest(c, id);
        });
    }

    /**
     * Applies the {@link VersionRetention} after a save, in its transaction: removes saved contents (status draft)
     * other than version 1 that are older than the latest {@code keepLatest} of them; lifecycle steps stay.
     */
    private void thin(Connection c, InvitationId id) throws SQLException {
        Integer cutoff = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM invitation_version"
                + " WHERE invitation_id = ? AND status = ? ORDER BY version DESC LIMIT 1 OFFSET ?")) {
            ps.setObject(1, id.value());
            ps.setString(2, Status.DRAFT.name());
            ps.setInt(3, retention.keepLatest() - 1);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) cutoff = rs.getInt(1);
            }
        }
        if (cutoff == null) return;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM invitation_version"
                + " WHERE invitation_id = ? AND status = ? AND version > 1 AND version < ?")) {
            ps.setObject(1, id.value());
            ps.setString(2, Status.DRAFT.name());
            ps.setInt(3, cutoff);
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<StoredInvitation> find(InvitationId id) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(LATEST + " WHERE i.id = ? AND i.deleted = FALSE")) {
                ps.setObject(1, id.value());
                List<StoredInvitation> found = read(ps);
                return found.stream().findFirst();
            }
        });
    }

    @Override
    public List<StoredInvitation> history(InvitationId id) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " FROM invitation i JOIN invitation_version v"
                    + " ON v.invitation_id = i.id WHERE i.id = ? ORDER BY v.version")) {
                ps.setObject(1, id.value());
                return read(ps);
            }
        });
    }

    @Override
    public List<StoredInvitation> search(InvitationQuery query) {
        List<Object> args = new ArrayList<>();
        String sql = LATEST + where(query, args) + " ORDER BY i.updated_at DESC, i.id";
        return inTransaction(c -> {
            try (PreparedStatement ps = prepare(c, sql, args)) {
                return read(ps);
            }
        });
    }

    @Override
    public SummaryPage summaries(InvitationQuery query, int page, int size) {
        SummaryPage.checkBounds(page, size);
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add(SummaryPage.offset(page, size));
        return inTransaction(c -> {
            long total;
            try (PreparedStatement ps = prepare(c, "SELECT COUNT(*)" + LATEST_ROWS + where, args);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<InvitationSummary> items = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, SUMMARY_COLUMNS + LATEST_ROWS + where
                    + " ORDER BY i.updated_at DESC, i.id LIMIT ? OFFSET ?", pageArgs);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) items.add(summary(rs));
            }
            return new SummaryPage(items, page, size, total);
        });
    }

    /** The WHERE clause of the list's filters on the latest versions, its parameters added to {@code args}. */
    private static String where(InvitationQuery query, List<Object> args) {
        StringBuilder sql = new StringBuilder(" WHERE i.deleted = FALSE");
        if (query.status() != null) {
            sql.append(" AND i.status = ?");
            args.add(query.status().name());
        }
        for (String word : SearchColumns.words(query.text())) {
            sql.append(" AND v.subject_search LIKE ? ESCAPE '\\'");
            args.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.from() != null || query.to() != null) {
            sql.append(" AND (").append(within("v.meeting_date", query, args))
                    .append(" OR ").append(within("v.issue_date", query, args)).append(')');
        }
        return sql.toString();
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    /** A list row from the search columns; a version saved before V3 has no kind column and reads it from its document. */
    private InvitationSummary summary(ResultSet rs) throws SQLException {
        InvitationId id = new InvitationId(rs.getObject("id", UUID.class));
        int version = rs.getInt("version");
        String kind = rs.getString("kind");
        InvitationKind k = kind != null ? InvitationKind.fromCode(kind)
                : decode(rs.getString("legacy_document"), id, version).kind();
        return new InvitationSummary(id, version, Status.valueOf(rs.getString("status")), k,
                new DocumentNumber(rs.getString("doc_number"), rs.getString("symbol")).toString(),
                rs.getObject("issue_date", LocalDate.class), rs.getString("subject"), rs.getString("issuer"),
                rs.getObject("meeting_date", LocalDate.class), rs.getObject("saved_at", OffsetDateTime.class).toInstant());
    }

    private static String within(String column, InvitationQuery query, List<Object> args) {
        List<String> bounds = new ArrayList<>();
        if (query.from() != null) {
            bounds.add(column + " >= ?");
            args.add(query.from());
        }
        if (query.to() != null) {
            bounds.add(column + " <= ?");
            args.add(query.to());
        }
        return "(" + String.join(" AND ", bounds) + ")";
    }

    @Override
    public boolean delete(InvitationId id) {
        return inTransaction(c -> {
            Optional<Head> head = lock(c, id);
            if (head.isEmpty() || head.get().deleted()) return false;
            LifecycleSteps.deletable(head.get().state(c, id));
            try (PreparedStatement ps = c.prepareStatement("UPDATE invitation SET deleted = TRUE WHERE id = ?")) {
                ps.setObject(1, id.value());
                ps.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public StoredInvitation move(InvitationId id, int expectedVersion, Function<Lifecycle, Transition> step, Instant at) {
        Instant savedAt = stored(at);
        return inTransaction(c -> {
            Head head = lockExisting(c, id);
            Lifecycle next = LifecycleSteps.advance(id, head.version(), head.state(c, id), expectedVersion, step);
            if (next instanceof Lifecycle.Issued) throw new IllegalArgumentException("issuing takes a number: use issue()");
            int version = head.version() + 1;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO invitation_version (invitation_id, version,"
                    + " status, saved_at, document, subject, subject_search, issuer, symbol, doc_number, issue_date,"
                    + " meeting_date, reason, kind) SELECT invitation_id, ?, ?, ?, document, subject, subject_search,"
                    + " issuer, symbol, doc_number, issue_date, meeting_date, ?, kind FROM invitation_version"
                    + " WHERE invitation_id = ? AND version = ?")) {
                ps.setInt(1, version);
                ps.setString(2, Status.of(next).name());
                ps.setObject(3, timestamp(savedAt));
                ps.setString(4, Status.reasonOf(next));
                ps.setObject(5, id.value());
                ps.setInt(6, head.version());
                ps.executeUpdate();
            }
            moveHead(c, id, version, Status.of(next), savedAt);
            return latest(c, id);
        });
    }

    @Override
    public StoredInvitation issue(InvitationId id, int expectedVersion, LocalDate issueDate, Instant at) {
        Objects.requireNonNull(issueDate, "issueDate");
        Instant savedAt = stored(at);
        return inTransaction(c -> {
            Head head = lockExisting(c, id);
            Lifecycle next = LifecycleSteps.advance(id, head.version(), head.state(c, id), expectedVersion,
                    Lifecycle::issue);
            Invitation draft = latestContent(c, id, head.version());
            RegisterSeries series = RegisterSeries.of(draft, issueDate.getYear());
            int number = nextNumber(c, series, issueDate);
            Document doc = encode(Drafting.issuedAs(draft, number, issueDate));
            int version = head.version() + 1;
            insertVersion(c, id, version, Status.of(next), null, savedAt, doc);
            moveHead(c, id, version, Status.of(next), savedAt);
            supersede(c, id, doc.invitation());
            hook.beforeCommit(id, number);
            return latest(c, id);
        });
    }

    /** Marks the invitation {@code followUp} follows up, if any, as superseded by it (under the follow-up's lock). */
    private static void supersede(Connection c, InvitationId followUp, Invitation issued) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE invitation SET superseded_by = ?, superseded_number = ?,"
                + " superseded_kind = (SELECT f.follows_kind FROM invitation f WHERE f.id = ?)"
                + " WHERE id = (SELECT f.follows_id FROM invitation f WHERE f.id = ?)")) {
            ps.setObject(1, followUp.value());
            ps.setString(2, issued.number().toString());
            ps.setObject(3, followUp.value());
            ps.setObject(4, followUp.value());
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<LocalDate> latestIssueDate(RegisterSeries series) {
        return inTransaction(c -> register(c, series).map(r -> r.lastDate()));
    }

    @Override
    public int lastNumber(RegisterSeries series) {
        return inTransaction(c -> register(c, series).map(r -> r.lastNumber()).orElse(0));
    }

    /** A register row: the last number handed out in a series and its date. */
    private record RegisterRow(int lastNumber, LocalDate lastDate) {}

    private static Optional<RegisterRow> register(Connection c, RegisterSeries series) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_number, last_issue_date FROM number_register"
                + " WHERE issuer = ? AND symbol = ? AND register_year = ?")) {
            ps.setString(1, series.issuer());
            ps.setString(2, series.symbol());
            ps.setInt(3, series.year());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new RegisterRow(rs.getInt(1), rs.getObject(2, LocalDate.class)));
            }
        }
    }

    /**
     * Takes the next number of {@code series} under the register row's lock, refusing an issue date before the
     * series' latest (the refusal rolls the increment back); the row is created (at 0) when the series is new, inside
     * a savepoint so that losing a creation race to another server only means trying the update again.
     */
    private static int nextNumber(Connection c, RegisterSeries series, LocalDate issueDate) throws SQLException {
        for (int attempt = 1; attempt <= REGISTER_ATTEMPTS; attempt++) {
            try (PreparedStatement up = c.prepareStatement("UPDATE number_register SET last_number = last_number + 1"
                    + " WHERE issuer = ? AND symbol = ? AND register_year = ?")) {
                up.setString(1, series.issuer());
                up.setString(2, series.symbol());
                up.setInt(3, series.year());
                if (up.executeUpdate() == 1) {
                    RegisterRow row = register(c, series)
                            .orElseThrow(() -> new StoreException("sổ đăng ký số " + series + " biến mất"));
                    LifecycleSteps.inOrder(series, Optional.ofNullable(row.lastDate()), issueDate);
                    try (PreparedStatement date = c.prepareStatement("UPDATE number_register SET last_issue_date = ?"
                            + " WHERE issuer = ? AND symbol = ? AND register_year = ?")) {
                        date.setObject(1, issueDate);
                        date.setString(2, series.issuer());
                        date.setString(3, series.symbol());
                        date.setInt(4, series.year());
                        date.executeUpdate();
                    }
                    return row.lastNumber();
                }
            }
            Savepoint beforeInsert = c.setSavepoint();
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO number_register"
                    + " (issuer, symbol, register_year, last_number, last_issue_date) VALUES (?, ?, ?, 1, ?)")) {
                ins.setString(1, series.issuer());
                ins.setString(2, series.symbol());
                ins.setInt(3, series.year());
                ins.setObject(4, issueDate);
                ins.executeUpdate();
                c.releaseSavepoint(beforeInsert);
                return 1;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) throw e;
                c.rollback(beforeInsert); // another transaction opened the series first: take its next number
            }
        }
        throw new StoreException("không lấy được số tiếp theo của sổ " + series.symbol() + " năm " + series.year()
                + " sau " + REGISTER_ATTEMPTS + " lần thử; hãy thử ban hành lại");
    }

    // ------------------------------------------------------------------ rows

    /** The {@code invitation} row. */
    private record Head(int version, Status status, boolean deleted) {
        /** The lifecycle state; a returned or revoked one reads its reason from the latest version. */
        Lifecycle state(Connection c, InvitationId id) throws SQLException {
            if (status != Status.RETURNED && status != Status.REVOKED) return status.state(null);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT reason FROM invitation_version WHERE invitation_id = ? AND version = ?")) {
                ps.setObject(1, id.value());
                ps.setInt(2, version);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new StoreException("giấy mời " + id + " thiếu phiên bản " + version);
                    return status.state(rs.getString(1));
                }
            }
        }
    }

    /** The JSON document of an invitation and the invitation it reads back as. */
    private record Document(String json, Invitation invitation, SearchColumns columns) {}

    private static Optional<Head> lock(Connection c, InvitationId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT current_version, status, deleted FROM invitation WHERE id = ? FOR UPDATE")) {
            ps.setObject(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new Head(rs.getInt(1), Status.valueOf(rs.getString(2)), rs.getBoolean(3)));
            }
        }
    }

    private static Head lockExisting(Connection c, InvitationId id) throws SQLException {
        return lock(c, id).filter(h -> !h.deleted()).orElseThrow(() -> new StoreRefusal.NotFound(id));
    }

    /** The latest version as {@link #find} gives it, inside the caller's transaction. */
    private StoredInvitation latest(Connection c, InvitationId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LATEST + " WHERE i.id = ?")) {
            ps.setObject(1, id.value());
            return read(ps).get(0);
        }
    }

    private Invitation latestContent(Connection c, InvitationId id, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT document FROM invitation_version WHERE invitation_id = ? AND version = ?")) {
            ps.setObject(1, id.value());
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new StoreException("giấy mời " + id + " thiếu phiên bản " + version);
                return decode(rs.getString(1), id, version);
            }
        }
    }

    private static void insertVersion(Connection c, InvitationId id, int version, Status status, String reason,
            Instant savedAt, Document doc) throws SQLException {
        SearchColumns col = doc.columns();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO invitation_version (invitation_id, version,"
                + " status, saved_at, document, subject, subject_search, issuer, symbol, doc_number, issue_date,"
                + " meeting_date, reason, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, id.value());
            ps.setInt(2, version);
            ps.setString(3, status.name());
            ps.setObject(4, timestamp(savedAt));
            ps.setString(5, doc.json());
            ps.setString(6, col.subject());
            ps.setString(7, col.subjectSearch());
            ps.setString(8, col.issuer());
            ps.setString(9, col.symbol());
            ps.setString(10, col.number());
            setDate(ps, 11, col.issueDate());
            setDate(ps, 12, col.meetingDate());
            ps.setString(13, reason);
            ps.setString(14, col.kind());
            ps.executeUpdate();
        }
    }

    private static void moveHead(Connection c, InvitationId id, int version, Status status, Instant savedAt)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE invitation SET current_version = ?, status = ?, updated_at = ? WHERE id = ?")) {
            ps.setInt(1, version);
            ps.setString(2, status.name());
            ps.setObject(3, timestamp(savedAt));
            ps.setObject(4, id.value());
            ps.executeUpdate();
        }
    }

    private List<StoredInvitation> read(PreparedStatement ps) throws SQLException {
        List<StoredInvitation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                InvitationId id = new InvitationId(rs.getObject("id", UUID.class));
                int version = rs.getInt("version");
                out.add(new StoredInvitation(id, version, Status.valueOf(rs.getString("status")),
                        decode(rs.getString("document"), id, version),
                        rs.getObject("saved_at", OffsetDateTime.class).toInstant(), rs.getString("reason"),
                        link(rs, "follows_id", "follows_number", "follows_kind"),
                        link(rs, "superseded_by", "superseded_number", "superseded_kind")));
            }
        }
        return out;
    }

    private static Link link(ResultSet rs, String id, String number, String kind) throws SQLException {
        UUID other = rs.getObject(id, UUID.class);
        if (other == null) return null;
        return new Link(new InvitationId(other), rs.getString(number), FollowUpKind.valueOf(rs.getString(kind)));
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) ps.setNull(index, Types.DATE);
        else ps.setObject(index, date);
    }

    private static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Both databases keep microseconds; the returned record must equal what a later read gives. */
    private static Instant stored(Instant at) {
        return Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    }

    // ------------------------------------------------------------------ documents

    /**
     * Writes the JSON document and reads it back: an invitation the format cannot carry whole is refused here,
     * before anything is saved, rather than found damaged later.
     */
    private Document encode(Invitation invitation) {
        Objects.requireNonNull(invitation, "invitation");
        String json = format.write(invitation, Syntax.JSON);
        Parsed back = format.read(json, Syntax.JSON, "bản lưu");
        Invitation read = back.fold(inv -> inv, problems -> {
            throw new IllegalArgumentException("giấy mời không lưu được vì không đọc lại được: " + describe(problems));
        });
        if (!read.equals(invitation)) {
            throw new IllegalArgumentException(
                    "giấy mời không lưu được nguyên vẹn: bản đọc lại khác bản gửi lưu; chưa có gì được lưu");
        }
        return new Document(json, read, SearchColumns.of(read));
    }

    private Invitation decode(String json, InvitationId id, int version) {
        return format.read(json, Syntax.JSON, "giấy mời " + id + " phiên bản " + version).fold(inv -> inv,
                problems -> {
                    throw new StoreException("không đọc được giấy mời " + id + " phiên bản " + version
                            + " trong kho: " + describe(problems));
                });
    }

    private static String describe(List<InputProblem> problems) {
        return String.join("; ", problems.stream().map(p -> p.path() + ": " + p.message()).toList());
    }

    // ------------------------------------------------------------------ transactions

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction: commits its result, or rolls everything back and rethrows. */
    private <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("lỗi cơ sở dữ liệu, chưa có gì được lưu: " + e.getMessage(), e);
        }
    }

    /** A step inside the issuing transaction, after the number is taken and before the commit; tests fail it. */
    @FunctionalInterface
    interface IssueHook {
        IssueHook NONE = (id, number) -> {};

        void beforeCommit(InvitationId id, int number);
    }
}
