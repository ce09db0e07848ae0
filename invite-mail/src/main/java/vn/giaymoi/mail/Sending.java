package vn.giaymoi.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.AuditAction;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.SendingStore;
import vn.giaymoi.application.port.out.SendingStore.OutgoingMail;
import vn.giaymoi.application.port.out.SendingStore.StoredRecipient;
import vn.giaymoi.application.port.out.Status;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.service.CalendarView;
import vn.giaymoi.application.service.InvitationService;
import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Meeting;
import vn.giaymoi.domain.lifecycle.CalendarEntry;
import vn.giaymoi.domain.lifecycle.FollowUpKind;
import vn.giaymoi.domain.lifecycle.Rejection;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.meeting.Venue;
import vn.giaymoi.domain.sending.Recipient;
import vn.giaymoi.domain.sending.Recipients;
import vn.giaymoi.domain.sending.ReminderSchedule;
import vn.giaymoi.domain.sending.Reply;
import vn.giaymoi.render.InvitationRenderer;
import vn.giaymoi.render.ics.IcsRenderer;

/**
 * Gửi giấy mời và nhận trả lời (the sending use cases): queue each recipient's copy of an issued invitation (or of
 * its postponement, change or cancellation), record replies through links and by phone, and sum them up. Messages
 * only enter the outbox here; {@link DeliveryWorker} takes them to the mail server. Each event (sent, replied, stand-in,
 * reminded) is a line of the invitation's audit log, written in the transaction that records it.
 */
public final class Sending {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH 'giờ' mm, 'ngày' dd/MM/yyyy");
    private static final Logger LOG = LoggerFactory.getLogger(Sending.class);
    /** Who sends automatic reminders, in the audit log. */
    static final String AUTOMATIC = "hệ thống nhắc lịch";

    private final InvitationService invitations;
    private final SendingStore store;
    private final IssuedPdf pdf;
    private final IcsRenderer calendars;
    private final Clock clock;
    private final String baseUrl;
    private final String from;
    private volatile ReplyTokens tokens;

    /**
     * @param baseUrl where recipients open reply links: {@code https://giaymoi.hatinh.gov.vn}
     * @param from the sender address written in each message
     */
    public Sending(InvitationService invitations, SendingStore store, InvitationRenderer renderer, Clock clock,
            String baseUrl, String from) {
        this(invitations, store, IssuedPdf.drawn(renderer), clock, baseUrl, from);
    }

    /** @param pdf the PDF each message carries: the signed copy where the organisation signs at issue time */
    public Sending(InvitationService invitations, SendingStore store, IssuedPdf pdf, Clock clock, String baseUrl,
            String from) {
        this.invitations = Objects.requireNonNull(invitations, "invitations");
        this.store = Objects.requireNonNull(store, "store");
        this.pdf = Objects.requireNonNull(pdf, "pdf");
        this.calendars = new IcsRenderer(clock);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.from = Objects.requireNonNull(from, "from");
    }

    /** Kết quả gửi: recipients counted, messages newly queued, recipients without an address (to call). */
    public record SendReport(UUID meeting, String purpose, int recipients, int queued, List<String> withoutEmail) {}

    /** Tổng hợp trả lời (the replies of one meeting). */
    public record Replies(UUID meeting, List<StoredRecipient> recipients, Map<String, Long> totals) {}

    // ------------------------------------------------------------------ sending

