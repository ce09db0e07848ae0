package vn.giaymoi.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.giaymoi.domain.meeting.Assignment;
import vn.giaymoi.domain.delegation.AuthorityLine;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.invitation.BasisDocument;
import vn.giaymoi.domain.invitation.Confidentiality;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentFormat;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Opening;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.invitation.Urgency;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.meeting.AgendaItem;
import vn.giaymoi.domain.meeting.AttendeeGroup;
import vn.giaymoi.domain.meeting.CombinedFact;
import vn.giaymoi.domain.meeting.Fact;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.meeting.MeetingForm;
import vn.giaymoi.domain.meeting.PartOfDay;
import vn.giaymoi.domain.meeting.Programme;
import vn.giaymoi.domain.meeting.Requirement;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.meeting.Venue;
import vn.giaymoi.domain.message.InvalidValueException;
import vn.giaymoi.domain.recipient.Addressees;
import vn.giaymoi.domain.recipient.Contact;
import vn.giaymoi.domain.recipient.Distribution;
import vn.giaymoi.domain.text.Quantity;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.format.dto.ContactDto;
import vn.giaymoi.format.dto.DateDto;
import vn.giaymoi.format.dto.InvitationDto;
import vn.giaymoi.format.dto.IssuerDto;
import vn.giaymoi.format.dto.OpeningDto;
import vn.giaymoi.format.dto.PointDto;
import vn.giaymoi.format.dto.SignatureDto;

/**
 * Chuyển đổi tệp sang miền (input mapper): maps the input file's records to the domain and back. Every domain rejection is reported with the field path
 * it came from, and mapping goes on so that one read reports every problem of a file. Hand-written rather than
 * generated because each step must know its field path and collect, not throw.
 */
public final class InvitationMapper {
    /** A problem before locations are known. */
    record Located(String path, String message) {}

    private final List<Located> problems = new ArrayList<>();

    private InvitationMapper() {}

    /** Maps {@code dto}; the problems are empty when the result is non-null. */
    static Result toDomain(InvitationDto dto) {
        InvitationMapper m = new InvitationMapper();
        Invitation inv = m.invitation(dto);
        return new Result(m.problems.isEmpty() ? inv : null, List.copyOf(m.problems));
    }

    record Result(Invitation invitation, List<Located> problems) {}

    private Invitation invitation(InvitationDto d) {
        if (d == null) {
            problems.add(new Located("", "tệp rỗng; cần ít nhất kind, issuer, number, place, date, subject, signature"));
            return null;
        }
        InvitationKind kind = required(d.kind(), "kind", () -> InvitationKind.fromCode(d.kind()));
        Issuer issuer = required(d.issuer(), "issuer", () -> issuer(d.issuer()));
        DocumentNumber number = required(d.number(), "number", () -> DocumentNumber.parse(d.number()));
        DateLine dateLine = required(d.date(), "date", () -> dateLine(d.place(), d.date()));
        RichText subject = required(d.subject(), "subject", () -> RichText.of(d.subject()));
        Urgency urgency = d.urgency() == null ? null : at("urgency", () -> Urgency.fromCode(d.urgency()));
        Confidentiality secret = d.confidentiality() == null ? null
                : at("confidentiality", () -> Confidentiality.fromCode(d.confidentiality()));
        MeetingForm form = d.form() == null ? null : at("form", () -> MeetingForm.fromCode(d.form()));
        Addressees addressees = new Addressees(texts(d.addressees(), "addressees"));
        Opening opening = d.opening() == null ? null : opening(d.opening());
        List<Point> body = points(d.body(), "body");
        List<RichText> entries = texts(d.distribution(), "distribution");
        Distribution distribution = at("contacts", () -> new Distribution(entries, contacts(d.contacts(), "contacts")));
        SigningAuthority signature = required(d.signature(), "signature", () -> signature(d.signature()));
        DocumentFormat format = d.format() == null ? DocumentFormat.STATE
                : at("format", () -> DocumentFormat.fromCode(d.format()));
        List<String> footer = d.footer() == null ? List.of() : d.footer();
        if (!problems.isEmpty()) return null;
        return at("", () -> new Invitation(kind, issuer, number, dateLine, subject, urgency, secret, addressees,
                opening, body, form, distribution, signature, format, d.onBehalfOf(), footer));
    }

    private Issuer issuer(IssuerDto d) {
        AdministrativeLevel level = d.level() == null ? null
                : at("issuer.level", () -> AdministrativeLevel.fromCode(d.level()));
        return at("issuer.name", () -> new Issuer(d.parent(), d.name(), d.abbreviation(), level, d.province()));
    }

