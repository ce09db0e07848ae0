package vn.giaymoi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.recipient.Distribution;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Fix;
import vn.giaymoi.domain.rules.Rule;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.domain.rules.Severity;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FixCommandTest {
    @TempDir
    Path dir;

    @Test
    void shows_a_diff_of_only_the_fixed_line_and_leaves_the_file_alone() throws Exception {
        Path file = Fixtures.write(dir.resolve("pad.yaml"), Fixtures.unpaddedDay());
        String before = Files.readString(file);
        CliRun run = CliRun.padOnly("fix", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Sửa [ND30-DATE-PAD] date.day: Viết ngày 05", "--- " + file, "+++ " + file + " (đã sửa)",
                "-  day: \"5\"\n+  day: \"05\"\n", "thêm --write");
        assertThat(run.out().lines().filter(l -> l.startsWith("-") && !l.startsWith("---"))).hasSize(1);
        assertThat(run.out().lines().filter(l -> l.startsWith("+") && !l.startsWith("+++"))).hasSize(1);
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("pad.yaml.bak"))).isFalse();
        assertThat(run.out()).as("a file the writer made: the diff's line numbers are the file's").doesNotContain("Lưu ý");
    }

    @Test
    void a_commented_file_is_fixed_in_place_and_the_diff_shows_the_files_own_lines() {
        Path file = Fixtures.writeText(dir.resolve("pad.yaml"),
                "# chú thích của tác giả\n" + new InvitationFormat().write(Fixtures.unpaddedDay(), vn.giaymoi.format.Syntax.YAML));
        CliRun run = CliRun.padOnly("fix", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        int line = Fixtures.read(file).lines().toList().indexOf("  day: \"5\"") + 1;
        assertThat(run.out()).contains("-  day: \"5\"\n+  day: \"05\"\n", "@@ -" + (line - 3) + ",7 +" + (line - 3) + ",7 @@")
                .doesNotContain("Lưu ý", "mẫu chuẩn");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void write_saves_the_fix_and_keeps_a_backup() throws Exception {
        Path file = Fixtures.writeText(dir.resolve("pad.yaml"),
                "# chú thích của tác giả\n" + new InvitationFormat().write(Fixtures.unpaddedDay(), vn.giaymoi.format.Syntax.YAML));
        String before = Files.readString(file);
        CliRun run = CliRun.padOnly("fix", "--write", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(dir.resolve("pad.yaml.bak"))).isEqualTo(before);
        assertThat(Files.readString(file)).isEqualTo(before.replace("  day: \"5\"\n", "  day: \"05\"\n"));
        Parsed fixed = new InvitationFormat().read(file);
        assertThat(((Parsed.Ok) fixed).invitation().dateLine().day()).isEqualTo("05");
        assertThat(run.out()).contains("Đã ghi " + file + " (bản cũ: " + dir.resolve("pad.yaml.bak") + ")");
        assertThat(run.err()).isEmpty();
        assertThat(CliRun.padOnly("check", file.toString()).exitCode()).isZero();
        assertThat(Files.exists(dir.resolve("pad.yaml.tmp"))).isFalse();
    }

    @Test
    void write_changes_only_the_fixed_values_and_keeps_comments_blank_lines_quoting_and_wrapping() {
        // the real seed-000 (comments, {…} blocks, folded paragraphs, bare and quoted values) made wrong in three
        // places, plus the original's own mid-list '.' (line 42)
        String original = ("# Bản nháp của phòng Tổng hợp\n\n" + Fixtures.read(Fixtures.EXAMPLES.resolve("seed-000.yaml")))
                .replace("date: {day: \"\", month: \"\", year: 2026}", "date: {day: \"5\", month: \"5\", year: 2026}")
                .replace("  - Công TTĐT tỉnh;\n", "  - Công TTĐT tỉnh   # cổng thông tin\n")
                .replace("phục vụ Hội nghị./.", "phục vụ Hội nghị");
        Path file = Fixtures.writeText(dir.resolve("hop.yaml"), original);
        CliRun run = CliRun.of("fix", "--write", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Fixtures.read(dir.resolve("hop.yaml.bak"))).isEqualTo(original);

        List<String> before = original.lines().toList();
        List<String> after = Fixtures.read(file).lines().toList();
        assertThat(after).hasSameSizeAs(before);
        Map<Integer, String> changed = new TreeMap<>();
        for (int i = 0; i < before.size(); i++) if (!before.get(i).equals(after.get(i))) changed.put(i + 1, after.get(i));
        assertThat(changed).containsExactly(
                Map.entry(14, "date: {day: \"05\", month: \"5\", year: 2026}"),
                Map.entry(42, "        text: \"Đại diện Lãnh đạo {units} và cán bộ, công chức liên quan;\""),
                Map.entry(98, "              truyền và các điều kiện khác phục vụ Hội nghị./."),
                Map.entry(106, "  - Công TTĐT tỉnh;   # cổng thông tin"));
        assertThat(run.out()).contains("@@ -11,7 +11,7 @@", "-date: {day: \"5\"", "+date: {day: \"05\"",
                "+  - Công TTĐT tỉnh;   # cổng thông tin", "Đã ghi " + file);
        assertThat(CliRun.of("check", file.toString()).out()).contains("đạt, không có lỗi hay cảnh báo");
    }

    @Test
    void a_hand_written_json_file_keeps_its_layout() {
        String original = new InvitationFormat().write(Fixtures.unpaddedDay(), vn.giaymoi.format.Syntax.JSON)
                .replace("\" : ", "\": ").replace("  ", "\t");
        Path file = Fixtures.writeText(dir.resolve("pad.json"), original);
        CliRun run = CliRun.padOnly("fix", "--write", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Fixtures.read(file)).isEqualTo(original.replace("\"day\": \"5\"", "\"day\": \"05\""));
        assertThat(run.out()).contains("-\t\t\"day\": \"5\",\n+\t\t\"day\": \"05\",\n");
    }

    @Test
    void a_fix_that_adds_a_line_falls_back_to_rewriting_with_a_clear_warning() {
        Rule addsArchive = new Rule() {
            @Override
            public String id() {
                return "T-ADD";
            }

            @Override
            public String title() {
                return "thêm dòng Lưu";
            }

            @Override
            public List<Finding> check(Invitation inv, CheckContext ctx) {
                if (inv.distribution().entries().stream().anyMatch(e -> e.markup().equals("Lưu: VT, TCCB."))) return List.of();
                Fix fix = new Fix("Thêm dòng Lưu", "Add the archive line", i -> {
                    List<RichText> more = new ArrayList<>(i.distribution().entries());
                    more.add(RichText.of("Lưu: VT, TCCB."));
                    return i.withDistribution(new Distribution(more));
                });
                return List.of(new Finding("T-ADD", Severity.ERROR, "distribution", "Thiếu dòng Lưu", "No archive line",
                        null, null, "PL I", fix));
            }
        };
        String original = "# giữ tôi lại\n" + new InvitationFormat().write(Invitations.aGiayMoi(), vn.giaymoi.format.Syntax.YAML);
        Path file = Fixtures.writeText(dir.resolve("hop.yaml"), original);
        int entries = ((Parsed.Ok) new InvitationFormat().read(file)).invitation().distribution().entries().size();
        CliRun run = CliRun.with(new RuleEngine(List.of(addsArchive)), false, "fix", "--write", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString()).contains("Cảnh báo: không sửa được đúng tại chỗ (distribution: sửa này thêm, bỏ hoặc đổi kiểu",
                "lần ghi này viết lại cả tệp: MẤT chú thích (#)", "hop.yaml.bak");
        assertThat(run.out()).contains("+- \"Lưu: VT, TCCB.\"");
        assertThat(Fixtures.read(dir.resolve("hop.yaml.bak"))).isEqualTo(original);
        assertThat(Fixtures.read(file)).doesNotContain("giữ tôi lại");
        assertThat(((Parsed.Ok) new InvitationFormat().read(file)).invitation().distribution().entries()).hasSize(entries + 1);
    }

    @Test
    void a_json_file_is_fixed_as_json() throws Exception {
        Path file = Fixtures.write(dir.resolve("pad.json"), Fixtures.unpaddedDay());
        CliRun run = CliRun.padOnly("fix", "--write", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("-    \"day\" : \"5\",", "+    \"day\" : \"05\",");
        assertThat(((Parsed.Ok) new InvitationFormat().read(file)).invitation().dateLine().day()).isEqualTo("05");
    }

    @Test
    void lang_en_speaks_english() {
        Path file = Fixtures.write(dir.resolve("pad.yaml"), Fixtures.unpaddedDay());
        CliRun run = CliRun.padOnly("fix", "--lang", "en", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Fixed [ND30-DATE-PAD] date.day: ", "+++ " + file + " (fixed)",
                "(not written; add --write to write " + file + ")").doesNotContain("Sửa [", "chưa ghi");
        Path ok = Fixtures.write(dir.resolve("ok.yaml"), Invitations.aGiayMoi());
        assertThat(CliRun.padOnly("fix", "--lang", "en", ok.toString()).out()).isEqualTo(ok + ": nothing to fix automatically.\n");
    }

    @Test
    void nothing_to_fix_says_so() {
        Path file = Fixtures.write(dir.resolve("ok.yaml"), Invitations.aGiayMoi());
        CliRun run = CliRun.padOnly("fix", "--write", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(file + ": không có gì để sửa tự động.\n");
        assertThat(Files.exists(dir.resolve("ok.yaml.bak"))).isFalse();
    }

    @Test
    void an_unreadable_file_exits_3() {
        Path file = Fixtures.writeText(dir.resolve("broken.yaml"), "kind: giay-moi\nissuer: {name: [\n");
        CliRun run = CliRun.padOnly("fix", file.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).containsPattern("broken\\.yaml:\\d+:\\d+: ");
    }

    @Test
    void fix_takes_one_file() {
        assertThat(CliRun.padOnly("fix").exitCode()).isEqualTo(2);
        assertThat(CliRun.padOnly("fix", "a.yaml", "b.yaml").exitCode()).isEqualTo(2);
    }
}
