package vn.giaymoi.render.ics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.lifecycle.CalendarEntry;
import vn.giaymoi.domain.invitation.Meeting;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.meeting.Programme;
import vn.giaymoi.domain.meeting.Requirement;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.meeting.Venue;

/**
 * Lịch iCalendar (iCalendar rendering, RFC 5545): one VEVENT per meeting session, in Vietnam's time zone, each at
 * its own venue (with the online link as URL), a session over several days as one span, a session with only a part
 * of the day as a whole-day entry; the issuer (or the body it invites for) as organizer, the chair as
 * {@code ROLE=CHAIR} and the named invitees as participants. Offices seldom publish e-mail addresses in an invitation,
 * so people are addressed by stable {@code urn:uuid:} URIs with their names in {@code CN}. The UID of an event
 * depends only on issuer, ký hiệu, trích yếu and session date, so the draft and the numbered document update the
 * same calendar entry. Thread-safe.
 */
public final class IcsRenderer {
    /** Giờ Việt Nam. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PRODUCT = "-//giaymoi//Giay moi ND30//VI";
    private static final String UID_DOMAIN = "@giaymoi.vn";
    private static final java.time.format.DateTimeFormatter DMY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Clock clock;

    public IcsRenderer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The calendar of {@code invitation}.
     *
     * @throws IllegalArgumentException when the content states no session time (nothing to put in a calendar)
     */
    public String render(Invitation invitation) {
        return render(invitation, null);
    }

    /**
     * Thư mời họp (a meeting request, RFC 5546 iTIP) addressed to one recipient: organizer and attendee by their
     * mail addresses, the attendee asked to answer ({@code RSVP=TRUE}).
     *
     * @param organizerEmail the address replies go to (the office that sends)
     * @param organizerName the organizer's name ({@code CN})
     * @param attendeeEmail the recipient's address
     * @param attendeeName the recipient's name ({@code CN})
     */
    public record Addressing(String organizerEmail, String organizerName, String attendeeEmail, String attendeeName) {
        public Addressing {
            Objects.requireNonNull(organizerEmail, "organizerEmail");
            Objects.requireNonNull(organizerName, "organizerName");
            Objects.requireNonNull(attendeeEmail, "attendeeEmail");
            Objects.requireNonNull(attendeeName, "attendeeName");
        }
    }

    /**
     * The meeting request of {@code invitation} for one recipient: {@code METHOD:REQUEST} (the same UID with the
     * entry's SEQUENCE, so a postponement or change updates the event already in the recipient's calendar), or
     * {@code METHOD:CANCEL} when the entry is cancelled. Only the recipient is an ATTENDEE: each copy is personal.
     */
    public String request(Invitation invitation, CalendarEntry entry, Addressing to) {
        return calendar(invitation, Objects.requireNonNull(entry, "entry"), Objects.requireNonNull(to, "to"));
    }

    /**
     * The calendar of {@code invitation} as it stands in its lifecycle: {@code entry} gives the UID seed, the
     * SEQUENCE and the STATUS (a cancelled entry is published with METHOD:CANCEL). Without an entry the UID comes
     * from the content and the status from whether it has a number and a date.
     */
    public String render(Invitation invitation, CalendarEntry entry) {
        return calendar(invitation, entry, null);
    }

    private String calendar(Invitation invitation, CalendarEntry entry, Addressing to) {
        Meeting meeting = invitation.meeting();
        if (meeting.sessions().isEmpty()) {
            throw new IllegalArgumentException("giấy mời chưa có thời gian họp (mục có 'session'), nên không dựng được"
                    + " lịch iCalendar; thêm ngày và giờ bắt đầu vào mục Thời gian");
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        boolean cancelled = entry != null && entry.standing() == CalendarEntry.Standing.CANCELLED;
        calendar.add(cancelled ? ImmutableMethod.CANCEL : to != null ? ImmutableMethod.REQUEST : ImmutableMethod.PUBLISH);
        calendar.add(timeZone());
        DtStamp stamp = new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (int i = 0; i < meeting.sessions().size(); i++) {
            Session session = meeting.sessions().get(i);
            int nth = perDay.merge(session.date(), 1, Integer::sum) - 1;
            String uid = entry == null ? uid(invitation, session.date(), nth) : uid(entry, i);
            calendar.add(event(invitation, meeting, i, uid, entry, stamp, to));
        }
        StringWriter out = new StringWriter(4096);
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return refold(out.toString());
    }

    /**
     * Folds content lines at 75 octets (RFC 5545 §3.1). ical4j folds at 75 characters, and Vietnamese letters take
     * two or three octets in UTF-8; a fold never splits a character.
     */
    static String refold(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 40);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 0;
                    limit = 74; // the leading space of a continuation line counts
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static VTimeZone timeZone() {
        return TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ZONE.getId()).getVTimeZone();
    }

