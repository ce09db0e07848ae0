package vn.giaymoi.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import vn.giaymoi.application.port.out.InvitationStore;

/**
 * Cơ sở dữ liệu (the database): the entry point of the store. Opens a connection pool to an embedded H2 file or a
 * PostgreSQL server, brings the schema up to date (Flyway, {@code db/migration}) and hands out the
 * {@link InvitationStore}. Close it when the application stops.
 *
 * <pre>{@code
 * Database db = Database.open(Database.DEFAULT_URL, Database.DEFAULT_USER, Database.DEFAULT_PASSWORD);
 * InvitationStore store = db.invitations();
 * }</pre>
 */
public final class Database implements AutoCloseable {
    /**
     * The embedded H2 file {@code ./data/giaymoi.mv.db} (relative to the working directory). {@code WRITE_DELAY=0}
     * writes every commit to the file before the commit returns (H2's default of 500 ms would lose the last half
     * second of commits when the process is killed); {@code LOCK_TIMEOUT} lets concurrent issues wait for the
     * register row instead of failing after H2's default of one second.
     */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/giaymoi;WRITE_DELAY=0;LOCK_TIMEOUT=10000";

    /** H2's default administrator; the file is local, so the password only guards against accidents. */
    public static final String DEFAULT_USER = "sa";

    public static final String DEFAULT_PASSWORD = "";

    private static final int POOL_SIZE = 10;

    private final HikariDataSource pool;
    private final JdbcInvitationStore invitations;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        this.invitations = new JdbcInvitationStore(pool);
    }

    /**
     * Opens {@code jdbcUrl} ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}) and migrates its schema.
     *
     * @throws IllegalArgumentException when the URL names another kind of database
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static Database open(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(supported(jdbcUrl));
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("giaymoi-store");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setAutoCommit(false); // every operation commits or rolls back explicitly
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (PoolInitializationException e) { // wraps the driver's SQLException
            throw new StoreException("không kết nối được cơ sở dữ liệu " + redacted(jdbcUrl)
                    + ": " + rootMessage(e) + "; hãy kiểm tra địa chỉ, tài khoản và mật khẩu", e);
        }
        try {
            migrate(pool);
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("không cập nhật được cấu trúc cơ sở dữ liệu " + redacted(jdbcUrl)
                    + ": " + rootMessage(e), e);
        }
        return new Database(pool);
    }

    /** Opens the embedded H2 file of {@link #DEFAULT_URL}. */
    public static Database openDefault() {
        return open(DEFAULT_URL, DEFAULT_USER, DEFAULT_PASSWORD);
    }

    /** The store of invitations; thread-safe, shared by all callers. */
    public InvitationStore invitations() {
        return invitations;
    }

    /** The pool, for tests in this package that build a store with a hook. */
    DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /**
     * Checks the kind of database and, for H2, adds the durability and lock settings of {@link #DEFAULT_URL} unless
     * the URL sets them itself.
     */
    static String supported(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        String url = jdbcUrl.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) return url;
        if (!lower.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("địa chỉ cơ sở dữ liệu '" + redacted(url)
                    + "' không được hỗ trợ: dùng jdbc:h2:file:… hoặc jdbc:postgresql://máy:cổng/tên");
        }
        if (!lower.contains(";write_delay=")) url += ";WRITE_DELAY=0";
        if (!lower.contains(";lock_timeout=")) url += ";LOCK_TIMEOUT=10000";
        return url;
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
