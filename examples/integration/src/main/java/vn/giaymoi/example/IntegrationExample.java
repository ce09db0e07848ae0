package vn.giaymoi.example;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.meeting.Venue;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.InvitationRenderer;

/**
 * Ví dụ tích hợp (integration example): what another team's system does with the giaymoi jars, in five steps —
 * build an invitation with the builders, check it against the decree, apply the certain fixes, render it as PDF and
 * HTML, and write it in the input format and read it back. Each step is a method, so it can be read on its own.
 */
public final class IntegrationExample {
    private IntegrationExample() {}

    /** What the five steps produced. */
    public record Result(Invitation built, List<Finding> findings, Invitation fixed, List<Finding> after, byte[] pdf,
            String html, String yaml, Invitation readBack) {}

    /** Runs the five steps for an invitation dated {@code today}, to a meeting eight days later. */
    public static Result run(LocalDate today) {
        Invitation built = build(today);
        List<Finding> findings = check(built, today);
        Invitation fixed = RuleEngine.applyFixes(built, findings);
        List<Finding> after = check(fixed, today);
        InvitationRenderer renderer = new InvitationRenderer();
        byte[] pdf = renderer.render(fixed, Format.PDF).bytes();
        String html = new String(renderer.render(fixed, Format.HTML).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        InvitationFormat format = new InvitationFormat();
        String yaml = format.write(fixed, Syntax.YAML);
        Parsed parsed = format.read(yaml, Syntax.YAML, "giay-moi.yaml");
        Invitation readBack = parsed.fold(i -> i, problems -> {
            throw new IllegalStateException("the written file does not read back: " + problems);
        });
        return new Result(built, findings, fixed, after, pdf, html, yaml, readBack);
    }

    /** 1. Build: a draft giấy mời of a provincial department (the register gives it its number later). */
    static Invitation build(LocalDate today) {
        LocalDate meetingDay = today.plusDays(8);
        return Invitation.builder()
                .kind(InvitationKind.GIAY_MOI)
                .issuer(Issuer.builder().parent("UBND TỈNH HÀ TĨNH").name("SỞ NỘI VỤ").abbreviation("SNV")
                        .level(AdministrativeLevel.PROVINCE).province("Hà Tĩnh").build())
                .number("/GM-SNV")
                // written as people often do, day and month without their zeros: the check finds it, fix mends it
                .dateLine(new DateLine("Hà Tĩnh", String.valueOf(today.getDayOfMonth()),
                        String.valueOf(today.getMonthValue()), today.getYear()))
                .subject("Họp triển khai công tác văn thư, lưu trữ năm " + today.getYear())
                .point(Point.builder().marker("1.").text("Thời gian: {start}, {weekday}, ngày {date}.")
                        .fact(new Session(meetingDay, LocalTime.of(8, 0), null, null, null)).build())
                .point(Point.builder().marker("1.").text("Địa điểm: {name}.")
                        .fact(new Venue("Phòng họp số 2, Sở Nội vụ", AdministrativeLevel.PROVINCE)).build())
                .point(Point.builder().marker("1.").text("Thành phần, trân trọng kính mời: lãnh đạo các phòng, đơn vị thuộc Sở.").build())
                .point(Point.builder().text("Đề nghị các đồng chí tham dự đúng thời gian./.").build())
                .recipient("Như thành phần;")
                .recipient("Lưu: VT, VP.")
                .signature(SigningAuthority.builder().authority("KT. GIÁM ĐỐC").title("PHÓ GIÁM ĐỐC")
                        .signer("Trần Thị Bình").build())
                .build();
    }

    /** 2. Check: every rule of the product, for a draft (the clock is the caller's, never the domain's). */
    static List<Finding> check(Invitation invitation, LocalDate today) {
        return RuleEngine.standard().check(invitation, CheckContext.draft(today));
    }
}
