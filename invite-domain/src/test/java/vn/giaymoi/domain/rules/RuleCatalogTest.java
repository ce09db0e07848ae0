package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.domain.rules.Docs.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.giaymoi.domain.invitation.BasisDocument;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentFormat;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.meeting.Venue;
import vn.giaymoi.domain.recipient.Addressees;
import vn.giaymoi.domain.text.RichText;

/**
 * Every rule of {@link StandardRules#all()} next to one broken document that makes it fire at a given path; the
 * fixtures keep it silent. Where every finding carries a fix, the fixed document passes the rule.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleCatalogTest {
    private record Case(Invitation broken, CheckContext ctx, String path) {}

    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    private static void add(String id, Invitation broken, String path) {
        add(id, broken, DRAFT, path);
    }

    private static void add(String id, Invitation broken, CheckContext ctx, String path) {
        if (CASES.put(id, new Case(broken, ctx, path)) != null) throw new IllegalStateException("twice: " + id);
    }

    static {
        Invitation gm = gm();
        Invitation cv = cv();
        // number
        add("ND30-NUMBER-PAD", gm.withNumber(new DocumentNumber("5", "GM-UBND")), "number");
        add("ND30-NUMBER-RANGE", gm.withNumber(new DocumentNumber("00", "GM-UBND")), "number");
        add("ND30-SYMBOL-FORMAT", gm.withNumber(new DocumentNumber("05", "GM - UBND")), "number");
        add("ND30-GM-SYMBOL", gm.withNumber(new DocumentNumber("05", "UBND-VP")), "number");
        add("ND30-CV-SYMBOL", cv.withNumber(new DocumentNumber("125", "CV-UBND")), "number");
        add("ND30-ISSUE-NUMBER", gm.withNumber(DocumentNumber.draft("GM-UBND")), ISSUING, "number");
        // date
        add("ND30-DATE-PAD", gm.withDateLine(new DateLine("Hà Tĩnh", "5", "5", 2026)), "date.day");
        add("ND30-MONTH-PAD", gm.withDateLine(new DateLine("Hà Tĩnh", "05", "2", 2026)), "date.month");
        add("ND30-MONTH-PAD-3-9", gm.withDateLine(new DateLine("Hà Tĩnh", "05", "05", 2026)), "date.month");
        add("ND30-ISSUE-DATE", gm.withDateLine(DateLine.draft("Hà Tĩnh", 2026)), ISSUING, "date.day");
        add("ND30-DATE-PLACE", gm.withDateLine(DateLine.of("Hà Nội", LocalDate.of(2026, 5, 5))), "place");
        // header
        add("ND30-ISSUER-FULL-NAME", issuer(gm, "UBND TỈNH HÀ TĨNH", AdministrativeLevel.PROVINCE, "Hà Tĩnh"), "issuer.name");
        add("ND30-GM-SUBJECT", gm.withSubject(RichText.of("V/v dự họp triển khai công tác chuyển đổi số")), "subject");
        add("ND30-CV-VV", cv.withSubject(RichText.of("Họp triển khai công tác chuyển đổi số")), "subject");
        add("ND30-CV-VV-STYLE", cv.withSubject(RichText.of("*V/v họp triển khai công tác chuyển đổi số*")), "subject");
        add("ND30-CV-ADDRESSEES", cv.withAddressees(Addressees.none()), "addressees");
        add("ND30-GM-NO-ADDRESSEES", addressees(gm, "Sở Nội vụ;", "Sở Tài chính."), "addressees");
        // content
        add("ND30-GM-INVITEES", body(opening(gm, "Ủy ban nhân dân tỉnh tổ chức họp như sau:"), time(MEETING), place(), closing()), "body");
        add("ND30-GM-TIME", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), place(), closing()), "body");
        add("ND30-GM-PLACE", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), closing()), "body");
        add("QD45-CHAIR", body(gm, participants(dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(), closing()), "body");
        add("ND30-WEEKDAY-FORM", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")),
                time("Thời gian: {start}, {weekday:number}, ngày {date}.", MEETING), place(), closing()), "body[1]");
        add("ND30-END-MARK", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                Point.paragraph("Rất mong các đồng chí đến dự đúng giờ.")), "body[3]");
        add("ND30-POINT-LEVEL", body(gm, Point.of(Marker.NUMBER, "Thành phần:", Point.of(Marker.NUMBER, "Đồng chí {name}, {title} (chủ trì).",
                chair().fact())), time(MEETING), place(), closing()), "body[0].points[0]");
        add("ND30-POINT-MIX", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")),
                Point.of(Marker.LETTER, "Thời gian: {start}, {weekday}, ngày {date}.", time(MEETING).fact()), place(), closing()), "body[1]");
        add("ND30-LIST-PUNCT", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ"),
                dash("Đại diện lãnh đạo {units}.", "Sở Tài chính")), time(MEETING), place(), closing()), "body[0].points[1]");
        add("ND30-CONTENT-DATE-PAD", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                Point.paragraph("Tài liệu gửi trước ngày 8/5/2026, báo cáo trước ngày 05/6/2026."), closing()), "body[3]");
        add("ND30-BASIS-CITE", opening(gm, "Thực hiện Công văn số 12/SNV-VP, Ủy ban nhân dân tỉnh trân trọng kính mời:",
                new BasisDocument(null, "12/SNV-VP", LocalDate.of(2026, 5, 2), "Sở Nội vụ")), "opening.basis[0]");
        // meeting logic
        add("MEET-WEEKDAY", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")),
                time("Thời gian: {start}, thứ Sáu, ngày {date}.", MEETING), place(), closing()), "body[1]");
        add("MEET-DATE-EXISTS", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                Point.paragraph("Tài liệu gửi trước ngày 31/4/2026."), closing()), "body[3]");
        add("MEET-BEFORE-ISSUE", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")),
                time(LocalDate.of(2026, 5, 1)), place(), closing()), "body[1]");
        add("MEET-LEAD-TIME", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")),
                time(LocalDate.of(2026, 5, 6)), place(), closing()), "body[1]");
        add("MEET-DEADLINE-BEFORE-MEETING", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING),
                place(), task(LocalDate.of(2026, 5, 12)), closing()), "body[3]");
        add("MEET-DEADLINE-AFTER-ISSUE", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING),
                place(), task(LocalDate.of(2026, 5, 4)), closing()), "body[3]");
        add("MEET-BASIS-DATE", opening(gm, "Thực hiện Công văn số 12/SNV-VP của Sở Nội vụ, Ủy ban nhân dân tỉnh trân trọng kính mời:",
                new BasisDocument("Công văn", "12/SNV-VP", LocalDate.of(2026, 5, 6), "Sở Nội vụ")), "opening.basis[0]");
        // signature
        add("ND30-SIGN-KT", signature(gm, "CHÁNH VĂN PHÒNG", "Nguyễn Văn A", "KT. CHỦ TỊCH"), "signature.title");
        add("ND30-SIGN-TUQ-KT", signature(gm, "PHÓ GIÁM ĐỐC", "Nguyễn Văn A", "TUQ. CHỦ TỊCH", "KT. GIÁM ĐỐC SỞ NỘI VỤ"), "signature.authority[1]");
        add("ND30-SIGN-TM", signature(gm, "PHÓ CHỦ TỊCH", "Nguyễn Văn A", "TM. CHỦ TỊCH"), "signature.authority[0]");
        add("ND30-SIGN-STACK", signature(gm, "PHÓ CHỦ TỊCH", "Nguyễn Văn A", "TL. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"), "signature.authority");
        add("ND30-SIGN-TITLE", signature(gm, null, "Nguyễn Văn A", "TL. CHỦ TỊCH"), "signature.title");
        add("ND30-SIGN-TITLE-OFFICIAL", signature(gm, "PHÓ GIÁM ĐỐC THƯỜNG TRỰC", "Nguyễn Văn A", "KT. GIÁM ĐỐC"), "signature.title");
        add("ND30-SIGN-NAME-TITLE", signature(gm, "PHÓ CHỦ TỊCH", "TS. Nguyễn Văn A", "KT. CHỦ TỊCH"), "signature.signer");
        add("ND30-SIGN-NAME-CASE", signature(gm, "PHÓ CHỦ TỊCH", "NGUYỄN VĂN A", "KT. CHỦ TỊCH"), "signature.signer");
        add("ND30-SIGN-NAME", signature(gm, "PHÓ CHỦ TỊCH", null, "KT. CHỦ TỊCH"), ISSUING, "signature.signer");
        // recipients
        add("ND30-ADDR-PUNCT", addressees(cv, "Sở Nội vụ", "Sở Tài chính."), "addressees[0]");
        add("ND30-DIST-PUNCT", distribution(gm, "Như thành phần mời", "Lưu: VT, TH."), "distribution[0]");
        add("ND30-ARCHIVE-LAST", distribution(gm, "Như thành phần mời;", "Chủ tịch, các PCT UBND tỉnh."), "distribution[1]");
        add("ND30-ARCHIVE-VT", distribution(gm, "Như thành phần mời;", "Lưu: TH."), "distribution[1]");
        add("ND30-ARCHIVE-PERIOD", distribution(gm, "Như thành phần mời;", "Lưu: VT, TH"), "distribution[1]");
        add("ND30-DRAFTER-MARK", distribution(gm, "Như thành phần mời;", "Lưu: VT, TH (2). pl.(300)."), "distribution[1]");
        add("ND30-CV-AS-ABOVE", distribution(cv, "Sở Y tế;", "Như trên;", "Lưu: VT, VX."), "distribution[0]");
        add("ND30-GM-AS-ABOVE", distribution(gm, "Như trên;", "Lưu: VT, TH."), "distribution[0]");
        add("ND30-LIST-DASH", distribution(gm, "- Như thành phần mời;", "Lưu: VT, TH."), "distribution[0]");
        // 2025 reforms
        add("REFORM-2025-DISTRICT-LEVEL", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING),
                place(new Venue("Phòng họp trực tuyến", AdministrativeLevel.DISTRICT)), closing()), "body[2]");
        add("REFORM-2025-DISTRICT-NAME", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "UBND huyện Cẩm Xuyên")),
                time(MEETING), place(), closing()), "body[0].points[1]");
        add("REFORM-2025-TOWNSHIP", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "UBND thị trấn Thiên Cầm")),
                time(MEETING), place(), closing()), "body[0].points[1]");
        add("REFORM-2025-PROVINCE", issuer(gm, "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG", AdministrativeLevel.PROVINCE, "Hải Dương"), "issuer.province");
        add("REFORM-2025-DEPARTMENT", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Thông tin và Truyền thông")),
                time(MEETING), place(), closing()), "body[0].points[1]");
        // issuing guards: today is the fixtures' issue date, 05/5/2026
        CheckContext issuing = CheckContext.issuing(LocalDate.of(2026, 5, 5));
        add("ISSUE-PLACEHOLDER", gm.withDateLine(DateLine.of("…", LocalDate.of(2026, 5, 5))), issuing, "place");
        add("ISSUE-BLANK", gm.withBody(List.of()), issuing, "body");
        add("ISSUE-DATE-ORDER", gm.withDateLine(DateLine.of("Hà Tĩnh", LocalDate.of(2026, 5, 4))),
                issuing.afterSeries(java.util.Optional.of(LocalDate.of(2026, 5, 5))), "date.day");
        add("ISSUE-DATE-FUTURE", gm.withDateLine(DateLine.of("Hà Tĩnh", LocalDate.of(2026, 5, 6))), issuing, "date.day");
        add("ISSUE-MEETING-OVER", body(gm, participants(chair()), time(LocalDate.of(2026, 5, 4)), place(), closing()),
                issuing, "body");
        // kinds and the Party's format
        add("ND30-TB-SYMBOL", as(gm, InvitationKind.THONG_BAO, DocumentFormat.STATE, "05/GM-UBND"), "number");
        add("ND30-CD-SYMBOL", as(addressees(gm, "Sở Nội vụ."), InvitationKind.CONG_DIEN, DocumentFormat.STATE, "05/UBND-VP"), "number");
        add("ND30-CD-RECIPIENTS", as(gm, InvitationKind.CONG_DIEN, DocumentFormat.STATE, "05/CĐ-UBND"), "addressees");
        add("HD36-NUMBER-FORM", as(gm, InvitationKind.GIAY_MOI, DocumentFormat.PARTY, "05/GM-UBND"), "number");
        add("HD36-TYPE-SYMBOL", as(gm, InvitationKind.GIAY_MOI, DocumentFormat.PARTY, "27-CV/BTGTU"), "number");
        Invitation party = as(distribution(gm, "Như thành phần mời,", "Lưu Văn phòng Ban."), InvitationKind.GIAY_MOI,
                DocumentFormat.PARTY, "27-GM/BTGTU");
        add("HD36-DIST-PUNCT", distribution(party, "Như thành phần mời;", "Lưu Văn phòng Ban."), "distribution[0]");
        add("HD36-ARCHIVE", distribution(party, "Như thành phần mời,", "Thường trực Tỉnh ủy."), "distribution[1]");
        add("HD36-AUTHORITY-FORM", signature(gm, "PHÓ CHỦ TỊCH", "Nguyễn Văn A", "K/T CHỦ TỊCH"), "signature.authority[0]");
        // the Youth Union's format (HD 29-HD/TWĐTN-VP)
        add("HD29-NUMBER-FORM", as(gm, InvitationKind.GIAY_MOI, DocumentFormat.YOUTH_UNION, "05/GM-TĐTN"), "number");
        add("HD29-TYPE-SYMBOL", as(gm, InvitationKind.GIAY_MOI, DocumentFormat.YOUTH_UNION, "15-CV/TĐTN-VP"), "number");
        Invitation youth = as(distribution(gm, "Các cơ sở Đoàn trực thuộc;", "Lưu VP."), InvitationKind.GIAY_MOI,
                DocumentFormat.YOUTH_UNION, "15-GM/TĐTN-VP");
        add("HD29-DIST-PUNCT", distribution(youth, "Các cơ sở Đoàn trực thuộc,", "Lưu VP."), "distribution[0]");
        add("HD29-ARCHIVE", distribution(youth, "Các cơ sở Đoàn trực thuộc;", "Thường trực Tỉnh đoàn."), "distribution[1]");
        add("HD29-AUTHORITY-FORM", signature(youth, "BÍ THƯ", "Nguyễn Văn A", "T/M BAN THƯỜNG VỤ"), "signature.authority[0]");
        // programme
        add("MEET-PROGRAMME-OVERLAP", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                programme("07:30-08:00 Đón tiếp đại biểu", "07:45-08:15 Khai mạc"), closing()), "body[3].programme.slots[1]");
        add("MEET-PROGRAMME-GAP", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                programme("08:00-08:15 Khai mạc", "08:45-10:00 Thảo luận"), closing()), "body[3].programme.slots[1]");
        add("MEET-PROGRAMME-OUTSIDE", body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                programme("06:30-08:00 Đón tiếp đại biểu", "08:00-10:00 Thảo luận"), closing()), "body[3].programme.slots[0]");
        // wording of the text (real wording from the corpus, src/test/resources/real in invite-format)
        add("TEXT-VARIANT", note(gm, "Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh phối hợp với Uỷ ban nhân dân các phường."), "body[3]");
        add("TEXT-TIME-NOTATION", note(gm, "Đề nghị đại biểu có mặt trước 07h45 để đón tiếp."), "body[3]");
        add("TEXT-RANGE-DASH", note(gm, "Đón tiếp đại biểu từ 7h30 -7h55 tại sảnh tầng 1."), "body[3]");
        add("TEXT-ZERO-PAD", note(gm, "Mỗi đơn vị cử 02 người; riêng Sở Nội vụ cử 3 người."), "body[3]");
        add("TEXT-ABBREVIATION", note(gm, "Mời đại diện Thường trực HĐND tỉnh và Thường trực HDND các phường."), "body[3]");
        add("TEXT-DURATION", note(gm, "Lễ phát động: ½ ngày, từ 7h30 - 9h00."), "body[3]");
        add("MEET-WEEKDAY-SENTENCE", note(gm, "Gặp mặt đại biểu ngày 11/5/2026 (Tối thứ Tư) tại nhà khách tỉnh."), "body[3]");
        add("TEXT-CITED-NUMBER", note(gm, "Thực hiện Giấy mời số 05/GM – CTGPL của Ban Tổ chức."), "body[3]");
        add("TEXT-SPACE", note(gm, "Khai mạc vào lúc 19h ngày 12/5/2026.Tổng kết trao giải lúc 16h30 cùng ngày."), "body[3]");
        add("TEXT-TYPO", note(gm, "Mỗi khoa cử 05 sinh viên tiểu biểu dự Hội nghị."), "body[3]");
        // place names against the administrative-unit registry
        add("PLACE-NAME-SPELLING", note(gm, "Mời đại diện Sở Nội vụ thành phố Đã Nẵng dự và chia sẻ kinh nghiệm."), "body[3]");
        add("PLACE-UNIT-DATE", note(gm, "Mời đại diện Sở Nội vụ tỉnh Hải Dương dự và chia sẻ kinh nghiệm."), "body[3]");
    }

    /** The fixture with one more paragraph, at body[3], before the closing line. */
    private static Invitation note(Invitation gm, String text) {
        return body(gm, participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                Point.paragraph(text), closing());
    }

    static Stream<Arguments> cases() {
        return CASES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void every_standard_rule_has_a_case() {
        assertThat(CASES.keySet()).containsExactlyInAnyOrderElementsOf(StandardRules.all().stream().map(Rule::id).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fires_on_its_broken_document_at_the_path(String id, Case c) {
        List<Finding> found = RuleEngine.standard().check(c.broken(), c.ctx()).stream().filter(f -> f.ruleId().equals(id)).toList();
        assertThat(found).as(id).isNotEmpty();
        assertThat(found).extracting(Finding::path).contains(c.path());
        assertThat(found).allSatisfy(f -> {
            assertThat(f.messageVi()).isNotBlank();
            assertThat(f.messageEn()).isNotBlank();
            assertThat(f.basis()).isEqualTo(((AbstractRule) rule(id)).basis());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void is_silent_on_both_fixtures(String id, Case c) {
        assertThat(rule(id).check(gm(), c.ctx())).isEmpty();
        assertThat(rule(id).check(cv(), c.ctx())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void its_fixes_when_all_certain_make_it_pass(String id, Case c) {
        List<Finding> found = rule(id).check(c.broken(), c.ctx());
        if (found.isEmpty() || found.stream().anyMatch(f -> f.fix() == null)) return;
        Invitation fixed = RuleEngine.applyFixes(c.broken(), found);
        assertThat(rule(id).check(fixed, c.ctx())).as(id + " after its fixes").isEmpty();
    }
}
