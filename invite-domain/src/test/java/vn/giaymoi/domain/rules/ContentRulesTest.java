package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.domain.rules.Docs.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.BasisDocument;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ContentRulesTest {
    private static List<Finding> check(Invitation inv) {
        return RuleEngine.standard().check(inv, DRAFT);
    }

    private static List<String> ids(Invitation inv) {
        return check(inv).stream().map(Finding::ruleId).toList();
    }

    private static Invitation list(Point... items) {
        return body(gm(), participants(items), time(MEETING), place(), closing());
    }

    @Nested
    class list_punctuation {
        @Test
        void accepts_lists_ending_every_line_with_a_period_as_in_seed_002() {
            Point chairWithPeriod = Point.of(Marker.DASH, "Đồng chí {name}, {title} (chủ trì).", chair().fact());
            assertThat(ids(list(chairWithPeriod, dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ"), dash("Đại diện lãnh đạo {units}.", "Sở Y tế"))))
                    .isEmpty();
        }

        @Test
        void reports_a_semicolon_list_ending_with_a_semicolon() {
            List<Finding> found = check(list(chair(), dash("Đại diện lãnh đạo {units};", "Sở Nội vụ")));
            assertThat(found).extracting(Finding::ruleId, Finding::path)
                    .containsExactly(org.assertj.core.api.Assertions.tuple("ND30-LIST-PUNCT", "body[0].points[1]"));
            Invitation fixed = RuleEngine.applyFixes(list(chair(), dash("Đại diện lãnh đạo {units};", "Sở Nội vụ")), found);
            assertThat(fixed.outline().flatten().get(2).text().plain()).isEqualTo("Đại diện lãnh đạo Sở Nội vụ.");
        }

        @Test
        void keeps_emphasis_when_it_fixes_the_ending() {
            Invitation inv = list(chair(), dash("**Đại diện lãnh đạo {units}.**", "Sở Nội vụ"), dash("Đại diện lãnh đạo {units}.", "Sở Y tế"));
            Invitation fixed = RuleEngine.applyFixes(inv, check(inv));
            assertThat(fixed.body().get(0).points().get(1).text().markup()).isEqualTo("**Đại diện lãnh đạo {units}**;");
        }
    }

    @Nested
    class numbering {
        @Test
        void accepts_the_decree_order_and_nested_khoan() {
            Invitation inv = body(gm(), Point.of(Marker.ROMAN, "THÀNH PHẦN",
                            Point.of(Marker.NUMBER, "Tại điểm cầu tỉnh:", Point.of(Marker.LETTER, "Lãnh đạo tỉnh:", chair()),
                                    Point.of(Marker.LETTER, "Các sở:", dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ"))),
                            Point.of(Marker.NUMBER, "Tổ chức:", Point.of(Marker.NESTED_NUMBER, "Kinh phí: ngân sách tỉnh."))),
                    Point.of(Marker.ROMAN, "THỜI GIAN, ĐỊA ĐIỂM", time(MEETING), place()), closing());
            assertThat(ids(inv)).isEmpty();
            Invitation mixed = body(gm(), Point.of(Marker.ROMAN, "THÀNH PHẦN", participants(chair(), dash("Đại diện lãnh đạo {units}.",
                    "Sở Nội vụ"))), time(MEETING), place(), closing());
            assertThat(check(mixed)).extracting(Finding::ruleId, Finding::path).containsExactly(
                    org.assertj.core.api.Assertions.tuple("ND30-POINT-MIX", "body[1]"),
                    org.assertj.core.api.Assertions.tuple("ND30-POINT-MIX", "body[2]"));
        }

        @Test
        void rejects_a_khoan_under_a_diem_and_a_nested_number_without_its_khoan() {
            Invitation under = body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                    Point.of(Marker.LETTER, "Tổ chức:", Point.of(Marker.NUMBER, "Kinh phí: ngân sách tỉnh.")), closing());
            assertThat(ids(under)).contains("ND30-POINT-LEVEL");
            Invitation loose = body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                    Point.of(Marker.NONE, "Tổ chức:", Point.of(Marker.NESTED_NUMBER, "Kinh phí: ngân sách tỉnh.")), closing());
            assertThat(check(loose)).extracting(Finding::ruleId, Finding::path)
                    .contains(org.assertj.core.api.Assertions.tuple("ND30-POINT-LEVEL", "body[3].points[0]"));
        }
    }

    @Test
    void end_mark_fix_turns_the_final_period_into_the_closing_mark() {
        Invitation inv = body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                Point.paragraph("Rất mong các đồng chí đến dự đúng giờ."));
        Invitation fixed = RuleEngine.applyFixes(inv, check(inv));
        assertThat(fixed.outline().flatten().get(5).text().plain()).isEqualTo("Rất mong các đồng chí đến dự đúng giờ./.");
        assertThat(ids(fixed)).isEmpty();
    }

    @Test
    void content_dates_follow_the_date_line_padding_and_the_fix_pads_them() {
        Invitation inv = body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                Point.paragraph("Gửi báo cáo trước ngày 8/5/2026, ngày 10 tháng 1 năm 2027 tổng kết, ngày 05/02/2027 sơ kết./."));
        List<Finding> found = check(inv);
        assertThat(found).extracting(Finding::ruleId, Finding::expected).containsExactlyInAnyOrder(
                org.assertj.core.api.Assertions.tuple("ND30-CONTENT-DATE-PAD", "08/5/2026"),
                org.assertj.core.api.Assertions.tuple("ND30-CONTENT-DATE-PAD", "ngày 10 tháng 01 năm 2027"));
        assertThat(ids(RuleEngine.applyFixes(inv, found))).isEmpty();
        assertThat(ids(body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                Point.paragraph("Gửi báo cáo trước ngày 08/5/2026, ngày 10 tháng 01 năm 2027, ngày 15/10/2026./.")))).isEmpty();
    }

    @Test
    void content_that_never_pads_is_consistent_and_left_alone() {
        // the Thanh Hóa HĐND notice of 2025 and the Hải Phòng notice 245/TB-UBND write every date short
        assertThat(ids(body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                Point.paragraph("Kỳ họp diễn ra trong 1,5 ngày, từ ngày 8 đến 9/12/2025; lịch cũ ngày 29/6/2021 (thứ Ba)./."))))
                .doesNotContain("ND30-CONTENT-DATE-PAD");
        // the Tân Đoàn notice pads 01/10/2021 and writes 9/7/2025 and 6/9/2025 short: two findings
        assertThat(check(body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                Point.paragraph("Căn cứ Thông tư số 04/2021/TT-TTCP ngày 01/10/2021; Quyết định số 17/QĐ-UBND ngày 9/7/2025; "
                        + "Quyết định số 168a/QĐ-UBND ngày 6/9/2025./."))))
                .filteredOn(f -> f.ruleId().equals("ND30-CONTENT-DATE-PAD")).extracting(Finding::expected)
                .containsExactlyInAnyOrder("09/7/2025", "06/9/2025");
    }

    @Test
    void a_basis_document_is_cited_with_its_number_in_the_opening() {
        BasisDocument cited = new BasisDocument("Công văn", "12/SNV-VP", LocalDate.of(2026, 5, 2), "Sở Nội vụ");
        assertThat(ids(opening(gm(), "Thực hiện Công văn số 12/SNV-VP của Sở Nội vụ, Ủy ban nhân dân tỉnh trân trọng kính mời:", cited)))
                .isEmpty();
        assertThat(ids(opening(gm(), "Ủy ban nhân dân tỉnh trân trọng kính mời:", cited))).containsExactly("ND30-BASIS-CITE");
    }

    @Test
    void the_giay_moi_content_rules_leave_a_cong_van_alone() {
        Invitation bare = body(cv(), Point.paragraph("Ủy ban nhân dân tỉnh đề nghị các sở cử đại diện dự họp./."));
        assertThat(ids(bare)).isEmpty();
    }

    @Test
    void wording_alone_satisfies_the_giay_moi_content_rules() {
        Invitation worded = body(opening(gm(), "Ủy ban nhân dân tỉnh trân trọng kính mời đại diện lãnh đạo Sở Nội vụ dự họp."),
                Point.of(Marker.NUMBER, "Chủ trì: đồng chí Phó Chủ tịch UBND tỉnh."),
                Point.of(Marker.NUMBER, "Thời gian: 08 giờ 00, thứ Ba, ngày 12/5/2026."),
                Point.of(Marker.NUMBER, "Địa điểm: Phòng họp số 1, trụ sở UBND tỉnh./."));
        assertThat(ids(worded)).isEmpty();
    }
}
