package vn.giaymoi.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.Status;

/**
 * Nothing acknowledged is lost, no number is handed out twice, when the server dies: a separate JVM runs
 * {@link CrashWorkload} (create, update, issue on several threads) against a store and is killed with SIGKILL (no
 * shutdown hook, no close) at a random moment; then every acknowledged write must be there on reopening, and the
 * register must never have given one number to two invitations, and the audit log must hold exactly one line per
 * write (a step and its line commit together). The rounds share one database, so each round also
 * starts from a database recovered after a kill.
 *
 * <p>Targets ({@code -Dgiaymoi.crash.target}, comma-separated, default {@code sqlite,postgresql}): {@code sqlite}
 * (the embedded default, {@value #SQLITE_ROUNDS} rounds in {@code mvn verify}), {@code postgresql} (the server of
 * {@code GIAYMOI_TEST_PG_URL}, {@value #PG_ROUNDS} rounds) and {@code h2} (files of earlier versions: loses
 * acknowledged writes within a few rounds whatever the settings, {@code docs/reliability.md}, so only by hand). A long
 * run: {@code -Dgiaymoi.crash.target=sqlite -Dgiaymoi.crash.rounds=100 -Dgiaymoi.crash.threads=8
 * -Dgiaymoi.crash.maxMillis=3000}.
 */
class CrashTest {
    private static final Logger LOG = LoggerFactory.getLogger(CrashTest.class);
    private static final int SQLITE_ROUNDS = 5;
    private static final int PG_ROUNDS = 3;
    private static final int THREADS = 8;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // a lost write leaves its database file to study
    Path folder;

