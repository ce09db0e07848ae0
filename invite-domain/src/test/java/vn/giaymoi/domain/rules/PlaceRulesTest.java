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
}