    private static VEvent event(Invitation inv, Meeting meeting, int index, String uid, CalendarEntry entry,
            DtStamp stamp, Addressing to) {
        Session session = meeting.sessions().get(index);
        VEvent event = new VEvent(false);
        event.add(new Uid(uid));
        if (entry != null) event.add(new Sequence(entry.sequence()));
        event.add(new DtStamp(stamp.getDate()));
        if (session.hasClockTime()) {
            // a session over several days runs from its first start to its last day's end
            event.add(new DtStart<>(session.startsAt().atZone(ZONE)));
            event.add(new DtEnd<>(session.endsAt().atZone(ZONE)));
        } else {
            // "sáng 06/9": no clock time to invent, so a whole-day entry (DTEND is exclusive, RFC 5545 §3.6.1)
            event.add(new DtStart<>(session.date()));
            event.add(new DtEnd<>(session.lastDate().plusDays(1)));
        }
        String summary = summary(inv);
        if (!session.hasClockTime() && session.partOfDay() != null) summary += " (buổi " + session.partOfDay().label() + ")";
        event.add(new Summary(text(summary)));
        Optional<Venue> venue = meeting.venueOf(index, inv.issuer().level());
        venue.ifPresent(v -> event.add(new Location(text(v.name()))));
        venue.map(Venue::link).flatMap(IcsRenderer::uri).ifPresent(link -> event.add(new Url(link)));
        event.add(new Description(text(description(inv, meeting, session))));
        event.add(status(inv, entry));
        // an invitation issued for another body is that body's meeting
        String issuer = inv.onBehalfOf() != null ? inv.onBehalfOf() : inv.issuer().fullName();
        if (to != null) {
            event.add(new Organizer(mailto(to.organizerEmail())).add(new Cn(parameter(to.organizerName()))));
            Attendee attendee = new Attendee(mailto(to.attendeeEmail())).add(Role.REQ_PARTICIPANT)
                    .add(new Cn(parameter(to.attendeeName())));
            // a cancellation asks for no answer (RFC 5546 §3.2.5)
            if (entry.standing() != CalendarEntry.Standing.CANCELLED) attendee.add(PartStat.NEEDS_ACTION).add(Rsvp.TRUE);
            event.add(attendee);
            return event;
        }
        event.add(new Organizer(urn("issuer", issuer)).add(new Cn(parameter(issuer))));
        meeting.chair().ifPresent(chair -> event.add(attendee(chair, Role.CHAIR)));
        for (Meeting.Seat seat : meeting.invitees()) {
            Invitee invitee = seat.invitee();
            if (invitee.isNamedPerson() && !invitee.chair()) event.add(attendee(invitee, Role.REQ_PARTICIPANT));
        }
        return event;
    }

