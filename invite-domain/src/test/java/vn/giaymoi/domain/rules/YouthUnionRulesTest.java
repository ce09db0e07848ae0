package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.domain.rules.Docs.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.delegation.AuthorityLine;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentFormat;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.meeting.Venue;
import vn.giaymoi.domain.recipient.Addressees;
import vn.giaymoi.domain.recipient.Distribution;
import vn.giaymoi.domain.text.RichText;

/**
 * The Youth Union's format (Hướng dẫn 29-HD/TWĐTN-VP ngày 29/10/2013), each rule failing and passing on the wording
 * of a real convocation: Ban Thường vụ Đoàn trường Đại học Ngân hàng TP. Hồ Chí Minh calls its executive members,
 * Đoàn khoa secretaries and club boards to the "Sinh viên ngân hàng 5 tốt" ceremony, "từ 18g00 đến 20g00 ngày
 * 07/11/2013 (thứ Năm)" in the "Hội trường lớn – cơ sở Thủ Đức" (youth.buh.edu.vn), and on the number, signing form
 * and Nơi nhận of the guide's own Quyết định 367-QĐ/TWĐTN-VP ("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", "- Lưu …").
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class YouthUnionRulesTest {
    private static final LocalDate ISSUED = LocalDate.of(2013, 11, 1);
    private static final CheckContext CTX = CheckContext.draft(ISSUED);

    /** The Đoàn trường's convocation, in the Youth Union's format, with {@code number} and {@code authority}. */
    static Invitation convocation(String number, String... authority) {
        Issuer issuer = new Issuer("ĐOÀN TNCS HỒ CHÍ MINH TP. HỒ CHÍ MINH", "BCH TRƯỜNG ĐẠI HỌC NGÂN HÀNG TP. HỒ CHÍ MINH",
                "ĐTN", null, "Thành phố Hồ Chí Minh");
        List<Point> body = List.of(
                Point.of(Marker.NUMBER, "Thời gian: từ {start:HH}g{start:mm} đến {end:HH}g{end:mm} ngày {date} ({weekday}).",
                        new Session(LocalDate.of(2013, 11, 7), LocalTime.of(18, 0), LocalTime.of(20, 0), null, null)),
                Point.of(Marker.NUMBER, "Địa điểm: {name}.", new Venue("Hội trường lớn – cơ sở Thủ Đức", null)),
                Point.of(Marker.NUMBER, "Thành phần được triệu tập: tất cả các ủy viên Ban Chấp hành Đoàn trường đương"
                        + " nhiệm; bí thư, phó bí thư các Đoàn khoa; ban chủ nhiệm các câu lạc bộ, đội, nhóm trực thuộc."),
                Point.paragraph("Đề nghị các đồng chí có mặt đúng giờ./."));
        return new Invitation(InvitationKind.THONG_BAO, issuer, DocumentNumber.parse(number),
                DateLine.draft("Thành phố Hồ Chí Minh", 2013),
                RichText.of("Triệu tập tham dự Lễ tuyên dương danh hiệu \"Sinh viên ngân hàng 5 tốt\" năm học 2012 – 2013"),
                null, null, Addressees.none(), null, body, null,
                new Distribution(List.of(RichText.of("Các cơ sở Đoàn trực thuộc;"), RichText.of("Lưu VP."))),
                new SigningAuthority(java.util.Arrays.stream(authority).map(AuthorityLine::parse).toList(),
                        "BÍ THƯ THƯỜNG TRỰC", null),
                DocumentFormat.YOUTH_UNION, null, List.of());
    }

    private static List<String> ids(Invitation inv) {
        return RuleEngine.standard().check(inv, CTX).stream().map(Finding::ruleId).toList();
    }

    @Test
    void a_youth_union_number_reads_with_its_drafting_unit() {
        DocumentNumber n = DocumentNumber.parse("Số: 15-GM/TĐTN-VP");
        assertThat(n.sequence()).isEqualTo("15");
        assertThat(n.symbol()).isEqualTo("GM/TĐTN-VP");
        assertThat(n.firstGroup()).isEqualTo("GM");
        assertThat(n).hasToString("15-GM/TĐTN-VP");
        assertThat(DocumentNumber.parse("123-CV/ĐTN").partyStyle()).isTrue();
        assertThat(DocumentFormat.YOUTH_UNION.numberLabel(n)).isEqualTo("Số: ");
        assertThat(DocumentFormat.PARTY.numberLabel(n)).isEqualTo("Số ");
    }

    @Test
    void the_convocation_as_written_raises_none_of_the_format_rules() {
        List<String> found = ids(convocation("-TB/ĐTN", "TM. BAN THƯỜNG VỤ"));
        assertThat(found).doesNotContain("HD29-NUMBER-FORM", "HD29-TYPE-SYMBOL", "HD29-AUTHORITY-FORM", "HD29-DIST-PUNCT",
                "HD29-ARCHIVE", "ND30-TB-SYMBOL", "ND30-SYMBOL-FORMAT", "ND30-ARCHIVE-VT", "ND30-ARCHIVE-LAST",
                "ND30-SIGN-TITLE-OFFICIAL", "ND30-ISSUER-FULL-NAME", "HD36-NUMBER-FORM", "HD36-AUTHORITY-FORM", "QD45-CHAIR");
    }

    @Test
    void a_state_number_in_a_youth_union_document_is_an_error() {
        assertThat(ids(convocation("/TB-ĐTN", "TM. BAN THƯỜNG VỤ"))).contains("HD29-NUMBER-FORM")
                .doesNotContain("HD36-NUMBER-FORM");
    }

    @Test
    void the_type_before_the_slash_names_the_kind() {
        Invitation gm = convocation("-GM/ĐTN", "TM. BAN THƯỜNG VỤ");
        List<Finding> found = RuleEngine.standard().check(gm, CTX).stream()
                .filter(f -> f.ruleId().equals("HD29-TYPE-SYMBOL")).toList();
        assertThat(found).singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("TB/ĐTN"));
        assertThat(ids(RuleEngine.applyFixes(gm, found))).doesNotContain("HD29-TYPE-SYMBOL");
    }

    @Test
    void the_party_signing_form_in_a_youth_union_document_is_flagged_and_fixed() {
        Invitation inv = convocation("-TB/ĐTN", "T/M BAN THƯỜNG VỤ");
        List<Finding> found = RuleEngine.standard().check(inv, CTX).stream()
                .filter(f -> f.ruleId().equals("HD29-AUTHORITY-FORM")).toList();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("TM. BAN THƯỜNG VỤ");
            assertThat(f.basis()).startsWith("HD 29-HD/TWĐTN-VP");
        });
        assertThat(ids(inv)).doesNotContain("HD36-AUTHORITY-FORM");
        Invitation fixed = RuleEngine.applyFixes(inv, found);
        assertThat(fixed.signature().printedLines()).startsWith("TM. BAN THƯỜNG VỤ");
        assertThat(ids(fixed)).doesNotContain("HD29-AUTHORITY-FORM");
    }

    @Test
    void recipients_end_with_semicolons_and_the_archive_line_with_a_period() {
        Invitation inv = convocation("-TB/ĐTN", "TM. BAN THƯỜNG VỤ");
        Invitation partyStyle = distribution(inv, "Các cơ sở Đoàn trực thuộc,", "Lưu VP.");
        assertThat(ids(partyStyle)).contains("HD29-DIST-PUNCT").doesNotContain("ND30-DIST-PUNCT", "HD36-DIST-PUNCT");
        Invitation open = distribution(inv, "Các cơ sở Đoàn trực thuộc;", "Lưu VP;");
        assertThat(ids(open)).contains("HD29-DIST-PUNCT").doesNotContain("ND30-ARCHIVE-PERIOD");
        Invitation noArchive = distribution(inv, "Các cơ sở Đoàn trực thuộc;", "Thường trực Thành đoàn.");
        assertThat(ids(noArchive)).contains("HD29-ARCHIVE").doesNotContain("HD36-ARCHIVE", "ND30-ARCHIVE-LAST");
        // the guide's own decision archives at two places: "Lưu TH-TĐ10b, VT-LT."
        assertThat(ids(distribution(inv, "Như điều 4;", "Lưu TH-TĐ10b, VT-LT."))).doesNotContain("HD29-DIST-PUNCT",
                "HD29-ARCHIVE", "ND30-DRAFTER-MARK");
    }

    @Test
    void a_youth_union_cong_van_keeps_its_V_v() {
        Invitation cv = as(convocation("123-CV/ĐTN", "TM. BAN THƯỜNG VỤ"), InvitationKind.CONG_VAN,
                DocumentFormat.YOUTH_UNION, "123-CV/ĐTN")
                .withAddressees(new Addressees(List.of(RichText.of("Các cơ sở Đoàn trực thuộc."))));
        assertThat(ids(cv)).contains("ND30-CV-VV").doesNotContain("HD29-TYPE-SYMBOL", "ND30-CV-SYMBOL");
        assertThat(ids(cv.withSubject(RichText.of("V/v tham dự Lễ tuyên dương \"Sinh viên ngân hàng 5 tốt\""))))
                .doesNotContain("ND30-CV-VV");
    }
}
