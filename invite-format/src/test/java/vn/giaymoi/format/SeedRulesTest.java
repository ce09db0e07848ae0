package vn.giaymoi.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.domain.rules.Severity;

/**
 * The standard rules on the four real documents (examples/seed-*.yaml). Every expected finding is true of the
 * original (checked against ../shared/seeds); any other finding would be a false one. Drafts are checked on a
 * day the original could have been drafted.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SeedRulesTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final RuleEngine ENGINE = RuleEngine.standard();

    static Invitation read(String name) {
        return new InvitationFormat().read(EXAMPLES.resolve(name)).fold(i -> i, problems -> {
            throw new AssertionError(name + ": " + problems);
        });
    }

    static List<Finding> draftCheck(String name, String today) {
        return ENGINE.check(read(name), CheckContext.draft(LocalDate.parse(today)));
    }

    @Nested
    class seed_000_Ha_Tinh_draft_of_May_2026 {
        private final List<Finding> found = draftCheck("seed-000.yaml", "2026-05-06");

        @Test
        void only_the_Thanh_phan_line_ending_in_a_period_mid_list() {
            assertThat(found).extracting(Finding::ruleId, Finding::severity, Finding::path)
                    .containsExactly(tuple("ND30-LIST-PUNCT", Severity.WARNING, "body[2].points[1]"));
            assertThat(found.get(0).actual()).endsWith("cán bộ, công chức liên quan.");
            assertThat(found.get(0).expected()).endsWith("cán bộ, công chức liên quan;");
        }

        @Test
        void its_fix_makes_the_draft_clean() {
            Invitation fixed = RuleEngine.applyFixes(read("seed-000.yaml"), found);
            assertThat(ENGINE.check(fixed, CheckContext.draft(LocalDate.parse("2026-05-06")))).isEmpty();
        }

        @Test
        void issuing_it_needs_the_number_and_the_date() {
            List<Finding> issuing = ENGINE.check(read("seed-000.yaml"), CheckContext.issuing(LocalDate.parse("2026-05-06")));
            assertThat(issuing).filteredOn(Finding::isError).extracting(Finding::ruleId)
                    .containsExactlyInAnyOrder("ND30-ISSUE-NUMBER", "ND30-ISSUE-DATE");
        }
    }

    @Nested
    class seed_001_Ha_Tinh_June_2025 {
        @Test
        void only_the_short_notice_before_the_30_June_meeting() {
            List<Finding> found = draftCheck("seed-001.yaml", "2025-06-29");
            assertThat(found).extracting(Finding::ruleId, Finding::severity, Finding::path)
                    .containsExactly(tuple("MEET-LEAD-TIME", Severity.WARNING, "body[0]"));
        }

        @Test
        void drafted_before_the_Cong_dien_of_28_June_it_also_cites_a_later_document() {
            List<Finding> found = draftCheck("seed-001.yaml", "2025-06-20");
            assertThat(found).extracting(Finding::ruleId).containsExactly("MEET-BASIS-DATE");
        }

        @Test
        void is_before_the_two_level_reform_so_no_reform_rule_applies() {
            assertThat(draftCheck("seed-001.yaml", "2025-06-29")).extracting(Finding::ruleId)
                    .noneMatch(id -> id.startsWith("REFORM-"));
        }
    }

    @Nested
    class seed_002_Lang_Son_May_2024 {
        @Test
        void has_no_finding_the_district_bridge_point_and_old_departments_are_valid_in_2024() {
            assertThat(draftCheck("seed-002.yaml", "2024-05-10")).isEmpty();
        }

        @Test
        void its_weekday_thu_Sau_matches_17_May_2024() {
            assertThat(LocalDate.of(2024, 5, 17).getDayOfWeek()).hasToString("FRIDAY");
            assertThat(draftCheck("seed-002.yaml", "2024-05-10")).extracting(Finding::ruleId).doesNotContain("MEET-WEEKDAY");
        }
    }

    @Nested
    class drafts_checked_long_after_their_month {
        private static final String LATER = "2026-11-23";

        @Test
        void keep_their_dated_findings_silent_when_the_month_is_known() {
            assertThat(draftCheck("seed-001.yaml", LATER)).isEmpty();
            assertThat(draftCheck("seed-002.yaml", LATER)).isEmpty();
        }

        @Test
        void a_draft_dated_only_by_year_is_taken_as_issued_today_and_its_meeting_is_past() {
            assertThat(draftCheck("seed-000.yaml", LATER)).extracting(Finding::ruleId, Finding::path)
                    .containsExactlyInAnyOrder(tuple("MEET-BEFORE-ISSUE", "body[0]"), tuple("ND30-LIST-PUNCT", "body[2].points[1]"));
        }
    }

    @Nested
    class seed_004_Quang_Ngai_cong_van_of_29_October_2021 {
        private final Invitation seed = read("seed-004.yaml");
        private final List<Finding> found = ENGINE.check(seed, CheckContext.issuing(LocalDate.parse("2021-10-29")));

        @Test
        void finds_the_Kinh_gui_line_without_semicolon_the_archive_line_without_period_and_thu_7() {
            assertThat(found).extracting(Finding::ruleId, Finding::severity, Finding::path).containsExactly(
                    tuple("ND30-ADDR-PUNCT", Severity.ERROR, "addressees[1]"),
                    tuple("ND30-ARCHIVE-PERIOD", Severity.ERROR, "distribution[5]"),
                    tuple("ND30-WEEKDAY-FORM", Severity.WARNING, "body[1].points[0]"));
            assertThat(found).extracting(Finding::actual).containsExactly(
                    "Chủ tịch UBND các huyện, thị xã, thành phố", "Lưu: VT, KSTTHC_(hnb)", "thứ 7");
        }

        @Test
        void cites_So_Thong_tin_va_Truyen_thong_which_existed_in_2021() {
            assertThat(found).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("REFORM-"));
        }

        @Test
        void every_finding_has_a_fix_and_the_fixed_document_is_clean() {
            assertThat(found).allSatisfy(f -> assertThat(f.fix()).isNotNull());
            Invitation fixed = RuleEngine.applyFixes(seed, found);
            assertThat(ENGINE.check(fixed, CheckContext.issuing(LocalDate.parse("2021-10-29")))).isEmpty();
            assertThat(fixed.addressees().entries().get(1).plain()).isEqualTo("Chủ tịch UBND các huyện, thị xã, thành phố;");
            assertThat(fixed.distribution().entries().get(5).plain()).isEqualTo("Lưu: VT, KSTTHC_(hnb).");
            assertThat(fixed.outline().flatten().stream().filter(e -> e.path().equals("body[1].points[0]")).findFirst()
                    .orElseThrow().text().plain()).contains("06/11/2021 (thứ Bảy)");
        }
    }
}
