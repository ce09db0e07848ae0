package vn.giaymoi.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.SendingStore.StoredRecipient;
import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.domain.lifecycle.FollowUpKind;
import vn.giaymoi.domain.sending.Delivery;
import vn.giaymoi.domain.sending.Reply;
import vn.giaymoi.store.jdbc.Database;

/** Sending against a real SMTP server in the test JVM: each recipient's message read back part by part. */
class SendingMailTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path folder;
    MailFixture f;

    @BeforeEach
    void open() {
        f = new MailFixture(Database.openEmbedded(folder));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<MimeMessage> deliver() {
        try (DeliveryWorker w = f.worker(SMTP.getSmtp().getPort(), "w1")) {
            while (w.runOnce() > 0) {
                // until the outbox is empty
            }
        }
        return List.of(SMTP.getReceivedMessages());
    }

    private static Map<String, List<MimeMessage>> byRecipient(List<MimeMessage> messages) {
        return messages.stream().collect(Collectors.groupingBy(m -> {
            try {
                return m.getAllRecipients()[0].toString().replaceAll(".*<|>.*", "");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }));
    }

    @Test
    void each_recipient_gets_one_message_with_the_pdf_a_meeting_request_and_their_own_link() throws Exception {
        InvitationId id = f.issue(MailFixture.yaml(0));
        Sending.SendReport report = MailFixture.done(f.sending.send(id, new Sender("văn thư")));
        assertThat(report.recipients()).isEqualTo(4);
        assertThat(report.queued()).isEqualTo(3);
        assertThat(report.withoutEmail()).containsExactly("Viettel Hà Tĩnh");

        List<MimeMessage> messages = deliver();
        Map<String, List<MimeMessage>> each = byRecipient(messages);
        assertThat(each.keySet()).containsExactlyInAnyOrder("dtthang@hatinh.gov.vn", "vanphong@vnpt-hatinh.vn",
                "congbao@hatinh.gov.vn");
        assertThat(each.values()).allSatisfy(list -> assertThat(list).hasSize(1));
        java.util.Set<String> links = new java.util.HashSet<>();
        for (MimeMessage m : messages) {
            String to = m.getAllRecipients()[0].toString();
            assertThat(m.getMessageID()).matches("<invitation\\." + id + "\\.[0-9a-f-]{36}@giaymoi>");
            assertThat(m.getSubject()).startsWith("Giấy mời số 01/GM-UBND");
            String calendarType = MailFixture.part(m, "text/calendar").getContentType();
            assertThat(calendarType).contains("method=REQUEST");
            Calendar ics = MailFixture.calendar(m);
            assertThat(ics.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
            assertThat(ics.getComponent("VTIMEZONE")).isPresent();
            VEvent event = (VEvent) ics.getComponent("VEVENT").orElseThrow();
            assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
            assertThat(event.getProperty("ORGANIZER").orElseThrow().getValue()).isEqualTo("mailto:vanthu@hatinh.gov.vn");
            List<Attendee> attendees = event.getProperties("ATTENDEE");
            assertThat(attendees).hasSize(1);
            assertThat(to).contains(attendees.get(0).getValue().replace("mailto:", ""));
            assertThat(attendees.get(0).getParameter("RSVP").orElseThrow().getValue()).isEqualTo("TRUE");
            try (InputStream in = MailFixture.part(m, "application/pdf").getInputStream();
                    PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertThat(text).contains("GIẤY MỜI").contains("01/GM-UBND");
            }
            String body = (String) MailFixture.part(m, "text/plain").getContent();
            String link = Arrays.stream(body.split("\r?\n")).filter(l -> l.startsWith("http://127.0.0.1:8080/tra-loi/"))
                    .findFirst().orElseThrow();
            links.add(link);
        }
        assertThat(links).as("each recipient has their own link").hasSize(3);
        assertThat(f.audit(id)).anyMatch(a -> a.startsWith("văn thư sent invitation: 3 thư mới"))
                .as("each delivery in the invitation's audit log")
                .filteredOn(a -> a.startsWith("hệ thống gửi thư delivered ")).hasSize(3);

        // sending again queues nothing: the Message-IDs are already in the outbox
        assertThat(MailFixture.done(f.sending.send(id, new Sender("văn thư"))).queued()).isZero();
        Sending.Replies replies = MailFixture.done(f.sending.replies(id));
        assertThat(replies.totals()).containsEntry("recipients", 4L).containsEntry("sent", 3L)
                .containsEntry("noEmail", 1L).containsEntry("unanswered", 4L);
    }

    @Test
    void a_draft_is_not_sent() throws Exception {
        var inv = new vn.giaymoi.format.InvitationFormat().read(MailFixture.yaml(0), vn.giaymoi.format.Syntax.YAML, "x")
                .fold(i -> i, p -> null);
        InvitationId draft = MailFixture.done(f.invitations.create(inv)).id();
        assertThat(f.sending.send(draft, new Sender("văn thư"))).isInstanceOf(Outcome.Conflict.class);
    }

    @Test
    void without_a_mail_server_messages_wait_and_leave_once_one_is_set() throws Exception {
        InvitationId id = f.issue(MailFixture.yaml(0));
        MailFixture.done(f.sending.send(id, new Sender("văn thư")));
        DeliveryWorker none = new DeliveryWorker(f.db.sending(), java.util.Optional::empty,
                vn.giaymoi.domain.sending.RetryPolicy.STANDARD, f.clock, "w0");
        assertThat(none.runOnce()).isZero();
        assertThat(MailFixture.done(f.sending.replies(id)).recipients()).extracting(StoredRecipient::delivery)
                .filteredOn(d -> d != null).allMatch(d -> d instanceof Delivery.Queued);
        assertThat(deliver()).hasSize(3);
    }

    @Test
    void an_unreachable_server_is_retried_later_and_the_reason_shown() throws Exception {
        InvitationId id = f.issue(MailFixture.yaml(0));
        MailFixture.done(f.sending.send(id, new Sender("văn thư")));
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (DeliveryWorker w = f.worker(closedPort, "w1")) {
            assertThat(w.runOnce()).isEqualTo(3);
            assertThat(w.runOnce()).as("not due again before the back-off").isZero();
        }
        assertThat(MailFixture.done(f.sending.replies(id)).recipients()).extracting(StoredRecipient::delivery)
                .filteredOn(d -> d != null)
                .allSatisfy(d -> assertThat(((Delivery.Queued) d).lastError()).contains("không kết nối được"));
        f.clock.advance(Duration.ofSeconds(31));
        assertThat(deliver()).hasSize(3);
    }

    @Test
    void a_change_reaches_everyone_with_the_same_uid_and_a_higher_sequence_and_a_cancellation_cancels() throws Exception {
        InvitationId first = f.issue(MailFixture.yaml(0));
        MailFixture.done(f.sending.send(first, new Sender("văn thư")));
        List<MimeMessage> original = deliver();
        String uid = ((VEvent) MailFixture.calendar(original.get(0)).getComponent("VEVENT").orElseThrow())
                .getProperty("UID").orElseThrow().getValue();

        // a change: new time, and VNPT is no longer invited
        InvitationId change = MailFixture.done(f.invitations.followUp(first, FollowUpKind.CHANGE)).id();
        var stored = MailFixture.done(f.invitations.find(change));
        String yaml = new vn.giaymoi.format.InvitationFormat().write(stored.invitation(), vn.giaymoi.format.Syntax.YAML)
                .replace("start: \"15:00\"", "start: \"16:30\"")
                .replaceAll("(?s)\\n\\s*- name: VNPT Hà Tĩnh\\n\\s*email: vanphong@vnpt-hatinh.vn", "");
        var changed = new vn.giaymoi.format.InvitationFormat().read(yaml, vn.giaymoi.format.Syntax.YAML, "x")
                .fold(i -> i, p -> {
                    throw new AssertionError(p.toString());
                });
        MailFixture.done(f.invitations.saveDraft(change, OptionalInt.empty(), changed));
        f.issue(change);
        Sending.SendReport update = MailFixture.done(f.sending.send(change, new Sender("văn thư")));
        assertThat(update.purpose()).isEqualTo("update");
        SMTP.reset();
        Map<String, List<MimeMessage>> each = byRecipient(deliver());
        assertThat(each.keySet()).containsExactlyInAnyOrder("dtthang@hatinh.gov.vn", "vanphong@vnpt-hatinh.vn",
                "congbao@hatinh.gov.vn");
        for (var e : each.entrySet()) {
            assertThat(e.getValue()).hasSize(1);
            MimeMessage m = e.getValue().get(0);
            Calendar ics = MailFixture.calendar(m);
            VEvent event = (VEvent) ics.getComponent("VEVENT").orElseThrow();
            assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo(uid);
            assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
            boolean removed = e.getKey().equals("vanphong@vnpt-hatinh.vn");
            assertThat(ics.getProperty("METHOD").orElseThrow().getValue()).isEqualTo(removed ? "CANCEL" : "REQUEST");
            String body = (String) MailFixture.part(m, "text/plain").getContent();
            assertThat(body).contains(removed ? "không còn trong thành phần mời" : "thời gian từ 15 giờ 00, ngày 30/06/2025"
                    + " sang 16 giờ 30, ngày 30/06/2025");
        }

        // a cancellation of the changed meeting: METHOD:CANCEL to everyone still invited
        InvitationId cancel = MailFixture.done(f.invitations.followUp(change, FollowUpKind.CANCELLATION)).id();
        var draft = MailFixture.done(f.invitations.find(cancel)).invitation();
        String cy = new vn.giaymoi.format.InvitationFormat().write(draft, vn.giaymoi.format.Syntax.YAML)
                .replace("vì ….", "vì lãnh đạo tỉnh bận công tác đột xuất.");
        MailFixture.done(f.invitations.saveDraft(cancel, OptionalInt.empty(), new vn.giaymoi.format.InvitationFormat()
                .read(cy, vn.giaymoi.format.Syntax.YAML, "x").fold(i -> i, p -> {
                    throw new AssertionError(p.toString());
                })));
        f.issue(cancel);
        assertThat(MailFixture.done(f.sending.send(cancel, new Sender("văn thư"))).purpose()).isEqualTo("cancel");
        SMTP.reset();
        Map<String, List<MimeMessage>> cancelled = byRecipient(deliver());
        assertThat(cancelled.keySet()).containsExactlyInAnyOrder("dtthang@hatinh.gov.vn", "congbao@hatinh.gov.vn");
        for (List<MimeMessage> list : cancelled.values()) {
            Calendar ics = MailFixture.calendar(list.get(0));
            assertThat(ics.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
            VEvent event = (VEvent) ics.getComponent("VEVENT").orElseThrow();
            assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo(uid);
            assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
            assertThat(MailFixture.part(list.get(0), "text/calendar").getContentType()).contains("method=CANCEL");
        }
    }

    @Test
    void replies_through_the_link_a_stand_in_gets_their_own_copy_and_the_clerk_records_a_phone_answer() throws Exception {
        InvitationId id = f.issue(MailFixture.yaml(0));
        Sending.SendReport report = MailFixture.done(f.sending.send(id, new Sender("văn thư")));
        Map<String, List<MimeMessage>> each = byRecipient(deliver());
        String body = (String) MailFixture.part(each.get("vanphong@vnpt-hatinh.vn").get(0), "text/plain").getContent();
        String link = Arrays.stream(body.split("\r?\n")).filter(l -> l.contains("/tra-loi/")).findFirst().orElseThrow();
        String[] parts = link.split("/");
        UUID meeting = UUID.fromString(parts[4]);
        String token = parts[5];
        assertThat(meeting).isEqualTo(report.meeting());
        assertThat(f.sending.check(meeting, token)).as(link).isInstanceOf(ReplyTokens.Checked.Valid.class);

        MailFixture.done(f.sending.reply(meeting, token, new Reply.Delegated(
                new Reply.StandIn("Lê Văn Bình", "Phó Giám đốc", "0912 345 678", "binh@vnpt-hatinh.vn"))));
        SMTP.reset();
        List<MimeMessage> standIn = deliver();
        assertThat(standIn).hasSize(1);
        assertThat(standIn.get(0).getAllRecipients()[0].toString()).contains("binh@vnpt-hatinh.vn");
        assertThat((String) MailFixture.part(standIn.get(0), "text/plain").getContent()).contains("/tra-loi/" + meeting + "/");

        // a tampered token, another meeting's, and an expired one
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(f.sending.check(meeting, tampered)).isInstanceOf(ReplyTokens.Checked.Refused.class)
                .extracting(c -> ((ReplyTokens.Checked.Refused) c).id()).isEqualTo("REPLY-TAMPERED");
        assertThat(((ReplyTokens.Checked.Refused) f.sending.check(UUID.randomUUID(), token)).id())
                .isEqualTo("REPLY-OTHER-INVITATION");

        StoredRecipient viettel = MailFixture.done(f.sending.replies(id)).recipients().stream()
                .filter(r -> r.recipient().name().equals("Viettel Hà Tĩnh")).findFirst().orElseThrow();
        MailFixture.done(f.sending.recordPhoneReply(id, viettel.id(), new Reply.Declined("trùng lịch họp của Tập đoàn"),
                new Sender("Nguyễn Thị Văn Thư")));
        Sending.Replies replies = MailFixture.done(f.sending.replies(id));
        assertThat(replies.totals()).containsEntry("recipients", 5L).containsEntry("delegated", 1L)
                .containsEntry("declined", 1L).containsEntry("unanswered", 3L);
        assertThat(f.audit(id)).anyMatch(a -> a.equals("Nguyễn Thị Văn Thư replied Viettel Hà Tĩnh: declined (qua điện thoại)"))
                .anyMatch(a -> a.startsWith("recipient:") && a.contains(" replied VNPT Hà Tĩnh: delegated (qua đường dẫn)"))
                .anyMatch(a -> a.startsWith("recipient:") && a.contains(" stand_in VNPT Hà Tĩnh cử "));

        f.clock.advance(Duration.ofDays(3)); // the meeting (30/6 15:00) is over
        assertThat(((ReplyTokens.Checked.Refused) f.sending.check(meeting, token)).id()).isEqualTo("REPLY-EXPIRED");
        assertThat(f.sending.reply(meeting, token, new Reply.Attending())).isInstanceOf(Outcome.Forbidden.class);
    }
}
