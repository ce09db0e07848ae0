package vn.giaymoi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.cli.command.CliContext;
import vn.giaymoi.cli.command.GiaymoiCommand;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Rule;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.FindingsJson;
import vn.giaymoi.format.InputSchema;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.render.InvitationRenderer;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GiaymoiCommandTest {
    @TempDir
    Path dir;

    @Test
    void help_lists_the_commands_the_exit_codes_and_the_web_app() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("new", "check", "render", "fix", "schema", "completion", "Mã thoát:",
                "0   thành công", "1   văn bản có lỗi", "2   sai cú pháp lệnh", "3   không đọc được tệp đầu vào",
                "3 > 1 > 0", "java -jar invite-web/target/giaymoi-web.jar", "http://localhost:8080");
    }

    @Test
    void every_subcommand_documents_the_exit_codes() {
        for (String sub : List.of("new", "check", "render", "fix", "schema", "completion")) {
            CliRun run = CliRun.of(sub, "--help");
            assertThat(run.exitCode()).as(sub).isZero();
            assertThat(run.out()).as(sub).contains("Mã thoát:", "3   không đọc được tệp đầu vào");
        }
        assertThat(CliRun.of("fix", "--help").out()).contains("chú thích (#), dòng trống, ngoặc kép", "MẤT chú thích", "FILE.bak");
    }

    @Test
    void no_command_prints_the_usage() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Cách dùng: giaymoi", "Lệnh:", "Hiện trợ giúp này rồi thoát.");
    }

    @Test
    void the_composition_root_wires_every_command() {
        picocli.CommandLine cli = vn.giaymoi.cli.boot.CliMain.commandLine();
        java.io.StringWriter out = new java.io.StringWriter();
        cli.setOut(new java.io.PrintWriter(out, true));
        assertThat(cli.execute("check", Fixtures.EXAMPLES.resolve("seed-000.yaml").toString(), "--quiet")).isIn(0, 1);
        assertThat(out.toString()).contains("seed-000.yaml: ");
        assertThat(cli.getSubcommands().keySet()).containsExactly("new", "check", "render", "fix", "sign", "verify", "import",
                "schema", "completion");
    }

    @Test
    void a_command_started_alone_says_the_same_as_in_the_whole_tree() {
        String file = Fixtures.EXAMPLES.resolve("seed-000.yaml").toString();
        List<List<String>> lines = new ArrayList<>();
        for (String sub : List.of("new", "check", "render", "fix", "sign", "verify", "import", "schema", "completion")) {
            lines.add(List.of(sub, "--help"));
            lines.add(List.of(sub, "--no-such-option"));
            lines.add(List.of(sub));
        }
        lines.addAll(List.of(List.of("check", file), List.of("check", "--json", "--lang", "en", file),
                List.of("check", "--lang", "de", file), List.of("check", "-j", "x", file), List.of("check", "--verbose", file),
                List.of("render", "--formt", "pdf", file), List.of("fix", file), List.of("check", "chek"),
                List.of("--verbose", "check", file), List.of("--help"), List.of("chek", file)));
        for (List<String> line : lines) {
            String[] args = line.toArray(String[]::new);
            CliRun alone = CliRun.padOnly(args);
            CliRun whole = CliRun.inWholeTree(args);
            assertThat(alone).as(String.join(" ", line)).hasToString(whole.toString());
        }
        assertThat(CliRun.padOnly("check", "--help").out()).contains("Cách dùng: giaymoi check", "Mã thoát:");
        CliContext context = new CliContext(new InvitationFormat(), new InvitationRenderer(), CliRun.padRule(),
                new FindingsJson(), Clock.systemUTC(), false);
        assertThat(GiaymoiCommand.commandLine(context, "check", file).getSubcommands()).containsOnlyKeys("check");
        for (String[] whole : List.of(new String[] {"completion"}, new String[] {"--verbose", "check", file},
                new String[] {"chek"}, new String[0])) {
            assertThat(GiaymoiCommand.commandLine(context, whole).getSubcommands()).hasSize(9);
        }
    }

    @Test
    void version() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("giaymoi 0.1.0\nJava 17");
    }

    @Test
    void an_unknown_command_is_a_usage_error_with_a_suggestion() {
        CliRun run = CliRun.of("chek", "a.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Sai cú pháp lệnh: thừa hoặc không hiểu đối số 'chek'",
                "Có phải ý bạn là: giaymoi check");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void wrong_command_lines_are_explained_in_vietnamese() {
        assertThat(CliRun.of("fix").err()).contains("Sai cú pháp lệnh: thiếu FILE", "Xem: giaymoi fix --help");
        assertThat(CliRun.of("render", "--format", "pdf").err()).contains("thiếu --out=DIR, FILE|DIR");
        CliRun typo = CliRun.of("render", "--formt", "pdf", "a.yaml", "--out", dir.toString());
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("không có tùy chọn '--formt'", "Có phải ý bạn là: --format?");
        assertThat(CliRun.of("check", "--lang", "de", "a.yaml").err())
                .contains("giá trị 'de' không dùng được cho --lang=vi|en: ngôn ngữ 'de' không có");
        assertThat(CliRun.of("check", "-j", "x", "a.yaml").err())
                .contains("giá trị 'x' không dùng được cho --jobs=N: cần một số nguyên");
        assertThat(CliRun.of("check", "--lang", "en", "--lang", "vi", "a.yaml").err())
                .contains("tùy chọn --lang=vi|en chỉ được cho một lần");
        for (CliRun run : List.of(CliRun.of("fix"), CliRun.of("chek"), CliRun.of("check", "-j", "x", "a.yaml"))) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).doesNotContain("Missing", "Unmatched", "Unknown", "Invalid", "Did you mean", "is not");
        }
    }

    @Test
    void schema_prints_the_json_schema() throws Exception {
        CliRun run = CliRun.of("schema");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(InputSchema.json());
        assertThat(new ObjectMapper().readTree(run.out()).path("$defs").has("point")).isTrue();
    }

    @Test
    void completion_prints_a_bash_script_for_every_command() {
        CliRun run = CliRun.of("completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F", "_picocli_giaymoi", "check", "render", "--format", "--lang");
    }

    @Test
    void an_unexpected_failure_is_one_line_without_verbose_and_a_stack_trace_with_it() {
        Rule crashing = new Rule() {
            @Override
            public String id() {
                return "T-CRASH";
            }

            @Override
            public String title() {
                return "hỏng";
            }

            @Override
            public List<Finding> check(Invitation invitation, CheckContext context) {
                throw new IllegalStateException("quy tắc hỏng");
            }
        };
        Path file = Fixtures.write(dir.resolve("ok.yaml"), Invitations.aGiayMoi());
        CliRun plain = CliRun.with(new RuleEngine(List.of(crashing)), false, "fix", file.toString());
        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(plain.err()).contains("Lỗi không mong đợi (IllegalStateException): quy tắc hỏng", "--verbose")
                .doesNotContain("\tat ");
        CliRun verbose = CliRun.with(new RuleEngine(List.of(crashing)), false, "fix", "--verbose", file.toString());
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err()).contains("quy tắc hỏng", "\tat ");
        CliRun before = CliRun.with(new RuleEngine(List.of(crashing)), false, "--verbose", "fix", file.toString());
        assertThat(before.err()).contains("\tat ");
    }
}
