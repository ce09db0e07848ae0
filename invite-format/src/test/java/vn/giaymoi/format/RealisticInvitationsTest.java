package vn.giaymoi.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.RuleEngine;

/**
 * Correct invitations of kinds the seeds do not show (a Sở, a commune after the 2025 reform, the TM./KT., Q. and
 * TUQ. stacks, a HỎA TỐC mark, a meeting over two days): every one must pass the standard rules without a single
 * finding, since any finding on them would be a false one.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RealisticInvitationsTest {
    private static final InvitationFormat FORMAT = new InvitationFormat();
    private static final RuleEngine ENGINE = RuleEngine.standard();

    private static Invitation parse(String yaml) {
        return FORMAT.read(yaml, Syntax.YAML, "thu.yaml").fold(i -> i, p -> {
            throw new AssertionError(p.toString());
        });
    }

    private static List<Finding> issue(String yaml, String today) {
        return ENGINE.check(parse(yaml), CheckContext.issuing(LocalDate.parse(today)));
    }

    static final String SO_NOI_VU = """
            kind: giay-moi
            issuer:
              parent: UBND TỈNH HÀ TĨNH
              name: SỞ NỘI VỤ
              abbreviation: SNV
              level: tinh
              province: Hà Tĩnh
            number: 25/GM-SNV
            place: Hà Tĩnh
            date: 2026-03-10
            subject: Hội nghị triển khai công tác cải cách hành chính năm 2026
            urgency: hoa-toc
            body:
              - text: "Sở Nội vụ trân trọng kính mời:"
                points:
                  - marker: "-"
                    text: "Đại diện lãnh đạo {units};"
                    invitee: {representative: true, units: [các sở, ban, ngành cấp tỉnh]}
                  - marker: "-"
                    text: "Đại diện lãnh đạo {units}."
                    invitee: {representative: true, units: [UBND các xã, phường]}
              - text: Tới dự Hội nghị triển khai công tác cải cách hành chính năm 2026.
              - text: "Chủ trì: Đồng chí {name}, {title}."
                invitee: {name: Nguyễn Văn Hùng, title: Giám đốc Sở Nội vụ, chair: true}
              - text: "Thời gian: {start}, {weekday}, ngày {date}."
                session: {date: 2026-03-13, start: "08:00"}
              - text: "Địa điểm: {name}."
                venue: {name: "Hội trường tầng 4, Sở Nội vụ", level: tinh}
              - text: Rất mong các đồng chí đến dự đúng giờ./.
            distribution:
              - Như thành phần mời;
              - Giám đốc, các PGĐ Sở;
              - "Lưu: VT, CCHC."
            signature:
              authority: [KT. GIÁM ĐỐC]
              title: PHÓ GIÁM ĐỐC
              signer: Trần Thị Lan
            """;

    static final String XA = """
            kind: giay-moi
            issuer:
              name: |-
                ỦY BAN NHÂN DÂN
                XÃ ĐỨC THỌ
              abbreviation: UBND
              level: xa
              province: Hà Tĩnh
            number: 12/GM-UBND
            place: Đức Thọ
            date: 2025-09-04
            subject: Họp giao ban công tác tháng 9 năm 2025
            body:
              - marker: "1."
                text: "Thành phần, trân trọng kính mời:"
                points:
                  - marker: "-"
                    text: "Đồng chí {name}, {title} ({note});"
                    invitee: {name: Lê Văn Bình, title: Chủ tịch UBND xã, chair: true, note: chủ trì}
                  - marker: "-"
                    text: "Trưởng các {units}."
                    invitee: {units: [thôn trên địa bàn xã]}
              - marker: "2."
                text: "Thời gian: {start}, {weekday}, ngày {date}."
                session: {date: 2025-09-10, start: "14:00"}
              - marker: "3."
                text: "Địa điểm: {name}./."
                venue: {name: Hội trường UBND xã, level: xa}
            distribution:
              - Như thành phần mời;
              - "Lưu: VT, VP."
            signature:
              authority: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH]
              title: PHÓ CHỦ TỊCH
              signer: Phan Thị Hoa
            """;

    @Test
    void a_So_invitation_signed_for_the_director_and_marked_HOA_TOC_is_clean() {
        assertThat(issue(SO_NOI_VU, "2026-03-10")).isEmpty();
    }

    @Test
    void a_commune_invitation_after_the_reform_signed_TM_KT_is_clean() {
        assertThat(issue(XA, "2025-09-04")).isEmpty();
    }

    @Test
    void an_acting_director_signs_with_Q() {
        String yaml = SO_NOI_VU.replace("authority: [KT. GIÁM ĐỐC]\n  title: PHÓ GIÁM ĐỐC", "authority: [Q. GIÁM ĐỐC]");
        assertThat(yaml).contains("Q. GIÁM ĐỐC").doesNotContain("PHÓ GIÁM ĐỐC");
        assertThat(issue(yaml, "2026-03-10")).isEmpty();
    }

    @Test
    void a_head_of_unit_signs_by_written_authorisation_with_TUQ() {
        String yaml = SO_NOI_VU.replace("[KT. GIÁM ĐỐC]\n  title: PHÓ GIÁM ĐỐC",
                "[TUQ. GIÁM ĐỐC]\n  title: TRƯỞNG PHÒNG CẢI CÁCH HÀNH CHÍNH");
        assertThat(yaml).contains("TUQ. GIÁM ĐỐC");
        assertThat(issue(yaml, "2026-03-10")).isEmpty();
    }

    @Test
    void a_director_signs_in_his_own_name_with_only_a_title() {
        String yaml = SO_NOI_VU.replace("authority: [KT. GIÁM ĐỐC]\n  title: PHÓ GIÁM ĐỐC", "title: GIÁM ĐỐC");
        assertThat(yaml).doesNotContain("KT.");
        assertThat(issue(yaml, "2026-03-10")).isEmpty();
    }

    @Test
    void a_meeting_over_two_days_in_two_sessions_is_clean() {
        String yaml = SO_NOI_VU.replace("""
                  - text: "Thời gian: {start}, {weekday}, ngày {date}."
                    session: {date: 2026-03-13, start: "08:00"}
                """, """
                  - text: "Thời gian: 02 ngày, cụ thể:"
                    points:
                      - marker: "-"
                        text: "Buổi thứ nhất: từ {start} đến {end}, {weekday}, ngày {date};"
                        session: {date: 2026-03-13, start: "08:00", end: "11:30"}
                      - marker: "-"
                        text: "Buổi thứ hai: từ {start} đến {end}, {weekday}, ngày {date}."
                        session: {date: 2026-03-16, start: "14:00", end: "17:00"}
                """);
        assertThat(yaml).contains("Buổi thứ hai");
        assertThat(parse(yaml).meeting().sessions()).hasSize(2);
        assertThat(issue(yaml, "2026-03-10")).isEmpty();
    }

    @Test
    void a_HOA_TOC_invitation_may_call_a_meeting_for_the_same_afternoon() {
        String yaml = SO_NOI_VU.replace("{date: 2026-03-13, start: \"08:00\"}", "{date: 2026-03-10, start: \"14:00\"}");
        assertThat(yaml).contains("2026-03-10, start");
        assertThat(issue(yaml, "2026-03-10")).isEmpty();
    }

    @Test
    void a_ward_writes_its_own_name_as_the_place_and_the_weekday_in_plain_words() {
        String yaml = XA.replace("XÃ ĐỨC THỌ", "PHƯỜNG THÀNH SEN").replace("place: Đức Thọ", "place: Thành Sen")
                .replace("text: \"Thời gian: {start}, {weekday}, ngày {date}.\"\n    session: {date: 2025-09-10, start: \"14:00\"}",
                        "text: \"Thời gian: 14 giờ 00 phút, thứ Tư, ngày 10/9/2025.\"");
        assertThat(yaml).contains("PHƯỜNG THÀNH SEN").contains("thứ Tư, ngày 10/9/2025");
        assertThat(issue(yaml, "2025-09-04")).isEmpty();
    }

    @Test
    void a_Sunday_meeting_is_written_Chu_nhat() {
        String yaml = SO_NOI_VU.replace("{date: 2026-03-13, start: \"08:00\"}", "{date: 2026-03-15, start: \"07:30\"}");
        assertThat(parse(yaml).outline().entries().get(3).text().plain()).contains("Chủ nhật, ngày 15/3/2026");
        assertThat(issue(yaml, "2026-03-10")).isEmpty();
    }

    static final String CONG_VAN_SO = """
            kind: cong-van
            issuer:
              parent: UBND TỈNH HÀ TĨNH
              name: SỞ TÀI CHÍNH
              abbreviation: STC
              level: tinh
              province: Hà Tĩnh
            number: 418/STC-NS
            place: Hà Tĩnh
            date: 2026-02-05
            subject: V/v mời họp thẩm định dự toán năm 2026
            addressees:
              - Ủy ban nhân dân các xã, phường
            body:
              - text: >-
                  Sở Tài chính trân trọng kính mời đại diện lãnh đạo Ủy ban nhân dân các xã, phường dự họp thẩm định
                  dự toán năm 2026, cụ thể như sau:
              - marker: "1."
                text: "Thời gian: {start}, {weekday}, ngày {date}."
                session: {date: 2026-02-10, start: "08:00"}
              - marker: "2."
                text: "Địa điểm: {name}."
                venue: {name: "Phòng họp số 2, Sở Tài chính", level: tinh}
              - text: Đề nghị các đơn vị mang theo hồ sơ dự toán (*kèm theo Phụ lục*)./.
            distribution:
              - Như trên;
              - Giám đốc Sở (để b/c);
              - "Lưu: VT, NS."
            signature:
              authority: [TL. GIÁM ĐỐC]
              title: TRƯỞNG PHÒNG NGÂN SÁCH
              signer: Võ Văn Thành
            """;

    @Test
    void a_So_cong_van_with_one_addressee_on_the_Kinh_gui_line_is_clean() {
        assertThat(issue(CONG_VAN_SO, "2026-02-05")).isEmpty();
    }

    @Test
    void the_archive_line_may_carry_copies_kept_and_the_drafter_mark_of_box_12() {
        String yaml = SO_NOI_VU.replace("\"Lưu: VT, CCHC.\"", "\"Lưu: VT, CCHC (2). NTL.(30).\"");
        assertThat(yaml).contains("NTL.(30)");
        assertThat(issue(yaml, "2026-03-10")).isEmpty();
        assertThat(issue(SO_NOI_VU.replace("\"Lưu: VT, CCHC.\"", "\"Lưu: VT. NTL.(30).\""), "2026-03-10")).isEmpty();
    }

    @Test
    void the_chair_may_be_a_plain_heading_without_typed_data() {
        String yaml = SO_NOI_VU.replace("""
                  - text: "Chủ trì: Đồng chí {name}, {title}."
                    invitee: {name: Nguyễn Văn Hùng, title: Giám đốc Sở Nội vụ, chair: true}
                """, """
                  - text: "Chủ trì: Đồng chí Nguyễn Văn Hùng, Giám đốc Sở Nội vụ."
                """);
        assertThat(yaml).doesNotContain("chair: true");
        assertThat(issue(yaml, "2026-03-10")).isEmpty();
    }

    @Test
    void mistakes_in_these_invitations_are_all_found() {
        List<String> ids = issue(SO_NOI_VU
                .replace("authority: [KT. GIÁM ĐỐC]\n  title: PHÓ GIÁM ĐỐC", "authority: [TUQ. GIÁM ĐỐC, KT. TRƯỞNG PHÒNG]\n  title: PHÓ TRƯỞNG PHÒNG")
                .replace("name: SỞ NỘI VỤ", "name: SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
                .replace("signer: Trần Thị Lan", "signer: TS. Trần Thị Lan"), "2026-03-10")
                .stream().map(Finding::ruleId).toList();
        assertThat(ids).contains("ND30-SIGN-TUQ-KT", "REFORM-2025-DEPARTMENT", "ND30-SIGN-NAME-TITLE");
        List<String> commune = issue(XA.replace("XÃ ĐỨC THỌ", "HUYỆN ĐỨC THỌ")
                .replace("text: \"Thời gian: {start}, {weekday}, ngày {date}.\"\n    session: {date: 2025-09-10, start: \"14:00\"}",
                        "text: \"Thời gian: 14 giờ 00 phút, thứ Năm, ngày 10/9/2025.\""), "2025-09-04")
                .stream().map(Finding::ruleId).toList();
        assertThat(commune).contains("REFORM-2025-DISTRICT-NAME", "MEET-WEEKDAY");
        List<String> kt = issue(SO_NOI_VU.replace("title: PHÓ GIÁM ĐỐC", "title: GIÁM ĐỐC"), "2026-03-10")
                .stream().map(Finding::ruleId).toList();
        assertThat(kt).contains("ND30-SIGN-KT");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} / {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "UBND TỈNH HÀ TĨNH | VĂN PHÒNG | Hà Tĩnh | tinh | Hà Tĩnh | TL. CHỦ TỊCH, KT. CHÁNH VĂN PHÒNG | PHÓ CHÁNH VĂN PHÒNG",
            " | ỦY BAN NHÂN DÂN\\nTHÀNH PHỐ HÀ NỘI | Hà Nội | tinh | Hà Nội | TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH | PHÓ CHỦ TỊCH",
            " | ỦY BAN NHÂN DÂN\\nTHÀNH PHỐ HỒ CHÍ MINH | Thành phố Hồ Chí Minh | tinh | Hồ Chí Minh | TM. ỦY BAN NHÂN DÂN | CHỦ TỊCH",
            " | ỦY BAN NHÂN DÂN\\nTHÀNH PHỐ HUẾ | Huế | tinh | Huế | TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH | PHÓ CHỦ TỊCH",
            " | ỦY BAN NHÂN DÂN\\nĐẶC KHU CÔN ĐẢO | Côn Đảo | xa | Hồ Chí Minh | TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH | PHÓ CHỦ TỊCH",
            " | HỘI ĐỒNG NHÂN DÂN\\nTỈNH NGHỆ AN | Nghệ An | tinh | Nghệ An | TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN, KT. CHỦ TỊCH | PHÓ CHỦ TỊCH",
            "UBND TỈNH GIA LAI | BAN QUẢN LÝ KHU KINH TẾ | Gia Lai | tinh | Gia Lai | KT. TRƯỞNG BAN | PHÓ TRƯỞNG BAN",
            "UBND TỈNH QUẢNG TRỊ | SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG | Quảng Trị | tinh | Quảng Trị | Q. GIÁM ĐỐC | ",
            "UBND THÀNH PHỐ ĐÀ NẴNG | SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH | Đà Nẵng | tinh | Đà Nẵng | KT. GIÁM ĐỐC | PHÓ GIÁM ĐỐC",
    })
    void issuers_after_the_2025_reform_are_clean(String parent, String name, String place, String level, String province,
            String authority, String title) {
        String yaml = SO_NOI_VU.replace("  parent: UBND TỈNH HÀ TĨNH\n", parent == null ? "" : "  parent: " + parent + "\n")
                .replace("  name: SỞ NỘI VỤ", "  name: \"" + name + "\"")
                .replace("place: Hà Tĩnh", "place: " + place)
                .replace("level: tinh\n  province: Hà Tĩnh", "level: " + level + "\n  province: " + province)
                .replace("[KT. GIÁM ĐỐC]", "[" + authority + "]")
                .replace("title: PHÓ GIÁM ĐỐC", title == null ? "" : "title: " + title)
                .replace("urgency: hoa-toc\n", "")
                .replace("Sở Nội vụ trân trọng", "Cơ quan trân trọng");
        assertThat(issue(yaml, "2026-03-10")).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Thời gian: 02 ngày, từ thứ Hai, ngày 16/3 đến hết thứ Ba, ngày 17/3/2026.",
            "Thời gian: từ 07 giờ 30 phút đến 11 giờ 00 phút, thứ Hai, ngày 16 tháng 3 năm 2026.",
            "Thời gian: sáng thứ Hai (ngày 16/3/2026), bắt đầu lúc 08 giờ 00.",
            "Thời gian: 14 giờ 00, Chủ nhật, ngày 15/3/2026 (làm việc cả thứ Bảy, Chủ nhật theo kế hoạch).",
            "Thời gian: 01 buổi, bắt đầu từ 08 giờ 00, thứ Hai, ngày 16/3/2026 và thứ Tư, ngày 18/3/2026.",
    })
    void time_lines_written_in_plain_words_are_clean(String line) {
        String yaml = SO_NOI_VU.replace("""
                  - text: "Thời gian: {start}, {weekday}, ngày {date}."
                    session: {date: 2026-03-13, start: "08:00"}
                """, "  - text: \"" + line + "\"\n");
        assertThat(yaml).contains(line);
        assertThat(issue(yaml, "2026-03-10")).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "REFORM-2025-PROVINCE       | province: Hà Tĩnh               | province: Quảng Bình",
            "REFORM-2025-TOWNSHIP       | XÃ ĐỨC THỌ                      | THỊ TRẤN ĐỨC THỌ",
            "ND30-DATE-PAD              | date: 2025-09-04                | date: {day: \"4\", month: \"9\", year: 2025}",
            "ND30-MONTH-PAD-3-9         | date: 2025-09-04                | date: {day: \"04\", month: \"09\", year: 2025}",
            "ND30-NUMBER-PAD            | number: 12/GM-UBND              | number: 012/GM-UBND",
            "ND30-GM-SYMBOL             | number: 12/GM-UBND              | number: 12/UBND-VP",
            "ND30-ARCHIVE-PERIOD        | \"Lưu: VT, VP.\"                 | \"Lưu: VT, VP;\"",
            "ND30-SIGN-TITLE-OFFICIAL   | title: PHÓ CHỦ TỊCH             | title: PHÓ CHỦ TỊCH PHỤ TRÁCH",
            "ND30-SIGN-NAME-CASE        | signer: Phan Thị Hoa            | signer: PHAN THỊ HOA",
            "ND30-WEEKDAY-FORM          | {start}, {weekday}, ngày {date} | {start}, thứ 4, ngày {date}",
            "ND30-END-MARK              | \"Địa điểm: {name}./.\"          | \"Địa điểm: {name}.\"",
    })
    void a_single_mistake_in_the_commune_invitation_is_found(String rule, String from, String to) {
        assertThat(XA).contains(from);
        assertThat(issue(XA.replace(from, to), "2025-09-04")).extracting(Finding::ruleId).contains(rule);
    }

    @Test
    void time_and_place_said_in_one_sentence_without_headings_are_recognised() {
        String yaml = SO_NOI_VU.replace("""
                  - text: "Thời gian: {start}, {weekday}, ngày {date}."
                    session: {date: 2026-03-13, start: "08:00"}
                  - text: "Địa điểm: {name}."
                    venue: {name: "Hội trường tầng 4, Sở Nội vụ", level: tinh}
                """, """
                  - text: Vào lúc 08 giờ 00, thứ Sáu, ngày 13/3/2026, tại Hội trường tầng 4, Sở Nội vụ.
                """);
        assertThat(yaml).doesNotContain("Thời gian", "Địa điểm");
        assertThat(issue(yaml, "2026-03-10")).isEmpty();
        String noPlace = yaml.replace(", tại Hội trường tầng 4, Sở Nội vụ.", ".");
        assertThat(issue(noPlace, "2026-03-10")).extracting(Finding::ruleId).containsExactly("ND30-GM-PLACE");
        String noTime = yaml.replace("Vào lúc 08 giờ 00, thứ Sáu, ngày 13/3/2026, tại", "Tại");
        assertThat(issue(noTime, "2026-03-10")).extracting(Finding::ruleId).containsExactly("ND30-GM-TIME");
    }
}
