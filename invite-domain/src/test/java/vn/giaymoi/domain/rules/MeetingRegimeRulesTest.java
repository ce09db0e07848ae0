package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.domain.rules.Docs.*;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.meeting.AdministrativeLevel;

/** QD45-CHAIR: a hint for state administrative bodies only (QĐ 45/2018/QĐ-TTg), never for Party bodies or schools. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MeetingRegimeRulesTest {
    private static final Rule CHAIR = new MeetingRegimeRules.ChairNamed();

    private static Invitation noChair() {
        return body(gm(), participants(dash("Đại diện lãnh đạo {units};", "Sở Nội vụ"),
                dash("Đại diện lãnh đạo {units}.", "Sở Tài chính")), time(MEETING), place(), closing());
    }

    private static List<Finding> check(Invitation inv, String parent, String name) {
        return CHAIR.check(Edits.issuer(inv, new Issuer(parent, name, null, AdministrativeLevel.PROVINCE, "Hà Tĩnh")), DRAFT);
    }

    @Test
    void a_Department_without_a_chair_gets_a_hint_that_is_not_a_warning() {
        List<Finding> found = check(noChair(), "UBND TỈNH HÀ TĨNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.isHint()).isTrue();
            assertThat(f.isWarning()).isFalse();
            assertThat(f.isError()).isFalse();
        });
        assertThat(RuleEngine.passes(found)).isTrue();
    }

    @Test
    void is_silent_for_a_Party_committee_a_school_and_a_council() {
        assertThat(check(noChair(), "ĐẢNG BỘ TỈNH HÀ TĨNH", "BAN TUYÊN GIÁO TỈNH ỦY")).isEmpty();
        assertThat(check(noChair(), null, "ĐẢNG ỦY XÃ CẨM BÌNH")).isEmpty();
        assertThat(check(noChair(), "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH", "TRƯỜNG THPT PHAN ĐÌNH PHÙNG")).isEmpty();
        assertThat(check(noChair(), null, "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ TĨNH")).isEmpty();
    }

    @Test
    void is_silent_when_the_opening_says_who_chairs() {
        Invitation worded = opening(noChair(), "Đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp; trân trọng kính mời:");
        assertThat(check(worded, null, "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH")).isEmpty();
    }
}
