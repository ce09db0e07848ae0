package vn.giaymoi.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.SendingStore.StoredRecipient;
import vn.giaymoi.domain.sending.ReminderSchedule;
import vn.giaymoi.domain.sending.Reply;
import vn.giaymoi.store.jdbc.Database;

/**
 * Nhắc lịch: the automatic reminder one working day before the meeting, driven by a fixed clock and read back from a
 * real SMTP server; two servers racing and a restart never send it twice; and the clerk's manual "Nhắc lịch".
 */
class ReminderTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** Sunday 29 June 2025, 08:00 in Hà Nội: the fixture's start. The meeting moves to Tuesday 8 July, 15:00. */
    private static final String MEETING = "2025-07-08";
    /** Monday 7 July 2025, 08:00 in Hà Nội: one working day before. */
    private static final Instant REMINDER = Instant.parse("2025-07-07T01:00:00Z");

    @TempDir
    Path folder;
    private final List<MailFixture> servers = new ArrayList<>();
    private String schema;

    @AfterEach
    void close() throws Exception {
        servers.forEach(MailFixture::close);
        if (schema != null) admin("DROP SCHEMA " + schema + " CASCADE");
    }

    private MailFixture server(String url, String user, String password) {
        MailFixture f = new MailFixture(Database.open(url, user, password));
        servers.add(f);
        return f;
    }

    private void at(Instant now) {
        servers.forEach(f -> f.clock.advance(Duration.between(f.clock.instant(), now)));
    }

    /** Empties the outbox into the SMTP server; the messages it received now (its list is by mailbox, not by time). */
    private List<MimeMessage> deliver(MailFixture f) {
        java.util.Set<String> before = new java.util.HashSet<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) before.add(id(m));
        try (DeliveryWorker w = f.worker(SMTP.getSmtp().getPort(), "w1")) {
            while (w.runOnce() > 0) {
                // until the outbox is empty
            }
        }
        return java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(m -> !before.contains(id(m))).toList();
    }

    private static String id(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString().replaceAll(".*<|>.*", "");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void one_working_day_before_each_recipient_not_declined_is_reminded_once_across_two_servers_and_a_restart(
            String kind) throws Exception {
        String[] target = target(kind);
        MailFixture one = server(target[0], target[1], target[2]);
        MailFixture two = server(target[0], target[1], target[2]);
        InvitationId id = one.issue(MailFixture.yaml(0).replace("2025-06-30", MEETING));
        MailFixture.done(one.sending.send(id, new Sender("văn thư")));
        assertThat(deliver(one)).hasSize(3);
        StoredRecipient declining = MailFixture.done(one.sending.replies(id)).recipients().stream()
                .filter(r -> "congbao@hatinh.gov.vn".equals(r.recipient().email())).findFirst().orElseThrow();
        MailFixture.done(one.sending.recordPhoneReply(id, declining.id(), new Reply.Declined("đi công tác"),
                new Sender("văn thư")));

        assertThat(one.sending.remindDue(ReminderSchedule.STANDARD)).as("Sunday, eight days before").isZero();
        at(REMINDER.minusSeconds(60));
        assertThat(one.sending.remindDue(ReminderSchedule.STANDARD)).as("Monday 07:59").isZero();

        at(REMINDER);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> queued = new ArrayList<>();
        try {
            for (MailFixture f : List.of(one, two)) {
                queued.add(pool.submit(() -> {
                    start.await();
                    return new ReminderWorker(f.sending, ReminderSchedule.STANDARD).runOnce();
                }));
            }
            int total = 0;
            for (Future<Integer> q : queued) total += q.get();
            assertThat(total).as("two servers at the same moment queue each reminder once").isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }

        List<MimeMessage> reminders = deliver(one);
        assertThat(reminders).extracting(ReminderTest::to)
                .containsExactlyInAnyOrder("dtthang@hatinh.gov.vn", "vanphong@vnpt-hatinh.vn");
        UUID meeting = MailFixture.done(one.sending.replies(id)).meeting();
        for (MimeMessage m : reminders) {
            assertThat(m.getSubject()).startsWith("Nhắc lịch họp: ");
            assertThat(m.getMessageID()).matches("<auto-reminder\\." + meeting + "\\.[0-9a-f-]{36}@giaymoi>");
            assertThat((String) MailFixture.part(m, "text/plain").getContent()).contains("Xin nhắc lịch họp theo Giấy mời số 01/GM-UBND")
                    .contains("15 giờ 00, ngày 08/07/2025");
            assertThat(MailFixture.calendar(m).getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        }

        // later the same day, the next day, and on a server started afresh: nothing more
        at(REMINDER.plus(Duration.ofHours(5)));
        assertThat(one.sending.remindDue(ReminderSchedule.STANDARD)).isZero();
        at(REMINDER.plus(Duration.ofHours(25)));
        assertThat(two.sending.remindDue(ReminderSchedule.STANDARD)).isZero();
        MailFixture restarted = server(target[0], target[1], target[2]);
        at(REMINDER.plus(Duration.ofHours(26)));
        assertThat(restarted.sending.remindDue(ReminderSchedule.STANDARD)).isZero();
        assertThat(deliver(one)).isEmpty();

        assertThat(one.audit(id)).filteredOn(l -> l.contains(" reminded "))
                .containsExactly(Sending.AUTOMATIC + " reminded tự động: 2 thư nhắc");
    }

    @Test
    void the_clerks_reminder_goes_to_those_coming_or_not_yet_answered_once_a_day() throws Exception {
        MailFixture f = server("jdbc:sqlite:" + folder.resolve("giaymoi.db").toAbsolutePath(), null, null);
        InvitationId id = f.issue(MailFixture.yaml(0).replace("2025-06-30", MEETING));
        MailFixture.done(f.sending.send(id, new Sender("văn thư")));
        deliver(f);
        StoredRecipient vnpt = MailFixture.done(f.sending.replies(id)).recipients().stream()
                .filter(r -> "vanphong@vnpt-hatinh.vn".equals(r.recipient().email())).findFirst().orElseThrow();
        MailFixture.done(f.sending.recordPhoneReply(id, vnpt.id(), new Reply.Delegated(new Reply.StandIn("Lê Văn An",
                "Phó Giám đốc", null, null)), new Sender("văn thư")));

        Sending.SendReport report = MailFixture.done(f.sending.remind(id, new Sender("Nguyễn Thị Văn Thư")));
        assertThat(report.queued()).isEqualTo(2);
        assertThat(MailFixture.done(f.sending.remind(id, new Sender("Nguyễn Thị Văn Thư"))).queued())
                .as("a second click the same day").isZero();
        List<MimeMessage> reminders = deliver(f);
        assertThat(reminders).extracting(ReminderTest::to)
                .containsExactlyInAnyOrder("dtthang@hatinh.gov.vn", "congbao@hatinh.gov.vn");
        assertThat(reminders).allSatisfy(m -> assertThat(m.getSubject()).startsWith("Nhắc lịch họp: "));

        f.clock.advance(Duration.ofDays(1));
        assertThat(MailFixture.done(f.sending.remind(id, new Sender("Nguyễn Thị Văn Thư"))).queued())
                .as("the next day, again").isEqualTo(2);
        assertThat(f.audit(id)).filteredOn(l -> l.contains(" reminded "))
                .containsExactly("Nguyễn Thị Văn Thư reminded 2 thư nhắc", "Nguyễn Thị Văn Thư reminded 0 thư nhắc",
                        "Nguyễn Thị Văn Thư reminded 2 thư nhắc");
    }

    @Test
    void the_schedule_is_read_from_the_environment_and_a_bad_value_says_what_to_write() {
        assertThat(ReminderWorker.schedule(Map.of())).isEqualTo(ReminderSchedule.STANDARD);
        assertThat(ReminderWorker.schedule(Map.of(ReminderWorker.DAYS_VARIABLE, "2", ReminderWorker.FROM_VARIABLE,
                "14:30"))).isEqualTo(new ReminderSchedule(2, LocalTime.of(14, 30)));
        assertThatThrownBy(() -> ReminderWorker.schedule(Map.of(ReminderWorker.DAYS_VARIABLE, "0")))
                .hasMessageContaining("GIAYMOI_REMIND_WORKING_DAYS='0'").hasMessageContaining("từ 1 đến 10");
        assertThatThrownBy(() -> ReminderWorker.schedule(Map.of(ReminderWorker.FROM_VARIABLE, "8h")))
                .hasMessageContaining("GIAYMOI_REMIND_FROM='8h'").hasMessageContaining("HH:mm");
    }

    /** {url, user, password} of a fresh database of {@code kind}. */
    private String[] target(String kind) throws Exception {
        if (kind.equals("sqlite")) {
            return new String[] {"jdbc:sqlite:" + folder.resolve("giaymoi.db").toAbsolutePath(), null, null};
        }
        String server = System.getenv("GIAYMOI_TEST_PG_URL");
        if (server == null || server.isBlank()) {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            Assumptions.assumeTrue("1".equals(System.getenv("GIAYMOI_SKIP_PG")) && !ci, "GIAYMOI_SKIP_PG");
            throw new AssertionError("GIAYMOI_TEST_PG_URL is not set: the reminder test needs PostgreSQL");
        }
        schema = "remind_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        admin("CREATE SCHEMA " + schema);
        return new String[] {server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema, user(), password()};
    }

    private static String user() {
        return System.getenv().getOrDefault("GIAYMOI_TEST_PG_USER", "giaymoi");
    }

    private static String password() {
        return System.getenv().getOrDefault("GIAYMOI_TEST_PG_PASSWORD", "giaymoi");
    }

    private static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getenv("GIAYMOI_TEST_PG_URL"), user(), password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
