package vn.giaymoi.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.store.jdbc.Database;

/**
 * Several servers on one database deliver one outbox: each with its own connection pool and worker, started at the
 * same moment; every message reaches its recipient once. PostgreSQL reserves with {@code FOR UPDATE SKIP LOCKED};
 * SQLite by its single writer.
 */
class RacingWorkersTest {
    private static final int SERVERS = 4;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void each_message_is_taken_by_exactly_one_of_several_servers(String kind) throws Exception {
        String url;
        String user = System.getenv().getOrDefault("GIAYMOI_TEST_PG_USER", "giaymoi");
        String password = System.getenv().getOrDefault("GIAYMOI_TEST_PG_PASSWORD", "giaymoi");
        String schema = null;
        if (kind.equals("sqlite")) {
            url = "jdbc:sqlite:" + folder.resolve("giaymoi.db").toAbsolutePath();
            user = null;
            password = null;
        } else {
            String server = System.getenv("GIAYMOI_TEST_PG_URL");
            if (server == null || server.isBlank()) {
                boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
                Assumptions.assumeTrue("1".equals(System.getenv("GIAYMOI_SKIP_PG")) && !ci, "GIAYMOI_SKIP_PG");
                throw new AssertionError("GIAYMOI_TEST_PG_URL is not set: the racing test needs PostgreSQL");
            }
            schema = "outbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
            try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        int recipients;
        InvitationId id;
        List<MailFixture> servers = new ArrayList<>();
        try {
            for (int i = 0; i < SERVERS; i++) servers.add(new MailFixture(Database.open(url, user, password)));
            id = servers.get(0).issue(MailFixture.yaml(60));
            recipients = MailFixture.done(servers.get(0).sending.send(id, new Sender("văn thư"))).queued();
            CyclicBarrier start = new CyclicBarrier(SERVERS);
            ExecutorService pool = Executors.newFixedThreadPool(SERVERS);
            List<Future<Integer>> handled = new ArrayList<>();
            for (int i = 0; i < SERVERS; i++) {
                MailFixture f = servers.get(i);
                String name = "server-" + i;
                handled.add(pool.submit(() -> {
                    int n = 0;
                    try (DeliveryWorker w = f.worker(SMTP.getSmtp().getPort(), name)) {
                        start.await();
                        for (int got; (got = w.runOnce()) > 0; ) n += got;
                    }
                    return n;
                }));
            }
            int total = 0;
            for (Future<Integer> h : handled) total += h.get();
            pool.shutdown();
            Map<String, Long> copies = java.util.Arrays.stream(SMTP.getReceivedMessages()).collect(Collectors.groupingBy(m -> {
                try {
                    return m.getAllRecipients()[0].toString();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }, Collectors.counting()));
            assertThat(copies).hasSize(recipients);
            assertThat(copies.values()).allMatch(n -> n == 1);
            assertThat(total).as("messages handled by all servers together").isEqualTo(recipients);
        } finally {
            servers.forEach(MailFixture::close);
            if (schema != null) {
                try (Connection c = DriverManager.getConnection(System.getenv("GIAYMOI_TEST_PG_URL"), user, password);
                        Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }
}
