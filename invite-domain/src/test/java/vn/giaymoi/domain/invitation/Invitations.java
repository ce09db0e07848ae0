package vn.giaymoi.domain.invitation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.giaymoi.domain.delegation.AuthorityLine;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.meeting.MeetingForm;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.meeting.Venue;
import vn.giaymoi.domain.recipient.Addressees;
import vn.giaymoi.domain.recipient.Distribution;
import vn.giaymoi.domain.text.RichText;

/** Test fixtures (shipped in the domain test-jar): well-formed invitations that pass every rule. */
public final class Invitations {
    private Invitations() {}

    /** A correct giấy mời issued 05/5/2026 for a meeting on Tuesday 12/5/2026 at 08:00. */
    public static Invitation aGiayMoi() {
        return new Invitation(
                InvitationKind.GIAY_MOI,
                new Issuer(null, "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH", "UBND", AdministrativeLevel.PROVINCE, "Hà Tĩnh"),
                new DocumentNumber("05", "GM-UBND"),
                DateLine.of("Hà Tĩnh", LocalDate.of(2026, 5, 5)),
                RichText.of("Dự họp triển khai công tác chuyển đổi số"),
                null, null, Addressees.none(),
                new Opening(RichText.of("Ủy ban nhân dân tỉnh trân trọng kính mời:"), List.of()),
                List.of(
                        Point.of(Marker.NUMBER, "Thành phần:",
                                Point.of(Marker.DASH, "Đồng chí {name}, {title} (chủ trì);",
                                        Invitee.person("Nguyễn Văn A", "Phó Chủ tịch UBND tỉnh").asChair()),
                                Point.of(Marker.DASH, "Đại diện lãnh đạo {units}.", Invitee.unit("Sở Nội vụ"))),
                        Point.of(Marker.NUMBER, "Thời gian: {start}, {weekday}, ngày {date}.",
                                Session.at(LocalDate.of(2026, 5, 12), LocalTime.of(8, 0))),
                        Point.of(Marker.NUMBER, "Địa điểm: {name}.", new Venue("Phòng họp số 1, trụ sở UBND tỉnh", null)),
                        Point.paragraph("Rất mong các đồng chí đến dự đúng giờ./.")),
                MeetingForm.IN_PERSON,
                new Distribution(List.of(RichText.of("Như thành phần mời;"), RichText.of("Lưu: VT, TH."))),
                new SigningAuthority(List.of(AuthorityLine.parse("KT. CHỦ TỊCH")), "PHÓ CHỦ TỊCH", "Nguyễn Văn A"));
    }

    /** A correct công văn in place of a giấy mời. */
    public static Invitation aCongVan() {
        Invitation g = aGiayMoi();
        return new Invitation(InvitationKind.CONG_VAN, g.issuer(), new DocumentNumber("125", "UBND-VX"), g.dateLine(),
                RichText.of("V/v họp triển khai công tác chuyển đổi số"), null, null,
                new Addressees(List.of(RichText.of("Sở Nội vụ;"), RichText.of("Sở Tài chính."))),
                new Opening(RichText.of("Ủy ban nhân dân tỉnh tổ chức họp như sau:"), List.of()),
                g.body(), g.form(),
                new Distribution(List.of(RichText.of("Như trên;"), RichText.of("Lưu: VT, VX."))),
                g.signature());
    }
}
