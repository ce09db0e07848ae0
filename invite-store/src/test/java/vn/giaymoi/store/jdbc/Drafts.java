package vn.giaymoi.store.jdbc;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.text.RichText;

/** Dự thảo mẫu (draft fixtures): the domain's correct giấy mời with its number and date left blank. */
final class Drafts {
    private Drafts() {}

    /** The fixture giấy mời of UBND tỉnh Hà Tĩnh as a draft: {@code /GM-UBND}, {@code ngày  tháng  năm 2026}. */
    static Invitation draft() {
        Invitation g = Invitations.aGiayMoi();
        return g.withNumber(DocumentNumber.draft(g.number().symbol())).withDateLine(DateLine.draft("Hà Tĩnh", 2026));
    }

    static Invitation draft(String subject) {
        return draft().withSubject(RichText.of(subject));
    }

    /** A draft whose (only) session is on {@code day}. */
    static Invitation meetingOn(String subject, LocalDate day) {
        Invitation d = draft(subject);
        List<Point> body = new ArrayList<>(d.body());
        body.set(1, Point.of(Marker.NUMBER, "Thời gian: {start}, {weekday}, ngày {date}.",
                Session.at(day, LocalTime.of(8, 0))));
        return d.withBody(body);
    }

    /** The same draft under another ký hiệu. */
    static Invitation withSymbol(Invitation d, String symbol) {
        return d.withNumber(DocumentNumber.draft(symbol));
    }

    /** The same draft from another body (a commune people's committee, also abbreviated UBND). */
    static Invitation fromCommune(Invitation d) {
        return new Invitation(d.kind(),
                new Issuer(null, "ỦY BAN NHÂN DÂN\nXÃ CẨM XUYÊN", "UBND", AdministrativeLevel.COMMUNE, "Hà Tĩnh"),
                d.number(), d.dateLine(), d.subject(), d.urgency(), d.confidentiality(), d.addressees(), d.opening(),
                d.body(), d.form(), d.distribution(), d.signature());
    }
}
