package vn.giaymoi.format;

import java.util.List;
import java.util.Optional;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import vn.giaymoi.domain.meeting.Assignment;
import vn.giaymoi.domain.delegation.AuthorityLine;
import vn.giaymoi.domain.delegation.SigningAuthority;
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
import vn.giaymoi.domain.meeting.Fact;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.meeting.MeetingForm;
import vn.giaymoi.domain.meeting.PartOfDay;
import vn.giaymoi.domain.meeting.Programme;
import vn.giaymoi.domain.meeting.Requirement;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.meeting.Venue;
import vn.giaymoi.domain.recipient.Contact;
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
 * Ghi ra định dạng nhập (the domain -> input-format direction): the records a file, the store's JSON and the
 * web's views are written from. MapStruct generates it at compile time, and both policies are errors: a field of
 * a record of the input format that nothing fills, or a part of the domain that nothing writes, fails the build
 * (decision 36). The reading direction stays hand-written ({@link InvitationMapper}), since it collects every
 * problem with its path instead of stopping at the first.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, unmappedSourcePolicy = ReportingPolicy.ERROR)
abstract class InvitationWriter {
    static final InvitationWriter INSTANCE = new InvitationWriterImpl();

    @Mapping(target = "place", source = "dateLine.place")
    @Mapping(target = "date", source = "dateLine")
    @Mapping(target = "addressees", source = "addressees.entries")
    @Mapping(target = "distribution", source = "distribution.entries")
    @Mapping(target = "contacts", source = "distribution.contacts")
    @BeanMapping(ignoreUnmappedSourceProperties = {"party", "draft"})
    abstract InvitationDto invitation(Invitation invitation);

    abstract IssuerDto issuer(Issuer issuer);

    abstract OpeningDto opening(Opening opening);

    @Mapping(target = "authority", source = "lines")
    abstract SignatureDto signature(SigningAuthority signature);

    abstract ContactDto contact(Contact contact);

    /** A point: its marker, its wording, the facts it carries, one field each, and its sub-points. */
    @Mapping(target = "session", source = "point")
    @Mapping(target = "venue", source = "point")
    @Mapping(target = "group", source = "point")
    @Mapping(target = "invitee", source = "point")
    @Mapping(target = "agenda", source = "point")
    @Mapping(target = "task", source = "point")
    @Mapping(target = "programme", source = "point")
    @Mapping(target = "requirement", source = "point")
    @BeanMapping(ignoreUnmappedSourceProperties = {"fact"})
    abstract PointDto point(Point point);

    abstract PointDto.Session session(Session session);

    abstract PointDto.Venue venue(Venue venue);

    abstract PointDto.Group group(AttendeeGroup group);

    /** Whether the invitee is a named person follows from the name and the title. */
    @BeanMapping(ignoreUnmappedSourceProperties = {"namedPerson"})
    abstract PointDto.Invitee invitee(Invitee invitee);

    /** Whether the count was written with a leading zero follows from the text, not from the file. */
    @BeanMapping(ignoreUnmappedSourceProperties = {"padded"})
    abstract PointDto.Quota quota(Quantity quota);

    abstract PointDto.Agenda agenda(AgendaItem agenda);

    abstract PointDto.Task task(Assignment task);

    abstract PointDto.Programme programme(Programme programme);

    abstract PointDto.Slot slot(Programme.Slot slot);

    abstract PointDto.Requirement requirement(Requirement requirement);

    // ---- the facts of a point, one field each -------------------------------------------------------------

    PointDto.Session session(Point p) {
        return part(p, Session.class).map(this::session).orElse(null);
    }

    PointDto.Venue venue(Point p) {
        return part(p, Venue.class).map(this::venue).orElse(null);
    }

    PointDto.Group group(Point p) {
        return part(p, AttendeeGroup.class).map(this::group).orElse(null);
    }

    PointDto.Invitee invitee(Point p) {
        return part(p, Invitee.class).map(this::invitee).orElse(null);
    }

    PointDto.Agenda agenda(Point p) {
        return part(p, AgendaItem.class).map(this::agenda).orElse(null);
    }

    PointDto.Task task(Point p) {
        return part(p, Assignment.class).map(this::task).orElse(null);
    }

    PointDto.Programme programme(Point p) {
        return part(p, Programme.class).map(this::programme).orElse(null);
    }

    PointDto.Requirement requirement(Point p) {
        return part(p, Requirement.class).map(this::requirement).orElse(null);
    }

    private static <T extends Fact> Optional<T> part(Point p, Class<T> type) {
        return p.fact(type);
    }

    // ---- values written as the file writes them ---------------------------------------------------------

    DateDto date(DateLine d) {
        return DateDto.of(d.day(), d.month(), d.year());
    }

    /** An empty contact list is left out of the file, as files without contacts have none. */
    List<ContactDto> contacts(List<Contact> contacts) {
        return contacts.isEmpty() ? null : contacts.stream().map(this::contact).toList();
    }

    PointDto.Deadline deadline(Assignment.Deadline d) {
        return new PointDto.Deadline(d.time() == null ? d.date().toString() : d.date().atTime(d.time()).toString());
    }

    String markup(RichText text) {
        return text == null ? null : text.markup();
    }

    String number(DocumentNumber number) {
        return number.toString();
    }

    String authority(AuthorityLine line) {
        return line.toString();
    }

    /** The marker as written ({@code 1.}, {@code a)}), none for a paragraph. */
    String marker(Marker marker) {
        return marker == Marker.NONE ? null : marker.sample();
    }

    /** The State format is the default, so it is not written. */
    String format(DocumentFormat format) {
        return format == DocumentFormat.STATE ? null : format.code();
    }

    String code(InvitationKind v) {
        return v == null ? null : v.code();
    }

    String code(Urgency v) {
        return v == null ? null : v.code();
    }

    String code(Confidentiality v) {
        return v == null ? null : v.code();
    }

    String code(MeetingForm v) {
        return v == null ? null : v.code();
    }

    String code(AdministrativeLevel v) {
        return v == null ? null : v.code();
    }

    String code(PartOfDay v) {
        return v == null ? null : v.code();
    }

    String code(Requirement.Kind v) {
        return v == null ? null : v.code();
    }
}
