package vn.giaymoi.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Phương ngữ SQL (SQL dialect): the few points where the three databases the store runs on differ. H2 and PostgreSQL
 * have UUID, timestamp and date types and row locks ({@code SELECT … FOR UPDATE}); SQLite keeps them as text
 * (ISO-8601, fixed width, so text order is time order) and has no row locks: every write transaction starts with
 * {@code BEGIN IMMEDIATE}, which makes it the only writer of the file until it ends.
 */
enum Dialect {
    /** The embedded default: one file, WAL journal, synced on every commit. */
    SQLITE("classpath:db/migration-sqlite"),
    /** The former embedded default; kept for files made by earlier versions (not durable under kill -9). */
    H2("classpath:db/migration"),
    /** Several servers on one database. */
    POSTGRESQL("classpath:db/migration", "classpath:db/migration-postgresql");

    /** Microseconds always written, so that two saved times compare as text the way they compare as times. */
    private static final DateTimeFormatter TEXT_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.MICRO_OF_SECOND, 6, 6, true)
            .appendLiteral('Z')
            .toFormatter(Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final String[] migrations;

    /** The first location holds every version; a further one adds what only that database has (its indexes). */
    Dialect(String... migrations) {
        this.migrations = migrations;
    }

    /** The dialect of {@code jdbcUrl}, or {@code null} for a database the store does not support. */
    static Dialect of(String jdbcUrl) {
        String lower = jdbcUrl.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:")) return SQLITE;
        if (lower.startsWith("jdbc:h2:")) return H2;
        if (lower.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        return null;
    }

    /** The Flyway locations of this database's schema scripts. */
    String[] migrations() {
        return migrations.clone();
    }

    /** Whether a write transaction excludes every other writer (then no row lock and no creation race exist). */
    boolean oneWriter() {
        return this == SQLITE;
    }

    /** What a {@code SELECT} appends to lock the rows it reads until the transaction ends. */
    String forUpdate() {
        return this == SQLITE ? "" : " FOR UPDATE";
    }

    /**
     * {@code update} made to give back the {@code columns} of the rows it changed, as they are after it, in one
     * statement ({@code executeQuery}): {@code RETURNING} on PostgreSQL and SQLite, a delta table on H2.
     */
    String returning(String update, String columns) {
        return this == H2 ? "SELECT " + columns + " FROM FINAL TABLE (" + update + ")"
                : update + " RETURNING " + columns;
    }

    // ------------------------------------------------------------------ search

    /**
     * The condition that the {@link SearchText} of the version {@code v} has every one of {@code phrases}, its
     * parameters added to {@code args}: each phrase is tested with {@code LIKE} on {@code search_text}, the same test on
     * every database (the words are runs of letters and digits separated by single spaces). PostgreSQL first narrows
     * the rows with its full-text index over {@link SearchText#tokens} (V8.1: the words and each two neighbours, which
     * the index answers without reading a row); the text is kept inside the row there, so testing the phrases on the
     * rows the index gives costs microseconds. SQLite and H2 read every row (an office's list, not a province's).
     * The index is asked {@code indexed} ({@link SearchText#tsQuery} or another {@code tsquery} literal); with
     * {@code null} the phrases alone are tested (for a walk of the rows, where the index is no help).
     */
    String textMatch(List<List<String>> phrases, List<Object> args, String indexed) {
        if (phrases.stream().anyMatch(List::isEmpty)) return "1 = 0"; // a typed word without a letter or digit
        List<String> each = new ArrayList<>();
        for (List<String> phrase : phrases) {
            if (this == POSTGRESQL) {
                // the same test as LIKE '% w1 w2%'; the planner guesses a LIKE of a leading % matches almost nothing
                // and then reads the whole province instead of walking it in date order until the page is full
                each.add("strpos(v.search_text, ?) > 0");
                args.add(" " + String.join(" ", phrase));
            } else {
                each.add("v.search_text LIKE ?");
                args.add(SearchText.likePattern(phrase));
            }
        }
        // empty only when every word is longer than a token
        if (this == POSTGRESQL && indexed != null && !indexed.isEmpty()) {
            // last: where the planner walks rows instead of using the index, the LIKE on the inline text runs first
            // (equal costs keep their written order) and the out-of-line words are read only for rows that match
            each.add("v.search_words @@ CAST(? AS tsquery)");
            args.add(indexed);
        }
        return "(" + String.join(" AND ", each) + ")";
    }

    /** Whether {@code WITH … AS MATERIALIZED} makes the database read that list first (PostgreSQL 12 and later). */
    boolean materializes() {
        return this == POSTGRESQL;
    }

    /** Whether a version also keeps {@link SearchText#tokens} for a full-text index ({@code search_words}, V8.1). */
    boolean indexesWords() {
        return this == POSTGRESQL;
    }

    /**
     * What a {@code SELECT} of the outbox appends so that racing workers each reserve other rows: PostgreSQL skips
     * the rows another transaction has locked, H2 waits for them, SQLite needs nothing (one writer at a time).
     */
    String forUpdateSkipLocked() {
        return switch (this) {
            case POSTGRESQL -> " FOR UPDATE SKIP LOCKED";
            case H2 -> " FOR UPDATE";
            case SQLITE -> "";
        };
    }

    // ------------------------------------------------------------------ transactions

    /**
     * Starts a transaction on a pooled connection. SQLite's pool runs in auto-commit mode, so the transaction is
     * opened here in SQL: {@code BEGIN IMMEDIATE} takes the write lock at once (waiting up to the busy timeout), a
     * read starts deferred and sees a snapshot while a writer works.
     */
    void begin(Connection c, boolean writes) throws SQLException {
        if (this != SQLITE) {
            c.setAutoCommit(false);
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute(writes ? "BEGIN IMMEDIATE" : "BEGIN");
        }
    }

    void commit(Connection c) throws SQLException {
        if (this != SQLITE) {
            c.commit();
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("COMMIT");
        }
    }

    void rollback(Connection c) throws SQLException {
        if (this != SQLITE) {
            c.rollback();
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        }
    }

    // ------------------------------------------------------------------ values

    void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        if (this != SQLITE) ps.setObject(index, value);
        else ps.setString(index, value == null ? null : value.toString());
    }

    UUID uuid(ResultSet rs, String column) throws SQLException {
        if (this != SQLITE) return rs.getObject(column, UUID.class);
        String text = rs.getString(column);
        return text == null ? null : UUID.fromString(text);
    }

    void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (this != SQLITE) ps.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        else ps.setString(index, TEXT_TIME.format(value));
    }

    Instant instant(ResultSet rs, String column) throws SQLException {
        if (this != SQLITE) return rs.getObject(column, OffsetDateTime.class).toInstant();
        return Instant.parse(rs.getString(column));
    }

    void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) ps.setNull(index, this == SQLITE ? Types.VARCHAR : Types.DATE);
        else if (this != SQLITE) ps.setObject(index, value);
        else ps.setString(index, value.toString());
    }

    LocalDate date(ResultSet rs, String column) throws SQLException {
        if (this != SQLITE) return rs.getObject(column, LocalDate.class);
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }
}
