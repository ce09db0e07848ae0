package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.domain.rules.Docs.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.meeting.AttendeeGroup;
import vn.giaymoi.domain.meeting.Venue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReformRulesTest {
    private static List<String> ids(Invitation inv) {
        return RuleEngine.standard().check(inv, DRAFT).stream().map(Finding::ruleId).toList();
    }

    /** The fixture moved to another issue date, its meeting a week later. */
    private static Invitation issuedOn(Invitation inv, LocalDate day) {
        List<Point> body = new java.util.ArrayList<>(inv.body());
        body.set(1, time(day.plusDays(7)));
        return inv.withBody(body).withDateLine(DateLine.of(inv.dateLine().place(), day));
    }

    private static Invitation inviting(String unit) {
        return body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", unit)), time(MEETING), place(), closing());
    }

    @Nested
    class data {
        @Test
        void has_63_provinces_before_2025_and_34_from_1_July_2025() {
            ReformData d = ReformData.get();
            assertThat(d.validOn(LocalDate.of(2024, 6, 1))).hasSize(63);
            assertThat(d.validOn(LocalDate.of(2025, 6, 30))).hasSize(63);
            assertThat(d.validOn(LocalDate.of(2025, 7, 1))).hasSize(34)
                    .filteredOn(ReformData.Province::city).extracting(ReformData.Province::name)
                    .containsExactlyInAnyOrder("Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ");
        }

        @Test
        void reads_province_names_however_they_are_written() {
            ReformData d = ReformData.get();
            assertThat(d.province("TỈNH HÀ TĨNH")).map(ReformData.Province::name).hasValue("Hà Tĩnh");
            assertThat(d.province("Thành phố Hồ Chí Minh")).map(ReformData.Province::name).hasValue("Hồ Chí Minh");
            assertThat(d.province("Khánh Hoà")).map(ReformData.Province::name).hasValue("Khánh Hòa");
            assertThat(d.province("Bà Rịa-Vũng Tàu")).map(ReformData.Province::name).hasValue("Bà Rịa - Vũng Tàu");
            assertThat(d.province("Thành Sen")).isEmpty();
        }

        @Test
        void lists_the_retired_departments_with_their_date() {
            assertThat(ReformData.get().retired()).extracting(ReformData.RetiredBody::name).contains("Sở Thông tin và Truyền thông",
                    "Sở Lao động - Thương binh và Xã hội", "Sở Kế hoạch và Đầu tư", "Sở Giao thông vận tải",
                    "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn");
            assertThat(ReformData.get().retired()).allMatch(b -> b.retiredFrom().equals(LocalDate.of(2025, 3, 1)));
        }
    }

    @Nested
    class two_level_government {
        private final Invitation districtGroup = body(gm(), participants(chair(), Point.of(Marker.LETTER, null,
                new AttendeeGroup(AdministrativeLevel.DISTRICT), dash("Chủ tịch {units}.", "Ủy ban nhân dân cấp xã"))),
                time(MEETING), place(), closing());

        @Test
        void a_district_attendee_group_is_an_error_after_1_July_2025_only() {
            assertThat(RuleEngine.standard().check(districtGroup, DRAFT)).filteredOn(f -> f.ruleId().equals("REFORM-2025-DISTRICT-LEVEL"))
                    .singleElement().satisfies(f -> {
                        assertThat(f.isError()).isTrue();
                        assertThat(f.path()).isEqualTo("body[0].points[1]");
                    });
            assertThat(ids(issuedOn(districtGroup, LocalDate.of(2025, 6, 30)))).doesNotContain("REFORM-2025-DISTRICT-LEVEL");
        }

        @Test
        void a_district_issuer_level_or_name_is_reported() {
            Invitation byDistrict = Edits.issuer(gm(), new Issuer("UBND TỈNH HÀ TĨNH", "ỦY BAN NHÂN DÂN\nHUYỆN CẨM XUYÊN", "UBND",
                    AdministrativeLevel.DISTRICT, "Hà Tĩnh"));
            assertThat(ids(byDistrict)).contains("REFORM-2025-DISTRICT-LEVEL", "REFORM-2025-DISTRICT-NAME");
            assertThat(ids(issuedOn(byDistrict, LocalDate.of(2024, 5, 6)))).noneMatch(id -> id.startsWith("REFORM"));
        }

        @Test
        void a_provincial_city_is_a_district_level_issuer_but_a_centrally_run_city_is_not() {
            Invitation provincialCity = issuer(gm(), "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ TĨNH", AdministrativeLevel.PROVINCE, "Hà Tĩnh");
            assertThat(ids(provincialCity)).contains("REFORM-2025-DISTRICT-NAME");
            Invitation hanoi = issuer(gm(), "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI", AdministrativeLevel.PROVINCE, "Hà Nội")
                    .withDateLine(DateLine.of("Hà Nội", LocalDate.of(2026, 5, 5)));
            assertThat(ids(hanoi)).isEmpty();
        }

        @Test
        void a_district_venue_or_a_township_is_reported_after_the_reform_only() {
            Invitation districtVenue = body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING),
                    place(new Venue("Hội trường Ủy ban nhân dân huyện Cẩm Xuyên", AdministrativeLevel.DISTRICT)), closing());
            assertThat(ids(districtVenue)).containsExactlyInAnyOrder("REFORM-2025-DISTRICT-LEVEL", "REFORM-2025-DISTRICT-NAME");
            assertThat(ids(inviting("UBND thị trấn Thiên Cầm"))).containsExactly("REFORM-2025-TOWNSHIP");
            assertThat(ids(issuedOn(inviting("UBND thị trấn Thiên Cầm"), LocalDate.of(2025, 6, 2)))).isEmpty();
            assertThat(ids(inviting("UBND phường Thành Sen"))).isEmpty();
        }
    }

    @Nested
    class provinces {
        private final Invitation haiDuong = issuer(gm(), "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG", AdministrativeLevel.PROVINCE, "Hải Dương")
                .withDateLine(DateLine.of("Hải Dương", LocalDate.of(2026, 5, 5)));

        @Test
        void a_merged_province_is_reported_in_the_province_the_place_and_the_name() {
            assertThat(RuleEngine.standard().check(haiDuong, DRAFT)).filteredOn(f -> f.ruleId().equals("REFORM-2025-PROVINCE"))
                    .extracting(Finding::path).containsExactlyInAnyOrder("issuer.province", "place", "issuer.name");
        }

        @Test
        void was_valid_before_1_July_2025() {
            assertThat(ids(issuedOn(haiDuong, LocalDate.of(2025, 6, 20)))).isEmpty();
        }

        @Test
        void a_Tinh_uy_header_is_not_read_as_a_province() {
            Invitation tinhUy = Edits.issuer(gm(), new Issuer("TỈNH ỦY HÀ TĨNH", "BAN TỔ CHỨC TỈNH ỦY", "BTCTU", AdministrativeLevel.PROVINCE,
                    "Hà Tĩnh")).withNumber(new vn.giaymoi.domain.invitation.DocumentNumber("05", "GM-BTCTU"));
            assertThat(ids(tinhUy)).isEmpty();
        }

        @Test
        void a_parent_line_names_its_province_too() {
            Invitation so = Edits.issuer(gm(), new Issuer("UBND TỈNH BÌNH ĐỊNH", "SỞ NỘI VỤ", "SNV", AdministrativeLevel.PROVINCE, null))
                    .withNumber(new vn.giaymoi.domain.invitation.DocumentNumber("05", "GM-SNV"));
            assertThat(RuleEngine.standard().check(so, DRAFT)).filteredOn(f -> f.ruleId().equals("REFORM-2025-PROVINCE"))
                    .extracting(Finding::path).containsExactly("issuer.parent");
        }
    }

    @Nested
    class retired_departments {
        @Test
        void are_reported_from_1_March_2025_in_any_spelling() {
            for (String unit : List.of("Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở Lao động - Thương binh và Xã hội",
                    "Sở Kế hoạch và Đầu tư", "Sở Giao thông Vận tải", "Sở Tài nguyên và Môi trường", "Sở NN&PTNT")) {
                assertThat(RuleEngine.standard().check(inviting(unit), DRAFT)).as(unit).singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("REFORM-2025-DEPARTMENT");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.path()).isEqualTo("body[0].points[1]");
                });
            }
        }

        @Test
        void are_valid_before_1_March_2025_and_in_the_opening_that_cites_them() {
            assertThat(ids(issuedOn(inviting("Sở Thông tin và Truyền thông"), LocalDate.of(2025, 2, 20)))).isEmpty();
            assertThat(ids(opening(gm(), "Thực hiện văn bản của Sở Thông tin và Truyền thông năm 2024, Ủy ban nhân dân tỉnh trân trọng kính mời:")))
                    .isEmpty();
            assertThat(ids(inviting("Sở Khoa học và Công nghệ"))).isEmpty();
            assertThat(ids(inviting("Sở Nông nghiệp và Môi trường"))).isEmpty();
        }

        @Test
        void are_found_in_Noi_nhan_too() {
            assertThat(RuleEngine.standard().check(distribution(gm(), "Như thành phần mời;", "Sở Kế hoạch và Đầu tư;", "Lưu: VT, TH."), DRAFT))
                    .extracting(Finding::ruleId, Finding::path)
                    .containsExactly(org.assertj.core.api.Assertions.tuple("REFORM-2025-DEPARTMENT", "distribution[1]"));
        }
    }
}
