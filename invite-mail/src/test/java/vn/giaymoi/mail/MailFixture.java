package vn.giaymoi.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.service.InvitationService;
import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.domain.sending.RetryPolicy;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.render.InvitationRenderer;
import vn.giaymoi.store.jdbc.Database;

/** A store, an issued invitation with contacts, the sending service and a worker pointed at a test SMTP server. */
final class MailFixture implements AutoCloseable {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    final MutableClock clock = new MutableClock(Instant.parse("2025-06-29T01:00:00Z"));
    final Database db;
    final InvitationService invitations;
    final Sending sending;

    MailFixture(Database db) {
        this.db = db;
        this.invitations = new InvitationService(db.invitations(), RuleEngine.standard(), clock);
        this.sending = new Sending(invitations, db.sending(), new InvitationRenderer(clock), clock,
                "http://127.0.0.1:8080", "vanthu@hatinh.gov.vn");
    }

    /** The invitation's audit log as {@code actor action detail} lines, oldest first. */
    List<String> audit(InvitationId id) {
        return db.accounts().audit(OrganisationId.FIRST, id).stream()
                .map(e -> e.actor() + " " + e.action().wire() + " " + e.detail()).toList();
    }

    /** seed-001 with contacts, plus {@code extra} more units with addresses (for the benchmark). */
    static String yaml(int extra) throws Exception {
        String yaml = Files.readString(Path.of("src/test/resources/seed-001-contacts.yaml"), StandardCharsets.UTF_8);
        if (extra == 0) return yaml;
        // one invitee point per hundred units: a list holds at most 200 entries
        StringBuilder points = new StringBuilder();
        for (int from = 1; from <= extra; from += 100) {
            StringBuilder units = new StringBuilder();
            StringBuilder contacts = new StringBuilder();
            for (int i = from; i < from + 100 && i <= extra; i++) {
                units.append(i == from ? "" : ", ").append("Đơn vị ").append(i);
                contacts.append("            - {name: Đơn vị ").append(i).append(", email: dv").append(i)
                        .append("@test.gov.vn}\n");
            }
            points.append("      - marker: \"-\"\n        text: \"Đại diện lãnh đạo {units};\"\n        invitee:\n"
                    + "          representative: true\n          units: [").append(units).append("]\n          contacts:\n")
                    .append(contacts);
        }
        String anchor = "      - marker: \"-\"\n        text: >-\n          Đại diện lãnh đạo {units} thuộc Văn phòng UBND tỉnh.";
        assertThat(yaml).contains(anchor);
        return yaml.replace(anchor, points + anchor);
    }

    /** Saves, submits, approves and issues {@code yaml}; the id of the issued invitation. */
    InvitationId issue(String yaml) {
        Invitation inv = new InvitationFormat().read(yaml, Syntax.YAML, "x.yaml").fold(i -> i, p -> {
            throw new AssertionError(p.toString());
        });
        InvitationId id = done(invitations.create(inv)).id();
        return issue(id);
    }

    InvitationId issue(InvitationId id) {
        done(invitations.submit(id, OptionalInt.empty()));
        done(invitations.approve(id, OptionalInt.empty()));
        done(invitations.issue(id, OptionalInt.empty(), Optional.of(LocalDate.now(clock))));
        return id;
    }

    static <T> T done(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<T>) outcome).value();
    }

    DeliveryWorker worker(int smtpPort, String name) {
        SmtpSettings smtp = SmtpSettings.from("smtp+plain://127.0.0.1:" + smtpPort, Map.of("GIAYMOI_MAIL_FROM",
                "vanthu@hatinh.gov.vn")).orElseThrow();
        return new DeliveryWorker(db.sending(), () -> Optional.of(new SmtpTransport(smtp)), RetryPolicy.STANDARD, clock, name);
    }

    /** The part of {@code message} whose type starts with {@code type}, found at any depth. */
    static BodyPart part(MimeMessage message, String type) throws Exception {
        return find((Multipart) message.getContent(), type);
    }

    private static BodyPart find(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart p = multipart.getBodyPart(i);
            if (p.getContentType().toLowerCase().startsWith(type)) return p;
            if (p.getContent() instanceof Multipart inner) {
                BodyPart found = find(inner, type);
                if (found != null) return found;
            }
        }
        return null;
    }

    static Calendar calendar(MimeMessage message) throws Exception {
        try (InputStream in = part(message, "text/calendar").getInputStream()) {
            return new CalendarBuilder().build(new ByteArrayInputStream(in.readAllBytes()));
        }
    }

    @Override
    public void close() {
        db.close();
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(java.time.Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return VN;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
