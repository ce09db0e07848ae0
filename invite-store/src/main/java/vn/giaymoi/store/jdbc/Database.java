package vn.giaymoi.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.AccountStore;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.SendingStore;
import vn.giaymoi.application.port.out.SigningStore;

/**
 * Cơ sở dữ liệu (the database): the entry point of the store. Opens a connection pool to the embedded SQLite file
 * (the default), a PostgreSQL server (several servers on one database) or an H2 file made by an earlier version,
 * brings the schema up to date (Flyway, per {@link Dialect}) and hands out the {@link InvitationStore}. Close it when
 * the application stops.
 *
 * <pre>{@code
 * Database db = Database.openDefault();
 * InvitationStore store = db.invitations();
 * }</pre>
 */
public final class Database implements AutoCloseable {
    /** The folder of the embedded database, relative to the working directory. */
    public static final Path DEFAULT_FOLDER = Path.of("data");

    /** The embedded SQLite file {@code ./data/giaymoi.db}. */
    public static final String DEFAULT_URL = "jdbc:sqlite:./data/" + H2Import.SQLITE_FILE;

    /** H2's default administrator, for {@code jdbc:h2:} files; SQLite has no accounts. */
    public static final String DEFAULT_USER = "sa";

    public static final String DEFAULT_PASSWORD = "";

    private static final int POOL_SIZE = 10;

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /**
     * How long a SQLite transaction waits for the file's write lock before it fails (another writer holds it while
     * it commits, normally for milliseconds).
     */
    private static final String SQLITE_BUSY_MILLIS = "30000";

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final JdbcInvitationStore invitations;
    private final JdbcAccountStore accounts;

    private final JdbcSendingStore sending;
    private final JdbcSigningStore signing;

    private final AtomicBoolean closing = new AtomicBoolean();
    private final Thread wordFill = new Thread(this::fillSearchWords, "giaymoi-search-words");

    private Database(HikariDataSource pool, Dialect dialect) {
        wordFill.setDaemon(true);
        this.pool = pool;
        this.dialect = dialect;
        this.invitations = new JdbcInvitationStore(pool, dialect);
        this.accounts = new JdbcAccountStore(pool, dialect);

        this.sending = new JdbcSendingStore(pool, dialect);
        this.signing = new JdbcSigningStore(pool, dialect);
    }

    /**
     * Opens {@code jdbcUrl} ({@code jdbc:sqlite:…}, {@code jdbc:postgresql:…} or {@code jdbc:h2:…}) and migrates its
     * schema. The user and password are ignored by SQLite.
     *
     * @throws IllegalArgumentException when the URL names another kind of database
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static Database open(String jdbcUrl, String user, String password) {
        String url = supported(jdbcUrl);
        Dialect dialect = Dialect.of(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("giaymoi-store");
        config.setMaximumPoolSize(POOL_SIZE);
        if (dialect == Dialect.SQLITE) {
            createFolder(url);
            // the store opens SQLite's transactions itself (BEGIN IMMEDIATE, see Dialect.begin): the driver would
            // otherwise begin one, and take the write lock, on every idle pooled connection
            config.setAutoCommit(true);
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "FULL"); // the WAL is synced before COMMIT returns
            config.addDataSourceProperty("busy_timeout", SQLITE_BUSY_MILLIS);
            config.addDataSourceProperty("foreign_keys", "true");
        } else {
            config.setUsername(user);
            config.setPassword(password);
            config.setAutoCommit(false); // every operation commits or rolls back explicitly
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (PoolInitializationException e) { // wraps the driver's SQLException
            throw new StoreException("không kết nối được cơ sở dữ liệu " + redacted(url)
                    + ": " + rootMessage(e) + "; hãy kiểm tra địa chỉ, tài khoản và mật khẩu", e);
        }
        try {
            migrate(pool, dialect);
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("không cập nhật được cấu trúc cơ sở dữ liệu " + redacted(url)
                    + ": " + rootMessage(e), e);
        }
        Database db = new Database(pool, dialect);
        try {
            db.invitations.fillSearchText();
        } catch (StoreException e) {
            pool.close();
            throw e;
        }
        db.wordFill.start();
        return db;
    }

    /**
     * Adds the words of versions written before V9.1 to its word list in the background (a province's million take
     * minutes); until they are all there, a search asks the full-text index for a typed word's start, as before.
     */
    private void fillSearchWords() {
        try {
            invitations.fillSearchWords(closing::get);
        } catch (StoreException e) {
            if (!closing.get()) {
                LOG.warn("chưa bổ sung được danh sách từ để tìm kiếm; sẽ thử lại khi mở lại: {}", rootMessage(e));
            }
        }
    }