    private static Status status(Invitation inv, CalendarEntry entry) {
        if (entry == null) return inv.isDraft() ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED;
        return switch (entry.standing()) {
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    /** A venue's link as a URI, or nothing when it is not one (a link typed with a space must not break the file). */
    private static Optional<URI> uri(String link) {
        try {
            return Optional.of(new URI(link.strip()));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The session's UID in a chain of follow-ups: by its place among the sessions, so a new date keeps it. */
    static String uid(CalendarEntry entry, int sessionIndex) {
        String key = "giaymoi:" + entry.uidSeed() + (sessionIndex == 0 ? "" : "#" + sessionIndex);
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + UID_DOMAIN;
    }

    /** Deterministic: the same draft renders the same UID every time, and keeps it once numbered. */
    static String uid(Invitation inv, LocalDate date, int nth) {
        String key = String.join("\n", inv.issuer().fullName(), inv.number().symbol(), inv.subject().plain(),
                date.toString()) + (nth == 0 ? "" : "\n#" + nth);
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + UID_DOMAIN;
    }

    private static String summary(Invitation inv) {
        String s = inv.subject().plain().strip();
        if (s.regionMatches(true, 0, "V/v ", 0, 4)) {
            s = s.substring(4).strip();
            if (!s.isEmpty()) s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }

    private static String description(Invitation inv, Meeting meeting, Session session) {
        List<String> lines = new ArrayList<>();
        lines.add(inv.kind().label() + " " + inv.number() + (inv.isDraft() ? " (dự thảo)" : "") + " của "
                + inv.issuer().fullName());
        lines.add(inv.subject().plain());
        if (meeting.form() != null) lines.add("Hình thức: " + meeting.form().label() + ".");
        meeting.chair().ifPresent(c -> lines.add("Chủ trì: " + display(c) + "."));
        if (inv.onBehalfOf() != null) lines.add("Mời thay cho: " + inv.onBehalfOf() + ".");
        for (Venue v : meeting.venues()) {
            lines.add((v.level() == null ? "Địa điểm: " + v.name() : "Điểm cầu cấp " + v.level().label() + ": " + v.name())
                    + (v.link() == null ? "" : " (" + v.link() + ")"));
        }
        if (session.endDate() != null) {
            lines.add("Từ ngày " + session.date().format(DMY) + " đến ngày " + session.endDate().format(DMY) + ".");
        }
        if (session.duration() != null) lines.add("Thời lượng: " + session.duration() + ".");
        if (session.arriveEarlyMinutes() != null) {
            lines.add("Đề nghị đại biểu có mặt trước " + session.arriveEarlyMinutes() + " phút.");
        }
        if (!meeting.agenda().isEmpty()) {
            lines.add("Nội dung:");
            meeting.agenda().forEach(a -> lines.add("- " + a.topic()
                    + (a.presenter() == null ? "" : " (" + a.presenter() + ")")));
        }
        for (Meeting.Located<Programme> p : meeting.programmes()) {
            lines.add("Chương trình" + (p.value().date() == null ? "" : " ngày " + p.value().date().format(DMY)) + ":");
            p.value().slots().forEach(s -> lines.add("- " + s.printedTime() + ": " + s.activity()
                    + (s.by() == null ? "" : " (" + s.by() + ")")));
        }
        for (Requirement r : meeting.requirements()) {
            lines.add(r.kind().label() + ": " + r.detail() + (r.link() == null ? "" : " (" + r.link() + ")"));
        }
        return String.join("\n", lines);
    }

    private static Attendee attendee(Invitee invitee, Role role) {
        String name = display(invitee);
        return new Attendee(urn("attendee", name))
                .add(role)
                .add(invitee.isNamedPerson() ? CuType.INDIVIDUAL : CuType.GROUP)
                .add(new Cn(parameter(name)));
    }

    /**
     * A TEXT value as ical4j may escape it (RFC 5545 §3.3.11): every line break becomes one LF, which ical4j writes as
     * {@code \n}; a bare CR would otherwise end the content line and start a property of the attacker's choosing.
     * Other control characters are dropped: a calendar cannot show them.
     */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < value.length() && value.charAt(i + 1) == '\n') i++;
            } else if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A parameter value ({@code CN=…}): it may hold no line break at all and no {@code "} (RFC 5545 §3.2), so breaks
     * become spaces and double quotes single ones; ical4j then quotes a value with {@code , ; :}.
     */
    static String parameter(String value) {
        return text(value).replace('\n', ' ').replace('\t', ' ').replace('"', '\'');
    }

    /** How the invitation names the invitee: {@code Dương Tất Thắng, Phó Chủ tịch UBND tỉnh}. */
    static String display(Invitee i) {
        if (i.name() != null) return i.title() == null ? i.name() : i.name() + ", " + i.title();
        String units = String.join(", ", i.units());
        if (i.title() != null) return units.isEmpty() ? i.title() : i.title() + " " + units;
        return i.representative() ? "Đại diện lãnh đạo " + units : units;
    }

    private static URI mailto(String address) {
        return URI.create("mailto:" + address.strip());
    }

    private static URI urn(String kind, String name) {
        return URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(("giaymoi:" + kind + ":" + name)
                .getBytes(StandardCharsets.UTF_8)));
    }
}
