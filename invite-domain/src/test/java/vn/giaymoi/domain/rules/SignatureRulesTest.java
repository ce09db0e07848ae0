package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.domain.rules.Docs.*;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giaymoi.domain.invitation.Invitation;

class SignatureRulesTest {
    private static List<String> ids(Invitation inv) {
        return RuleEngine.standard().check(inv, DRAFT).stream().map(Finding::ruleId).toList();
    }

    private static Invitation signed(String block) {
        String[] lines = block.split(" / ");
        String title = lines[lines.length - 1].matches("^(TM|KT|TL|TUQ|Q)\\. .*") ? null : lines[lines.length - 1];
        String[] prefixed = java.util.Arrays.copyOf(lines, title == null ? lines.length : lines.length - 1);
        return signature(gm(), title, "Nguyễn Văn A", prefixed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "GIÁM ĐỐC",
        "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH",
        "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
        "TM. HỘI ĐỒNG NHÂN DÂN / PHÓ CHỦ TỊCH",
        "KT. BỘ TRƯỞNG / THỨ TRƯỞNG",
        "Q. GIÁM ĐỐC",
        "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG",
        "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG",
        "TUQ. GIÁM ĐỐC / TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ",
        "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH THƯỜNG TRỰC"
    })
    void accepts_the_stacks_of_Dieu_13(String block) {
        assertThat(ids(signed(block))).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "TUQ. GIÁM ĐỐC / KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG | ND30-SIGN-TUQ-KT",
        "TM. GIÁM ĐỐC / PHÓ GIÁM ĐỐC | ND30-SIGN-TM",
        "TM. CHỦ TỊCH / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH | ND30-SIGN-TM",
        "TL. CHỦ TỊCH / TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG | ND30-SIGN-STACK",
        "TUQ. GIÁM ĐỐC | ND30-SIGN-TITLE",
        "TM. ỦY BAN NHÂN DÂN | ND30-SIGN-TITLE",
        "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC PHỤ TRÁCH | ND30-SIGN-TITLE-OFFICIAL"
    })
    void rejects(String block, String id) {
        assertThat(ids(signed(block))).containsExactly(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "TS. Nguyễn Văn A | ERROR",
        "PGS.TS. Nguyễn Văn A | ERROR",
        "ThS Nguyễn Văn A | ERROR"
    })
    void rejects_academic_titles_before_the_name_of_a_state_body_and_strips_them(String name, Severity severity) {
        Invitation inv = signature(gm(), "PHÓ CHỦ TỊCH", name, "KT. CHỦ TỊCH");
        List<Finding> found = RuleEngine.standard().check(inv, DRAFT);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ND30-SIGN-NAME-TITLE");
            assertThat(f.severity()).isEqualTo(severity);
        });
        assertThat(RuleEngine.applyFixes(inv, found).signature().signer()).isEqualTo("Nguyễn Văn A");
    }

    @org.junit.jupiter.api.Test
    void only_warns_about_an_academic_title_at_a_hospital_or_school_and_leaves_Thanh_alone() {
        Invitation hospital = issuer(signature(gm(), "PHÓ GIÁM ĐỐC", "TS. Nguyễn Văn A", "KT. GIÁM ĐỐC"),
                "BỆNH VIỆN ĐA KHOA TỈNH", vn.giaymoi.domain.meeting.AdministrativeLevel.PROVINCE, "Hà Tĩnh");
        assertThat(RuleEngine.standard().check(hospital, DRAFT)).filteredOn(f -> f.ruleId().equals("ND30-SIGN-NAME-TITLE"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(ids(signature(gm(), "PHÓ CHÁNH VĂN PHÒNG", "Trần Công Thành", "TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"))).isEmpty();
        assertThat(ids(signature(gm(), "PHÓ CHỦ TỊCH", "Thân Thị Bích", "KT. CHỦ TỊCH"))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void writes_a_name_in_capitals_as_a_name() {
        Invitation inv = signature(gm(), "PHÓ CHỦ TỊCH", "NGUYỄN VĂN ĐẠT", "KT. CHỦ TỊCH");
        List<Finding> found = RuleEngine.standard().check(inv, DRAFT);
        assertThat(found).extracting(Finding::ruleId).containsExactly("ND30-SIGN-NAME-CASE");
        assertThat(RuleEngine.applyFixes(inv, found).signature().signer()).isEqualTo("Nguyễn Văn Đạt");
    }
}