    /**
     * Queues every recipient's copy of the issued invitation {@code id}: the invitation itself, or — for an issued
     * postponement or change — the update (same UID, next SEQUENCE) to everyone the meeting was sent to, with a
     * cancellation for those it no longer names; for an issued cancellation, METHOD:CANCEL to all. Sending twice
     * queues nothing new (each message's Message-ID is fixed by invitation, recipient and purpose).
     */
    public Outcome<SendReport> send(InvitationId id, Sender sender) {
        Optional<StoredInvitation> found = invitations.find(id) instanceof Outcome.Done<StoredInvitation> d
                ? Optional.of(d.value()) : Optional.empty();
        if (found.isEmpty()) return new Outcome.NotFound<>(id);
        StoredInvitation s = found.get();
        if (s.status() != Status.ISSUED) {
            return new Outcome.Conflict<>(Outcome.Conflict.Kind.STATE, new Rejection("SEND-NOT-ISSUED",
                    "Chỉ gửi được giấy mời đã ban hành (đã có số và ngày); văn bản này chưa ban hành.",
                    "Only an issued invitation can be sent."), s.version());
        }
        CalendarView view = ((Outcome.Done<CalendarView>) invitations.calendar(id)).value();
        if (view.invitation().meeting().sessions().isEmpty()) {
            return new Outcome.Rejected<>("Giấy mời chưa có thời gian họp nên không gửi được lịch họp; thêm ngày và giờ"
                    + " vào mục Thời gian.", "The invitation states no session time.", List.of());
        }
        UUID meeting = UUID.fromString(view.entry().uidSeed());
        boolean cancel = view.entry().standing() == CalendarEntry.Standing.CANCELLED;
        FollowUpKind follow = s.follows() == null ? null : s.follows().kind();
        String purpose = cancel ? "cancel" : follow != null && follow.movesTheCalendar() ? "update" : "invitation";
        List<StoredRecipient> known = store.recipients(meeting);
        Map<String, StoredRecipient> byKey = known.stream()
                .collect(Collectors.toMap(r -> r.recipient().key(), Function.identity(), (a, b) -> a));
        List<Recipient> named = cancel ? known.stream().filter(r -> !r.removed()).map(StoredRecipient::recipient).toList()
                : withStandIns(Recipients.of(s.invitation()), known);
        String change = follow == null || cancel ? null : whatChanged(s);
        Outcome<byte[]> attached = this.pdf.of(s);
        if (!(attached instanceof Outcome.Done<byte[]> signedOrDrawn)) return attached.map(x -> null);
        byte[] pdf = signedOrDrawn.value();
        String pdfName = fileName(s.invitation());
        List<SendingStore.Queued> items = new ArrayList<>();
        List<String> withoutEmail = new ArrayList<>();
        for (Recipient r : named) {
            StoredRecipient row = stored(byKey.get(r.key()), meeting, r, false);
            items.add(new SendingStore.Queued(row, letter(s, view, row, cancel ? "cancel" : purpose, change, pdf, pdfName)));
            if (!r.reachable()) withoutEmail.add(r.display());
        }
        if ("update".equals(purpose)) {
            CalendarView cancelled = new CalendarView(view.invitation(), new CalendarEntry(view.entry().uidSeed(),
                    view.entry().sequence(), CalendarEntry.Standing.CANCELLED));
            List<Recipient> before = known.stream().filter(r -> !r.removed()).map(StoredRecipient::recipient).toList();
            for (Recipient r : Recipients.removed(before, named)) {
                StoredRecipient row = stored(byKey.get(r.key()), meeting, r, true);
                items.add(new SendingStore.Queued(row, letter(s, cancelled, row, "cancel",
                        "Quý vị không còn trong thành phần mời của cuộc họp này.", pdf, pdfName)));
            }
        }
        int queued = store.inOneTransaction(() -> {
            int n = store.queue(items, clock.instant());
            store.audit(id, sender.name(), AuditAction.SENT, purpose + ": " + n + " thư mới, " + named.size()
                    + " người nhận", clock.instant());
            return n;
        });
        return new Outcome.Done<>(new SendReport(meeting, purpose, named.size(), queued, withoutEmail));
    }

    /** Stand-ins already named in replies keep getting updates: they are the ones coming. */
    private static List<Recipient> withStandIns(List<Recipient> named, List<StoredRecipient> known) {
        List<Recipient> all = new ArrayList<>(named);
        known.stream().filter(k -> k.recipient().origin() == Recipient.Origin.STAND_IN && !k.removed())
                .map(StoredRecipient::recipient)
                .filter(r -> all.stream().noneMatch(a -> a.key().equals(r.key())))
                .forEach(all::add);
        return all;
    }

