package vn.giaymoi.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.StoredInvitation;

/**
 * A server killed during a save loses nothing it had committed: a separate JVM saves without pause into an H2
 * file and is killed with SIGKILL (no shutdown hook, no close); every save it had acknowledged must be there after
 * reopening the file. With H2's default {@code WRITE_DELAY} of 500 ms this test loses the last commits.
 */
class H2DurabilityTest {
    private static final int ACKS_BEFORE_KILL = 300;

    @TempDir
    Path folder;

    @Test
    void a_killed_server_keeps_every_acknowledged_save() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("giaymoi").toAbsolutePath();
        Path acks = folder.resolve("acks.txt");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingSaver.class.getName(), url, acks.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("server.log").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (lines(acks).size() < ACKS_BEFORE_KILL) {
                assertThat(server.isAlive()).as("the saving JVM died on its own: %s", log()).isTrue();
                assertThat(System.nanoTime()).as("the saving JVM saved too slowly").isLessThan(deadline);
                Thread.sleep(20);
            }
        } finally {
            server.destroyForcibly(); // SIGKILL on Linux: the JVM gets no chance to flush or close
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        List<String> acknowledged = lines(acks);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        try (Database reopened = Database.open(url, Database.DEFAULT_USER, Database.DEFAULT_PASSWORD)) {
            InvitationStore store = reopened.invitations();
            for (String ack : acknowledged) {
                String[] parts = ack.split(" ");
                InvitationId id = InvitationId.parse(parts[0]);
                int version = Integer.parseInt(parts[1]);
                assertThat(store.history(id)).as("acknowledged save %s", ack)
                        .extracting(StoredInvitation::version).contains(version);
            }
        }
    }

    private String log() throws Exception {
        Path log = folder.resolve("server.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Complete lines only: the kill may cut the last one. */
    private static List<String> lines(Path file) throws Exception {
        if (!Files.exists(file)) return List.of();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    }
}
