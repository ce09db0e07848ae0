package vn.giaymoi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NewCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"giay-moi", "cong-van", "thong-bao", "cong-dien"})
    void the_template_is_a_commented_draft_that_parses_and_passes_the_rules(String kind) {
        CliRun run = CliRun.of("new", "--kind", kind);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("# Số, ký hiệu (ô 3)", "# Nơi nhận (ô 9b)", "{date}", "year: 2026")
                .doesNotContain("@@");
        Invitation inv = parse(run.out(), Syntax.YAML);
        assertThat(inv.kind()).isEqualTo(InvitationKind.fromCode(kind));
        assertThat(inv.isDraft()).isTrue();
        assertThat(inv.meeting().sessions().get(0).date()).isEqualTo(java.time.LocalDate.of(2026, 5, 12)); // a week on
        assertThat(RuleEngine.passes(RuleEngine.standard().check(inv, CheckContext.draft(CliRun.TODAY)))).isTrue();
    }

    @Test
    void giay_moi_is_the_default() {
        assertThat(parse(CliRun.of("new").out(), Syntax.YAML).kind()).isEqualTo(InvitationKind.GIAY_MOI);
    }

    @Test
    void from_copies_an_earlier_invitation_without_number_and_date() {
        Path earlier = Fixtures.EXAMPLES.resolve("seed-004.yaml");
        CliRun run = CliRun.of("new", "--from", earlier.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Invitation copy = parse(run.out(), Syntax.YAML);
        Invitation original = ((Parsed.Ok) new InvitationFormat().read(earlier)).invitation();
        assertThat(copy.number().isDraft()).isTrue();
        assertThat(copy.number().symbol()).isEqualTo(original.number().symbol());
        assertThat(copy.dateLine().day()).isEmpty();
        assertThat(copy.dateLine().month()).isEmpty();
        assertThat(copy.dateLine().year()).isEqualTo(2026);
        assertThat(copy.dateLine().place()).isEqualTo(original.dateLine().place());
        assertThat(copy.subject()).isEqualTo(original.subject());
        assertThat(copy.body()).isEqualTo(original.body());
    }

    @Test
    void out_writes_a_file_and_never_overwrites_without_force() throws Exception {
        Path file = dir.resolve("moi.yaml");
        assertThat(CliRun.of("new", "-o", file.toString()).exitCode()).isZero();
        String first = Files.readString(file);
        Files.writeString(file, "của tôi");
        CliRun again = CliRun.of("new", "-o", file.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("tệp đã có", "--force").doesNotContain("\tat ");
        assertThat(Files.readString(file)).isEqualTo("của tôi");
        assertThat(CliRun.of("new", "-o", file.toString(), "--force").exitCode()).isZero();
        assertThat(Files.readString(file)).isEqualTo(first);
    }

    @Test
    void a_json_target_gets_json() throws Exception {
        Path file = dir.resolve("moi.json");
        CliRun run = CliRun.of("new", "--kind", "cong-van", "-o", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(parse(Files.readString(file), Syntax.JSON).kind()).isEqualTo(InvitationKind.CONG_VAN);
    }

    @Test
    void bad_uses_are_reported() {
        CliRun kind = CliRun.of("new", "--kind", "thong-tri");
        assertThat(kind.exitCode()).isEqualTo(2);
        assertThat(kind.err()).contains("loại văn bản 'thong-tri' không có");
        CliRun both = CliRun.of("new", "--kind", "giay-moi", "--from", "a.yaml");
        assertThat(both.exitCode()).isEqualTo(2);
        CliRun missing = CliRun.of("new", "--from", dir.resolve("none.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("không tìm thấy tệp");
    }

    private static Invitation parse(String text, Syntax syntax) {
        Parsed parsed = new InvitationFormat().read(text, syntax, "new");
        assertThat(parsed).as(String.valueOf(parsed)).isInstanceOf(Parsed.Ok.class);
        return ((Parsed.Ok) parsed).invitation();
    }
}