    private DateLine dateLine(String place, DateDto d) {
        if (place == null) {
            problems.add(new Located("place", "thiếu địa danh (place), ví dụ: place: Hà Tĩnh"));
            return null;
        }
        if (d.iso() != null) {
            LocalDate date = at("date", () -> LocalDate.parse(d.iso().strip()));
            return date == null ? null : DateLine.of(place, date);
        }
        if (d.year() == null) {
            problems.add(new Located("date.year", "thiếu năm ban hành (year)"));
            return null;
        }
        return at("date", () -> new DateLine(place, d.day(), d.month(), d.year()));
    }

    private Opening opening(OpeningDto d) {
        List<BasisDocument> basis = new ArrayList<>();
        List<OpeningDto.Basis> list = d.basis() == null ? List.of() : d.basis();
        for (int i = 0; i < list.size(); i++) {
            OpeningDto.Basis b = list.get(i);
            BasisDocument doc = at("opening.basis[" + i + "]", () -> new BasisDocument(b.type(), b.number(), b.date(), b.issuer()));
            if (doc != null) basis.add(doc);
        }
        return required(d.text(), "opening.text", () -> new Opening(RichText.of(d.text()), basis));
    }

    private List<Point> points(List<PointDto> list, String path) {
        List<Point> out = new ArrayList<>();
        if (list == null) return out;
        for (int i = 0; i < list.size(); i++) {
            String here = path + "[" + i + "]";
            PointDto p = list.get(i);
            if (p == null) {
                problems.add(new Located(here, "mục rỗng; cần ít nhất text"));
                continue;
            }
            Marker marker = at(here + ".marker", () -> Marker.fromSample(p.marker()));
            Fact fact = fact(p, here);
            List<Point> children = points(p.points(), here + ".points");
            Point point = at(here + (p.text() == null ? "" : ".text"),
                    () -> new Point(marker, RichText.ofNullable(p.text()), fact, children));
            if (point != null) out.add(point);
        }
        return out;
    }

    private Fact fact(PointDto p, String path) {
        List<Fact> facts = new ArrayList<>();
        if (p.session() != null) {
            PointDto.Session s = p.session();
            PartOfDay part = s.partOfDay() == null ? null
                    : at(path + ".session.partOfDay", () -> PartOfDay.fromCode(s.partOfDay()));
            add(facts, at(path + ".session", () -> new Session(s.date(), s.start(), s.end(), s.duration(),
                    s.arriveEarlyMinutes(), s.endDate(), part)));
        }
        if (p.venue() != null) {
            PointDto.Venue v = p.venue();
            AdministrativeLevel level = v.level() == null ? null : at(path + ".venue.level", () -> AdministrativeLevel.fromCode(v.level()));
            add(facts, at(path + ".venue", () -> new Venue(v.name(), level, v.link())));
        }
        if (p.group() != null) {
            add(facts, at(path + ".group.level", () -> new AttendeeGroup(AdministrativeLevel.fromCode(p.group().level()))));
        }
        if (p.invitee() != null) {
            PointDto.Invitee v = p.invitee();
            Quantity quota = v.quota() == null ? null
                    : at(path + ".invitee.quota", () -> new Quantity(v.quota().count(), v.quota().unit(), true));
            List<Contact> contacts = contacts(v.contacts(), path + ".invitee.contacts");
            add(facts, at(path + ".invitee", () -> new Invitee(v.name(), v.title(), v.units(), v.representative(),
                    v.chair(), v.separateInvitation(), v.note(), quota, contacts)));
        }
        if (p.agenda() != null) {
            add(facts, at(path + ".agenda", () -> new AgendaItem(p.agenda().topic(), p.agenda().presenter())));
        }
        if (p.task() != null) {
            PointDto.Task t = p.task();
            List<Assignment.Deadline> deadlines = new ArrayList<>();
            List<PointDto.Deadline> ds = t.deadlines() == null ? List.of() : t.deadlines();
            for (int i = 0; i < ds.size(); i++) {
                PointDto.Deadline dl = ds.get(i);
                add(deadlines, at(path + ".task.deadlines[" + i + "]", () -> deadline(dl.value())));
            }
            add(facts, at(path + ".task", () -> new Assignment(t.lead(), t.coordinating(), t.deliverable(), deadlines)));
        }
        if (p.programme() != null) {
            PointDto.Programme pr = p.programme();
            List<Programme.Slot> slots = new ArrayList<>();
            List<PointDto.Slot> raw = pr.slots() == null ? List.of() : pr.slots();
            for (int i = 0; i < raw.size(); i++) {
                PointDto.Slot sl = raw.get(i);
                add(slots, at(path + ".programme.slots[" + i + "]", () -> new Programme.Slot(sl.from(), sl.until(), sl.activity(), sl.by())));
            }
            if (slots.size() == raw.size()) add(facts, at(path + ".programme", () -> new Programme(pr.date(), slots)));
        }
        if (p.requirement() != null) {
            PointDto.Requirement r = p.requirement();
            Requirement.Kind kind = at(path + ".requirement.kind", () -> Requirement.Kind.fromCode(r.kind()));
            if (kind != null) add(facts, at(path + ".requirement", () -> new Requirement(kind, r.detail(), r.link())));
        }
        if (facts.size() > 1) return at(path, () -> new CombinedFact(facts));
        return facts.isEmpty() ? null : facts.get(0);
    }