    private static StoredRecipient stored(StoredRecipient known, UUID meeting, Recipient r, boolean removed) {
        if (known == null) return new StoredRecipient(UUID.randomUUID(), meeting, r, null, removed, null, null, null, null);
        return new StoredRecipient(known.id(), meeting, r, known.delegatedBy(), removed, known.reply(), known.repliedAt(),
                known.repliedVia(), known.delivery());
    }

    private OutgoingMail letter(StoredInvitation s, CalendarView view, StoredRecipient row, String purpose, String change,
            byte[] pdf, String pdfName) {
        return letter(s, view, row, purpose, purpose + "." + s.id(), change, pdf, pdfName);
    }

    /** The Message-ID of {@code recipient}'s message: the same key and recipient make the same message. */
    private static String messageId(String key, UUID recipient) {
        return key + "." + recipient + "@giaymoi";
    }

    /** {@code key} starts the Message-ID ({@link #messageId}): the outbox holds one message per key and recipient. */
    private OutgoingMail letter(StoredInvitation s, CalendarView view, StoredRecipient row, String purpose, String key,
            String change, byte[] pdf, String pdfName) {
        Recipient r = row.recipient();
        if (!r.reachable()) return null;
        Invitation inv = s.invitation();
        String office = inv.onBehalfOf() != null ? inv.onBehalfOf() : inv.issuer().fullName().replace('\n', ' ');
        String link = replyLink(s.id(), row.id(), UUID.fromString(view.entry().uidSeed()), view.invitation());
        String ics = calendars.request(view.invitation(), view.entry(),
                new IcsRenderer.Addressing(from, office, r.email(), r.display()));
        boolean cancel = view.entry().standing() == CalendarEntry.Standing.CANCELLED;
        String messageId = messageId(key, row.id());
        String subject = switch (purpose) {
            case "cancel" -> "Hủy cuộc họp: " + view.invitation().subject().plain();
            case "update" -> "Thay đổi cuộc họp: " + inv.subject().plain();
            case "reminder" -> "Nhắc lịch họp: " + inv.subject().plain();
            default -> inv.kind().label() + " số " + inv.number() + ": " + inv.subject().plain();
        };
        byte[] content = new MessageComposer().compose(new MessageComposer.Letter(messageId, from, office, r.email(),
                r.display(), subject, body(inv, view.invitation(), r, purpose, change, cancel ? null : link),
                ics, cancel ? "CANCEL" : "REQUEST", pdf, pdfName, clock.instant()));
        return new OutgoingMail(UUID.randomUUID(), row.id(), s.id(), purpose, messageId, from, r.email(), content);
    }

