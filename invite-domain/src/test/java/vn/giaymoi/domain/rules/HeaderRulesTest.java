package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.domain.rules.Docs.*;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.text.RichText;

/** Number, date and header rules beyond the catalog: the fixes and the cases that must stay silent. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HeaderRulesTest {
    private static List<Finding> check(Invitation inv) {
        return RuleEngine.standard().check(inv, DRAFT);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "v/v họp triển khai | V/v họp triển khai",
        "V/V họp triển khai | V/v họp triển khai",
        "Về việc họp triển khai | V/v họp triển khai",
        "V/v: họp triển khai | V/v họp triển khai",
        "Họp triển khai | V/v Họp triển khai"
    })
    void writes_the_cong_van_subject_as_V_v(String written, String expected) {
        Invitation inv = cv().withSubject(RichText.of(written));
        List<Finding> found = check(inv);
        assertThat(found).extracting(Finding::ruleId).containsExactly("ND30-CV-VV");
        assertThat(RuleEngine.applyFixes(inv, found).subject().plain()).isEqualTo(expected);
    }

    @Test
    void drops_V_v_from_a_giay_moi_subject() {
        Invitation inv = gm().withSubject(RichText.of("V/v dự họp triển khai"));
        assertThat(RuleEngine.applyFixes(inv, check(inv)).subject().plain()).isEqualTo("Dự họp triển khai");
    }

    @Test
    void expands_UBND_in_the_issuing_body_but_accepts_it_in_the_parent_line() {
        Invitation inv = issuer(gm(), "UBND TỈNH HÀ TĨNH", AdministrativeLevel.PROVINCE, "Hà Tĩnh");
        Invitation fixed = RuleEngine.applyFixes(inv, check(inv));
        assertThat(fixed.issuer().fullName()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH");
        assertThat(check(fixed)).isEmpty();
        Invitation so = Edits.issuer(gm(), new vn.giaymoi.domain.invitation.Issuer("UBND TỈNH HÀ TĨNH", "SỞ NỘI VỤ", "SNV",
                AdministrativeLevel.PROVINCE, "Hà Tĩnh")).withNumber(new DocumentNumber("05", "GM-SNV"));
        assertThat(check(so)).isEmpty();
    }

    @Test
    void joins_a_spaced_symbol_and_leaves_mixed_case_type_abbreviations() {
        Invitation inv = gm().withNumber(new DocumentNumber("05", "GM - UBND"));
        assertThat(RuleEngine.applyFixes(inv, check(inv)).number()).hasToString("05/GM-UBND");
        assertThat(check(cv().withNumber(new DocumentNumber("05", "UBND-TTr")))).isEmpty();
        assertThat(check(cv().withNumber(new DocumentNumber("05", "ubnd-vx")))).extracting(Finding::ruleId)
                .containsExactly("ND30-SYMBOL-FORMAT");
    }

    @Test
    void a_giay_moi_symbol_in_the_wrong_case_is_not_GM() {
        assertThat(check(gm().withNumber(new DocumentNumber("05", "Gm-UBND")))).extracting(Finding::ruleId)
                .containsExactly("ND30-GM-SYMBOL");
    }

    @Test
    void a_provincial_body_writes_its_province_as_the_place_in_either_form() {
        assertThat(check(gm().withDateLine(DateLine.of("Hà Nội", java.time.LocalDate.of(2026, 5, 5))))).extracting(Finding::ruleId)
                .containsExactly("ND30-DATE-PLACE");
        Invitation hcm = issuer(gm(), "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", AdministrativeLevel.PROVINCE, "Hồ Chí Minh")
                .withDateLine(DateLine.of("Thành phố Hồ Chí Minh", java.time.LocalDate.of(2026, 5, 5)));
        assertThat(check(hcm)).isEmpty();
    }

    @Test
    void a_draft_is_not_an_error_until_it_is_issued() {
        Invitation draft = gm().withNumber(DocumentNumber.draft("GM-UBND")).withDateLine(new DateLine("Hà Tĩnh", "", "5", 2026));
        assertThat(check(draft)).isEmpty();
        assertThat(RuleEngine.standard().check(draft, ISSUING)).extracting(Finding::ruleId, Finding::path).containsExactlyInAnyOrder(
                org.assertj.core.api.Assertions.tuple("ND30-ISSUE-NUMBER", "number"),
                org.assertj.core.api.Assertions.tuple("ND30-ISSUE-DATE", "date.day"));
    }

    @Test
    void a_single_addressee_takes_no_semicolon() {
        assertThat(check(addressees(cv(), "Sở Nội vụ"))).isEmpty();
        assertThat(check(addressees(cv(), "Sở Nội vụ."))).isEmpty();
        Invitation inv = addressees(cv(), "Sở Nội vụ;");
        assertThat(RuleEngine.applyFixes(inv, check(inv)).addressees().entries().get(0).plain()).isEqualTo("Sở Nội vụ");
    }

    @Test
    void moves_Nhu_tren_first_and_keeps_fixing_the_other_lines() {
        Invitation inv = distribution(cv(), "- Sở Y tế", "Như trên;", "Lưu: VT, VX");
        List<Finding> found = check(inv);
        assertThat(found).extracting(Finding::ruleId).containsExactlyInAnyOrder("ND30-CV-AS-ABOVE", "ND30-DIST-PUNCT",
                "ND30-ARCHIVE-PERIOD", "ND30-LIST-DASH");
        Invitation fixed = RuleEngine.applyFixes(inv, found);
        assertThat(fixed.distribution().entries()).extracting(RichText::plain)
                .containsExactly("Như trên;", "Sở Y tế;", "Lưu: VT, VX.");
        assertThat(check(fixed)).isEmpty();
    }
}
