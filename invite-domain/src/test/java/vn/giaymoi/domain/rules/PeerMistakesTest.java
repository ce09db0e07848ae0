package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.domain.rules.Docs.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.text.RichText;

/** Regression cases: mistakes peers made when writing ND30 documents by hand or by template. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PeerMistakesTest {
    private static List<Finding> check(Invitation inv) {
        return RuleEngine.standard().check(inv, DRAFT);
    }

    private static List<String> ids(Invitation inv) {
        return check(inv).stream().map(Finding::ruleId).toList();
    }

    @Test
    void months_always_written_with_two_digits_warn_for_03_to_09_and_pass_for_01_02_and_10_to_12() {
        assertThat(ids(gm().withDateLine(new DateLine("Hà Tĩnh", "05", "05", 2026)))).containsExactly("ND30-MONTH-PAD-3-9");
        Finding f = check(gm().withDateLine(new DateLine("Hà Tĩnh", "05", "05", 2026))).get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(RuleEngine.applyFixes(gm().withDateLine(new DateLine("Hà Tĩnh", "05", "05", 2026)), List.of(f)).dateLine().month())
                .isEqualTo("5");
        assertThat(ids(gm().withDateLine(new DateLine("Hà Tĩnh", "05", "02", 2026)))).isEmpty();
        assertThat(ids(gm().withDateLine(new DateLine("Hà Tĩnh", "05", "01", 2026)))).isEmpty();
        assertThat(ids(gm().withDateLine(new DateLine("Hà Tĩnh", "05", "4", 2026)))).isEmpty();
    }

    @Test
    void an_unpadded_number_and_day_are_errors_with_padding_fixes() {
        Invitation broken = gm().withNumber(new DocumentNumber("7", "GM-UBND")).withDateLine(new DateLine("Hà Tĩnh", "5", "5", 2026));
        List<Finding> found = check(broken);
        assertThat(found).extracting(Finding::ruleId, Finding::path, Finding::expected, Finding::actual).containsExactlyInAnyOrder(
                org.assertj.core.api.Assertions.tuple("ND30-NUMBER-PAD", "number", "07", "7"),
                org.assertj.core.api.Assertions.tuple("ND30-DATE-PAD", "date.day", "05", "5"));
        assertThat(found).allMatch(Finding::isError);
        Invitation fixed = RuleEngine.applyFixes(broken, found);
        assertThat(fixed.number()).hasToString("07/GM-UBND");
        assertThat(fixed.dateLine().day()).isEqualTo("05");
    }

    @Test
    void numbers_from_10_and_a_three_digit_small_number() {
        assertThat(ids(gm().withNumber(new DocumentNumber("10", "GM-UBND")))).isEmpty();
        assertThat(ids(gm().withNumber(new DocumentNumber("5771", "GM-UBND")))).isEmpty();
        assertThat(check(gm().withNumber(new DocumentNumber("005", "GM-UBND")))).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("05"));
    }

    @Test
    void CV_used_as_a_cong_van_type_abbreviation_is_an_error() {
        List<Finding> found = check(cv().withNumber(new DocumentNumber("125", "CV-UBND")));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ND30-CV-SYMBOL");
            assertThat(f.isError()).isTrue();
            assertThat(f.actual()).isEqualTo("CV-UBND");
        });
        assertThat(ids(cv().withNumber(new DocumentNumber("125", "GM-UBND")))).containsExactly("ND30-CV-SYMBOL");
        assertThat(ids(cv().withNumber(new DocumentNumber("125", "UBND-KSTTHC")))).isEmpty();
    }

    @Test
    void a_semicolon_after_the_last_Noi_nhan_line_is_an_error_fixed_to_a_period() {
        Invitation broken = distribution(gm(), "Như thành phần mời;", "Lưu: VT, TH;");
        List<Finding> found = check(broken);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ND30-ARCHIVE-PERIOD");
            assertThat(f.path()).isEqualTo("distribution[1]");
            assertThat(f.expected()).isEqualTo("Lưu: VT, TH.");
            assertThat(f.messageVi()).contains("không phải ';'");
        });
        assertThat(RuleEngine.applyFixes(broken, found).distribution().entries().get(1).plain()).isEqualTo("Lưu: VT, TH.");
    }

    @Test
    void V_v_in_italic_or_bold_is_an_error_fixed_to_plain_text() {
        for (String markup : List.of("*V/v họp triển khai công tác chuyển đổi số*", "**V/v họp triển khai công tác chuyển đổi số**",
                "V/v họp triển khai **công tác chuyển đổi số**")) {
            Invitation broken = cv().withSubject(RichText.of(markup));
            List<Finding> found = check(broken);
            assertThat(found).as(markup).extracting(Finding::ruleId).containsExactly("ND30-CV-VV-STYLE");
            Invitation fixed = RuleEngine.applyFixes(broken, found);
            assertThat(fixed.subject().hasEmphasis()).isFalse();
            assertThat(fixed.subject().plain()).isEqualTo("V/v họp triển khai công tác chuyển đổi số");
        }
    }

    @Test
    void Chu_tri_dropped_from_a_state_bodys_giay_moi_is_a_hint_unless_the_wording_names_the_chair() {
        Invitation noChair = body(gm(), participants(dash("Đại diện lãnh đạo {units};", "Sở Nội vụ"),
                dash("Đại diện lãnh đạo {units}.", "Sở Tài chính")), time(MEETING), place(), closing());
        assertThat(check(noChair)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("QD45-CHAIR");
            assertThat(f.severity()).isEqualTo(Severity.HINT);
            assertThat(f.basis()).startsWith("QĐ 45/2018/QĐ-TTg");
            assertThat(f.isWarning()).isFalse();
        });
        Invitation worded = body(gm(), participants(dash("Đại diện lãnh đạo {units} (chủ trì);", "Văn phòng UBND tỉnh"),
                dash("Đại diện lãnh đạo {units}.", "Sở Tài chính")), time(MEETING), place(), closing());
        assertThat(ids(worded)).isEmpty();
        Invitation onlyATaskChairs = body(gm(), participants(dash("Đại diện lãnh đạo {units};", "Sở Nội vụ"),
                dash("Đại diện lãnh đạo {units}.", "Sở Tài chính")), time(MEETING), place(),
                task(LocalDate.of(2026, 5, 8)), closing());
        assertThat(ids(onlyATaskChairs)).containsExactly("QD45-CHAIR");
        assertThat(ids(cv().withBody(noChair.body()))).isEmpty();
    }

    @Test
    void a_Kinh_gui_block_on_a_giay_moi_is_a_warning() {
        Invitation broken = addressees(gm(), "Sở Nội vụ;", "Sở Tài chính.");
        assertThat(check(broken)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ND30-GM-NO-ADDRESSEES");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("addressees");
        });
    }

    @Test
    void a_KT_line_whose_title_is_not_a_deputys_is_an_error() {
        assertThat(ids(signature(gm(), "CHÁNH VĂN PHÒNG", "Nguyễn Văn A", "KT. CHỦ TỊCH"))).containsExactly("ND30-SIGN-KT");
        assertThat(ids(signature(gm(), "GIÁM ĐỐC", "Nguyễn Văn A", "KT. GIÁM ĐỐC"))).containsExactly("ND30-SIGN-KT");
        assertThat(ids(signature(gm(), "PHÓ CHỦ TỊCH", "Nguyễn Văn A", "KT. PHÓ CHỦ TỊCH"))).containsExactly("ND30-SIGN-KT");
        assertThat(ids(signature(gm(), null, "Nguyễn Văn A", "KT. CHỦ TỊCH"))).containsExactly("ND30-SIGN-KT");
        assertThat(ids(signature(gm(), "THỨ TRƯỞNG", "Nguyễn Văn A", "KT. BỘ TRƯỞNG"))).isEmpty();
        assertThat(ids(signature(gm(), "PHÓ GIÁM ĐỐC", "Nguyễn Văn A", "KT. GIÁM ĐỐC"))).isEmpty();
    }
}
