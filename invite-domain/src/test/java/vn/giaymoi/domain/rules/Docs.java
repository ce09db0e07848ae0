package vn.giaymoi.domain.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import vn.giaymoi.domain.meeting.Assignment;
import vn.giaymoi.domain.delegation.AuthorityLine;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.invitation.BasisDocument;
import vn.giaymoi.domain.invitation.DocumentFormat;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Opening;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.meeting.Programme;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.meeting.Venue;
import vn.giaymoi.domain.recipient.Addressees;
import vn.giaymoi.domain.recipient.Distribution;
import vn.giaymoi.domain.text.RichText;

/** Small builders over the fixtures {@link Invitations#aGiayMoi()} (issued 05/5/2026, meeting Tuesday 12/5/2026 08:00). */
final class Docs {
    private Docs() {}

    static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
    static final CheckContext DRAFT = CheckContext.draft(TODAY);
    /** Issuing on the fixtures' issue date (an issue dated after today is refused). */
    static final CheckContext ISSUING = CheckContext.issuing(TODAY.plusDays(1));
    static final LocalDate MEETING = LocalDate.of(2026, 5, 12);

    static Invitation gm() {
        return Invitations.aGiayMoi();
    }

    static Invitation cv() {
        return Invitations.aCongVan();
    }

    static Point chair() {
        return Point.of(Marker.DASH, "Đồng chí {name}, {title} (chủ trì);", Invitee.person("Nguyễn Văn A", "Phó Chủ tịch UBND tỉnh").asChair());
    }

    static Point dash(String text, String... units) {
        return Point.of(Marker.DASH, text, Invitee.unit(units));
    }

    static Point participants(Point... items) {
        return Point.of(Marker.NUMBER, "Thành phần:", items);
    }

    static Point time(String wording, LocalDate day) {
        return Point.of(Marker.NUMBER, wording, Session.at(day, LocalTime.of(8, 0)));
    }

    static Point time(LocalDate day) {
        return time("Thời gian: {start}, {weekday}, ngày {date}.", day);
    }

    static Point place(Venue venue) {
        return Point.of(Marker.NUMBER, "Địa điểm: {name}.", venue);
    }

    static Point place() {
        return place(new Venue("Phòng họp số 1, trụ sở UBND tỉnh", null));
    }

    static Point closing() {
        return Point.paragraph("Rất mong các đồng chí đến dự đúng giờ./.");
    }

    static Point task(LocalDate... deadlines) {
        return Point.of(Marker.NUMBER, "{lead} chuẩn bị tài liệu, gửi trước {deadline}.",
                new Assignment("Sở Nội vụ", null, "tài liệu", Arrays.stream(deadlines).map(Assignment.Deadline::on).toList()));
    }

    /** The fixture's body: participants (chair; unit), time, place, closing. */
    static List<Point> standardBody() {
        return List.of(participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(), closing());
    }

    static Invitation body(Invitation inv, Point... points) {
        return inv.withBody(List.of(points));
    }

    static Invitation opening(Invitation inv, String text, BasisDocument... basis) {
        return new Invitation(inv.kind(), inv.issuer(), inv.number(), inv.dateLine(), inv.subject(), inv.urgency(),
                inv.confidentiality(), inv.addressees(), new Opening(RichText.of(text), List.of(basis)), inv.body(), inv.form(),
                inv.distribution(), inv.signature());
    }

    static Invitation signature(Invitation inv, String title, String signer, String... lines) {
        return Edits.signature(inv, new SigningAuthority(Arrays.stream(lines).map(AuthorityLine::parse).toList(), title, signer));
    }

    static Invitation issuer(Invitation inv, String name, AdministrativeLevel level, String province) {
        return Edits.issuer(inv, new Issuer(null, name, "UBND", level, province));
    }

    static Invitation distribution(Invitation inv, String... entries) {
        return inv.withDistribution(new Distribution(Arrays.stream(entries).map(RichText::of).toList()));
    }

    static Invitation addressees(Invitation inv, String... entries) {
        return inv.withAddressees(new Addressees(Arrays.stream(entries).map(RichText::of).toList()));
    }

    /** {@code inv} as another kind of document, in the State's or the Party's format. */
    static Invitation as(Invitation inv, InvitationKind kind, DocumentFormat format, String number) {
        return new Invitation(kind, inv.issuer(), DocumentNumber.parse(number), inv.dateLine(), inv.subject(),
                inv.urgency(), inv.confidentiality(), inv.addressees(), inv.opening(), inv.body(), inv.form(),
                inv.distribution(), inv.signature(), format, inv.onBehalfOf(), inv.footer());
    }

    /** A programme point: slots written {@code "07:30-08:00 Đón tiếp đại biểu"} or {@code "11:00 Bế mạc"}. */
    static Point programme(String... slots) {
        List<Programme.Slot> list = Arrays.stream(slots).map(s -> {
            String[] timeAndWhat = s.split(" ", 2);
            String[] times = timeAndWhat[0].split("-");
            return new Programme.Slot(LocalTime.parse(times[0]), times.length > 1 ? LocalTime.parse(times[1]) : null,
                    timeAndWhat[1], null);
        }).toList();
        return Point.of(Marker.NUMBER, "Chương trình:", new Programme(null, list));
    }

    /** The findings of {@code rule} alone. */
    static List<Finding> run(Rule rule, Invitation inv, CheckContext ctx) {
        return rule.check(inv, ctx);
    }

    static Rule rule(String id) {
        return StandardRules.all().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + id));
    }
}
