package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.domain.rules.Docs.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.Invitation;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StandardRulesTest {
    private final List<Rule> rules = StandardRules.all();

    @Test
    void has_at_least_40_rules_with_unique_well_formed_ids() {
        List<String> ids = rules.stream().map(Rule::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
        assertThat(ids).allMatch(id -> id.matches("^[A-Z0-9-]+$"), "matches ^[A-Z0-9-]+$");
        // the prefix names the basis: the decree, the Party's guide, the Youth Union's guide, meeting logic, the 2025 reforms, QĐ 45/2018, the
        // text itself, the unit registry, the issuing guards
        assertThat(ids).allMatch(id -> id.matches("^(ND30|HD36|HD29|MEET|REFORM-2025|QD45|TEXT|PLACE|ISSUE)-.*"));
    }

    @Test
    void every_rule_has_a_Vietnamese_title_and_cites_its_basis() {
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.title()).isNotBlank();
            assertThat(((AbstractRule) r).basis()).isNotBlank();
        });
    }

    @Test
    void the_engine_runs_the_standard_rules() {
        assertThat(RuleEngine.standard().rules()).extracting(Rule::id).containsExactlyElementsOf(rules.stream().map(Rule::id).toList());
    }

    @Test
    void the_fixtures_pass_every_rule_without_even_a_warning() {
        for (CheckContext ctx : List.of(DRAFT, ISSUING, CheckContext.draft(LocalDate.of(2027, 1, 1)))) {
            assertThat(RuleEngine.standard().check(gm(), ctx)).as("giấy mời, %s", ctx).isEmpty();
            assertThat(RuleEngine.standard().check(cv(), ctx)).as("công văn, %s", ctx).isEmpty();
        }
        // issuing them months later is refused only because the meeting is over
        CheckContext late = CheckContext.issuing(LocalDate.of(2027, 1, 1));
        assertThat(RuleEngine.standard().check(gm(), late)).extracting(Finding::ruleId).containsExactly("ISSUE-MEETING-OVER");
        assertThat(RuleEngine.standard().check(cv(), late)).extracting(Finding::ruleId).containsExactly("ISSUE-MEETING-OVER");
    }

    @Test
    void errors_come_before_warnings_and_passes_ignores_warnings() {
        Invitation broken = distribution(gm(), "- Như thành phần mời;", "Lưu: VT, TH;");
        List<Finding> found = RuleEngine.standard().check(broken, DRAFT);
        assertThat(found).extracting(Finding::ruleId).containsExactly("ND30-ARCHIVE-PERIOD", "ND30-LIST-DASH");
        assertThat(RuleEngine.passes(found)).isFalse();
        assertThat(RuleEngine.passes(found.subList(1, 2))).isTrue();
    }

    @Test
    void applying_all_fixes_repairs_several_certain_mistakes_at_once() {
        Invitation broken = distribution(gm(), "- Như thành phần mời", "Lưu: VT, TH;")
                .withDateLine(new vn.giaymoi.domain.invitation.DateLine("Hà Tĩnh", "5", "05", 2026))
                .withNumber(new vn.giaymoi.domain.invitation.DocumentNumber("5", "GM-UBND"));
        List<Finding> found = RuleEngine.standard().check(broken, DRAFT);
        assertThat(found).extracting(Finding::ruleId).contains("ND30-DATE-PAD", "ND30-MONTH-PAD-3-9", "ND30-NUMBER-PAD",
                "ND30-ARCHIVE-PERIOD", "ND30-DIST-PUNCT", "ND30-LIST-DASH");
        Invitation fixed = RuleEngine.applyFixes(broken, found);
        assertThat(RuleEngine.standard().check(fixed, DRAFT)).isEmpty();
        assertThat(fixed.dateLine().printed()).isEqualTo("Hà Tĩnh, ngày 05 tháng 5 năm 2026");
        assertThat(fixed.number()).hasToString("05/GM-UBND");
    }
}
