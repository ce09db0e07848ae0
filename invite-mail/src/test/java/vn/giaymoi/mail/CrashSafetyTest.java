package vn.giaymoi.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.domain.sending.RetryPolicy;
import vn.giaymoi.store.jdbc.Database;

/**
 * Delivery dies mid-batch and starts again: every recipient ends with their copy, and a second copy can only go to
 * the one recipient whose hand-over was under way when the worker died (the window SMTP cannot close, see
 * {@link DeliveryWorker}).
 */
class CrashSafetyTest {
    private static final Logger LOG = LoggerFactory.getLogger(CrashSafetyTest.class);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path folder;

    /** The worker "dies" (an Error no code catches) at a chosen point of the k-th hand-over. */
    private static final class Death extends Error {
        private static final long serialVersionUID = 1L;
    }

    private static MailTransport dying(MailTransport real, int k, boolean afterTheServerAccepted) {
        return () -> {
            MailTransport.Connection c = real.open();
            int[] count = {0};
            return new MailTransport.Connection() {
                @Override
                public void send(String to, byte[] content) throws MailTransport.MailFailure {
                    if (++count[0] == k && !afterTheServerAccepted) throw new Death();
                    c.send(to, content);
                    if (count[0] == k) throw new Death();
                }

                @Override
                public void close() {
                    c.close();
                }
            };
        };
    }

    private static Map<String, Long> copies() {
        return java.util.Arrays.stream(SMTP.getReceivedMessages()).collect(Collectors.groupingBy(m -> {
            try {
                return m.getAllRecipients()[0].toString().replaceAll(".*<|>.*", "");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, Collectors.counting()));
    }

    private void dieAndRestart(boolean afterTheServerAccepted) throws Exception {
        int recipients;
        InvitationId id;
        MailFixture.MutableClock clock;
        try (MailFixture f = new MailFixture(Database.openEmbedded(folder))) {
            id = f.issue(MailFixture.yaml(20));
            recipients = MailFixture.done(f.sending.send(id, new Sender("văn thư"))).queued();
            clock = f.clock;
            SmtpSettings smtp = SmtpSettings.from("smtp+plain://127.0.0.1:" + SMTP.getSmtp().getPort(), Map.of()).orElseThrow();
            DeliveryWorker w = new DeliveryWorker(f.db.sending(), () -> Optional.of(dying(new SmtpTransport(smtp), 8,
                    afterTheServerAccepted)), RetryPolicy.STANDARD, f.clock, "first");
            try {
                w.runOnce();
                throw new AssertionError("the worker should have died");
            } catch (Death expected) {
                // the process is gone: nothing after this point of the batch ran
            }
        }
        assertThat(SMTP.getReceivedMessages()).hasSize(afterTheServerAccepted ? 8 : 7);
        // restart: a new store on the same file, a new worker, after the dead worker's lease
        try (MailFixture f = new MailFixture(Database.openEmbedded(folder))) {
            f.clock.advance(Duration.between(f.clock.instant(), clock.instant()).plus(DeliveryWorker.LEASE).plusSeconds(1));
            try (DeliveryWorker w = f.worker(SMTP.getSmtp().getPort(), "second")) {
                while (w.runOnce() > 0) {
                    // until the outbox is empty
                }
            }
            Map<String, Long> copies = copies();
            assertThat(copies).hasSize(recipients);
            Set<String> twice = copies.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            if (afterTheServerAccepted) {
                // the 8th was in the server's hands when the worker died: sent again, the same message
                assertThat(twice).hasSize(1);
                List<MimeMessage> both = java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().contains(twice.iterator().next());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }).toList();
                assertThat(both.get(0).getMessageID()).isEqualTo(both.get(1).getMessageID());
                assertThat(copies.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(recipients + 1);
            } else {
                assertThat(twice).as("exactly one copy each").isEmpty();
            }
            assertThat(MailFixture.done(f.sending.replies(id)).totals()).containsEntry("sent", (long) recipients);
        }
    }

    @Test
    void a_worker_dying_before_a_hand_over_leaves_every_recipient_exactly_one_copy() throws Exception {
        dieAndRestart(false);
    }

    @Test
    void a_worker_dying_after_the_server_accepted_sends_that_one_message_again_and_only_that_one() throws Exception {
        dieAndRestart(true);
    }

    @Test
    void kill_9_of_the_delivering_process_mid_batch_loses_nobody_and_duplicates_at_most_the_message_in_hand()
            throws Exception {
        int recipients;
        InvitationId id;
        try (MailFixture f = new MailFixture(Database.openEmbedded(folder))) {
            id = f.issue(MailFixture.yaml(80));
            recipients = MailFixture.done(f.sending.send(id, new Sender("văn thư"))).queued();
        }
        String url = "jdbc:sqlite:" + folder.resolve("giaymoi.db").toAbsolutePath();
        Path log = folder.resolve("delivery.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), DeliveryProcess.class.getName(), url,
                String.valueOf(SMTP.getSmtp().getPort())).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Set<String> inHand = new HashSet<>();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (SMTP.getReceivedMessages().length < 25) {
                assertThat(p.isAlive()).as("the delivering JVM died on its own: %s", Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as("no delivery in time").isLessThan(deadline);
                Thread.sleep(5);
            }
        } finally {
            p.destroyForcibly(); // SIGKILL
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        int before = SMTP.getReceivedMessages().length;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT rcpt_to, state FROM outbox_mail")) {
            List<String> states = new ArrayList<>();
            while (rs.next()) {
                states.add(rs.getString(2));
                if ("sending".equals(rs.getString(2))) inHand.add(rs.getString(1));
            }
            LOG.info("killed with {} delivered; outbox states {}", before, states.stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
        }
        assertThat(before).isLessThan(recipients);
        assertThat(inHand).as("at most the one message in hand is uncertain").hasSizeLessThanOrEqualTo(1);
        try (MailFixture f = new MailFixture(Database.openEmbedded(folder))) {
            f.clock.advance(Duration.between(f.clock.instant(), java.time.Instant.now()).plus(DeliveryWorker.LEASE)
                    .plusSeconds(1));
            try (DeliveryWorker w = f.worker(SMTP.getSmtp().getPort(), "after-restart")) {
                while (w.runOnce() > 0) {
                    // until the outbox is empty
                }
            }
            Map<String, Long> copies = copies();
            assertThat(copies).as("nobody is lost").hasSize(recipients);
            copies.forEach((to, n) -> assertThat(n == 1 || n == 2 && inHand.contains(to))
                    .as("%s got %d copies (uncertain at the kill: %s)", to, n, inHand).isTrue());
            LOG.info("kill -9 mid-batch: {} recipients, {} delivered before the kill, {} uncertain, {} duplicates",
                    recipients, before, inHand.size(), copies.values().stream().filter(n -> n > 1).count());
            assertThat(MailFixture.done(f.sending.replies(id)).totals()).containsEntry("sent", (long) recipients);
        }
    }
}
