package vn.giaymoi.domain.lifecycle;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.recipient.Addressees;
import vn.giaymoi.domain.recipient.Distribution;
import vn.giaymoi.domain.text.RichText;

/**
 * Soạn từ văn bản khác (drafting from another document): the content changes the lifecycle makes — a number and a
 * date when issuing, a blank copy when duplicating, and the new draft of each follow-up. The wording a follow-up
 * cannot know ("…") is left for the drafter, and the issuing guards refuse it until it is written.
 */
public final class Drafting {
    private Drafting() {}

    /** The content as issued: the register's {@code number} (01, 02, …) and the issue date in ô 4. */
    public static Invitation issuedAs(Invitation draft, int number, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return draft.withNumber(draft.number().withNumber(number)).withDateLine(DateLine.of(draft.dateLine().place(), date));
    }

    /** A copy to draft again: the number and the day and month blank, the year {@code year}. */
    public static Invitation copyAsDraft(Invitation source, int year) {
        return source.withNumber(DocumentNumber.draft(source.number().symbol()))
                .withDateLine(DateLine.draft(source.dateLine().place(), year));
    }

    /**
     * The first draft of a {@code kind} follow-up of the issued {@code original}: a giấy mời copied from it for a
     * replacement, postponement or change (the subject says which document it replaces), a công văn of the same
     * issuer for a correction or a cancellation (NĐ 30/2020/NĐ-CP, Điều 18.3).
     */
    public static Invitation followUp(FollowUpKind kind, Invitation original, int year) {
        if (original.isDraft()) throw InvalidValueException.of(ErrorCode.DRAFTING_NOT_ISSUED, original.number());
        String cited = cite(original);
        Invitation copy = copyAsDraft(original, year);
        if (kind.sameKind()) {
            String why = switch (kind) {
                case REPLACEMENT -> "thay thế ";
                case POSTPONEMENT -> "hoãn thời gian họp, thay thế ";
                case CHANGE -> "thay đổi thời gian, địa điểm họp, thay thế ";
                default -> throw new IllegalStateException(kind.name());
            };
            return copy.withSubject(RichText.of(original.subject().markup() + " (" + why + cited + ")"));
        }
        String subject;
        List<Point> body = new ArrayList<>();
        String about = original.subject().plain();
        if (kind == FollowUpKind.CORRECTION) {
            subject = "V/v đính chính " + cited;
            body.add(Point.paragraph(kindName(original) + " số " + original.number() + " ngày " + shortDate(original)
                    + " về việc " + about + " đã được ban hành. Do sơ suất trong khâu trình bày, xin đính chính như sau:"));
            body.add(Point.paragraph("Tại …, đã ghi: “…”; nay sửa lại: “…”."));
            body.add(Point.paragraph("Các nội dung khác giữ nguyên. Xin thông báo để các cơ quan, đơn vị, cá nhân"
                    + " biết./."));
        } else {
            subject = "V/v hủy cuộc họp theo " + cited;
            body.add(Point.paragraph("Cuộc họp về việc " + about + " theo " + cited + " sẽ không tổ chức vì …."));
            body.add(Point.paragraph("Xin thông báo để các cơ quan, đơn vị, cá nhân biết và thông cảm./."));
        }
        return new Invitation(InvitationKind.CONG_VAN, original.issuer(),
                DocumentNumber.draft(congVanSymbol(original.number().symbol())), copy.dateLine(),
                RichText.of(subject), original.urgency(), null,
                new Addressees(List.of(RichText.of("Các cơ quan, đơn vị, cá nhân được mời theo " + cited + "."))),
                null, body, original.form(), new Distribution(distribution(original)), original.signature(),
                original.format(), original.onBehalfOf(), original.footer());
    }

    /** {@code Giấy mời số 05/GM-UBND ngày 05/5/2026}. */
    static String cite(Invitation original) {
        return kindName(original) + " số " + original.number() + " ngày " + shortDate(original);
    }

    private static String kindName(Invitation inv) {
        return inv.kind().label();
    }

    private static String shortDate(Invitation inv) {
        LocalDate d = inv.dateLine().date().orElseThrow();
        return (d.getDayOfMonth() < 10 ? "0" : "") + d.getDayOfMonth() + "/" + (d.getMonthValue() <= 2 ? "0" : "")
                + d.getMonthValue() + "/" + d.getYear();
    }

    /** A công văn's ký hiệu has no kind group: {@code GM-UBND} becomes {@code UBND} (PL I §II.3.b). */
    static String congVanSymbol(String symbol) {
        int dash = symbol.indexOf('-');
        return symbol.startsWith("GM-") && dash < symbol.length() - 1 ? symbol.substring(dash + 1) : symbol;
    }

    /** {@code Như trên;} and the original's archive line ({@code Lưu: VT, …}) when it has one. */
    private static List<RichText> distribution(Invitation original) {
        List<RichText> out = new ArrayList<>();
        out.add(RichText.of("Như trên;"));
        List<RichText> entries = original.distribution().entries();
        if (!entries.isEmpty() && entries.get(entries.size() - 1).plain().startsWith("Lưu")) {
            out.add(entries.get(entries.size() - 1));
        } else {
            out.add(RichText.of("Lưu: VT."));
        }
        return out;
    }
}