    private String body(Invitation document, Invitation meetingContent, Recipient r, String purpose, String change,
            String link) {
        StringBuilder b = new StringBuilder();
        b.append("Kính gửi: ").append(r.display()).append("\n\n");
        String cited = document.kind().label() + " số " + document.number() + " ngày "
                + document.dateLine().date().map(d -> d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))).orElse("")
                + " của " + document.issuer().fullName().replace('\n', ' ');
        switch (purpose) {
            case "cancel" -> b.append("Cuộc họp về việc ").append(meetingContent.subject().plain())
                    .append(" sẽ không tổ chức (").append(cited).append(", gửi kèm).\n");
            case "update" -> b.append("Cuộc họp về việc ").append(meetingContent.subject().plain())
                    .append(" có thay đổi theo ").append(cited).append(" (gửi kèm).\n");
            case "reminder" -> b.append("Xin nhắc lịch họp theo ").append(cited).append(".\n");
            default -> b.append("Trân trọng gửi ").append(cited).append(" về việc ")
                    .append(document.subject().plain()).append(" (gửi kèm).\n");
        }
        if (change != null) b.append("\nNội dung thay đổi: ").append(change).append("\n");
        if (!"cancel".equals(purpose)) {
            Meeting m = meetingContent.meeting();
            m.firstSession().ifPresent(x -> b.append("\nThời gian: ").append(when(x)).append("\n"));
            m.venueOf(0, meetingContent.issuer().level()).ifPresent(v -> b.append("Địa điểm: ").append(v.name()).append("\n"));
        }
        if (link != null) {
            b.append("\nTrả lời (Tham dự / Không tham dự / Cử người dự thay), không cần đăng nhập:\n").append(link)
                    .append("\nĐường dẫn này dành riêng cho Quý vị và dùng được đến khi cuộc họp kết thúc.\n");
        }
        b.append("\nLịch họp (tệp iCalendar) kèm trong thư: bấm Chấp nhận/Từ chối trong phần mềm thư để thêm vào lịch.\n");
        return b.toString();
    }

    /** What a postponement or change moved: time and place, before and after. */
    private String whatChanged(StoredInvitation s) {
        Optional<StoredInvitation> before = invitations.find(s.follows().id()) instanceof Outcome.Done<StoredInvitation> d
                ? Optional.of(d.value()) : Optional.empty();
        if (before.isEmpty()) return null;
        List<String> parts = new ArrayList<>();
        Meeting a = before.get().invitation().meeting();
        Meeting b = s.invitation().meeting();
        String t0 = a.firstSession().map(Sending::when).orElse("");
        String t1 = b.firstSession().map(Sending::when).orElse("");
        if (!t0.equals(t1)) parts.add("thời gian từ " + t0 + " sang " + t1);
        String v0 = a.venueOf(0, before.get().invitation().issuer().level()).map(Venue::name).orElse("");
        String v1 = b.venueOf(0, s.invitation().issuer().level()).map(Venue::name).orElse("");
        if (!v0.equals(v1)) parts.add("địa điểm từ " + v0 + " sang " + v1);
        return parts.isEmpty() ? s.follows().kind().vietnamese() + " " + s.follows().number() : String.join("; ", parts);
    }

    private static String when(Session s) {
        String day = "ngày " + s.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        if (s.hasClockTime()) return s.startsAt().format(WHEN);
        return s.partOfDay() != null ? "buổi " + s.partOfDay().label() + " " + day : day; // whole days name no part
    }

    private static String fileName(Invitation inv) {
        return (inv.kind().label() + " " + inv.number()).replaceAll("[/\\\\:*?\"<>|]", "-") + ".pdf";
    }

    // ------------------------------------------------------------------ replies

    /** The link of {@code recipient}'s reply page; valid until the meeting ends. */
    String replyLink(InvitationId invitation, UUID recipient, UUID meeting, Invitation content) {
        return baseUrl + "/tra-loi/" + meeting + "/" + tokens().sign(recipient, meeting, meetingEnd(content));
    }

    /** When the last session ends (a session without clock time: the end of its last day), Vietnam time. */
    static Instant meetingEnd(Invitation content) {
        LocalDateTime end = content.meeting().sessions().stream()
                .map(s -> s.hasClockTime() ? s.endsAt() : s.lastDate().plusDays(1).atStartOfDay())
                .max(LocalDateTime::compareTo).orElseThrow();
        return end.atZone(IcsRenderer.ZONE).toInstant();
    }

    /** Whose link {@code token} is, for the meeting {@code meeting}, or why it is refused. */
    public ReplyTokens.Checked check(UUID meeting, String token) {
        ReplyTokens.Checked checked = tokens().check(token, meeting, clock.instant());
        if (checked instanceof ReplyTokens.Checked.Valid v && store.recipient(v.recipient()).isEmpty()) {
            return new ReplyTokens.Checked.Refused("REPLY-TAMPERED", "Không tìm thấy người nhận của đường dẫn này.");
        }
        return checked;
    }

    /** The recipient of a checked link. */
    public Optional<StoredRecipient> recipient(UUID id) {
        return store.recipient(id);
    }

    /**
     * Records the answer given through a link; a stand-in with an address is added to the meeting and sent their
     * own copy and link.
     */
    public Outcome<StoredRecipient> reply(UUID meeting, String token, Reply reply) {
        ReplyTokens.Checked checked = check(meeting, token);
        if (checked instanceof ReplyTokens.Checked.Refused r) {
            return new Outcome.Forbidden<>(r.message(), r.id());
        }
        UUID recipient = ((ReplyTokens.Checked.Valid) checked).recipient();
        return record(meeting, recipient, reply, "link", "recipient:" + recipient);
    }

    /** Ghi trả lời qua điện thoại: the clerk records what a recipient said on the phone. */
    public Outcome<StoredRecipient> recordPhoneReply(InvitationId invitation, UUID recipient, Reply reply, Sender clerk) {
        Optional<UUID> meeting = meetingOf(invitation);
        if (meeting.isEmpty()) return new Outcome.NotFound<>(invitation);
        Optional<StoredRecipient> r = store.recipient(recipient);
        if (r.isEmpty() || !r.get().meeting().equals(meeting.get())) return new Outcome.NotFound<>(invitation);
        return record(meeting.get(), recipient, reply, clerk.name(), clerk.name());
    }

    /** The reply and its line of the first invitation's audit log, in one transaction; then a stand-in's copy. */
    private Outcome<StoredRecipient> record(UUID meeting, UUID recipient, Reply reply, String via, String actor) {
        InvitationId first = new InvitationId(meeting);
        StoredRecipient who = store.inOneTransaction(() -> {
            store.reply(recipient, reply, via, clock.instant());
            StoredRecipient r = store.recipient(recipient).orElseThrow();
            store.audit(first, actor, AuditAction.REPLIED, r.recipient().display() + ": " + reply.wire()
                    + ("link".equals(via) ? " (qua đường dẫn)" : " (qua điện thoại)"), clock.instant());
            return r;
        });
        if (reply instanceof Reply.Delegated d) {
            Recipient standIn = d.standIn().asRecipient(who.recipient().unit() != null ? who.recipient().unit()
                    : who.recipient().name());
            sendStandIn(meeting, who, standIn, actor);
        }
        return new Outcome.Done<>(who);
    }

    /** The stand-in's own copy, of the latest issued invitation of the meeting that the recipient was sent. */
    private void sendStandIn(UUID meeting, StoredRecipient by, Recipient standIn, String actor) {
        List<StoredRecipient> known = store.recipients(meeting);
        StoredRecipient existing = known.stream().filter(k -> k.recipient().key().equals(standIn.key())).findFirst()
                .orElse(null);
        StoredRecipient row = existing != null ? stored(existing, meeting, standIn, false)
                : new StoredRecipient(UUID.randomUUID(), meeting, standIn, by.id(), false, null, null, null, null);
        InvitationId latest = latestIssued(new InvitationId(meeting));
        StoredInvitation s = ((Outcome.Done<StoredInvitation>) invitations.find(latest)).value();
        CalendarView view = ((Outcome.Done<CalendarView>) invitations.calendar(latest)).value();
        // a copy that cannot be attached (not signed yet) leaves the stand-in with the calendar and the link
        byte[] pdf = this.pdf.of(s) instanceof Outcome.Done<byte[]> done ? done.value() : null;
        List<SendingStore.Queued> items = List.of(new SendingStore.Queued(row, letter(s, view, row, "stand-in", null, pdf,
                fileName(s.invitation()))));
        store.inOneTransaction(() -> {
            int queued = store.queue(items, clock.instant());
            store.audit(new InvitationId(meeting), actor, AuditAction.STAND_IN, by.recipient().display() + " cử "
                    + standIn.display() + (queued > 0 ? "; đã gửi bản riêng" : ""), clock.instant());
            return queued;
        });
    }

    /** The last issued invitation of the chain that starts at {@code first} (the one whose copy is current). */
    private InvitationId latestIssued(InvitationId first) {
        InvitationId at = first;
        for (int i = 0; i < 32; i++) {
            StoredInvitation s = ((Outcome.Done<StoredInvitation>) invitations.find(at)).value();
            if (s.supersededBy() == null || s.supersededBy().kind() == FollowUpKind.CORRECTION) return at;
            at = s.supersededBy().id();
        }
        return at;
    }

    /** Each recipient's delivery and answer, with totals. */
    public Outcome<Replies> replies(InvitationId invitation) {
        Optional<UUID> meeting = meetingOf(invitation);
        if (meeting.isEmpty()) return new Outcome.NotFound<>(invitation);
        List<StoredRecipient> all = store.recipients(meeting.get());
        Map<String, Long> totals = new java.util.LinkedHashMap<>();
        List<StoredRecipient> current = all.stream().filter(r -> !r.removed()).toList();
        totals.put("recipients", (long) current.size());
        for (String state : List.of("queued", "sent", "failed")) {
            totals.put(state, current.stream().filter(r -> r.delivery() != null && r.delivery().wire().equals(state)).count());
        }
        totals.put("noEmail", current.stream().filter(r -> !r.recipient().reachable()).count());
        for (String answer : List.of("attending", "declined", "delegated")) {
            totals.put(answer, current.stream().filter(r -> r.reply() != null && r.reply().wire().equals(answer)).count());
        }
        totals.put("unanswered", current.stream().filter(r -> r.reply() == null).count());
        return new Outcome.Done<>(new Replies(meeting.get(), all, totals));
    }

    /**
     * Nhắc lịch: a reminder to those who accepted or have not answered (not to those who declined or sent someone).
     */
    public Outcome<SendReport> remind(InvitationId invitation, Sender clerk) {
        Optional<UUID> meeting = meetingOf(invitation);
        if (meeting.isEmpty()) return new Outcome.NotFound<>(invitation);
        InvitationId latest = latestIssued(new InvitationId(meeting.get()));
        StoredInvitation s = ((Outcome.Done<StoredInvitation>) invitations.find(latest)).value();
        CalendarView view = ((Outcome.Done<CalendarView>) invitations.calendar(latest)).value();
        if (view.entry().standing() != CalendarEntry.Standing.CONFIRMED) {
            return new Outcome.Conflict<>(Outcome.Conflict.Kind.STATE, new Rejection("SEND-REMIND-STATE",
                    "Cuộc họp đã hủy hoặc chưa ban hành nên không nhắc lịch.", "The meeting is not confirmed."), s.version());
        }
        Outcome<byte[]> attached = this.pdf.of(s);
        if (!(attached instanceof Outcome.Done<byte[]> signedOrDrawn)) return attached.map(x -> null);
        byte[] pdf = signedOrDrawn.value();
        List<SendingStore.Queued> items = new ArrayList<>();
        List<StoredRecipient> due = remindable(meeting.get());
        String day = clock.instant().atZone(IcsRenderer.ZONE).toLocalDate().toString();
        for (StoredRecipient r : due) {
            // one reminder per recipient per day: a second click the same day queues nothing
            items.add(new SendingStore.Queued(r, letter(s, view, r, "reminder", "reminder-" + day + "." + s.id(), null,
                    pdf, fileName(s.invitation()))));
        }
        int queued = store.inOneTransaction(() -> {
            int n = store.queue(items, clock.instant());
            store.audit(invitation, clerk.name(), AuditAction.REMINDED, n + " thư nhắc", clock.instant());
            return n;
        });
        return new Outcome.Done<>(new SendReport(meeting.get(), "reminder", due.size(), queued, List.of()));
    }

    /** Who of the meeting's recipients a reminder goes to ({@link ReminderSchedule#reminds}), with an address. */
    private List<StoredRecipient> remindable(UUID meeting) {
        return store.recipients(meeting).stream().filter(r -> !r.removed() && r.recipient().reachable())
                .filter(r -> ReminderSchedule.reminds(r.reply())).toList();
    }

    /**
     * Nhắc lịch tự động: queues the reminder of every sent meeting whose reminder {@code schedule} says is due now, to
     * each recipient it has not reached yet. Each recipient gets one automatic reminder per meeting, ever: its
     * Message-ID is fixed by the meeting and the recipient, and the outbox holds a Message-ID once, so running this
     * again, after a restart or on two servers at once, queues nothing more. A follow-up that moves the meeting
     * speaks for it (the reminder cites the latest document); a cancelled meeting is not reminded.
     *
     * @return the messages newly queued
     */
    public int remindDue(ReminderSchedule schedule) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), IcsRenderer.ZONE);
        LocalDate today = now.toLocalDate();
        int queued = 0;
        InvitationQuery coming = InvitationQuery.all().withStatus(Status.ISSUED)
                .withMeeting(today, today.plusDays(schedule.reachDays()));
        for (StoredInvitation s : invitations.search(coming)) {
            if (s.supersededBy() != null && s.supersededBy().kind() != FollowUpKind.CORRECTION) continue;
            if (s.follows() != null && s.follows().kind() == FollowUpKind.CORRECTION) continue; // no meeting of its own
            CalendarView view = ((Outcome.Done<CalendarView>) invitations.calendar(s.id())).value();
            Optional<Session> first = view.invitation().meeting().firstSession();
            if (view.entry().standing() != CalendarEntry.Standing.CONFIRMED || first.isEmpty()) continue;
            LocalDateTime start = first.get().hasClockTime() ? first.get().startsAt() : first.get().date().atStartOfDay();
            LocalDate issued = s.invitation().dateLine().date().orElse(today);
            if (!schedule.due(issued, start, now)) continue;
            try {
                queued += remindAutomatically(s, view);
            } catch (RuntimeException e) {
                // another server queued the same reminders at the same moment: they are in the outbox once
                LOG.warn("nhắc lịch tự động giấy mời {}: {}", s.id(), e.getMessage());
            }
        }
        return queued;
    }

    private int remindAutomatically(StoredInvitation s, CalendarView view) {
        UUID meeting = UUID.fromString(view.entry().uidSeed());
        String key = "auto-reminder." + meeting;
        List<StoredRecipient> due = remindable(meeting).stream()
                .filter(r -> !store.hasMessage(messageId(key, r.id()))).toList();
        if (due.isEmpty()) return 0;
        // an issued copy still waiting for its signature is reminded on a later round, once signed
        if (!(this.pdf.of(s) instanceof Outcome.Done<byte[]> attached)) return 0;
        byte[] pdf = attached.value();
        List<SendingStore.Queued> items = due.stream().map(r -> new SendingStore.Queued(r, letter(s, view, r,
                "reminder", key, null, pdf, fileName(s.invitation())))).toList();
        return store.inOneTransaction(() -> {
            int n = store.queue(items, clock.instant());
            if (n > 0) store.audit(s.id(), AUTOMATIC, AuditAction.REMINDED, "tự động: " + n + " thư nhắc", clock.instant());
            return n;
        });
    }

    /** The trích yếu of the invitation (for titles of lists); empty when there is none. */
    public String subject(InvitationId invitation) {
        return invitations.find(invitation) instanceof Outcome.Done<StoredInvitation> d
                ? d.value().invitation().subject().plain() : "";
    }

    private Optional<UUID> meetingOf(InvitationId invitation) {
        Outcome<CalendarView> view = invitations.calendar(invitation);
        if (!(view instanceof Outcome.Done<CalendarView> d)) return Optional.empty();
        return Optional.of(UUID.fromString(d.value().entry().uidSeed()));
    }

    private ReplyTokens tokens() {
        ReplyTokens t = tokens;
        if (t == null) {
            t = new ReplyTokens(store.replySecret());
            tokens = t;
        }
        return t;
    }
}
