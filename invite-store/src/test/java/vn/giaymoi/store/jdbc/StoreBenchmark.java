package vn.giaymoi.store.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.lifecycle.Lifecycle;

/**
 * Saves and issues per second on each database the store runs on, in one run so that the ratios compare like with
 * like (JMH; {@code mvn -Pbench -pl invite-store -am -DskipTests verify}, not by {@code verify}). One thread: what
 * one user waits for. {@code save} is one new draft (a commit); {@code issue} is create, submit, approve and issue
 * (four commits, one number). PostgreSQL needs {@code GIAYMOI_TEST_PG_URL}; the bench works in a schema of its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoreBenchmark {
    @Param({"sqlite", "h2", "postgresql"})
    public String database;

    private final Invitation draft = Drafts.draft("Họp giao ban đo tốc độ");
    private Path folder;
    private String schema;
    private Database db;
    private InvitationStore store;

    @Setup
    public void open() throws Exception {
        folder = Files.createTempDirectory("giaymoi-bench");
        db = switch (database) {
            case "sqlite" -> Database.open("jdbc:sqlite:" + folder.resolve("giaymoi.db"), null, null);
            case "h2" -> Database.open("jdbc:h2:file:" + folder.resolve("giaymoi"), Database.DEFAULT_USER,
                    Database.DEFAULT_PASSWORD);
            default -> {
                schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                admin("CREATE SCHEMA " + schema);
                String url = System.getenv(PostgresInvitationStoreTest.URL_VARIABLE);
                yield Database.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, pgUser(),
                        pgPassword());
            }
        };
        store = db.invitations();
    }

    @TearDown
    public void close() throws Exception {
        db.close();
        if (schema != null) admin("DROP SCHEMA " + schema + " CASCADE");
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public StoredInvitation save() {
        return store.create(draft, Instant.now());
    }

    @Benchmark
    public StoredInvitation issue() {
        StoredInvitation s = store.create(draft, Instant.now());
        s = store.move(s.id(), s.version(), Lifecycle::submit, Instant.now());
        s = store.move(s.id(), s.version(), Lifecycle::approve, Instant.now());
        return store.issue(s.id(), s.version(), LocalDate.of(2026, 5, 5), Instant.now());
    }

    private static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getenv(PostgresInvitationStoreTest.URL_VARIABLE),
                pgUser(), pgPassword()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String pgUser() {
        return System.getenv().getOrDefault("GIAYMOI_TEST_PG_USER", "giaymoi");
    }

    private static String pgPassword() {
        return System.getenv().getOrDefault("GIAYMOI_TEST_PG_PASSWORD", "giaymoi");
    }
}
