package vn.giaymoi.domain.invitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.giaymoi.domain.delegation.Assignment;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.meeting.AgendaItem;
import vn.giaymoi.domain.meeting.AttendeeGroup;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.meeting.MeetingForm;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.meeting.Venue;
import vn.giaymoi.domain.recipient.Addressees;
import vn.giaymoi.domain.recipient.Distribution;
import vn.giaymoi.domain.text.RichText;

/**
 * Giấy mời (meeting invitation): a Giấy mời (Mẫu 1.7) or a Công văn used in its place (Mẫu 1.5), every part in
 * the order and boxes of ND30 PL I §IV.
 *
 * <p>A draft may leave the number and the day or month blank; issuing needs both (ND30 Điều 15). The record
 * holds what the author wrote; whether it obeys the decree is the rule engine's verdict, not the constructor's.
 *
 * @param kind giấy mời or công văn
 * @param issuer ô 2
 * @param number ô 3
 * @param dateLine ô 4
 * @param subject trích yếu (ô 5a under {@code GIẤY MỜI}, or ô 5b {@code V/v …} of a công văn), as written
 * @param urgency ô 10b, or {@code null}
 * @param confidentiality ô 10a, or {@code null}
 * @param addressees Kính gửi (ô 9a); empty for a giấy mời
 * @param opening the opening paragraph, or {@code null}
 * @param body the numbered content (ô 6)
 * @param form the meeting's form, when known
 * @param distribution Nơi nhận (ô 9b)
 * @param signature ô 7
 */
public record Invitation(InvitationKind kind, Issuer issuer, DocumentNumber number, DateLine dateLine,
        RichText subject, Urgency urgency, Confidentiality confidentiality, Addressees addressees, Opening opening,
        List<Point> body, MeetingForm form, Distribution distribution, SigningAuthority signature) {
    public Invitation {
        Objects.requireNonNull(kind, "loại văn bản (kind)");
        Objects.requireNonNull(issuer, "cơ quan ban hành (issuer)");
        Objects.requireNonNull(number, "số, ký hiệu (number)");
        Objects.requireNonNull(dateLine, "địa danh, ngày tháng (place/date)");
        Objects.requireNonNull(subject, "trích yếu (subject)");
        addressees = addressees == null ? Addressees.none() : addressees;
        body = body == null ? List.of() : List.copyOf(body);
        distribution = distribution == null ? new Distribution(List.of()) : distribution;
        Objects.requireNonNull(signature, "khối chữ ký (signature)");
    }

    /** True while the number or the date is blank. */
    public boolean isDraft() {
        return number.isDraft() || dateLine.isDraft();
    }

    /** The content, numbered. */
    public Outline outline() {
        return Outline.of(body, "body");
    }

    /** The typed facts of the meeting, gathered from the content in reading order. */
    public Meeting meeting() {
        List<Session> sessions = new ArrayList<>();
        List<Venue> venues = new ArrayList<>();
        List<Meeting.Seat> seats = new ArrayList<>();
        List<AgendaItem> agenda = new ArrayList<>();
        List<Meeting.Located<Assignment>> tasks = new ArrayList<>();
        gather(outline().entries(), null, sessions, venues, seats, agenda, tasks);
        return new Meeting(sessions, venues, form, seats, agenda, tasks);
    }

    private static void gather(List<Outline.Entry> entries, AdministrativeLevel level, List<Session> sessions,
            List<Venue> venues, List<Meeting.Seat> seats, List<AgendaItem> agenda,
            List<Meeting.Located<Assignment>> tasks) {
        for (Outline.Entry e : entries) {
            Object fact = e.point().fact();
            AdministrativeLevel here = level;
            if (fact instanceof Session s) sessions.add(s);
            else if (fact instanceof Venue v) venues.add(v);
            else if (fact instanceof Invitee i) seats.add(new Meeting.Seat(i, level, e.path()));
            else if (fact instanceof AgendaItem a) agenda.add(a);
            else if (fact instanceof Assignment a) tasks.add(new Meeting.Located<>(a, e.path()));
            else if (fact instanceof AttendeeGroup g) here = g.level();
            gather(e.children(), here, sessions, venues, seats, agenda, tasks);
        }
    }

    /** A copy with another number (as when the register assigns one). */
    public Invitation withNumber(DocumentNumber newNumber) {
        return new Invitation(kind, issuer, newNumber, dateLine, subject, urgency, confidentiality, addressees,
                opening, body, form, distribution, signature);
    }

    /** A copy with another place and date line. */
    public Invitation withDateLine(DateLine newDateLine) {
        return new Invitation(kind, issuer, number, newDateLine, subject, urgency, confidentiality, addressees,
                opening, body, form, distribution, signature);
    }

    /** A copy with another subject. */
    public Invitation withSubject(RichText newSubject) {
        return new Invitation(kind, issuer, number, dateLine, newSubject, urgency, confidentiality, addressees,
                opening, body, form, distribution, signature);
    }

    /** A copy with another Nơi nhận. */
    public Invitation withDistribution(Distribution newDistribution) {
        return new Invitation(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees,
                opening, body, form, newDistribution, signature);
    }

    /** A copy with another Kính gửi. */
    public Invitation withAddressees(Addressees newAddressees) {
        return new Invitation(kind, issuer, number, dateLine, subject, urgency, confidentiality, newAddressees,
                opening, body, form, distribution, signature);
    }

    /** A copy with another content. */
    public Invitation withBody(List<Point> newBody) {
        return new Invitation(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees,
                opening, newBody, form, distribution, signature);
    }
}