    static List<String> targets() {
        return List.of(System.getProperty("giaymoi.crash.target", "sqlite,postgresql").split(","));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void every_acknowledged_write_survives_kill_9_and_no_number_is_given_twice(String kind) throws Exception {
        int rounds = Integer.getInteger("giaymoi.crash.rounds", "postgresql".equals(kind) ? PG_ROUNDS : SQLITE_ROUNDS);
        long seed = Long.getLong("giaymoi.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Target target = target(kind);
        long started = System.nanoTime();
        String url = target.url();
        LOG.info("crash test on {}", url.replaceAll("[?;].*", ""));
        Path acks = folder.resolve("acks.txt");
        Map<Integer, InvitationId> numbers = new HashMap<>();
        int lines = 0;
        for (int round = 1; round <= rounds; round++) {
            int before = lines(acks).size();
            long killAfterMillis = 50 + random.nextInt(Integer.getInteger("giaymoi.crash.maxMillis", 1500));
            runAndKill(target, acks, before, killAfterMillis, round);
            List<String> acknowledged = lines(acks);
            verify(target, acknowledged, numbers);
            LOG.info("round {}/{} (seed {}): killed {} ms after the first issue, {} writes acknowledged, all present",
                    round, rounds, seed, killAfterMillis, acknowledged.size() - before);
            lines = acknowledged.size();
            // a cut last line would glue onto the next round's first one
            Files.writeString(acks, String.join("\n", acknowledged) + "\n", StandardCharsets.UTF_8);
        }
        LOG.info("{}: {} rounds × {} threads, {} writes acknowledged, 0 lost, {} numbers issued, 0 duplicates, {} s",
                kind, rounds, threads(), lines, numbers.size(), (System.nanoTime() - started) / 1_000_000_000);
        assertThat(lines).as("the workload acknowledged writes").isGreaterThan(rounds);
        assertThat(numbers).as("invitations were issued").isNotEmpty();
        target.drop();
    }

    /** Where the workload writes: a SQLite or H2 file in the test's folder, or a fresh PostgreSQL schema. */
    private record Target(String url, String user, String password, String schema) {
        void drop() throws Exception {
            if (schema == null) return;
            try (Connection c = java.sql.DriverManager.getConnection(url.replaceAll("[?&]currentSchema=.*", ""), user,
                    password); java.sql.Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static int threads() {
        return Integer.getInteger("giaymoi.crash.threads", THREADS);
    }

    private Target target(String kind) throws Exception {
        if ("sqlite".equals(kind)) {
            return new Target("jdbc:sqlite:" + folder.resolve("giaymoi.db").toAbsolutePath()
                    + System.getProperty("giaymoi.crash.settings", ""), null, null, null);
        }
        if ("h2".equals(kind)) {
            // Database adds its settings; giaymoi.crash.settings adds more, to try another one by hand
            return new Target("jdbc:h2:file:" + folder.resolve("giaymoi").toAbsolutePath()
                    + System.getProperty("giaymoi.crash.settings", ""), Database.DEFAULT_USER, Database.DEFAULT_PASSWORD,
                    null);
        }
        String server = System.getenv(PostgresInvitationStoreTest.URL_VARIABLE);
        if (server == null || server.isBlank()) {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            boolean skip = "1".equals(System.getenv("GIAYMOI_SKIP_PG")) || Boolean.getBoolean("giaymoi.skipPg");
            String why = PostgresInvitationStoreTest.URL_VARIABLE + " is not set: the crash test needs PostgreSQL";
            if (skip && !ci) org.junit.jupiter.api.Assumptions.abort("skipped on request (GIAYMOI_SKIP_PG): " + why);
            throw new AssertionError(why);
        }
        if (!"postgresql".equals(kind)) throw new IllegalArgumentException("giaymoi.crash.target: " + kind);
        String user = System.getenv().getOrDefault("GIAYMOI_TEST_PG_USER", "giaymoi");
        String password = System.getenv().getOrDefault("GIAYMOI_TEST_PG_PASSWORD", "giaymoi");
        String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = java.sql.DriverManager.getConnection(server, user, password);
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new Target(server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password,
                schema);
    }

    private void runAndKill(Target target, Path acks, int before, long killAfterMillis, int round) throws Exception {
        Path log = folder.resolve("workload-" + round + ".log");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashWorkload.class.getName(), target.url(), acks.toString(),
                String.valueOf(threads()), String.valueOf(target.user()), String.valueOf(target.password()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            // the random moment starts once this round has issued at least once, so every round kills the issue path too
            while (lines(acks).stream().skip(before).noneMatch(l -> l.startsWith("I "))) {
                assertThat(server.isAlive()).as("the workload JVM died on its own: %s", Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as("the workload JVM did not issue in time").isLessThan(deadline);
                Thread.sleep(10);
            }
            Thread.sleep(killAfterMillis);
            assertThat(server.isAlive()).as("the workload JVM died on its own: %s", Files.readString(log)).isTrue();
        } finally {
            server.destroyForcibly(); // SIGKILL on Linux: the JVM gets no chance to flush or close
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /**
     * Every acknowledged version is there; every issued invitation has its own number, as acknowledged. Reads the
     * version rows once (no document decoding), so that a long run checks every earlier round's writes each time.
     */
    private static void verify(Target target, List<String> acknowledged, Map<Integer, InvitationId> numbers)
            throws Exception {
        try (Database reopened = Database.open(target.url(), target.user(), target.password())) {
            Map<UUID, TreeMap<Integer, String[]>> versions = versions(reopened);
            for (String ack : acknowledged) {
                String[] part = ack.split(" ");
                InvitationId id = InvitationId.parse(part[1]);
                int version = Integer.parseInt(part[2]);
                TreeMap<Integer, String[]> history = versions.getOrDefault(id.value(), new TreeMap<>());
                assertThat(history).as("acknowledged write %s", ack).containsKey(version);
                if (part[0].equals("I")) {
                    String[] issued = history.lastEntry().getValue();
                    assertThat(issued[0]).as("acknowledged issue %s", ack).isEqualTo(Status.ISSUED.name());
                    int number = Integer.parseInt(part[3]);
                    assertThat(Integer.parseInt(issued[1])).as("acknowledged issue %s", ack).isEqualTo(number);
                    InvitationId earlier = numbers.putIfAbsent(number, id);
                    assertThat(earlier == null || earlier.equals(id))
                            .as("number %d acknowledged for %s and for %s", number, earlier, id).isTrue();
                }
            }
            List<String> issuedNumbers = versions.values().stream().flatMap(h -> h.values().stream())
                    .filter(v -> v[0].equals(Status.ISSUED.name())).map(v -> v[1]).toList();
            assertThat(issuedNumbers).as("numbers of the issued invitations in the file").doesNotHaveDuplicates();
            assertThat(auditLines(reopened)).as("one audit line per write of each invitation, none lost or extra")
                    .isEqualTo(currentVersions(reopened));
        }
    }

    /** Per invitation, its latest version: the number of writes it took (create is version 1, each write one more). */
    private static Map<UUID, Integer> currentVersions(Database db) throws Exception {
        return counts(db, "SELECT id, current_version FROM invitation");
    }

    /** Per invitation, how many lines the audit log has. */
    private static Map<UUID, Integer> auditLines(Database db) throws Exception {
        return counts(db, "SELECT invitation_id, COUNT(*) FROM audit_entry GROUP BY invitation_id");
    }

    private static Map<UUID, Integer> counts(Database db, String sql) throws Exception {
        Map<UUID, Integer> result = new HashMap<>();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) result.put(db.dialect().uuid(rs, rs.getMetaData().getColumnLabel(1)), rs.getInt(2));
        }
        return result;
    }

    /** Per invitation, per version: its status and its number as written. */
    private static Map<UUID, TreeMap<Integer, String[]>> versions(Database db) throws Exception {
        Map<UUID, TreeMap<Integer, String[]>> result = new HashMap<>();
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT invitation_id, version, status, doc_number FROM invitation_version");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.computeIfAbsent(db.dialect().uuid(rs, "invitation_id"), k -> new TreeMap<>())
                        .put(rs.getInt("version"), new String[] {rs.getString("status"), rs.getString("doc_number")});
            }
        }
        return result;
    }

    /** Complete lines only: the kill may cut the last one. */
    private static List<String> lines(Path file) throws Exception {
        if (!Files.exists(file)) return List.of();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    }
}
