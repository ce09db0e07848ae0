package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Outline;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;

/**
 * One check reads an invitation once: the engine numbers the content through the view's factory, and every rule
 * reads that one view (the domain's architecture test forbids a rule to number the content itself). In the
 * domain's package so it can count through the factory's seam; here because the examples are YAML.
 */
class ReadOncePerCheckTest {
    @ParameterizedTest
    @ValueSource(strings = {"seed-000.yaml", "dang-giay-moi-27-GM-BTGTU.yaml", "cong-dien-10-CD-UBND-thanh-hoa.yaml"})
    void oneCheckNumbersTheContentOnce(String example) {
        Invitation inv = ((Parsed.Ok) new InvitationFormat().read(Path.of("..", "examples", example))).invitation();
        AtomicInteger builds = new AtomicInteger();
        InvitationView view = InvitationView.of(inv, i -> {
            builds.incrementAndGet();
            return i.outline();
        });
        RuleEngine engine = RuleEngine.standard();
        for (CheckContext ctx : List.of(CheckContext.draft(LocalDate.of(2026, 1, 5)), CheckContext.issuing(LocalDate.of(2026, 1, 5)))) {
            assertThat(shown(engine.check(view, ctx))).isEqualTo(shown(engine.check(inv, ctx)));
        }
        assertThat(builds).hasValue(1);
        assertThat(engine.rules()).hasSizeGreaterThan(20);
    }

    /** A finding as it is shown: a fix's change is a function, so it is named by its description. */
    private static List<String> shown(List<Finding> findings) {
        return findings.stream().map(f -> String.join("|", f.ruleId(), f.severity().name(), f.path(), f.messageVi(),
                f.messageEn(), String.valueOf(f.expected()), String.valueOf(f.actual()), f.basis(),
                f.fix() == null ? "-" : f.fix().descriptionVi())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-000.yaml"})
    void theViewHoldsTheOutlineTheFactsAndTheTexts(String example) {
        Invitation inv = ((Parsed.Ok) new InvitationFormat().read(Path.of("..", "examples", example))).invitation();
        InvitationView view = InvitationView.of(inv);
        Outline outline = inv.outline();
        assertThat(view.outline()).isEqualTo(outline);
        assertThat(view.meeting()).isEqualTo(inv.meeting());
        assertThat(view.entries()).isEqualTo(outline.flatten());
        for (Outline.Entry e : outline.flatten()) assertThat(view.entry(e.path())).contains(e);
        assertThat(view.facts()).isNotEmpty()
                .allSatisfy(f -> assertThat(view.entry(f.path()).orElseThrow().point().facts()).contains(f.value()));
        assertThat(view.texts()).extracting(TextScan.Source::path).startsWith("subject").contains("distribution[0]");
    }
}
