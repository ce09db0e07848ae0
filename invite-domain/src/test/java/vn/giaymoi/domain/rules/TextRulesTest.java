package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.domain.rules.Docs.*;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Point;

/**
 * The wording rules on sentences of real documents (the corpus in invite-format, src/test/resources/real, and the
 * facts in needs-breadth-model.md there): each fires on the wording as printed and is silent on the wording made
 * consistent.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextRulesTest {
    /** The fixture giấy mời (meeting 08 giờ 00, 12/5/2026) with {@code lines} as paragraphs before its closing. */
    private static Invitation with(String... lines) {
        Point[] points = new Point[lines.length + 4];
        points[0] = participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ"));
        points[1] = time(MEETING);
        points[2] = place();
        for (int i = 0; i < lines.length; i++) points[3 + i] = Point.paragraph(lines[i]);
        points[points.length - 1] = closing();
        return body(gm(), points);
    }

    private static List<Finding> check(Rule rule, Invitation inv) {
        return rule.check(inv, DRAFT);
    }

    @Nested
    class spelling_variants {
        private final Rule rule = new TextRules.SpellingVariant();

        @Test
        void Uy_with_both_tone_placements_in_the_Hai_Duong_invitation_is_one_warning() {
            List<Finding> found = check(rule, with("Các đồng chí Thường trực Tỉnh uỷ, Thường vụ Tỉnh uỷ;",
                    "Lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh;"));
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.isWarning()).isTrue();
                assertThat(f.messageVi()).contains("'uỷ'", "'ủy'");
            });
        }

        @Test
        void khoa_IX_and_khoa_X_in_one_sentence_is_a_warning_and_one_placement_is_not() {
            assertThat(check(rule, with("Ban Chấp hành Đảng bộ huyện (khoá IX) trình Đại hội đại biểu Đảng bộ huyện (khóa X)."))).hasSize(1);
            assertThat(check(rule, with("Ban Chấp hành Đảng bộ huyện (khóa IX) trình Đại hội đại biểu Đảng bộ huyện (khóa X)."))).isEmpty();
            assertThat(check(rule, with("Các đồng chí Thường trực Tỉnh ủy;", "Lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh;"))).isEmpty();
        }
    }

    @Nested
    class clock_times {
        private final Rule notation = new TextRules.TimeNotation();
        private final Rule dash = new TextRules.RangeDash();

        @Test
        void _8h30_next_to_08_gio_00_is_two_notations() {
            List<Finding> found = check(notation, with("Thời gian: 8h30 thứ Ba ngày 12 tháng 5 năm 2026."));
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.path()).isEqualTo("body[3]");
                assertThat(f.actual()).isEqualTo("8h30");
                assertThat(f.expected()).isEqualTo("08 giờ 00");
            });
            assertThat(check(notation, with("Đại biểu có mặt trước 07 giờ 45 phút để đón tiếp."))).isEmpty();
        }

        @Test
        void a_bare_number_of_hours_is_not_a_clock_time_unless_lúc_or_từ_comes_before() {
            assertThat(TextRules.clocks("gửi trước 24 giờ")).isEmpty();
            assertThat(TextRules.clocks("khai mạc vào lúc 19h ngày 25/10/2023")).extracting(TextRules.Clock::minutes).containsExactly(19 * 60);
            assertThat(TextRules.clocks("Vào lúc 8 giờ 00, ngày 21/5/2024")).extracting(TextRules.Clock::notation).containsExactly("giờ");
            assertThat(TextRules.clocks("bắt đầu từ 08h00’ ngày 06 tháng 12 năm 2023")).extracting(TextRules.Clock::minutes).containsExactly(480);
        }

        @Test
        void _7h30_space_dash_9h00_is_uneven_and_7h30_dash_9h00_is_not() {
            List<Finding> found = check(dash, with("Lễ phát động từ 7h30 -9h00."));
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.actual()).isEqualTo("7h30 -9h00");
                assertThat(f.expected()).isEqualTo("7h30 - 9h00");
            });
            assertThat(check(dash, with("Lễ phát động từ 7h30 - 9h00."))).isEmpty();
            assertThat(check(dash, with("Lễ phát động từ 7h30-9h00."))).isEmpty();
        }

        @Test
        void a_hyphen_in_one_range_and_an_en_dash_in_another_is_a_warning() {
            assertThat(check(dash, with("Chuyên đề B học lúc 7h30-9h00 ngày 11/12/2021.", "Chuyên đề A học lúc 14h45–16h15 ngày 11/12/2021.")))
                    .singleElement().satisfies(f -> assertThat(f.messageVi()).contains("Gạch nối"));
        }
    }

    @Nested
    class zero_padding_and_abbreviations {
        @Test
        void _05_sinh_vien_and_3_nguoi_in_one_document_is_a_warning() {
            Rule rule = new TextRules.ZeroPadding();
            assertThat(check(rule, with("Mỗi khoa cử 05 sinh viên dự Hội nghị.", "Mỗi tiểu ban cử 3 người làm thư ký."))).hasSize(1);
            assertThat(check(rule, with("Mỗi khoa cử 05 sinh viên dự Hội nghị.", "Mỗi tiểu ban cử 03 người làm thư ký."))).isEmpty();
            assertThat(check(rule, with("Kỳ họp diễn ra trong 2 ngày 25 và 26/10/2023."))).isEmpty();
        }

        @Test
        void HĐND_and_HDND_are_one_abbreviation_spelt_two_ways() {
            Rule rule = new TextRules.Abbreviation();
            assertThat(check(rule, with("Thường trực HĐND tỉnh;", "Lãnh đạo các Ban HDND tỉnh."))).singleElement()
                    .satisfies(f -> assertThat(f.messageVi()).contains("'HĐND'", "'HDND'"));
            assertThat(check(rule, with("Thường trực HĐND tỉnh;", "Lãnh đạo các Ban HĐND tỉnh, UBMTTQ tỉnh."))).isEmpty();
        }
    }

    @Nested
    class durations_and_weekdays {
        @Test
        void half_a_day_from_7h30_to_9h00_is_a_warning_and_from_7h30_to_11h00_is_not() {
            Rule rule = new TextRules.DurationFitsRange();
            assertThat(check(rule, with("Thời gian: ½ ngày, từ 7h30 -9h00, thứ Ba, ngày 06/02/2018."))).singleElement()
                    .satisfies(f -> assertThat(f.expected()).isEqualTo("1 giờ 30 phút"));
            assertThat(check(rule, with("Thời gian: ½ ngày, từ 7h30 - 11h00, thứ Ba, ngày 06/02/2018."))).isEmpty();
            assertThat(check(rule, with("Thời gian: 01 ngày, từ 7h30 đến 16h30, thứ Ba, ngày 06/02/2018."))).isEmpty();
            assertThat(check(rule, with("Thời gian: 01 ngày, từ 7h30 đến 9h30, thứ Ba, ngày 06/02/2018."))).hasSize(1);
        }

        @Test
        void a_weekday_with_a_part_of_day_is_checked_against_the_date_of_its_sentence() {
            Rule rule = new TextRules.WeekdayInSentence();
            // 17/5/2024 is a Friday
            assertThat(check(rule, with("Gặp mặt đại biểu ngày 17/5/2024 (Tối thứ Tư) tại nhà khách."))).singleElement()
                    .satisfies(f -> {
                        assertThat(f.isError()).isTrue();
                        assertThat(f.expected()).isEqualTo("thứ Sáu");
                    });
            assertThat(check(rule, with("Gặp mặt đại biểu ngày 17/5/2024 (Tối thứ Sáu) tại nhà khách."))).isEmpty();
            assertThat(check(rule, with("Vào lúc 14 giờ, ngày 23/5/2024 (hiều thứ năm), tại hội trường Nhà Văn hóa xã."))).isEmpty();
        }

        @Test
        void a_weekday_in_digits_after_a_clock_time_and_away_from_its_date_is_that_dates_weekday() {
            Rule rule = new TextRules.WeekdayInSentence();
            // the wording of a school's notice ("trước 17h00, thứ 6 hằng tuần"), dated: 12/5/2026 is a Tuesday
            assertThat(check(rule, with("Nộp báo cáo trước 17h00 thứ 6 tuần này (ngày 12/5/2026) về Văn phòng."))).singleElement()
                    .satisfies(f -> {
                        assertThat(f.actual()).isEqualTo("thứ 6");
                        assertThat(f.expected()).isEqualTo("thứ Ba");
                    });
            assertThat(check(rule, with("Nộp báo cáo trước 17h00 thứ 3 tuần này (ngày 12/5/2026) về Văn phòng."))).isEmpty();
            assertThat(check(rule, with("Thời gian: 14 giờ 30 phút thứ 5 tuần này, ngày 12/5/2026."))).hasSize(1);
            // an ordinal after a time is still an ordinal: the third of the day's sessions
            assertThat(check(rule, with("Từ 14h00 thứ tự các đơn vị báo cáo như sau, ngày 12/5/2026."))).isEmpty();
        }

        @Test
        void Chu_Nhat_with_a_capital_N_mid_sentence_is_a_warning_and_a_campaign_name_is_not() {
            Rule form = new ContentRules.WeekdayForm();
            // a citizen-reception notice: "các ngày làm việc trong tuần (trừ thứ Bảy, Chủ Nhật và ngày lễ)"
            String line = "Tiếp công dân vào các ngày làm việc trong tuần (trừ thứ Bảy, Chủ Nhật và ngày lễ, Tết).";
            assertThat(check(form, with(line))).singleElement().satisfies(f -> {
                assertThat(f.actual()).isEqualTo("Chủ Nhật");
                assertThat(f.expected()).isEqualTo("Chủ nhật");
            });
            assertThat(check(form, with(line.replace("Chủ Nhật", "Chủ nhật")))).isEmpty();
            assertThat(check(form, with("Đoàn viên tham gia Ngày hội Chủ Nhật Đỏ lần thứ XVII tại Nhà Văn hóa."))).isEmpty();
        }

        @Test
        void an_ordinal_such_as_Ky_hop_thu_Hai_is_not_a_weekday() {
            assertThat(check(new TextRules.WeekdayInSentence(), with(
                    "Thường trực HĐND huyện đã mời các đại biểu dự Kỳ họp thứ Hai vào sáng ngày 10/8/2021."))).isEmpty();
        }
    }

    @Test
    void a_giay_moi_naming_its_place_after_tại_states_its_place() {
        Rule place = ContentRules.GiayMoiStates.place();
        Invitation noPlace = body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), closing());
        assertThat(check(place, noPlace)).hasSize(1);
        Invitation named = body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING),
                Point.paragraph("Kính mời các đồng chí về dự Lễ kỉ niệm tại Đền Văn Hiến./."));
        assertThat(check(place, named)).isEmpty();
        assertThat(check(place, body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING),
                Point.paragraph("Thực hiện ý kiến tại văn bản số 705-CV/VPTU./.")))).hasSize(1);
    }

    @Nested
    class cited_numbers_typos_and_spaces {
        @Test
        void _05_GM_en_dash_CTGPL_and_247_space_TT_are_written_compactly() {
            Rule rule = new TextRules.CitedNumberFormat();
            assertThat(check(rule, with("Thực hiện Giấy mời số 05/GM – CTGPL của Ban Tổ chức."))).singleElement()
                    .satisfies(f -> assertThat(f.expected()).isEqualTo("05/GM-CTGPL"));
            assertThat(check(rule, with("Hội đồng Đội Trung ương đã ban hành Thông tri số 247 -TT/HĐĐTW."))).singleElement()
                    .satisfies(f -> assertThat(f.expected()).isEqualTo("247-TT/HĐĐTW"));
            assertThat(check(rule, with("Thực hiện Giấy mời số 27-GM/BTGTU và Công văn số 1822-CV/BTGTU.",
                    "Căn cứ Công văn số 5325/BNV-CCHC ngày 24/10/2021."))).isEmpty();
        }

        @Test
        void a_legal_document_number_with_its_year_and_a_space_after_the_dash_is_written_compactly() {
            Rule rule = new TextRules.CitedNumberFormat();
            // the Tân Đoàn (Lạng Sơn) notice of 2025 cites "Thông tư số 04/2021/TT- TTCP"
            assertThat(check(rule, with("Căn cứ Thông tư số 04/2021/TT- TTCP ngày 01/10/2021 của Thanh tra Chính phủ."))).singleElement()
                    .satisfies(f -> assertThat(f.expected()).isEqualTo("04/2021/TT-TTCP"));
            assertThat(check(rule, with("Căn cứ Thông tư số 01/2021/TT-TTCP ngày 11/3/2021; Quyết định số 168a/QĐ-UBND ngày 6/9/2025; "
                    + "Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN."))).isEmpty();
        }

        @Test
        void a_time_with_h_and_phut_mixes_two_notations() {
            Rule rule = new TextRules.TimeNotation();
            java.util.function.Function<Invitation, List<Finding>> mixedInOne = inv -> check(rule, inv).stream()
                    .filter(f -> f.messageVi().contains("trộn hai cách viết")).toList();
            // the Quyết Tiến (Lai Châu) notice of 2022
            assertThat(mixedInOne.apply(with("Khai mạc Hội thi: Từ 7h30 phút đến 17h00 ngày 29/10/2022."))).singleElement()
                    .satisfies(f -> {
                        assertThat(f.actual()).isEqualTo("7h30 phút");
                        assertThat(f.expected()).isEqualTo("7h30");
                        assertThat(f.messageVi()).contains("7 giờ 30 phút");
                    });
            assertThat(mixedInOne.apply(with("Khai mạc Hội thi: Từ 7h30 đến 17h00 ngày 29/10/2022; 15 phút giải lao."))).isEmpty();
            assertThat(mixedInOne.apply(with("Khai mạc lúc 7 giờ 30 phút, bế mạc lúc 17 giờ 00 phút ngày 29/10/2022."))).isEmpty();
        }

        @Test
        void chu_thich_and_thi_thanh_an_are_typos_with_their_corrections() {
            Rule rule = new TextRules.CommonTypo();
            // the Tân Đoàn (Lạng Sơn) notice of 2025 and the Phú Thọ HĐND report of 22/10/2025
            assertThat(check(rule, with("Trường hợp đột xuất, Chủ thịch UBND xã uỷ quyền cho một Phó Chủ tịch UBND xã tiếp công dân.")))
                    .extracting(Finding::expected).containsExactly("Chủ tịch");
            assertThat(check(rule, with("Báo cáo công tác năm 2025 của Cơ quan thi thành án dân sự tỉnh."))).extracting(Finding::expected)
                    .containsExactly("thi hành án");
            assertThat(check(rule, with("Chủ tịch UBND xã tiếp công dân; báo cáo của Cơ quan thi hành án dân sự tỉnh."))).isEmpty();
        }

        @Test
        void bo_xung_xap_xep_ky_niem_and_other_confusions_of_s_and_x_and_of_the_tones_are_typos() {
            Rule rule = new TextRules.CommonTypo();
            // sentences of real invitations (the Hà Mỗ anniversary, an HĐND session, a Party congress), each misspelt
            assertThat(check(rule, with("Trân trọng kính mời quý vị đến dự Lễ kỹ niệm 919 năm ngày sinh Đức Thánh."))).extracting(Finding::expected)
                    .containsExactly("kỷ niệm");
            assertThat(check(rule, with("Đề nghị các đơn vị bổ xung tài liệu và xắp xếp thời gian tham dự đầy đủ."))).extracting(Finding::expected)
                    .containsExactly("bổ sung", "sắp xếp");
            assertThat(check(rule, with("Thảo luận, cho ý kiến vào giự thảo Báo cáo chính trị; xem sét việc sữa đổi Quy chế."))).extracting(Finding::expected)
                    .containsExactly("dự thảo", "xem xét", "sửa đổi");
            assertThat(check(rule, with("Trân trọng kính mời quý vị đến dự Lễ kỷ niệm 919 năm ngày sinh Đức Thánh.",
                    "Đề nghị các đơn vị bổ sung tài liệu và sắp xếp thời gian tham dự đầy đủ.",
                    "Thảo luận, cho ý kiến vào dự thảo Báo cáo chính trị; xem xét việc sửa đổi Quy chế."))).isEmpty();
        }

        @Test
        void tieu_bieu_pút_and_hiều_are_typos_with_their_corrections() {
            Rule rule = new TextRules.CommonTypo();
            Invitation broken = with("Mỗi khoa cử 05 sinh viên tiểu biểu dự Hội nghị.");
            List<Finding> found = check(rule, broken);
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.expected()).isEqualTo("tiêu biểu");
                assertThat(f.fix()).isNotNull();
            });
            assertThat(check(rule, RuleEngine.applyFixes(broken, found))).isEmpty();
            assertThat(check(rule, with("Khai mạc Hội thi: Từ 7h30 đến 17h00 pút ngày 29/10/2022."))).extracting(Finding::expected)
                    .containsExactly("phút");
            assertThat(check(rule, with("Vào lúc 14 giờ, ngày 23/5/2024 (hiều thứ năm)."))).extracting(Finding::expected)
                    .containsExactly("chiều");
            assertThat(check(rule, with("Mỗi khoa cử 05 sinh viên tiêu biểu dự Hội nghị; các bạn học sinh hiểu biết."))).isEmpty();
        }

        @Test
        void a_mark_run_into_the_next_word_is_a_warning_but_TP_HCM_P_7_and_web_addresses_are_not() {
            Rule rule = new TextRules.SpaceAfterMark();
            assertThat(check(rule, with("Thời gian diễn ra trong 2 ngày 25 và 26/10/2023;Khai mạc vào lúc 19h ngày 25/10/2023."))).hasSize(1);
            assertThat(check(rule, with("Địa điểm:Trung tâm Văn hóa huyện Duy Xuyên."))).hasSize(1);
            assertThat(check(rule, with("Địa điểm: Số 81 Trần Quốc Thảo, P.7, Q.3, TP.HCM (Hội trường A tầng 2).",
                    "Tra cứu văn bản tại http://hdnd.haiduong.gov.vn và trên eCabinet."))).isEmpty();
        }
    }
}