    /** Opens the embedded SQLite file of {@link #DEFAULT_URL}, see {@link #openEmbedded}. */
    public static Database openDefault() {
        return openEmbedded(DEFAULT_FOLDER);
    }

    /**
     * Opens {@code folder/giaymoi.db}. On the first start after an upgrade, when the folder holds the H2 file of an
     * earlier version ({@code giaymoi.mv.db}) and no SQLite file yet, everything in it is copied across first and the
     * old file is kept as {@code giaymoi.mv.db.migrated} ({@link H2Import}).
     */
    public static Database openEmbedded(Path folder) {
        Path sqlite = folder.resolve(H2Import.SQLITE_FILE);
        H2Import.ifNeeded(folder);
        return open("jdbc:sqlite:" + sqlite, null, null);
    }

    /** The store of invitations; thread-safe, shared by all callers. */
    public InvitationStore invitations() {
        return invitations;
    }

    /** Organisations, users, sessions and tokens, and the audit log; thread-safe, shared by all callers. */
    public AccountStore accounts() {
        return accounts;
    }

    /** The outbox and the recipients of sent invitations; thread-safe, shared by all callers and workers. */
    public SendingStore sending() {
        return sending;
    }

    /** Signing at issue time: each organisation's settings and each issued invitation's signed PDF. */
    public SigningStore signing() {
        return signing;
    }

    /** The pool, for tests in this package that build a store with a hook. */
    DataSource dataSource() {
        return pool;
    }

    /** The kind of database, for the import and the tests of this package. */
    Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        closing.set(true);
        try {
            wordFill.join(); // at most one batch of the fill
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.close();
    }

    private static void migrate(DataSource dataSource, Dialect dialect) {
        FluentConfiguration config = Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrations())
                .failOnMissingLocations(true);
        // PostgreSQL: the migration lock held by a session, not by an open transaction, which an index built
        // CONCURRENTLY (V10.2) would wait for forever
        config.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        config.load().migrate();
    }

    /**
     * Checks the kind of database and, for H2, adds the write and lock settings of earlier versions unless the URL
     * sets them itself. H2 stays readable for files made by those versions, but it does not keep every acknowledged
     * write through a kill ({@code docs/decisions.md}, ADR 15).
     */
    static String supported(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        String url = jdbcUrl.strip();
        Dialect dialect = Dialect.of(url);
        if (dialect == null) {
            throw new IllegalArgumentException("địa chỉ cơ sở dữ liệu '" + redacted(url) + "' không được hỗ trợ: dùng"
                    + " jdbc:sqlite:đường/dẫn/tệp.db hoặc jdbc:postgresql://máy:cổng/tên (jdbc:h2:file:… chỉ để đọc"
                    + " tệp của phiên bản cũ)");
        }
        if (dialect != Dialect.H2) return url;
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.contains(";write_delay=")) url += ";WRITE_DELAY=0";
        if (!lower.contains(";lock_timeout=")) url += ";LOCK_TIMEOUT=10000";
        return url;
    }

    /** SQLite creates the file but not its folder (H2 did both). */
    private static void createFolder(String sqliteUrl) {
        String path = sqliteUrl.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        if (query >= 0) path = path.substring(0, query);
        if (path.startsWith("file:")) path = path.substring("file:".length());
        if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith(":resource:")) return;
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("không tạo được thư mục " + parent + " cho cơ sở dữ liệu: " + e.getMessage(), e);
        }
    }

    /** The URL without its query or settings, which may carry a password. */
    private static String redacted(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int i = url.indexOf(c);
            if (i >= 0) cut = Math.min(cut, i);
        }
        return url.substring(0, cut);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
