package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.domain.rules.Docs.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Point;

/** Place and unit names against the administrative-unit registry (administrative-units.tsv), on real wording. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlaceRulesTest {
    private static final Rule SPELLING = new PlaceRules.NameSpelling();
    private static final Rule DATE = new PlaceRules.UnitExistsOnDate();

    private static Invitation with(String line, LocalDate issued) {
        return with(line, issued, "Hà Tĩnh");
    }

    /** A document whose date line is written at {@code place} (a province, or after 2025 a commune). */
    private static Invitation with(String line, LocalDate issued, String place) {
        Invitation inv = body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                Point.paragraph(line), closing());
        return inv.withDateLine(DateLine.of(place, issued));
    }

    private static List<Finding> check(Rule rule, Invitation inv) {
        return rule.check(inv, CheckContext.draft(inv.dateLine().date().orElseThrow()));
    }

    @Test
    void Tu_Ky_with_the_wrong_tone_is_a_misspelt_district_and_Tu_Ky_is_not() {
        LocalDate day = LocalDate.of(2018, 2, 1);
        assertThat(check(SPELLING, with("Huyện uỷ, UBND huyện Từ Kỳ, đại diện các phòng, ban của huyện;", day, "Hải Dương"))).singleElement()
                .satisfies(f -> {
                    assertThat(f.expected()).isEqualTo("Tứ Kỳ");
                    assertThat(f.actual()).isEqualTo("Từ Kỳ");
                });
        assertThat(check(SPELLING, with("Huyện uỷ, UBND huyện Tứ Kỳ, đại diện các phòng, ban của huyện;", day, "Hải Dương"))).isEmpty();
    }

    @Test
    void Da_Nang_with_a_tilde_is_misspelt_in_the_text_and_in_the_place_of_the_date_line() {
        LocalDate day = LocalDate.of(2026, 5, 5);
        assertThat(check(SPELLING, with("Mời đại diện Sở Nội vụ thành phố Đã Nẵng dự.", day))).extracting(Finding::expected)
                .containsExactly("Đà Nẵng");
        Invitation placed = with("Mời đại diện Sở Nội vụ thành phố Đà Nẵng dự.", day).withDateLine(DateLine.of("Đã Nẵng", day));
        assertThat(check(SPELLING, placed)).extracting(Finding::path).containsExactly("place");
        assertThat(check(SPELLING, with("Mời đại diện Sở Nội vụ thành phố Đà Nẵng dự.", day))).isEmpty();
    }

    @Test
    void a_ward_of_Ha_Tinh_after_the_2025_reorganisation_is_known_by_its_spelling() {
        // Hà Tĩnh's 2026 voters' meeting: "tại phường Sông Trí … các phường: Hoành Sơn, Vũng Áng, Hải Ninh"
        LocalDate day = LocalDate.of(2026, 2, 20);
        assertThat(check(SPELLING, with("Mời cử tri phường Song Trí và các phường Hoành Sơn, Vũng Áng, Hải Ninh dự.", day)))
                .extracting(Finding::expected).containsExactly("Sông Trí");
        assertThat(check(SPELLING, with("Mời cử tri phường Sông Trí và các phường Hoành Sơn, Vũng Áng, Hải Ninh dự.", day)))
                .isEmpty();
        assertThat(check(DATE, with("Mời cử tri phường Sông Trí và các phường Hoành Sơn, Vũng Áng, Hải Ninh dự.", day)))
                .isEmpty();
    }

    @Test
    void a_name_the_registry_does_not_hold_is_never_reported() {
        assertThat(check(SPELLING, with("Lãnh đạo UBND xã Cẩm Điền (do UBND huyện mời);", LocalDate.of(2018, 2, 1)))).isEmpty();
    }

    @Test
    void a_merged_province_named_after_30_June_2025_says_where_it_went() {
        List<Finding> found = check(DATE, with("Mời đại diện Sở Nội vụ tỉnh Hải Dương dự và chia sẻ kinh nghiệm.", LocalDate.of(2025, 7, 10)));
        assertThat(found).singleElement().satisfies(f -> assertThat(f.messageVi()).contains("đến hết 30/6/2025", "nay là thành phố Hải Phòng"));
        assertThat(check(DATE, with("Mời đại diện Sở Nội vụ tỉnh Hải Dương dự và chia sẻ kinh nghiệm.", LocalDate.of(2025, 6, 20)))).isEmpty();
    }

    @Test
    void a_renamed_province_Thua_Thien_Hue_is_Hue_from_2025() {
        assertThat(check(DATE, with("Mời đại diện Sở Nội vụ tỉnh Thừa Thiên Huế dự.", LocalDate.of(2025, 3, 3)))).singleElement()
                .satisfies(f -> assertThat(f.messageVi()).contains("thành phố Huế"));
        assertThat(check(DATE, with("Mời đại diện Sở Nội vụ thành phố Huế dự.", LocalDate.of(2025, 3, 3)))).isEmpty();
        // before 2025 thành phố Huế was the province's own city: a name valid then too
        assertThat(check(DATE, with("Mời đại diện UBND thành phố Huế dự.", LocalDate.of(2024, 3, 3)))).isEmpty();
    }

    @Test
    void a_ward_formed_by_the_2025_merger_did_not_exist_before_1_July_2025() {
        assertThat(check(DATE, with("Mời đại diện UBND phường Thành Sen dự.", LocalDate.of(2025, 6, 2)))).singleElement()
                .satisfies(f -> assertThat(f.messageVi()).contains("chưa có phường Thành Sen", "1/7/2025"));
        assertThat(check(DATE, with("Mời đại diện UBND phường Thành Sen dự.", LocalDate.of(2026, 5, 5)))).isEmpty();
        // merged wards: their area went to the new ones (Nghị quyết 1665/NQ-UBTVQH15 on Hà Tĩnh's communes)
        assertThat(check(DATE, with("Mời đại diện UBND phường Nam Hà dự.", LocalDate.of(2026, 5, 5)))).singleElement()
                .satisfies(f -> assertThat(f.messageVi()).contains("nay là phường Thành Sen"));
    }

    @Test
    void a_district_after_1_July_2025_is_left_to_the_reform_rule_and_the_opening_may_cite_a_former_unit() {
        assertThat(check(DATE, with("Mời đại diện UBND huyện Cẩm Xuyên dự.", LocalDate.of(2026, 5, 5)))).isEmpty();
        Invitation cited = opening(gm().withDateLine(DateLine.of("Hà Tĩnh", LocalDate.of(2026, 5, 5))),
                "Thực hiện văn bản của UBND tỉnh Hải Dương năm 2024, Ủy ban nhân dân tỉnh trân trọng kính mời:");
        assertThat(check(DATE, cited)).isEmpty();
    }

    @Test
    void the_wards_of_the_merged_Phu_Tho_are_known_and_the_merged_Vinh_Phuc_province_says_where_it_went() {
        // Phú Thọ's notice of November 2025: cơ sở 1 in phường Việt Trì, cơ sở 2 in phường Vĩnh Phúc
        LocalDate day = LocalDate.of(2025, 11, 6);
        String sites = "Kết nối trực tuyến với cơ sở 1 (số 414, đường Nguyễn Tất Thành, phường Việt Trì) và cơ sở 2 (đường Lý Hải, phường Vĩnh Phúc).";
        assertThat(check(DATE, with(sites, day))).isEmpty();
        assertThat(check(SPELLING, with(sites, day))).isEmpty();
        assertThat(check(SPELLING, with(sites.replace("phường Việt Trì", "phường Việt Trí"), day, "Phú Thọ"))).extracting(Finding::expected)
                .containsExactly("Việt Trì");
        assertThat(check(DATE, with("Mời đại diện Sở Tư pháp tỉnh Vĩnh Phúc dự.", day))).singleElement()
                .satisfies(f -> assertThat(f.messageVi()).contains("tỉnh Phú Thọ"));
    }

    @Test
    void a_district_name_reused_by_a_commune_after_the_reform_is_a_commune_of_the_new_province() {
        // huyện Thanh Hà (Hải Dương) ended on 30/6/2025; xã Thanh Hà (Hải Phòng) held its council in July 2025
        LocalDate day = LocalDate.of(2025, 7, 14);
        assertThat(check(DATE, with("Địa điểm: Hội trường Uỷ ban nhân dân xã Thanh Hà.", day))).isEmpty();
        assertThat(check(SPELLING, with("Địa điểm: Hội trường Uỷ ban nhân dân xã Thanh Hà.", day))).isEmpty();
        assertThat(check(SPELLING, with("Kỳ họp tại Trung tâm hội nghị của tỉnh (25B), phường Hạc Thanh.", LocalDate.of(2025, 12, 4), "Thanh Hóa")))
                .extracting(Finding::expected).containsExactly("Hạc Thành");
        assertThat(check(SPELLING, with("Kỳ họp tại Trung tâm hội nghị của tỉnh (25B), phường Hạc Thành.", LocalDate.of(2025, 12, 4), "Thanh Hóa")))
                .isEmpty();
    }

    @Test
    void the_registry_holds_63_provinces_before_the_merger_and_34_after() {
        LocalDate before = LocalDate.of(2025, 6, 30);
        LocalDate after = LocalDate.of(2025, 7, 1);
        List<UnitRegistry.Unit> provinces = UnitRegistry.get().units().stream()
                .filter(u -> u.level().equals("tinh") || u.level().equals("thanh-pho")).toList();
        assertThat(provinces.stream().filter(u -> u.validOn(before))).hasSize(63);
        assertThat(provinces.stream().filter(u -> u.validOn(after))).hasSize(34);
        assertThat(provinces.stream().filter(u -> !u.validOn(after) && u.validOn(before)))
                .allSatisfy(u -> assertThat(u.successor()).isNotBlank());
    }

    @Test
    void the_registry_holds_every_district_and_commune_of_2025_before_the_reform_and_every_commune_after() {
        LocalDate before = LocalDate.of(2025, 6, 30);
        LocalDate after = LocalDate.of(2025, 7, 1);
        List<UnitRegistry.Unit> all = UnitRegistry.get().units();
        java.util.function.Predicate<UnitRegistry.Unit> commune = u -> List.of("xa", "phuong", "thi-tran", "dac-khu").contains(u.level());
        // Tổng cục Thống kê, 1/3/2025: 10,047 communes, wards and townships (and phường Thạch Linh, kept by hand)
        assertThat(all.stream().filter(commune).filter(u -> u.validOn(before))).hasSize(10_047 + 1);
        // 696 district-level units on the list (and huyện Lộc Hà and Nông Sơn, kept by hand)
        assertThat(all.stream().filter(UnitRegistry.Unit::districtLevel).filter(u -> u.validOn(before))).hasSize(696 + 2);
        // Nghị quyết 1654–1687/NQ-UBTVQH15: 2,621 xã, 687 phường, 13 đặc khu; no district level any more
        assertThat(all.stream().filter(commune).filter(u -> u.validOn(after))).hasSize(3_321);
        assertThat(all.stream().filter(u -> u.level().equals("dac-khu") && u.validOn(after))).hasSize(13);
        assertThat(all.stream().filter(UnitRegistry.Unit::districtLevel).filter(u -> u.validOn(after))).isEmpty();
    }

    @Test
    void a_merged_ward_of_Ha_Noi_names_the_new_ward_its_area_went_to() {
        // Nghị quyết 1656/NQ-UBTVQH15: phường Trúc Bạch, Quán Thánh … form phường Ba Đình
        assertThat(check(DATE, with("Địa điểm: Hội trường UBND phường Trúc Bạch.", LocalDate.of(2025, 9, 10), "Hà Nội")))
                .singleElement().satisfies(f -> assertThat(f.messageVi()).contains("không còn phường Trúc Bạch", "nay là phường Ba Đình"));
        assertThat(check(DATE, with("Địa điểm: Hội trường UBND phường Ba Đình.", LocalDate.of(2025, 9, 10), "Hà Nội"))).isEmpty();
        assertThat(check(DATE, with("Địa điểm: Hội trường UBND phường Trúc Bạch.", LocalDate.of(2025, 3, 10), "Hà Nội"))).isEmpty();
    }

    @Test
    void a_former_commune_named_as_former_after_the_reform_is_not_reported() {
        // after the merger documents name an area by its former ward: "…, phường Nam Hà (cũ), phường Thành Sen"
        assertThat(check(DATE, with("Địa điểm: Nhà văn hóa tổ dân phố 5, phường Nam Hà (cũ), phường Thành Sen.", LocalDate.of(2026, 2, 20))))
                .isEmpty();
        assertThat(check(DATE, with("Địa điểm: Nhà văn hóa tổ dân phố 5, phường Nam Hà cũ.", LocalDate.of(2026, 2, 20)))).isEmpty();
        assertThat(check(DATE, with("Địa điểm: Nhà văn hóa tổ dân phố 5, phường Nam Hà, phường Thành Sen.", LocalDate.of(2026, 2, 20))))
                .hasSize(1);
    }

    @Test
    void a_ward_renamed_by_the_merger_of_Thuy_Nguyen_is_phuong_Thuy_Nguyen() {
        // Hải Phòng: phường Thuỷ Đường (old spelling) went into phường Thủy Nguyên on 1/7/2025
        assertThat(check(DATE, with("Mời đại diện UBND phường Thủy Đường dự.", LocalDate.of(2025, 8, 1), "Hải Phòng"))).singleElement()
                .satisfies(f -> assertThat(f.messageVi()).contains("nay là phường Thủy Nguyên"));
        assertThat(check(DATE, with("Mời đại diện UBND phường Thủy Nguyên dự.", LocalDate.of(2025, 8, 1), "Hải Phòng"))).isEmpty();
    }

    @Test
    void a_new_commune_named_between_its_resolution_and_1_July_2025_prepares_it_and_is_not_reported() {
        assertThat(check(DATE, with("Mời đại diện UBND phường Thành Sen dự.", LocalDate.of(2025, 6, 20)))).isEmpty();
        assertThat(check(DATE, with("Mời đại diện UBND phường Thành Sen dự.", LocalDate.of(2025, 6, 15)))).hasSize(1);
    }

    @Test
    void before_the_list_of_1_March_2025_a_later_commune_is_not_said_not_to_exist() {
        // Kon Tum 2015: "xã Đăk Sao, huyện Tu Mơ Rông" — a commune then, dissolved before the list, its name reused in 2025
        assertThat(check(DATE, with("Ngày 06/7/2015, tiếp xúc cử tri tại xã Đăk Sao, huyện Tu Mơ Rông.", LocalDate.of(2015, 6, 24), "Kon Tum")))
                .isEmpty();
        // from the list's day on, the registry holds every commune: one of July 2025 did not exist in May
        assertThat(check(DATE, with("Mời đại diện UBND phường Hạc Thành dự.", LocalDate.of(2025, 5, 5), "Thanh Hóa"))).hasSize(1);
    }

    @Test
    void Dak_and_Dak_with_a_breve_or_an_acute_are_one_spelling_of_the_same_name() {
        // Kon Tum 2015 as printed: "xã Đăk Blô, huyện Đăk Glei; xã Đăk Dục, huyện Ngọc Hồi"
        String line = "Ngày 06/7/2015, tiếp xúc cử tri tại 3 xã: xã Đăk Blô, huyện Đăk Glei; xã Đăk Dục, huyện Ngọc Hồi.";
        assertThat(check(SPELLING, with(line, LocalDate.of(2015, 6, 24), "Kon Tum"))).isEmpty();
        assertThat(check(SPELLING, with(line.replace("Ngọc Hồi", "Ngọc Hối"), LocalDate.of(2015, 6, 24), "Kon Tum")))
                .extracting(Finding::expected).containsExactly("Ngọc Hồi");
    }

    @Test
    void a_commune_differing_only_in_its_diacritics_is_a_near_miss_only_inside_the_documents_provinces() {
        // Bến Tre 2021 as printed: "TXCT các xã An Hóa, Quới Sơn" — xã An Hóa was real (dissolved before the list);
        // An Hòa is a commune of other provinces
        String benTre = "Buổi chiều TXCT các xã An Hóa, Quới Sơn, Giao Long, Hữu Định, Phước Thạnh, tại hội trường UBND xã Giao Long.";
        assertThat(check(SPELLING, with(benTre, LocalDate.of(2021, 5, 3), "Bến Tre"))).isEmpty();
        // Hải Phòng 2025 (xã Thanh Hà's council): a tone on the wrong word inside the city is a near miss
        String thanhHa = "Địa điểm: Hội trường Uỷ ban nhân dân xã Thành Hà.";
        assertThat(check(SPELLING, with(thanhHa, LocalDate.of(2025, 7, 14), "Hải Phòng"))).extracting(Finding::expected)
                .containsExactly("Thanh Hà");
        assertThat(check(SPELLING, with(thanhHa.replace("Thành Hà", "Thanh Hà"), LocalDate.of(2025, 7, 14), "Hải Phòng"))).isEmpty();
        // the document's province may be its merged predecessor: a 2024 Hải Dương document knows Hải Phòng's units too
        assertThat(check(SPELLING, with(thanhHa, LocalDate.of(2024, 7, 14), "Hải Dương"))).extracting(Finding::expected)
                .containsExactly("Thanh Hà");
    }

    @Test
    void a_provincial_city_named_after_the_reform_no_longer_exists_but_a_centrally_run_city_does() {
        assertThat(check(DATE, with("Mời đại diện UBND thành phố Hà Tĩnh dự.", LocalDate.of(2026, 5, 5)))).singleElement()
                .satisfies(f -> assertThat(f.messageVi()).contains("không còn thành phố Hà Tĩnh", "30/6/2025"));
        assertThat(check(DATE, with("Mời đại diện UBND thành phố Hà Tĩnh dự.", LocalDate.of(2024, 5, 5)))).isEmpty();
        assertThat(check(DATE, with("Mời đại diện UBND thành phố Huế dự.", LocalDate.of(2026, 5, 5)))).isEmpty();
    }
}
