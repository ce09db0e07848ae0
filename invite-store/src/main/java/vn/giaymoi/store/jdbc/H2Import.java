package vn.giaymoi.store.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chuyển kho H2 cũ sang SQLite (one-time import of an earlier version's H2 file): when the data folder holds
 * {@code giaymoi.mv.db} and no {@code giaymoi.db}, every invitation, every version (lifecycle steps, reasons and
 * follow-up links included) and the number register are copied into a new SQLite file, counted on both sides, and
 * the H2 file is renamed {@code giaymoi.mv.db.migrated} — kept, never deleted. The copy is built under another name
 * and renamed into place only when complete, so a start that is killed halfway simply imports again next time.
 */
final class H2Import {
    private static final Logger LOG = LoggerFactory.getLogger(H2Import.class);

    static final String SQLITE_FILE = "giaymoi.db";
    static final String H2_FILE = "giaymoi.mv.db";
    static final String KEPT_SUFFIX = ".migrated";
    private static final String PARTIAL_SUFFIX = ".importing";

    /** A column and how its value travels between the dialects. */
    private record Column(String name, Kind kind) {}

    private enum Kind { TEXT, INTEGER, BOOLEAN, UUID, INSTANT, DATE }

    /** The tables in an order that inserts a row after the rows it refers to (follow-up links are deferred). */
    private static final Map<String, List<Column>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("invitation", List.of(new Column("id", Kind.UUID), new Column("current_version", Kind.INTEGER),
                new Column("status", Kind.TEXT), new Column("deleted", Kind.BOOLEAN),
                new Column("created_at", Kind.INSTANT), new Column("updated_at", Kind.INSTANT),
                new Column("follows_id", Kind.UUID), new Column("follows_number", Kind.TEXT),
                new Column("follows_kind", Kind.TEXT), new Column("superseded_by", Kind.UUID),
                new Column("superseded_number", Kind.TEXT), new Column("superseded_kind", Kind.TEXT)));
        TABLES.put("invitation_version", List.of(new Column("invitation_id", Kind.UUID),
                new Column("version", Kind.INTEGER), new Column("status", Kind.TEXT),
                new Column("saved_at", Kind.INSTANT), new Column("document", Kind.TEXT),
                new Column("subject", Kind.TEXT), new Column("subject_search", Kind.TEXT),
                new Column("issuer", Kind.TEXT), new Column("symbol", Kind.TEXT), new Column("doc_number", Kind.TEXT),
                new Column("issue_date", Kind.DATE), new Column("meeting_date", Kind.DATE),
                new Column("reason", Kind.TEXT), new Column("search_text", Kind.TEXT)));
        TABLES.put("number_register", List.of(new Column("issuer", Kind.TEXT), new Column("symbol", Kind.TEXT),
                new Column("register_year", Kind.INTEGER), new Column("last_number", Kind.INTEGER),
                new Column("last_issue_date", Kind.DATE)));
    }

    private H2Import() {}

    /** Imports {@code folder/giaymoi.mv.db} into {@code folder/giaymoi.db} if the one exists and the other not. */
    static void ifNeeded(Path folder) {
        Path sqlite = folder.resolve(SQLITE_FILE);
        Path h2 = folder.resolve(H2_FILE);
        if (Files.exists(sqlite) || !Files.exists(h2)) return;
        Path partial = folder.resolve(SQLITE_FILE + PARTIAL_SUFFIX);
        try {
            deleteSqlite(partial);
            Map<String, Integer> copied;
            String h2Url = "jdbc:h2:file:" + folder.resolve("giaymoi").toAbsolutePath();
            try (Database from = Database.open(h2Url, Database.DEFAULT_USER, Database.DEFAULT_PASSWORD);
                    Database to = Database.open("jdbc:sqlite:" + partial.toAbsolutePath(), null, null)) {
                copied = copy(from, to);
                checkpoint(to);
            }
            Files.move(partial, sqlite, StandardCopyOption.ATOMIC_MOVE);
            Path kept = folder.resolve(H2_FILE + KEPT_SUFFIX);
            Files.move(h2, kept, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Đã chuyển kho H2 cũ {} sang SQLite {}: {} giấy mời, {} phiên bản, {} sổ đăng ký số;"
                    + " tệp cũ giữ lại là {}", h2, sqlite, copied.get("invitation"), copied.get("invitation_version"),
                    copied.get("number_register"), kept);
        } catch (IOException | SQLException e) {
            throw new StoreException("không chuyển được kho H2 cũ " + h2 + " sang SQLite: " + e.getMessage()
                    + "; tệp cũ vẫn nguyên, chưa có gì bị xóa", e);
        }
    }

    /** Copies every row in one SQLite transaction and returns the rows per table, equal on both sides. */
    private static Map<String, Integer> copy(Database from, Database to) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection source = from.dataSource().getConnection();
                Connection target = to.dataSource().getConnection()) {
            to.dialect().begin(target, true);
            try (Statement s = target.createStatement()) {
                s.execute("PRAGMA defer_foreign_keys = ON"); // a link may point at a row copied later
            }
            for (Map.Entry<String, List<Column>> table : TABLES.entrySet()) {
                counts.put(table.getKey(), copyTable(table.getKey(), table.getValue(), from.dialect(), source,
                        to.dialect(), target));
            }
            to.dialect().commit(target);
            source.rollback(); // read only
            for (String table : TABLES.keySet()) {
                int there = count(target, table);
                if (there != counts.get(table) || count(source, table) != there) {
                    throw new SQLException("bảng " + table + ": đọc " + counts.get(table) + " dòng, chép được " + there);
                }
            }
        }
        return counts;
    }

    private static int copyTable(String table, List<Column> columns, Dialect fromDialect, Connection source,
            Dialect toDialect, Connection target) throws SQLException {
        String names = String.join(", ", columns.stream().map(Column::name).toList());
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        int rows = 0;
        try (PreparedStatement read = source.prepareStatement("SELECT " + names + " FROM " + table);
                ResultSet rs = read.executeQuery();
                PreparedStatement write = target.prepareStatement(
                        "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
            while (rs.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    int index = i + 1;
                    switch (column.kind()) {
                        case TEXT -> write.setString(index, rs.getString(column.name()));
                        case INTEGER -> write.setInt(index, rs.getInt(column.name()));
                        case BOOLEAN -> write.setBoolean(index, rs.getBoolean(column.name()));
                        case UUID -> toDialect.setUuid(write, index, fromDialect.uuid(rs, column.name()));
                        case INSTANT -> toDialect.setInstant(write, index, fromDialect.instant(rs, column.name()));
                        case DATE -> toDialect.setDate(write, index, fromDialect.date(rs, column.name()));
                    }
                }
                write.executeUpdate();
                rows++;
            }
        }
        return rows;
    }

    private static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Moves the write-ahead log into the file, so that the one file renamed into place holds everything. */
    private static void checkpoint(Database to) throws SQLException {
        try (Connection c = to.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    private static void deleteSqlite(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }
}
