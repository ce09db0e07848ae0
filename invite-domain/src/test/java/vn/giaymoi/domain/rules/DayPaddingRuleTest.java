package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;

class DayPaddingRuleTest {
    private final Rule rule = new DateRules.DayPadding();
    private final CheckContext ctx = CheckContext.draft(LocalDate.of(2026, 5, 1));

    @Test
    void fires_on_an_unpadded_day_and_its_fix_pads_it() {
        Invitation inv = Invitations.aGiayMoi().withDateLine(new DateLine("Hà Tĩnh", "5", "5", 2026));
        List<Finding> found = rule.check(inv, ctx);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ND30-DATE-PAD");
            assertThat(f.path()).isEqualTo("date.day");
            assertThat(f.expected()).isEqualTo("05");
        });
        assertThat(RuleEngine.applyFixes(inv, found).dateLine().day()).isEqualTo("05");
    }

    @Test
    void is_silent_on_a_padded_day_or_a_draft() {
        assertThat(rule.check(Invitations.aGiayMoi().withDateLine(new DateLine("Hà Tĩnh", "05", "5", 2026)), ctx)).isEmpty();
        assertThat(rule.check(Invitations.aGiayMoi().withDateLine(DateLine.draft("Hà Tĩnh", 2026)), ctx)).isEmpty();
    }
}
