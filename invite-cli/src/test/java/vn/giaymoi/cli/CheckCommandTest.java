package vn.giaymoi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Rule;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.domain.rules.Severity;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void a_correct_invitation_passes_with_exit_0() {
        Path file = Fixtures.write(dir.resolve("ok.yaml"), Invitations.aGiayMoi());
        CliRun run = CliRun.padOnly("check", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo(file + ": đạt, không có lỗi hay cảnh báo\n");
    }

    @Test
    void an_error_is_grouped_under_loi_with_rule_path_expected_actual_basis_and_fix_mark() {
        Path file = Fixtures.write(dir.resolve("pad.yaml"), Fixtures.unpaddedDay());
        CliRun run = CliRun.padOnly("check", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(file + ": 1 lỗi, 0 cảnh báo\n"
                + "  Lỗi:\n"
                + "    [ND30-DATE-PAD] date.day: Ngày dưới 10 phải viết có số 0 phía trước: 05 (có thể sửa tự động)\n"
                + "        cần: «05»  đang là: «5»\n"
                + "        căn cứ: NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4.b\n"
                + "        tại: " + file + ":" + (Fixtures.read(file).lines().toList().indexOf("  day: \"5\"") + 1) + ":3\n");
    }

    @Test
    void english_messages_on_request() {
        Path file = Fixtures.write(dir.resolve("pad.yaml"), Fixtures.unpaddedDay());
        CliRun run = CliRun.padOnly("check", "--lang", "en", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("1 error(s), 0 warning(s)", "Errors:",
                "A day below 10 is written with a leading zero: 05 (auto-fixable)", "expected: «05»  actual: «5»",
                "basis: NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4.b");
    }

    @Test
    void warnings_come_after_errors_and_alone_do_not_fail() {
        Rule soft = rule((inv, ctx) -> List.of(new Finding("T-SOFT", Severity.WARNING, "body", "Nên kết thúc bằng ./.",
                "Should end with ./.", null, null, "PL III", null)));
        Path ok = Fixtures.write(dir.resolve("ok.yaml"), Invitations.aGiayMoi());
        CliRun run = CliRun.with(new RuleEngine(List.of(soft)), false, "check", ok.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("0 lỗi, 1 cảnh báo", "  Cảnh báo:\n    [T-SOFT] body: Nên kết thúc bằng ./.\n")
                .doesNotContain("(có thể sửa tự động)", "cần:");

        Path pad = Fixtures.write(dir.resolve("pad.yaml"), Fixtures.unpaddedDay());
        CliRun both = CliRun.with(new RuleEngine(List.of(soft, CliRun.padRule().rules().get(0))), false,
                "check", pad.toString());
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(both.out().indexOf("Lỗi:")).isLessThan(both.out().indexOf("Cảnh báo:"));
    }

    @Test
    void a_hint_is_listed_last_is_not_counted_as_a_warning_and_does_not_fail() throws IOException {
        Rule advice = rule((inv, ctx) -> List.of(new Finding("T-HINT", Severity.HINT, "body", "Gợi ý: nêu người chủ trì",
                "Hint: name the chair", "Chủ trì: …", "", "QĐ 45/2018/QĐ-TTg", null)));
        Path ok = Fixtures.write(dir.resolve("ok.yaml"), Invitations.aGiayMoi());
        CliRun run = CliRun.with(new RuleEngine(List.of(advice)), false, "check", ok.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("đạt, không có lỗi hay cảnh báo; 1 gợi ý", "  Gợi ý:\n    [T-HINT] body: Gợi ý: nêu người chủ trì\n");

        CliRun json = CliRun.with(new RuleEngine(List.of(advice)), false, "check", "--json", ok.toString());
        assertThat(json.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.path("warnings").asInt()).isZero();
        assertThat(root.path("hints").asInt()).isEqualTo(1);
        assertThat(root.path("files").get(0).path("findings").get(0).path("severity").asText()).isEqualTo("hint");
    }

    @Test
    void checks_as_a_draft_today_by_default_and_as_before_issuing_with_the_flag() {
        List<CheckContext> seen = new ArrayList<>();
        Rule spy = rule((inv, ctx) -> {
            synchronized (seen) {
                seen.add(ctx);
            }
            return List.of();
        });
        Path file = Fixtures.write(dir.resolve("ok.yaml"), Invitations.aGiayMoi());
        CliRun.with(new RuleEngine(List.of(spy)), false, "check", file.toString());
        CliRun.with(new RuleEngine(List.of(spy)), false, "check", "--issuing", file.toString());
        assertThat(seen).containsExactly(CheckContext.draft(CliRun.TODAY), CheckContext.issuing(CliRun.TODAY));
    }

    @Test
    void json_output_lists_each_file_with_findings_and_the_exit_code() throws IOException {
        Path pad = Fixtures.write(dir.resolve("a-pad.yaml"), Fixtures.unpaddedDay());
        Path ok = Fixtures.write(dir.resolve("b-ok.json"), Invitations.aCongVan());
        CliRun run = CliRun.padOnly("check", "--json", pad.toString(), ok.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("exitCode").asInt()).isEqualTo(1);
        assertThat(root.path("files")).hasSize(2);
        JsonNode first = root.path("files").get(0);
        assertThat(first.path("file").asText()).isEqualTo(pad.toString());
        assertThat(first.path("findings").get(0).path("ruleId").asText()).isEqualTo("ND30-DATE-PAD");
        assertThat(first.path("findings").get(0).path("fix").asText()).isEqualTo("Viết ngày 05");
        assertThat(root.path("files").get(1).path("findings")).isEmpty();
    }

    @Test
    void json_findings_carry_the_file_line_and_column_of_their_field() throws IOException {
        Path seed = Fixtures.writeText(dir.resolve("hop.yaml"), Fixtures.read(Fixtures.EXAMPLES.resolve("seed-000.yaml"))
                .replace("date: {day: \"\", month: \"\", year: 2026}", "date: {day: \"5\", month: \"5\", year: 2026}"));
        CliRun run = CliRun.of("check", "--json", seed.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        JsonNode findings = new ObjectMapper().readTree(run.out()).path("files").get(0).path("findings");
        JsonNode pad = null;
        JsonNode punct = null;
        for (JsonNode f : findings) {
            if (f.path("ruleId").asText().equals("ND30-DATE-PAD")) pad = f;
            if (f.path("ruleId").asText().equals("ND30-LIST-PUNCT")) punct = f;
        }
        assertThat(pad.path("file").asText()).isEqualTo(seed.toString());
        assertThat(pad.path("line").asInt()).as("date: {day: …} is line 12").isEqualTo(12);
        assertThat(pad.path("column").asInt()).as("the key day").isEqualTo(8);
        assertThat(punct.path("path").asText()).isEqualTo("body[2].points[1]");
        assertThat(punct.path("line").asInt()).as("the list item's '- marker:' line").isEqualTo(39);
        assertThat(punct.path("column").asInt()).isEqualTo(9);
    }

    @Test
    void the_text_report_says_where_each_finding_is() {
        Path file = Fixtures.writeText(dir.resolve("hop.json"), new vn.giaymoi.format.InvitationFormat()
                .write(Fixtures.unpaddedDay(), vn.giaymoi.format.Syntax.JSON));
        int line = Fixtures.read(file).lines().toList().indexOf("    \"day\" : \"5\",") + 1;
        CliRun run = CliRun.padOnly("check", "--lang", "en", file.toString());
        assertThat(run.out()).contains("        basis: NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4.b\n        at: " + file + ":" + line + ":5\n");
    }

    @Test
    void a_mistyped_key_is_reported_at_its_own_line_and_column_with_a_guess() throws IOException {
        // as in the report: 'subjct:' on line 29 of a 72-line file was said to be at 73:1
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 16; i++) text.append("# dòng chú thích ").append(i + 1).append('\n');
        text.append(Fixtures.read(Fixtures.EXAMPLES.resolve("seed-000.yaml")).replace("\nsubject:", "\nsubjct:"));
        Path file = Fixtures.writeText(dir.resolve("hop.yaml"), text.toString());
        CliRun run = CliRun.padOnly("check", file.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith(file + ":29:1: subjct: khóa 'subjct' không có ở đây; có phải là 'subject'?");

        JsonNode problem = new ObjectMapper().readTree(CliRun.padOnly("check", "--json", file.toString()).out())
                .path("files").get(0).path("problems").get(0);
        assertThat(problem.path("line").asInt()).isEqualTo(29);
        assertThat(problem.path("column").asInt()).isEqualTo(1);
        assertThat(problem.path("message").asText()).contains("có phải là 'subject'?");
    }

    @Test
    void an_impossible_date_is_said_not_to_exist_at_its_line_and_column() {
        Path file = Fixtures.writeText(dir.resolve("hop.yaml"), Fixtures.read(Fixtures.EXAMPLES.resolve("seed-000.yaml"))
                .replace("session: {date: 2026-05-12", "session: {date: 2026-02-30"));
        CliRun run = CliRun.padOnly("check", file.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo(file + ":27:21: body[0].session.date: ngày '2026-02-30' không có trong lịch:"
                + " tháng 2 năm 2026 chỉ có 28 ngày\n");

        Path parts = Fixtures.writeText(dir.resolve("ngay.yaml"), Fixtures.read(Fixtures.EXAMPLES.resolve("seed-000.yaml"))
                .replace("date: {day: \"\", month: \"\", year: 2026}", "date: {day: \"31\", month: \"4\", year: 2026}"));
        assertThat(CliRun.padOnly("check", parts.toString()).err())
                .isEqualTo(parts + ":12:1: date: ngày 31 tháng 4 năm 2026 không có trong lịch\n");
    }

    @Test
    void the_examples_are_checked_with_every_rule_of_the_product() throws java.io.IOException {
        long files;
        try (var walk = java.nio.file.Files.walk(Fixtures.EXAMPLES)) { // with the profiles of examples/profile
            files = walk.filter(f -> f.toString().endsWith(".yaml")).count();
        }
        CliRun run = CliRun.of("check", Fixtures.EXAMPLES.toString());
        assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().filter(l -> l.contains("seed-0") && l.contains(".yaml: "))).hasSize(4);
        assertThat(files).isGreaterThan(4); // the seeds and the examples of the other kinds and the Party's format
        assertThat(run.out()).contains("Tổng: " + files + " tệp;", "0 tệp không đọc được");
    }

    @Test
    void a_missing_file_exits_3_and_says_so() {
        CliRun run = CliRun.padOnly("check", dir.resolve("nowhere.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("nowhere.yaml: không tìm thấy tệp").doesNotContain("Exception", "\tat ");
    }

    @Test
    void broken_yaml_exits_3_naming_line_and_column() {
        Path file = Fixtures.writeText(dir.resolve("broken.yaml"), "kind: giay-moi\nissuer:\n  name: \"UBND\n  level: tinh\n");
        CliRun run = CliRun.padOnly("check", file.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: ")
                .contains("lỗi cú pháp YAML").doesNotContain("\tat ");
    }

    @Test
    void a_missing_field_is_reported_with_its_path() {
        Path file = Fixtures.writeText(dir.resolve("half.yaml"), "kind: giay-moi\nsubject: Họp\n");
        CliRun run = CliRun.padOnly("check", file.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("thiếu trường bắt buộc 'issuer'", "thiếu trường bắt buộc 'signature'");
    }

    @Test
    void one_unreadable_file_does_not_stop_the_others_and_wins_the_exit_code() {
        Path pad = Fixtures.write(dir.resolve("a.yaml"), Fixtures.unpaddedDay());
        Path broken = Fixtures.writeText(dir.resolve("b.yaml"), "kind: [\n");
        Path ok = Fixtures.write(dir.resolve("c.yaml"), Invitations.aGiayMoi());
        CliRun run = CliRun.padOnly("check", dir.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(pad + ": 1 lỗi", ok + ": đạt",
                "Tổng: 3 tệp; 1 tệp có lỗi, 1 tệp không đọc được; 1 lỗi, 0 cảnh báo, 0 gợi ý.");
        assertThat(run.err()).contains(broken.toString());
    }

    @Test
    void a_rule_that_crashes_fails_its_file_only() {
        Rule crashing = rule((inv, ctx) -> {
            if (inv.subject().markup().contains("đợt 3")) throw new IllegalStateException("quy tắc hỏng");
            return List.of();
        });
        Fixtures.generate(dir, 5, 0);
        CliRun run = CliRun.with(new RuleEngine(List.of(crashing)), false, "check", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("gm-002.yaml", "lỗi khi kiểm tra (IllegalStateException): quy tắc hỏng");
        assertThat(run.out()).contains("Tổng: 5 tệp");
        assertThat(run.out().lines().filter(l -> l.endsWith("đạt, không có lỗi hay cảnh báo"))).hasSize(4);
    }

    @Test
    void a_folder_of_200_invitations_is_checked_in_order() {
        int broken = Fixtures.generate(dir.resolve("lot"), 200, 20);
        CliRun run = CliRun.padOnly("check", dir.resolve("lot").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        List<String> headlines = run.out().lines().filter(l -> l.startsWith(dir.toString())).toList();
        assertThat(headlines).hasSize(200);
        assertThat(headlines.get(0)).startsWith(dir.resolve("lot").resolve("gm-000.yaml").toString());
        assertThat(headlines.get(199)).startsWith(dir.resolve("lot").resolve("gm-199.yaml").toString());
        assertThat(headlines.stream().filter(l -> l.endsWith(": 1 lỗi, 0 cảnh báo"))).hasSize(broken);
        assertThat(run.out()).contains("Tổng: 200 tệp; " + broken + " tệp có lỗi, 0 tệp không đọc được");
    }

    @Test
    void a_folder_without_invitations_exits_3() {
        Fixtures.writeText(dir.resolve("notes.txt"), "không phải giấy mời");
        CliRun run = CliRun.padOnly("check", dir.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("thư mục không có tệp .yaml, .yml hoặc .json nào");
    }

    @Test
    void a_progress_bar_is_drawn_on_a_terminal_unless_quiet() {
        Fixtures.generate(dir, 12, 0);
        CliRun terminal = CliRun.onTerminal("check", dir.toString());
        assertThat(terminal.err()).contains("\r[", "12/12 tệp");
        assertThat(terminal.out()).doesNotContain("\r");
        assertThat(CliRun.onTerminal("check", "--quiet", dir.toString()).err()).doesNotContain("\r");
        assertThat(CliRun.padOnly("check", dir.toString()).err()).isEmpty();
    }

    @Test
    void bad_flags_are_usage_errors() {
        CliRun lang = CliRun.padOnly("check", "--lang", "fr", "x.yaml");
        assertThat(lang.exitCode()).isEqualTo(2);
        assertThat(lang.err()).contains("ngôn ngữ 'fr' không có; dùng vi hoặc en", "giaymoi check --help");
        CliRun unknown = CliRun.padOnly("check", "--bogus", "x.yaml");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--bogus").doesNotContain("\tat ");
        assertThat(CliRun.padOnly("check").exitCode()).isEqualTo(2);
    }

    private static Rule rule(java.util.function.BiFunction<Invitation, CheckContext, List<Finding>> body) {
        return new Rule() {
            @Override
            public String id() {
                return "T-RULE";
            }

            @Override
            public String title() {
                return "quy tắc thử";
            }

            @Override
            public List<Finding> check(Invitation invitation, CheckContext context) {
                return body.apply(invitation, context);
            }
        };
    }
}