    private static Assignment.Deadline deadline(String written) {
        String w = written == null ? "" : written.strip();
        try {
            if (w.contains("T")) {
                java.time.LocalDateTime at = java.time.LocalDateTime.parse(w);
                return new Assignment.Deadline(at.toLocalDate(), at.toLocalTime());
            }
            return Assignment.Deadline.on(LocalDate.parse(w));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(ImpossibleDates.explain(w).orElse("hạn '" + written + "' phải viết dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM, ví dụ 2025-06-30T10:00"));
        }
    }

    private SigningAuthority signature(SignatureDto d) {
        List<AuthorityLine> lines = new ArrayList<>();
        List<String> raw = d.authority() == null ? List.of() : d.authority();
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            add(lines, at("signature.authority[" + i + "]", () -> AuthorityLine.parse(line)));
        }
        return at("signature", () -> new SigningAuthority(lines, d.title(), d.signer()));
    }

    private List<RichText> texts(List<String> list, String path) {
        List<RichText> out = new ArrayList<>();
        if (list == null) return out;
        for (int i = 0; i < list.size(); i++) {
            String s = list.get(i);
            add(out, at(path + "[" + i + "]", () -> RichText.of(s)));
        }
        return out;
    }

    private <T> T required(Object raw, String path, Supplier<T> make) {
        return required(problems, raw, path, make);
    }

    private <T> T at(String path, Supplier<T> make) {
        return at(problems, path, make);
    }

    /** {@code make}'s value, or null after adding to {@code problems} that {@code raw} is missing or was refused. */
    static <T> T required(List<Located> problems, Object raw, String path, Supplier<T> make) {
        if (raw == null) {
            problems.add(new Located(path, "thiếu trường bắt buộc '" + path + "'"));
            return null;
        }
        return at(problems, path, make);
    }

    /** The contacts of a list, each checked where it is written ({@code contacts[2].email}). */
    private List<Contact> contacts(List<ContactDto> list, String path) {
        if (list == null) return List.of();
        List<Contact> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ContactDto c = list.get(i);
            add(out, at(path + "[" + i + "]", () -> new Contact(c.name(), c.email(), c.phone())));
        }
        return out;
    }

    /** {@code make}'s value, or null after adding the domain's refusal to {@code problems} at {@code path}. */
    static <T> T at(List<Located> problems, String path, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidValueException e) {
            problems.add(new Located(refined(path, e.field()), message(e)));
            return null;
        } catch (RuntimeException e) {
            problems.add(new Located(path, message(e)));
            return null;
        }
    }

    /**
     * The path made as precise as the refusal says: the domain refused {@code venue.link} while the venue at
     * {@code body[0].venue} was made, so the problem is at {@code body[0].venue.link}.
     */
    static String refined(String path, String field) {
        String last = path.replaceAll("\\[\\d+]$", "").replaceAll("^.*\\.", "");
        if (last.isEmpty() || !field.startsWith(last + ".") || path.endsWith("]")) return path;
        return path + field.substring(last.length());
    }

    private static String message(RuntimeException e) {
        if (e instanceof NullPointerException && e.getMessage() != null) return "thiếu " + e.getMessage();
        if (e instanceof java.time.format.DateTimeParseException p) {
            return ImpossibleDates.explain(p.getParsedString())
                    .orElse("ngày '" + p.getParsedString() + "' phải viết dạng YYYY-MM-DD, ví dụ 2026-05-12");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static <T> void add(List<T> list, T item) {
        if (item != null) list.add(item);
    }

    // ---- domain -> dto -------------------------------------------------------------------------------

    /** The input-file form of {@code inv}: reading it back gives an equal invitation ({@link InvitationWriter}). */
    public static InvitationDto toDto(Invitation inv) {
        return InvitationWriter.INSTANCE.invitation(inv);
    }
}
