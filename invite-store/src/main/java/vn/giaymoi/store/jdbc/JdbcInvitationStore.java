package vn.giaymoi.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.InvitationSummary;
import vn.giaymoi.application.port.out.LifecycleSteps;
import vn.giaymoi.application.port.out.Link;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.Status;
import vn.giaymoi.application.port.out.StoreRefusal;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.port.out.SummaryPage;
import vn.giaymoi.application.port.out.VersionRetention;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.lifecycle.ApprovalPolicy;
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
 * Kho giấy mời trên JDBC (invitation store on SQLite, PostgreSQL or H2). Every save inserts a row into
 * {@code invitation_version}; the {@code invitation} row only points at the latest one. The content is the JSON
 * document of {@link InvitationFormat}, checked to read back equal before it is written.
 *
 * <p>Each method is one transaction. Writes to one invitation take its row lock ({@code SELECT … FOR UPDATE}; on SQLite
 * the whole file's write lock of {@code BEGIN IMMEDIATE}, see {@link Dialect}) first
 * and let {@link LifecycleSteps} decide under it (the same decision as every other store),
 * and issuing then takes the register row's lock ({@code UPDATE … SET last_number = last_number + 1}): always in
 * that order, so two servers on one PostgreSQL never deadlock, never hand out a number twice, and a failed issue
 * rolls its number back with everything else.
 *
 * <p>A store made by {@link #forOrganisation} adds its organisation to every query and to the lock, so another
 * organisation's invitation is simply not there; the register is keyed by the invitation's organisation.
 */
public final class JdbcInvitationStore implements InvitationStore {
    private static final String UNIQUE_VIOLATION = Transactions.UNIQUE_VIOLATION;

    /** How often issuing retries when another transaction created the same register row at the same moment. */
    private static final int REGISTER_ATTEMPTS = 5;

    /** The columns {@link #read} needs, from {@code invitation i} joined with {@code invitation_version v}. */
    private static final String COLUMNS = "SELECT i.id, v.version, v.status, v.saved_at, v.document, v.reason,"
            + " i.follows_id, i.follows_number, i.follows_kind, i.superseded_by, i.superseded_number, i.superseded_kind";

    /** Each invitation's latest version. */
    private static final String LATEST_VERSION =
            " JOIN invitation_version v ON v.invitation_id = i.id AND v.version = i.current_version";

    private static final String LATEST_ROWS = " FROM invitation i" + LATEST_VERSION;

    private static final String LATEST = COLUMNS + LATEST_ROWS;

    /** The columns of a list row ({@link #summary}); the document only of rows saved before V3 added the kind. */
    private static final String SUMMARY_COLUMNS = "SELECT i.id, v.version, v.status, v.saved_at, v.kind, v.subject,"
            + " v.issuer, v.symbol, v.doc_number, v.issue_date, v.meeting_date,"
            + " CASE WHEN v.kind IS NULL THEN v.document END AS legacy_document";

    private final DataSource dataSource;
    private final Transactions transactions;
    private final Dialect dialect;
    private final IssueHook hook;
    /** The organisation this view is restricted to, or {@code null} for every organisation. */
    private final OrganisationId scope;
    private final WordWalk wordWalk;
    /** The issues waiting to be taken together; one per database, shared by its organisations' views. */
    private final IssueGroups<IssueRequest> groups;

    /** Whether {@code search_word} holds the words of every version (V9.1); see {@link #wordsKnown}. */
    private volatile boolean wordsKnown;
    private final VersionRetention retention = VersionRetention.DEFAULT;
    private final InvitationFormat format = new InvitationFormat();

    /** A store on a migrated database; normally obtained from {@link Database#invitations()}. */
    JdbcInvitationStore(DataSource dataSource, Dialect dialect) {
        this(dataSource, dialect, IssueHook.NONE);
    }

    JdbcInvitationStore(DataSource dataSource, Dialect dialect, IssueHook hook) {
        this(dataSource, dialect, hook, null, WordWalk.PROVINCE, newGroups());
    }

    /** A store whose word search reads {@code walk}'s rows in update order (tests make them few, to reach the index). */
    JdbcInvitationStore(DataSource dataSource, Dialect dialect, WordWalk walk) {
        this(dataSource, dialect, IssueHook.NONE, null, walk, newGroups());
    }

    private JdbcInvitationStore(DataSource dataSource, Dialect dialect, IssueHook hook, OrganisationId scope,
            WordWalk walk, IssueGroups<IssueRequest> groups) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.transactions = new Transactions(dataSource, dialect);
        this.hook = Objects.requireNonNull(hook, "hook");
        this.scope = scope;
        this.wordWalk = Objects.requireNonNull(walk, "walk");
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    /**
     * Two groups at once (one writing while the next is prepared), of at most 64 issues: a server's pool has 10
     * connections, and a group of 64 already pays its commit 64 times less.
     */
    private static IssueGroups<IssueRequest> newGroups() {
        return new IssueGroups<>(2, 64);
    }

    @Override
    public InvitationStore forOrganisation(OrganisationId organisation) {
        return new JdbcInvitationStore(dataSource, dialect, hook, Objects.requireNonNull(organisation, "organisation"),
                wordWalk, groups);
    }

    /** The organisation of new invitations and of the register this store reads. */
    private OrganisationId owner() {
        return scope != null ? scope : OrganisationId.FIRST;
    }

    /** {@code " AND i.organisation_id = ?"} when this view is restricted (its value set by {@link #bindScope}). */
    private String scoped() {
        return scope == null ? "" : " AND i.organisation_id = ?";
    }

    /** Binds the organisation of {@link #scoped()} at {@code index}; returns the next index. */
    private int bindScope(PreparedStatement ps, int index) throws SQLException {
        if (scope == null) return index;
        dialect.setUuid(ps, index, scope.value());
        return index + 1;
    }

    @Override
    public StoredInvitation create(Invitation invitation, Link follows, Instant at) {
        Document doc = encode(invitation);
        InvitationId id = InvitationId.random();
        Instant savedAt = stored(at);
        return writing(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO invitation (id, current_version, status,"
                    + " deleted, created_at, updated_at, follows_id, follows_number, follows_kind, organisation_id)"
                    + " VALUES (?, 1, ?, FALSE, ?, ?, ?, ?, ?, ?)")) {
                dialect.setUuid(ps, 1, id.value());
                ps.setString(2, Status.DRAFT.name());
                dialect.setInstant(ps, 3, savedAt);
                dialect.setInstant(ps, 4, savedAt);
                dialect.setUuid(ps, 5, follows == null ? null : follows.id().value());
                ps.setString(6, follows == null ? null : follows.number());
                ps.setString(7, follows == null ? null : follows.kind().name());
                dialect.setUuid(ps, 8, owner().value());
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
        return writing(c -> {
            Head head = lockExisting(c, id);
            Lifecycle next = LifecycleSteps.advance(id, head.version(), state(c, id, head), expectedVersion,
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
            dialect.setUuid(ps, 1, id.value());
            ps.setString(2, Status.DRAFT.name());
            ps.setInt(3, retention.keepLatest() - 1);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) cutoff = rs.getInt(1);
            }
        }
        if (cutoff == null) return;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM invitation_version"
                + " WHERE invitation_id = ? AND status = ? AND version > 1 AND version < ?")) {
            dialect.setUuid(ps, 1, id.value());
            ps.setString(2, Status.DRAFT.name());
            ps.setInt(3, cutoff);
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<StoredInvitation> find(InvitationId id) {
        return reading(c -> {
            try (PreparedStatement ps = c.prepareStatement(LATEST + " WHERE i.id = ? AND i.deleted = FALSE"
                    + scoped())) {
                dialect.setUuid(ps, 1, id.value());
                bindScope(ps, 2);
                List<StoredInvitation> found = read(ps);
                return found.stream().findFirst();
            }
        });
    }

    @Override
    public List<StoredInvitation> history(InvitationId id) {
        return reading(c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " FROM invitation i JOIN invitation_version v"
                    + " ON v.invitation_id = i.id WHERE i.id = ?" + scoped() + " ORDER BY v.version")) {
                dialect.setUuid(ps, 1, id.value());
                bindScope(ps, 2);
                return read(ps);
            }
        });
    }

    @Override
    public List<StoredInvitation> search(InvitationQuery query) {
        List<Object> args = new ArrayList<>();
        String sql = LATEST + where(query, args) + " ORDER BY i.updated_at DESC, i.id";
        return reading(c -> {
            try (PreparedStatement ps = prepare(c, sql, args)) {
                return read(ps);
            }
        });
    }

    @Override
    public SummaryPage summaries(InvitationQuery query, int page, int size) {
        SummaryPage.checkBounds(page, size);
        List<Object> args = new ArrayList<>();
        String dated = dated(query, args);
        if (dialect.indexesWords() && dated.isEmpty() && !SearchText.phrases(query.text()).isEmpty()) {
            return reading(c -> wordSearch(c, query, page, size));
        }
        if (!dated.isEmpty() && SearchText.phrases(query.text()).isEmpty() && query.organisation() == null
                && !(query.issued().bounded() && query.meeting().bounded())) {
            return reading(c -> datedPage(c, query, dated, args, page, size));
        }
        String rows = dated.isEmpty() ? LATEST_ROWS
                : LATEST_ROWS + " JOIN dated d ON d.invitation_id = v.invitation_id AND d.version = v.version";
        String where = where(query, args);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add(SummaryPage.offset(page, size));
        // counted no further than the list shows: counting a province's million rows would cost more than the page
        List<Object> countArgs = new ArrayList<>(args);
        countArgs.add(SummaryPage.COUNT_LIMIT + 1);
        return reading(c -> {
            long total;
            try (PreparedStatement ps = prepare(c, dated + "SELECT COUNT(*) FROM (SELECT 1"
                    + (readsVersions(query) ? rows : " FROM invitation i") + where + " LIMIT ?) matches",
                    countArgs);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<InvitationSummary> items = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, dated + SUMMARY_COLUMNS + rows + where
                    + " ORDER BY i.updated_at DESC, i.id LIMIT ? OFFSET ?", pageArgs);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) items.add(summary(rs));
            }
            return counted(items, page, size, total);
        });
    }

    /**
     * A province's list of a short date range and nothing else (PostgreSQL): the page and the bounded count read the
     * dated versions' heads alone (V9.1's covering index of {@code invitation}: current version, update, deleted,
     * status), and only the page's versions. Joining every dated version first read some 7,000 wide rows to sort them.
     * The page sorts the dated versions by their saving ({@code saved_at}, V10.2's date indexes hold it), which for an
     * invitation's current version is its update ({@link #moveHead} writes both from one value), and looks heads up in
     * that order only until the page is full: a week's 7,000 lookups were most of its time.
     */
    private SummaryPage datedPage(Connection c, InvitationQuery query, String dated, List<Object> datedArgs, int page,
            int size) throws SQLException {
        List<Object> args = new ArrayList<>(datedArgs);
        String heads = " FROM dated d JOIN invitation i ON i.id = d.invitation_id AND i.current_version = d.version"
                + invitationWhere(query, args);
        List<Object> countArgs = new ArrayList<>(args);
        countArgs.add(SummaryPage.COUNT_LIMIT + 1);
        long total;
        try (PreparedStatement ps = prepare(c, dated + "SELECT COUNT(*) FROM (SELECT 1" + heads + " LIMIT ?) m",
                countArgs);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
        }
        List<Object> pageArgs = new ArrayList<>(datedArgs);
        // sorted before the lookups (OFFSET 0 keeps it apart) and each head looked up for its row (LATERAL): the
        // planner would otherwise look every dated version's head up and then sort
        String current = invitationWhere(query, pageArgs)
                + " AND i.id = d.invitation_id AND i.current_version = d.version";
        pageArgs.add(size);
        pageArgs.add(SummaryPage.offset(page, size));
        List<InvitationSummary> items = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, dated.stripTrailing() + ", top AS MATERIALIZED (SELECT d.invitation_id"
                + " AS id FROM (SELECT * FROM dated ORDER BY saved_at DESC, invitation_id OFFSET 0) d CROSS JOIN LATERAL"
                + " (SELECT 1 FROM invitation i" + current + ") h ORDER BY d.saved_at DESC, d.invitation_id"
                + " LIMIT ? OFFSET ?) " + SUMMARY_COLUMNS + " FROM top t"
                + " JOIN invitation i ON i.id = t.id" + LATEST_VERSION + " ORDER BY i.updated_at DESC, i.id", pageArgs);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) items.add(summary(rs));
        }
        return counted(items, page, size, total);
    }

    /** The widest date range, in days, that a province-wide list reads through its date's index ({@link #dated}). */
    private static final int DATED_DAYS = 62;

    /**
     * On PostgreSQL, the versions of a short range of meeting or issue dates (both ends given, at most
     * {@link #DATED_DAYS} days) as a {@code WITH dated} list read first from that date's index, when the list is not
     * restricted to one organisation; otherwise empty. The planner cannot know that recent updates hold recent dates:
     * left alone, it walks the whole province from the latest update to find a week of 2024. One organisation's rows
     * are few, so its list walks them.
     */
    private String dated(InvitationQuery query, List<Object> args) {
        if (!dialect.materializes() || scope != null) return "";
        boolean meeting = isShort(query.meeting());
        if (!meeting && !isShort(query.issued())) return "";
        InvitationQuery.DateRange range = meeting ? query.meeting() : query.issued();
        String column = meeting ? "meeting_date" : "issue_date";
        args.add(range.from());
        args.add(range.to());
        return "WITH dated AS MATERIALIZED (SELECT invitation_id, version, saved_at FROM invitation_version WHERE "
                + column + " >= ? AND " + column + " <= ?) ";
    }

    private static boolean isShort(InvitationQuery.DateRange range) {
        return range.from() != null && range.to() != null
                && ChronoUnit.DAYS.between(range.from(), range.to()) <= DATED_DAYS;
    }

    /** The WHERE clause of the list's filters on the latest versions, its parameters added to {@code args}. */
    private String where(InvitationQuery query, List<Object> args) {
        return where(query, args, SearchText.tsQuery(SearchText.phrases(query.text())));
    }

    /**
     * The WHERE clause of the list's filters; {@code indexed} what PostgreSQL asks its full-text index to narrow the
     * words, {@code null} for nothing (a row's indexed words live out of line: testing them row by row costs a TOAST
     * read each).
     */
    private String where(InvitationQuery query, List<Object> args, String indexed) {
        StringBuilder sql = new StringBuilder(invitationWhere(query, args));
        if (query.organisation() != null) {
            // the organisation seam: the issuer as the register keys it, until invitations carry their organisation
            sql.append(" AND v.issuer = ?");
            args.add(query.organisation());
        }
        List<List<String>> phrases = SearchText.phrases(query.text());
        if (!phrases.isEmpty()) sql.append(" AND ").append(dialect.textMatch(phrases, args, indexed));
        within(sql, "v.issue_date", query.issued(), args);
        within(sql, "v.meeting_date", query.meeting(), args);
        return sql.toString();
    }

    /** The part of {@link #where} on the {@code invitation} row alone (deleted, organisation, status). */
    private String invitationWhere(InvitationQuery query, List<Object> args) {
        StringBuilder sql = new StringBuilder(" WHERE i.deleted = FALSE");
        if (scope != null) {
            sql.append(" AND i.organisation_id = ?");
            args.add(scope.value());
        }
        if (query.status() != null) {
            sql.append(" AND i.status = ?");
            args.add(query.status().name());
        }
        return sql.toString();
    }

    // ------------------------------------------------------------------ a province's word search (PostgreSQL)

    /**
     * How many of the latest invitations a word search reads in update order: first {@code probe} of them, to see how
     * common its words are (common from one match in five), then at most {@code most} before it asks the full-text
     * index; at most {@code longest} to count words typed apart, which the index can only list as prefixes (every
     * token that starts with {@code do} or {@code hang}: most of a province, each row then tested again). A row read
     * costs about 17 µs on the province's data (its text is decompressed and searched), so the province's bounds
     * keep a walk under about 0.15 s, and a count of words typed apart under about 0.6 s. A number is first read
     * from the index when no more than {@code numbers} invitations match it.
     */
    record WordWalk(int probe, int most, int longest, int numbers) {
        static final WordWalk PROVINCE = new WordWalk(512, 8_000, 32_000);

        WordWalk {
            if (probe < 5 || most < probe || longest < most || numbers < 0) {
                throw new IllegalArgumentException("bounds " + probe + ", " + most + ", " + longest + ", " + numbers);
            }
        }

        /**
         * With the most matches a number ({@link NumberShape}) is read for from the index alone, before the walk:
         * one series' number is in a few hundred to a few thousand of a province's million invitations.
         */
        WordWalk(int probe, int most, int longest) {
            this(probe, most, longest, 5_000);
        }

        int common() {
            return probe / 5;
        }
    }

    /**
     * Tìm theo từ (word search) over a province: the page and the count, bounded at {@link SummaryPage#COUNT_LIMIT},
     * each read the cheaper of two ways. Common words (a topic in a third of all invitations) are found by reading
     * the latest invitations in update order, which fills a page after a few dozen rows and the count after a few
     * thousand, while the full-text index would list hundreds of thousands. Rare words (a number) are found
     * through the index, which lists a few. Which case holds is seen by reading the latest
     * {@link WordWalk#probe} first, not guessed by the planner: its estimate of a phrase is blind (it chose to read the
     * whole table for a phrase in half the rows) and it tests the out-of-line indexed words of every row it walks.
     * Both ways give the same rows as {@link #search}: the phrase itself is tested on the row's text either way.
     */
    private SummaryPage wordSearch(Connection c, InvitationQuery query, int page, int size) throws SQLException {
        // planned for these words and bounds: a plan made once for any value (the driver's fifth run on) would walk
        // for rare words and list the index for common ones
        settings(c, "SET LOCAL plan_cache_mode = force_custom_plan");
        SummaryPage found = wordSearchPlanned(c, query, page, size);
        // the settings end with the transaction; reset for a caller's transaction this read may have joined
        indexOnly(c, false);
        settings(c, "RESET plan_cache_mode");
        return found;
    }

    /**
     * Whether only the full-text index's bitmap may find the rows (never the row-by-row test of the out-of-line
     * words), exact in memory (a lossy bitmap would test the words of every row of its pages), without parallel
     * workers (a bound of 1,001 rows is not worth starting them).
     */
    private static void indexOnly(Connection c, boolean only) throws SQLException {
        settings(c, only ? "SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off;"
                + " SET LOCAL work_mem = '32MB'; SET LOCAL max_parallel_workers_per_gather = 0"
                : "RESET enable_seqscan; RESET enable_indexscan; RESET work_mem; RESET max_parallel_workers_per_gather");
    }

    private static void settings(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private SummaryPage wordSearchPlanned(Connection c, InvitationQuery query, int page, int size) throws SQLException {
        long offset = SummaryPage.offset(page, size);
        long wanted = offset + size;
        int most = wordWalk.most();
        List<List<String>> phrases = SearchText.phrases(query.text());
        String numberTerms = NumberShape.of(phrases) ? SearchText.tsQuery(phrases, startingWith(c, phrases)) : "";
        if (!numberTerms.isEmpty()) {
            // a number: rare, so the index first, without reading the latest invitations to see how common it is
            indexOnly(c, true);
            List<Object> args = new ArrayList<>();
            Matched number = matched(c, where(query, args, numberTerms), args, offset, size, wordWalk.numbers());
            indexOnly(c, false);
            if (number.found() <= wordWalk.numbers()) return number.page(page, size);
        }
        Walk walk = walk(c, query, wordWalk.probe(), offset, size);
        if (walk.decides(wanted)) return walk.page(page, size);
        Map<String, List<String>> words = startingWith(c, phrases);
        boolean asWords = words.keySet().containsAll(phrases.stream().map(p -> p.isEmpty() ? "" : p.get(p.size() - 1))
                .toList());
        if (walk.scopeRows() <= most) {
            walk = walk(c, query, most, offset, size); // one organisation's invitations: all of them
        } else if (asWords && walk.found() < wordWalk.common()) {
            // not common, and asked as words, not starts: the index lists the matches, and a walk reads on only for
            // a page when more than the bound match
            indexOnly(c, true);
            List<Object> args = new ArrayList<>();
            String where = where(query, args, SearchText.tsQuery(phrases, words));
            long total = 0;
            if (walk.found() > 0 && !SearchText.asksPairs(phrases)) {
                // words typed apart and seen: each whole lists fewer rows than all it starts ("ngan" starts "nganh"),
                // and more than the bound of those is more than the bound of all
                List<Object> wholeArgs = new ArrayList<>();
                total = count(c, LATEST_ROWS + where(query, wholeArgs, SearchText.tsQueryWhole(phrases)), wholeArgs);
            }
            // none of the latest: no walk can be sized for the page, which then sorts every match
            if (walk.found() == 0) return matched(c, where, args, offset, size).page(page, size);
            if (total <= SummaryPage.COUNT_LIMIT) total = count(c, LATEST_ROWS + where, args);
            if (total > SummaryPage.COUNT_LIMIT && walk.found() < wanted) {
                long forPage = 2 * wanted * wordWalk.probe() / walk.found();
                if (forPage <= most) {
                    indexOnly(c, false);
                    walk = walk(c, query, (int) forPage, offset, size);
                    indexOnly(c, true);
                }
            }
            List<InvitationSummary> items = walk.found() >= wanted ? walk.items()
                    : page(c, LATEST_ROWS + where, args, offset, size);
            return counted(items, page, size, total);
        } else if (walk.found() > 0) {
            // the rows expected to hold what is missing, twice over: the count too when the words are common
            long forCount = 2L * (SummaryPage.COUNT_LIMIT + 1) * wordWalk.probe() / walk.found();
            long forPage = 2 * wanted * wordWalk.probe() / walk.found();
            long rows = walk.found() >= wordWalk.common() ? Math.min(forCount, most) : forPage <= most ? forPage : 0;
            if (rows > 0) walk = walk(c, query, (int) rows, offset, size);
        }
        if (walk.decides(wanted)) return walk.page(page, size);
        if (walk.found() > 0 && !SearchText.asksPairs(phrases)) {
            // words typed apart: more than the bound where each is whole, or else read on in update order
            List<Object> args = new ArrayList<>();
            indexOnly(c, true);
            long whole = count(c, LATEST_ROWS + where(query, args, SearchText.tsQueryWhole(phrases)), args);
            if (whole > SummaryPage.COUNT_LIMIT && walk.found() >= wanted) {
                return new SummaryPage(walk.items(), page, size, SummaryPage.COUNT_LIMIT, true);
            }
            indexOnly(c, false);
            // asked as their words, not their starts, the index lists only the matches: cheaper than a long walk
            if (walk.rows() < wordWalk.longest() && !asWords) {
                Walk longer = walk(c, query, wordWalk.longest(), offset, size);
                if (longer.decides(wanted)) return longer.page(page, size);
            }
        }
        indexOnly(c, true);
        List<Object> args = new ArrayList<>();
        String where = where(query, args, SearchText.tsQuery(phrases, words));
        if (walk.found() >= wanted) return counted(walk.items(), page, size, count(c, LATEST_ROWS + where, args));
        return matched(c, where, args, offset, size).page(page, size);
    }

    /** What {@link #matched} read: the page, and how many match (at most one past its bound). */
    private record Matched(List<InvitationSummary> items, long found) {
        SummaryPage page(int page, int size) {
            return counted(items, page, size, found);
        }
    }

    /** {@link #matched} of every match: the count and the page need them all when the page sorts them. */
    private Matched matched(Connection c, String where, List<Object> args, long offset, int size) throws SQLException {
        return matched(c, where, args, offset, size, Long.MAX_VALUE - 1);
    }

    /**
     * The page at {@code offset} and the count of the latest versions {@code where} gives, from one reading of the
     * matches (their invitation and update only), at most {@code most} + 1 of them: counting first and then sorting
     * the matches' wide rows for the page read every match twice. The page's rows are read last, only those.
     * With more than {@code most} matches the page is not theirs (the reading stopped anywhere) and is empty.
     */
    private Matched matched(Connection c, String where, List<Object> args, long offset, int size, long most)
            throws SQLException {
        List<Object> all = new ArrayList<>(args);
        all.add(most + 1);
        all.add(size);
        all.add(offset);
        String sql = "WITH m AS MATERIALIZED (SELECT i.id, i.updated_at" + LATEST_ROWS + where + " LIMIT ?)"
                + " SELECT c.found, p.* FROM (SELECT count(*) AS found FROM m) c LEFT JOIN LATERAL (" + SUMMARY_COLUMNS
                + ", i.updated_at AS walked_at FROM (SELECT id FROM m ORDER BY updated_at DESC, id LIMIT ? OFFSET ?) t"
                + " JOIN invitation i ON i.id = t.id" + LATEST_VERSION + ") p ON TRUE ORDER BY p.walked_at DESC, p.id";
        List<InvitationSummary> items = new ArrayList<>();
        long found = 0;
        try (PreparedStatement ps = prepare(c, sql, all);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found = rs.getLong("found");
                if (found <= most && rs.getObject("id") != null) items.add(summary(rs));
            }
        }
        return new Matched(found <= most ? items : List.of(), found);
    }

    /** The most words a typed word is asked as ({@link #startingWith}); beyond, the index is asked for its start. */
    static final int MOST_WORDS = 64;

    /** The last word a C-collated {@code search_word} can hold after a start (U+10FFFF, the last code point). */
    private static final String LAST_CODE_POINT = Character.toString(Character.MAX_CODE_POINT);

    /**
     * The words ({@code search_word}, V9.1) that the last word of each phrase starts, for those that start at most
     * {@link #MOST_WORDS}; none until V9.1's fill has added the words of every version written before it.
     */
    private Map<String, List<String>> startingWith(Connection c, List<List<String>> phrases) throws SQLException {
        Map<String, List<String>> words = new HashMap<>();
        if (!wordsKnown(c)) return words;
        try (PreparedStatement ps = c.prepareStatement("SELECT word FROM search_word WHERE word >= ? AND word < ?"
                + " ORDER BY word LIMIT " + (MOST_WORDS + 1))) {
            for (List<String> phrase : phrases) {
                if (phrase.isEmpty() || words.containsKey(phrase.get(phrase.size() - 1))) continue;
                String start = phrase.get(phrase.size() - 1);
                ps.setString(1, start);
                ps.setString(2, start + LAST_CODE_POINT);
                List<String> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) found.add(rs.getString(1));
                }
                if (found.size() <= MOST_WORDS) words.put(start, found);
            }
        }
        return words;
    }

    /** Whether {@code search_word} holds the words of every version: once it does, it always will (the trigger). */
    private boolean wordsKnown(Connection c) throws SQLException {
        if (!wordsKnown) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT next_block IS NULL FROM search_word_fill")) {
                wordsKnown = rs.next() && rs.getBoolean(1);
            }
        }
        return wordsKnown;
    }

    /** How many of the version table's 8 KB blocks {@link #fillSearchWords} reads per transaction (~2,000 versions). */
    private static final int WORD_FILL_BLOCKS = 500;

    /**
     * Adds the words of the versions written before V9.1 to {@code search_word} (PostgreSQL), a range of the version
     * table's blocks per transaction, recorded in {@code search_word_fill} so that another server or a restart goes
     * on from there; versions written since are added by V9.1's trigger. Stops early when {@code stop} says so.
     * Returns whether every version's words are there.
     */
    boolean fillSearchWords(BooleanSupplier stop) {
        if (!dialect.indexesWords()) return true;
        while (!stop.getAsBoolean()) {
            boolean done = writing(c -> {
                long next;
                long end;
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT next_block, end_block FROM search_word_fill FOR UPDATE")) {
                    if (!rs.next()) return true;
                    next = rs.getLong(1);
                    if (rs.wasNull()) return true;
                    end = rs.getLong(2);
                }
                long to = Math.min(end, next + WORD_FILL_BLOCKS);
                // a TID range scan: the blocks in order, each version's inline text split into its words
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_word (word) SELECT DISTINCT w"
                        + " FROM invitation_version v, unnest(string_to_array(btrim(v.search_text), ' ')) w"
                        + " WHERE v.ctid >= CAST(? AS tid) AND v.ctid < CAST(? AS tid) AND w <> ''"
                        + " ON CONFLICT DO NOTHING")) {
                    ps.setString(1, "(" + next + ",0)");
                    ps.setString(2, "(" + to + ",0)");
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE search_word_fill SET next_block = ?")) {
                    if (to >= end) ps.setNull(1, Types.BIGINT);
                    else ps.setLong(1, to);
                    ps.executeUpdate();
                }
                return to >= end;
            });
            if (done) return true;
        }
        return false;
    }

    /**
     * What reading the latest {@code rows} invitations of the list's scope in update order found: the matches of the
     * page at {@code offset}, and how many matched ({@code found}, read no further than one past
     * {@link SummaryPage#COUNT_LIMIT}); {@code scopeRows} how many invitations the scope has, counted no further than
     * one past {@code rows} or {@link WordWalk#most}, the larger (not counted when the walk found more than the bound).
     */
    /** A page whose count stops at {@link SummaryPage#COUNT_LIMIT}: beyond it the list says "more than". */
    private static SummaryPage counted(List<InvitationSummary> items, int page, int size, long total) {
        return total > SummaryPage.COUNT_LIMIT
                ? new SummaryPage(items, page, size, SummaryPage.COUNT_LIMIT, true)
                : new SummaryPage(items, page, size, total);
    }

    private record Walk(List<InvitationSummary> items, long found, int rows, long scopeRows) {
        /** Whether this walk alone gives the page of {@code wanted} matches at most and its count. */
        boolean decides(long wanted) {
            return found > SummaryPage.COUNT_LIMIT ? wanted <= found : scopeRows <= rows;
        }

        SummaryPage page(int page, int size) {
            return counted(items, page, size, found);
        }
    }

    private Walk walk(Connection c, InvitationQuery query, int rows, long offset, int size) throws SQLException {
        List<Object> args = new ArrayList<>();
        String invitations = " FROM invitation i" + invitationWhere(query, args);
        List<Object> scopeArgs = new ArrayList<>(args);
        String latest = "SELECT *" + invitations + " ORDER BY i.updated_at DESC, i.id LIMIT ?";
        args.add(rows);
        // the same ORDER BY as the subquery: the rows come in its order, so the LIMIT stops the walk at the last match
        String matches = SUMMARY_COLUMNS + ", i.updated_at AS walked_at FROM (" + latest + ") i"
                + " JOIN invitation_version v ON v.invitation_id = i.id AND v.version = i.current_version"
                + where(query, args, null) + " ORDER BY i.updated_at DESC, i.id LIMIT ?";
        args.add(SummaryPage.COUNT_LIMIT + 1);
        // the page's rows, and the last match whatever the page, so that the count comes back with it
        String sql = "SELECT * FROM (SELECT m.*, count(*) OVER () AS found, row_number() OVER (ORDER BY"
                + " m.walked_at DESC, m.id) AS n FROM (" + matches + ") m) p WHERE p.n > ? AND p.n <= ? OR p.n = p.found"
                + " ORDER BY p.n";
        args.add(offset);
        args.add(offset + size);
        List<InvitationSummary> items = new ArrayList<>();
        long found = 0;
        try (PreparedStatement ps = prepare(c, sql, args);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found = rs.getLong("found");
                long n = rs.getLong("n");
                if (n > offset && n <= offset + size) items.add(summary(rs));
            }
        }
        if (found > SummaryPage.COUNT_LIMIT) return new Walk(items, found, rows, Long.MAX_VALUE);
        scopeArgs.add(Math.max(rows, wordWalk.most()) + 1);
        try (PreparedStatement ps = prepare(c, "SELECT COUNT(*) FROM (SELECT 1" + invitations + " LIMIT ?) i",
                scopeArgs);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Walk(items, found, rows, rs.getLong(1));
        }
    }

    /** How many rows {@code from} (FROM … WHERE) gives, counted no further than one past the list's bound. */
    private long count(Connection c, String from, List<Object> args) throws SQLException {
        List<Object> countArgs = new ArrayList<>(args);
        countArgs.add(SummaryPage.COUNT_LIMIT + 1);
        try (PreparedStatement ps = prepare(c, "SELECT COUNT(*) FROM (SELECT 1 " + from + " LIMIT ?) matches",
                countArgs);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The list's page of the latest versions {@code from} (FROM … WHERE) gives, in update order. */
    private List<InvitationSummary> page(Connection c, String from, List<Object> args, long offset, int size)
            throws SQLException {
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add(offset);
        List<InvitationSummary> items = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, SUMMARY_COLUMNS + " " + from + " ORDER BY i.updated_at DESC, i.id"
                + " LIMIT ? OFFSET ?", pageArgs);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) items.add(summary(rs));
        }
        return items;
    }

    /** Whether {@link #where} tests the latest version's columns, or only the {@code invitation} row. */
    private static boolean readsVersions(InvitationQuery query) {
        return !SearchText.phrases(query.text()).isEmpty() || query.organisation() != null || query.issued().bounded()
                || query.meeting().bounded();
    }

    private static void within(StringBuilder sql, String column, InvitationQuery.DateRange range, List<Object> args) {
        if (range.from() != null) {
            sql.append(" AND ").append(column).append(" >= ?");
            args.add(range.from());
        }
        if (range.to() != null) {
            sql.append(" AND ").append(column).append(" <= ?");
            args.add(range.to());
        }
    }

    private PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i) instanceof LocalDate date) dialect.setDate(ps, i + 1, date);
                else if (args.get(i) instanceof UUID uuid) dialect.setUuid(ps, i + 1, uuid);
                else ps.setObject(i + 1, args.get(i));
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    /** A list row from the search columns; a version saved before V3 has no kind column and reads it from its document. */
    private InvitationSummary summary(ResultSet rs) throws SQLException {
        InvitationId id = new InvitationId(dialect.uuid(rs, "id"));
        int version = rs.getInt("version");
        String kind = rs.getString("kind");
        InvitationKind k = kind != null ? InvitationKind.fromCode(kind)
                : decode(rs.getString("legacy_document"), id, version).kind();
        return new InvitationSummary(id, version, Status.valueOf(rs.getString("status")), k,
                new DocumentNumber(rs.getString("doc_number"), rs.getString("symbol")).toString(),
                dialect.date(rs, "issue_date"), rs.getString("subject"), rs.getString("issuer"),
                dialect.date(rs, "meeting_date"), dialect.instant(rs, "saved_at"));
    }

    /** How many versions {@link #fillSearchText} fills per transaction. */
    private static final int FILL_BATCH = 200;

    /**
     * Fills the searchable text of versions saved before it existed (V6), and on PostgreSQL the words of its full-text
     * index of versions saved before V8.1, a batch per transaction; a version whose document no longer reads is
     * searched by the words of its JSON. Returns how many versions were filled.
     */
    int fillSearchText() {
        boolean words = dialect.indexesWords();
        int filled = 0;
        while (true) {
            int batch = writing(c -> {
                List<Object[]> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT invitation_id, version, document, search_text"
                        + " FROM invitation_version WHERE search_text IS NULL"
                        + (words ? " OR search_words IS NULL" : "") + " LIMIT " + FILL_BATCH);
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {dialect.uuid(rs, "invitation_id"), rs.getInt(2), rs.getString(3),
                            rs.getString(4)});
                    }
                }
                if (rows.isEmpty()) return 0;
                try (PreparedStatement ps = c.prepareStatement("UPDATE invitation_version SET search_text = ?"
                        + (words ? ", search_words = CAST(? AS tsvector)" : "")
                        + " WHERE invitation_id = ? AND version = ?")) {
                    for (Object[] row : rows) {
                        UUID id = (UUID) row[0];
                        String json = (String) row[2];
                        String text = (String) row[3];
                        if (text == null) {
                            try {
                                text = SearchText.of(decode(json, new InvitationId(id), (Integer) row[1]), json);
                            } catch (StoreException unreadable) {
                                text = SearchText.ofText(json);
                            }
                        }
                        int index = 1;
                        ps.setString(index++, text);
                        if (words) ps.setString(index++, SearchText.tokens(text));
                        dialect.setUuid(ps, index++, id);
                        ps.setInt(index, (Integer) row[1]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return rows.size();
            });
            if (batch == 0) return filled;
            filled += batch;
        }
    }

    @Override
    public boolean delete(InvitationId id) {
        return writing(c -> {
            Optional<Head> head = lock(c, id);
            if (head.isEmpty() || head.get().deleted()) return false;
            LifecycleSteps.deletable(state(c, id, head.get()));
            try (PreparedStatement ps = c.prepareStatement("UPDATE invitation SET deleted = TRUE WHERE id = ?")) {
                dialect.setUuid(ps, 1, id.value());
                ps.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public StoredInvitation move(InvitationId id, int expectedVersion, Function<Lifecycle, Transition> step, Instant at) {
        Instant savedAt = stored(at);
        return writing(c -> {
            Head head = lockExisting(c, id);
            Lifecycle next = LifecycleSteps.advance(id, head.version(), state(c, id, head), expectedVersion, step);
            if (next instanceof Lifecycle.Issued) throw new IllegalArgumentException("issuing takes a number: use issue()");
            int version = head.version() + 1;
            // the same content under a new status: its search columns, the full-text words included, come along
            String words = dialect.indexesWords() ? ", search_words" : "";
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO invitation_version (invitation_id, version,"
                    + " status, saved_at, document, subject, subject_search, issuer, symbol, doc_number, issue_date,"
                    + " meeting_date, reason, kind, search_text" + words + ") SELECT invitation_id, ?, ?, ?, document,"
                    + " subject, subject_search, issuer, symbol, doc_number, issue_date, meeting_date, ?, kind,"
                    + " search_text" + words + " FROM invitation_version"
                    + " WHERE invitation_id = ? AND version = ?")) {
                ps.setInt(1, version);
                ps.setString(2, Status.of(next).name());
                dialect.setInstant(ps, 3, savedAt);
                ps.setString(4, Status.reasonOf(next));
                dialect.setUuid(ps, 5, id.value());
                ps.setInt(6, head.version());
                ps.executeUpdate();
            }
            moveHead(c, id, version, Status.of(next), savedAt);
            return latest(c, id);
        });
    }

    @Override
    public StoredInvitation issue(InvitationId id, int expectedVersion, ApprovalPolicy approval, LocalDate issueDate,
            Instant at) {
        return issue(new IssueRequest(this, id, expectedVersion, null, approval, issueDate, stored(at), null));
    }

    @Override
    public StoredInvitation issue(StoredInvitation checked, ApprovalPolicy approval, LocalDate issueDate, Instant at) {
        return issue(new IssueRequest(this, checked.id(), checked.version(), checked.invitation(), approval, issueDate,
                stored(at), null));
    }

    @Override
    public StoredInvitation issue(StoredInvitation checked, ApprovalPolicy approval, LocalDate issueDate, Instant at,
            Consumer<StoredInvitation> alongside) {
        return issue(new IssueRequest(this, checked.id(), checked.version(), checked.invitation(), approval, issueDate,
                stored(at), Objects.requireNonNull(alongside, "alongside")));
    }

    /**
     * Ban hành (an issue asked of a view): version {@code expectedVersion} of {@code id}; {@code checked} is its content
     * as the caller read it, or {@code null}; {@code alongside}, or {@code null}, runs in the issue's transaction.
     */
    private record IssueRequest(JdbcInvitationStore view, InvitationId id, int expectedVersion, Invitation checked,
            ApprovalPolicy approval, LocalDate issueDate, Instant savedAt, Consumer<StoredInvitation> alongside) {
        IssueRequest {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(approval, "approval");
            Objects.requireNonNull(issueDate, "issueDate");
        }
    }

    /**
     * Issues {@code r} in the transaction this thread holds, or else in a group with the issues asked of this database
     * at the same moment (decision 55).
     */
    private StoredInvitation issue(IssueRequest r) {
        if (transactions.joins()) return writing(c -> issueAlone(c, r));
        return groups.issue(r, StoredInvitation.class, this::issueGroup);
    }

    /** The issues asked of this database that wait for a group, and how many more groups may start now (tests). */
    int[] issuesWaiting() {
        return new int[] {groups.waiting(), groups.idleLeaders()};
    }

    /** One issue in its own transaction: the whole of it is kept, or none of it. */
    private StoredInvitation issueAlone(Connection c, IssueRequest r) throws SQLException {
        JdbcInvitationStore view = r.view();
        InvitationId id = r.id();
        Head head = view.lockExisting(c, id);
        Lifecycle next = LifecycleSteps.advance(id, head.version(), state(c, id, head), r.expectedVersion(),
                r.approval()::issue);
        Invitation draft = approvedContent(c, id, head.version(), r.checked());
        RegisterSeries series = RegisterSeries.of(draft, r.issueDate().getYear());
        int number = nextNumber(c, new RegisterKey(head.organisation(), series), r.issueDate());
        return write(c, new Taken(r, head, next, draft, series), number);
    }

    /** Writes the issued version {@code number} of {@code t} and moves its head; runs its hook and its alongside. */
    private StoredInvitation write(Connection c, Taken t, int number) throws SQLException {
        IssueRequest r = t.request();
        Document doc = encodeIssued(Drafting.issuedAs(t.draft(), number, r.issueDate()));
        int version = t.head().version() + 1;
        Status status = Status.of(t.next());
        insertVersion(c, r.id(), version, status, null, r.savedAt(), doc);
        moveHead(c, r.id(), version, status, r.savedAt());
        if (t.head().follows() != null) supersede(c, r.id(), doc.invitation());
        r.view().hook.beforeCommit(r.id(), number);
        // what was just written, as a read would give it: encode read the document back, the links are the locked row's
        StoredInvitation issued = new StoredInvitation(r.id(), version, status, doc.invitation(), r.savedAt(), null,
                t.head().follows(), t.head().supersededBy());
        if (r.alongside() != null) r.alongside().accept(issued);
        return issued;
    }

    /** An issue that passed its checks under its row's lock and waits for its number. */
    private record Taken(IssueRequest request, Head head, Lifecycle next, Invitation draft, RegisterSeries series) {}

    /**
     * Runs a group of issues in one transaction: their rows locked in id order, their refusals (not found, stale,
     * not approved, a date before the series') decided one by one as if each ran alone in arrival order, then each
     * register row taken once, in key order, for all its issues of the group (consecutive numbers in arrival order),
     * the versions written and one commit. Each caller is told its outcome after the commit. Should the transaction
     * fail (a database error, a document that does not read back, a hook), each issue runs again alone, so that what
     * failed is its own caller's failure only.
     */
    private void issueGroup(List<IssueGroups.Waiting<IssueRequest>> group) {
        Map<IssueGroups.Waiting<IssueRequest>, Object> outcomes;
        try {
            outcomes = group.size() == 1 ? null : writing(c -> issueTogether(c, group));
        } catch (RuntimeException failed) {
            outcomes = null;
        }
        if (outcomes == null) {
            for (IssueGroups.Waiting<IssueRequest> w : group) alone(w);
            return;
        }
        for (IssueGroups.Waiting<IssueRequest> w : group) {
            Object outcome = outcomes.get(w);
            if (outcome == null) alone(w); // the same invitation asked twice: the second after the first
            else if (outcome instanceof RuntimeException refusal) w.failed(refusal);
            else w.done(outcome);
        }
    }

    /** Runs {@code w} in a transaction of its own and settles it. */
    private void alone(IssueGroups.Waiting<IssueRequest> w) {
        try {
            w.done(writing(c -> issueAlone(c, w.request())));
        } catch (RuntimeException e) {
            w.failed(e);
        }
    }

    /** The outcome of each issue of {@code group}: the issued invitation, or its refusal; none for a repeat. */
    private Map<IssueGroups.Waiting<IssueRequest>, Object> issueTogether(Connection c,
            List<IssueGroups.Waiting<IssueRequest>> group) throws SQLException {
        Map<IssueGroups.Waiting<IssueRequest>, Object> outcomes = new HashMap<>();
        Map<InvitationId, Head> heads = lockAll(c, group);
        Map<IssueGroups.Waiting<IssueRequest>, Taken> taken = new LinkedHashMap<>(); // arrival order
        Set<InvitationId> asked = new HashSet<>();
        for (IssueGroups.Waiting<IssueRequest> w : group) {
            IssueRequest r = w.request();
            if (!asked.add(r.id())) continue;
            try {
                Head head = heads.get(r.id());
                OrganisationId scope = r.view().scope;
                if (head == null || head.deleted() || (scope != null && !scope.equals(head.organisation()))) {
                    throw new StoreRefusal.NotFound(r.id());
                }
                Lifecycle next = LifecycleSteps.advance(r.id(), head.version(), state(c, r.id(), head),
                        r.expectedVersion(), r.approval()::issue);
                taken.put(w, new Taken(r, head, next, null, null));
            } catch (StoreRefusal refused) {
                outcomes.put(w, refused);
            }
        }
        Map<InvitationId, String> documents = documents(c, taken.values());
        Map<RegisterKey, List<IssueGroups.Waiting<IssueRequest>>> registers = new TreeMap<>();
        for (Map.Entry<IssueGroups.Waiting<IssueRequest>, Taken> e : taken.entrySet()) {
            Taken t = e.getValue();
            IssueRequest r = t.request();
            Invitation draft = content(documents.get(r.id()), r.id(), t.head().version(), r.checked());
            RegisterSeries series = RegisterSeries.of(draft, r.issueDate().getYear());
            e.setValue(new Taken(r, t.head(), t.next(), draft, series));
            registers.computeIfAbsent(new RegisterKey(t.head().organisation(), series), k -> new ArrayList<>())
                    .add(e.getKey());
        }
        Map<IssueGroups.Waiting<IssueRequest>, Integer> numbers = new HashMap<>();
        for (Map.Entry<RegisterKey, List<IssueGroups.Waiting<IssueRequest>>> e : registers.entrySet()) {
            numbers(c, e.getKey(), e.getValue(), taken, numbers, outcomes);
        }
        for (Map.Entry<IssueGroups.Waiting<IssueRequest>, Taken> e : taken.entrySet()) {
            Integer number = numbers.get(e.getKey());
            if (number != null) outcomes.put(e.getKey(), write(c, e.getValue(), number));
        }
        return outcomes;
    }

    /** A register row: the organisation's series; ordered so that every group takes register rows in one order. */
    private record RegisterKey(OrganisationId organisation, RegisterSeries series) implements Comparable<RegisterKey> {
        private static final Comparator<RegisterKey> ORDER = Comparator
                .comparing((RegisterKey k) -> k.organisation().value())
                .thenComparing(k -> k.series().issuer())
                .thenComparing(k -> k.series().symbol())
                .thenComparingInt(k -> k.series().year());

        @Override
        public int compareTo(RegisterKey other) {
            return ORDER.compare(this, other);
        }
    }

    /**
     * Takes the numbers of one register row for {@code asked} (arrival order) into {@code numbers}: an issue dated
     * before one that came earlier, or before the series' latest, is refused as it would be alone; the others get
     * consecutive numbers from one {@code UPDATE} (or the row's creation, {@code INSERT}, when the series is new).
     */
    private void numbers(Connection c, RegisterKey key, List<IssueGroups.Waiting<IssueRequest>> asked,
            Map<IssueGroups.Waiting<IssueRequest>, Taken> taken, Map<IssueGroups.Waiting<IssueRequest>, Integer> numbers,
            Map<IssueGroups.Waiting<IssueRequest>, Object> outcomes) throws SQLException {
        List<IssueGroups.Waiting<IssueRequest>> inOrder = new ArrayList<>();
        LocalDate latest = null; // the accepted dates never go down, so the first is the least and the last the most
        for (IssueGroups.Waiting<IssueRequest> w : asked) {
            LocalDate date = taken.get(w).request().issueDate();
            if (latest != null && date.isBefore(latest)) {
                outcomes.put(w, new StoreRefusal.OutOfOrder(key.series(), latest));
            } else {
                inOrder.add(w);
                latest = date;
            }
        }
        for (int attempt = 1; attempt <= REGISTER_ATTEMPTS && !inOrder.isEmpty(); attempt++) {
            LocalDate first = taken.get(inOrder.get(0)).request().issueDate();
            LocalDate last = taken.get(inOrder.get(inOrder.size() - 1)).request().issueDate();
            OptionalInt top = advance(c, key, inOrder.size(), first, last);
            if (top.isPresent()) {
                int number = top.getAsInt() - inOrder.size();
                for (IssueGroups.Waiting<IssueRequest> w : inOrder) numbers.put(w, ++number);
                return;
            }
            Optional<RegisterRow> row = lockedRow(c, key);
            if (row.isPresent()) { // the series holds a later date: those before it are refused, as alone
                LocalDate seriesLatest = row.get().lastDate();
                inOrder.removeIf(w -> {
                    if (seriesLatest == null || !taken.get(w).request().issueDate().isBefore(seriesLatest)) {
                        return false;
                    }
                    outcomes.put(w, new StoreRefusal.OutOfOrder(key.series(), seriesLatest));
                    return true;
                });
                continue;
            }
            if (openRegister(c, key, inOrder.size(), last)) {
                int number = 0;
                for (IssueGroups.Waiting<IssueRequest> w : inOrder) numbers.put(w, ++number);
                return;
            }
        }
        if (!inOrder.isEmpty()) throw registerBusy(key);
    }

    /**
     * Takes {@code count} numbers of the register row {@code key} under its lock, dated {@code last}, unless the series
     * holds a date after {@code first} or has no row yet; gives its new last number.
     */
    private OptionalInt advance(Connection c, RegisterKey key, int count, LocalDate first, LocalDate last)
            throws SQLException {
        try (PreparedStatement up = c.prepareStatement(dialect.returning("UPDATE number_register"
                + " SET last_number = last_number + ?, last_issue_date = ?"
                + " WHERE issuer = ? AND symbol = ? AND register_year = ? AND organisation_id = ?"
                + " AND (last_issue_date IS NULL OR last_issue_date <= ?)", "last_number"))) {
            up.setInt(1, count);
            dialect.setDate(up, 2, last);
            up.setString(3, key.series().issuer());
            up.setString(4, key.series().symbol());
            up.setInt(5, key.series().year());
            dialect.setUuid(up, 6, key.organisation().value());
            dialect.setDate(up, 7, first);
            try (ResultSet rs = up.executeQuery()) {
                return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    /** The register row {@code key}, locked, or empty when the series has no row. */
    private Optional<RegisterRow> lockedRow(Connection c, RegisterKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_number, last_issue_date FROM number_register"
                + " WHERE issuer = ? AND symbol = ? AND register_year = ? AND organisation_id = ?"
                + dialect.forUpdate())) {
            ps.setString(1, key.series().issuer());
            ps.setString(2, key.series().symbol());
            ps.setInt(3, key.series().year());
            dialect.setUuid(ps, 4, key.organisation().value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new RegisterRow(rs.getInt(1), dialect.date(rs, "last_issue_date")));
            }
        }
    }

    /**
     * Creates the register row {@code key} with its first {@code count} numbers, dated {@code last}; {@code false} when
     * another transaction created it first (inside a savepoint, so this one goes on).
     */
    private boolean openRegister(Connection c, RegisterKey key, int count, LocalDate last) throws SQLException {
        Savepoint beforeInsert = dialect.oneWriter() ? null : c.setSavepoint();
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO number_register (issuer, symbol,"
                + " register_year, last_number, last_issue_date, organisation_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            ins.setString(1, key.series().issuer());
            ins.setString(2, key.series().symbol());
            ins.setInt(3, key.series().year());
            ins.setInt(4, count);
            dialect.setDate(ins, 5, last);
            dialect.setUuid(ins, 6, key.organisation().value());
            ins.executeUpdate();
            if (beforeInsert != null) c.releaseSavepoint(beforeInsert);
            return true;
        } catch (SQLException e) {
            if (beforeInsert == null || !UNIQUE_VIOLATION.equals(e.getSQLState())) throw e;
            c.rollback(beforeInsert);
            return false;
        }
    }

    /** The {@code invitation} rows of {@code group}, locked in id order (every group locks in one order). */
    private Map<InvitationId, Head> lockAll(Connection c, List<IssueGroups.Waiting<IssueRequest>> group)
            throws SQLException {
        List<UUID> ids = group.stream().map(w -> w.request().id().value()).distinct().sorted().toList();
        Map<InvitationId, Head> heads = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.current_version, i.status, i.deleted,"
                + " i.organisation_id, i.follows_id, i.follows_number, i.follows_kind, i.superseded_by,"
                + " i.superseded_number, i.superseded_kind FROM invitation i WHERE i.id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") ORDER BY i.id" + dialect.forUpdate())) {
            for (int i = 0; i < ids.size(); i++) dialect.setUuid(ps, i + 1, ids.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) heads.put(new InvitationId(dialect.uuid(rs, "id")), head(rs));
            }
        }
        return heads;
    }

    /** The stored documents of the versions {@code taken} issues, in one query. */
    private Map<InvitationId, String> documents(Connection c, Collection<Taken> taken) throws SQLException {
        Map<InvitationId, String> documents = new HashMap<>();
        if (taken.isEmpty()) return documents;
        try (PreparedStatement ps = c.prepareStatement("SELECT invitation_id, document FROM invitation_version WHERE "
                + String.join(" OR ", Collections.nCopies(taken.size(), "(invitation_id = ? AND version = ?)")))) {
            int index = 1;
            for (Taken t : taken) {
                dialect.setUuid(ps, index++, t.request().id().value());
                ps.setInt(index++, t.head().version());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) documents.put(new InvitationId(dialect.uuid(rs, "invitation_id")), rs.getString(2));
            }
        }
        return documents;
    }

    /** Marks the invitation {@code followUp} follows up, if any, as superseded by it (under the follow-up's lock). */
    private void supersede(Connection c, InvitationId followUp, Invitation issued) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE invitation SET superseded_by = ?, superseded_number = ?,"
                + " superseded_kind = (SELECT f.follows_kind FROM invitation f WHERE f.id = ?)"
                + " WHERE id = (SELECT f.follows_id FROM invitation f WHERE f.id = ?)")) {
            dialect.setUuid(ps, 1, followUp.value());
            ps.setString(2, issued.number().toString());
            dialect.setUuid(ps, 3, followUp.value());
            dialect.setUuid(ps, 4, followUp.value());
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<LocalDate> latestIssueDate(RegisterSeries series) {
        return reading(c -> register(c, owner(), series).map(r -> r.lastDate()));
    }

    @Override
    public int lastNumber(RegisterSeries series) {
        return reading(c -> register(c, owner(), series).map(r -> r.lastNumber()).orElse(0));
    }

    /** A register row: the last number handed out in a series and its date. */
    private record RegisterRow(int lastNumber, LocalDate lastDate) {}

    private Optional<RegisterRow> register(Connection c, OrganisationId organisation, RegisterSeries series)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_number, last_issue_date FROM number_register"
                + " WHERE issuer = ? AND symbol = ? AND register_year = ? AND organisation_id = ?")) {
            ps.setString(1, series.issuer());
            ps.setString(2, series.symbol());
            ps.setInt(3, series.year());
            dialect.setUuid(ps, 4, organisation.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new RegisterRow(rs.getInt(1), dialect.date(rs, "last_issue_date")));
            }
        }
    }

    /**
     * Takes the next number of the register row {@code key} under its lock, refusing an issue date before the series'
     * latest (nothing is taken then), as a group of one ({@link #numbers}).
     */
    private int nextNumber(Connection c, RegisterKey key, LocalDate issueDate) throws SQLException {
        for (int attempt = 1; attempt <= REGISTER_ATTEMPTS; attempt++) {
            OptionalInt top = advance(c, key, 1, issueDate, issueDate);
            if (top.isPresent()) return top.getAsInt();
            Optional<RegisterRow> row = lockedRow(c, key);
            if (row.isPresent()) {
                LifecycleSteps.inOrder(key.series(), Optional.ofNullable(row.get().lastDate()), issueDate);
            } else if (openRegister(c, key, 1, issueDate)) {
                return 1;
            }
        }
        throw registerBusy(key);
    }

    private static StoreException registerBusy(RegisterKey key) {
        return new StoreException("không lấy được số tiếp theo của sổ " + key.series().symbol() + " năm "
                + key.series().year() + " sau " + REGISTER_ATTEMPTS + " lần thử; hãy thử ban hành lại");
    }

    // ------------------------------------------------------------------ rows

    /** The {@code invitation} row. */
    private record Head(int version, Status status, boolean deleted, OrganisationId organisation, Link follows,
            Link supersededBy) {}

    /** The lifecycle state of {@code head}; a returned or revoked one reads its reason from the latest version. */
    private Lifecycle state(Connection c, InvitationId id, Head head) throws SQLException {
        if (head.status() != Status.RETURNED && head.status() != Status.REVOKED) return head.status().state(null);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT reason FROM invitation_version WHERE invitation_id = ? AND version = ?")) {
            dialect.setUuid(ps, 1, id.value());
            ps.setInt(2, head.version());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new StoreException("giấy mời " + id + " thiếu phiên bản " + head.version());
                return head.status().state(rs.getString(1));
            }
        }
    }

    /** The JSON document of an invitation and the invitation it reads back as. */
    private record Document(String json, Invitation invitation, SearchColumns columns) {}

    private Optional<Head> lock(Connection c, InvitationId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT i.current_version, i.status, i.deleted,"
                + " i.organisation_id, i.follows_id, i.follows_number, i.follows_kind, i.superseded_by,"
                + " i.superseded_number, i.superseded_kind FROM invitation i WHERE i.id = ?" + scoped()
                + dialect.forUpdate())) {
            dialect.setUuid(ps, 1, id.value());
            bindScope(ps, 2);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(head(rs)) : Optional.empty();
            }
        }
    }

    private Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getInt("current_version"), Status.valueOf(rs.getString("status")), rs.getBoolean("deleted"),
                new OrganisationId(dialect.uuid(rs, "organisation_id")),
                link(rs, "follows_id", "follows_number", "follows_kind"),
                link(rs, "superseded_by", "superseded_number", "superseded_kind"));
    }

    private Head lockExisting(Connection c, InvitationId id) throws SQLException {
        return lock(c, id).filter(h -> !h.deleted()).orElseThrow(() -> new StoreRefusal.NotFound(id));
    }

    /** The latest version as {@link #find} gives it, inside the caller's transaction. */
    private StoredInvitation latest(Connection c, InvitationId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LATEST + " WHERE i.id = ?")) {
            dialect.setUuid(ps, 1, id.value());
            return read(ps).get(0);
        }
    }

    /** The stored JSON document of {@code version}. */
    private String document(Connection c, InvitationId id, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT document FROM invitation_version WHERE invitation_id = ? AND version = ?")) {
            dialect.setUuid(ps, 1, id.value());
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new StoreException("giấy mời " + id + " thiếu phiên bản " + version);
                return rs.getString(1);
            }
        }
    }

    /**
     * The content of the version to issue: {@code checked} when the stored document is exactly what {@code checked}
     * writes (one JSON write instead of a decode), else the stored document decoded; never content that is not the
     * stored one.
     */
    private Invitation approvedContent(Connection c, InvitationId id, int version, Invitation checked)
            throws SQLException {
        return content(document(c, id, version), id, version, checked);
    }

    /** {@link #approvedContent} from the stored document {@code json} of {@code version}. */
    private Invitation content(String json, InvitationId id, int version, Invitation checked) {
        if (json == null) throw new StoreException("giấy mời " + id + " thiếu phiên bản " + version);
        return checked != null && json.equals(format.write(checked, Syntax.JSON)) ? checked : decode(json, id, version);
    }

    private void insertVersion(Connection c, InvitationId id, int version, Status status, String reason,
            Instant savedAt, Document doc) throws SQLException {
        SearchColumns col = doc.columns();
        boolean words = dialect.indexesWords();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO invitation_version (invitation_id, version,"
                + " status, saved_at, document, subject, subject_search, issuer, symbol, doc_number, issue_date,"
                + " meeting_date, reason, kind, search_text" + (words ? ", search_words" : "")
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" + (words ? ", CAST(? AS tsvector)" : "") + ")")) {
            dialect.setUuid(ps, 1, id.value());
            ps.setInt(2, version);
            ps.setString(3, status.name());
            dialect.setInstant(ps, 4, savedAt);
            ps.setString(5, doc.json());
            ps.setString(6, col.subject());
            ps.setString(7, col.subjectSearch());
            ps.setString(8, col.issuer());
            ps.setString(9, col.symbol());
            ps.setString(10, col.number());
            dialect.setDate(ps, 11, col.issueDate());
            dialect.setDate(ps, 12, col.meetingDate());
            ps.setString(13, reason);
            ps.setString(14, col.kind());
            ps.setString(15, col.searchText());
            if (words) ps.setString(16, SearchText.tokens(col.searchText()));
            ps.executeUpdate();
        }
    }

    private void moveHead(Connection c, InvitationId id, int version, Status status, Instant savedAt)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE invitation SET current_version = ?, status = ?, updated_at = ? WHERE id = ?")) {
            ps.setInt(1, version);
            ps.setString(2, status.name());
            dialect.setInstant(ps, 3, savedAt);
            dialect.setUuid(ps, 4, id.value());
            ps.executeUpdate();
        }
    }

    private List<StoredInvitation> read(PreparedStatement ps) throws SQLException {
        List<StoredInvitation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                InvitationId id = new InvitationId(dialect.uuid(rs, "id"));
                int version = rs.getInt("version");
                out.add(new StoredInvitation(id, version, Status.valueOf(rs.getString("status")),
                        decode(rs.getString("document"), id, version),
                        dialect.instant(rs, "saved_at"), rs.getString("reason"),
                        link(rs, "follows_id", "follows_number", "follows_kind"),
                        link(rs, "superseded_by", "superseded_number", "superseded_kind")));
            }
        }
        return out;
    }

    private Link link(ResultSet rs, String id, String number, String kind) throws SQLException {
        UUID other = dialect.uuid(rs, id);
        if (other == null) return null;
        return new Link(new InvitationId(other), rs.getString(number), FollowUpKind.valueOf(rs.getString(kind)));
    }

    /** Every database keeps microseconds (SQLite in text); the record returned must equal a later read. */
    private static Instant stored(Instant at) {
        return Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    }

    // ------------------------------------------------------------------ documents

    /**
     * Writes the JSON document and reads it back: an invitation the format cannot carry whole is refused here,
     * before anything is saved, rather than found damaged later.
     */
    private Document encode(Invitation invitation) {
        return encode(invitation, json -> format.read(json, Syntax.JSON, "bản lưu"));
    }

    /**
     * {@link #encode} of an issued version, read back the way the store reads it ({@link InvitationFormat#readStored}):
     * its content is the approved version's, which met the input limits when it was saved (or was saved before a limit
     * existed, and the store keeps such a document as it is), plus a number from the register and a date; so the
     * limits are not applied again, while the document must still read back equal, as every other.
     */
    private Document encodeIssued(Invitation issued) {
        return encode(issued, json -> format.readStored(json, "bản lưu"));
    }

    private Document encode(Invitation invitation, Function<String, Parsed> reader) {
        Objects.requireNonNull(invitation, "invitation");
        String json = format.write(invitation, Syntax.JSON);
        Invitation read = reader.apply(json).fold(inv -> inv, problems -> {
            throw new IllegalArgumentException("giấy mời không lưu được vì không đọc lại được: " + describe(problems));
        });
        if (!read.equals(invitation)) {
            throw new IllegalArgumentException(
                    "giấy mời không lưu được nguyên vẹn: bản đọc lại khác bản gửi lưu; chưa có gì được lưu");
        }
        return new Document(json, read, SearchColumns.of(read, json));
    }

    private Invitation decode(String json, InvitationId id, int version) {
        return format.readStored(json, "giấy mời " + id + " phiên bản " + version).fold(inv -> inv,
                problems -> {
                    throw new StoreException("không đọc được giấy mời " + id + " phiên bản " + version
                            + " trong kho: " + describe(problems));
                });
    }

    private static String describe(List<InputProblem> problems) {
        return String.join("; ", problems.stream().map(p -> p.path() + ": " + p.message()).toList());
    }

    // ------------------------------------------------------------------ transactions

    /** Runs {@code work} in one transaction that writes (on SQLite: the only writer until it ends). */
    private <T> T writing(Transactions.Work<T> work) {
        return transactions.writing(work);
    }

    /** Runs {@code work} in one transaction that only reads (on SQLite: beside a writer, on a snapshot). */
    private <T> T reading(Transactions.Work<T> work) {
        return transactions.reading(work);
    }

    /** A step inside the issuing transaction, after the number is taken and before the commit; tests fail it. */
    @FunctionalInterface
    interface IssueHook {
        IssueHook NONE = (id, number) -> {};

        void beforeCommit(InvitationId id, int number);
    }
}
