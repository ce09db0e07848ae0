package vn.giaymoi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.domain.invitation.Invitations;
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
    void a_hand_written_file_is_told_that_the_diff_lines_are_of_the_rewritten_text() {
        Path file = Fixtures.writeText(dir.resolve("pad.yaml"),
                "# chú thích của tác giả\n" + new InvitationFormat().write(Fixtures.unpaddedDay(), vn.giaymoi.format.Syntax.YAML));
        CliRun run = CliRun.padOnly("fix", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("+  day: \"05\"", "Lưu ý: tệp gốc có chú thích (#)", "số dòng có thể lệch",
                "--write sẽ viết lại cả tệp");
    }

    @Test
    void write_saves_the_fix_and_keeps_a_backup() throws Exception {
        Path file = Fixtures.writeText(dir.resolve("pad.yaml"),
                "# chú thích của tác giả\n" + new InvitationFormat().write(Fixtures.unpaddedDay(), vn.giaymoi.format.Syntax.YAML));
        String before = Files.readString(file);
        CliRun run = CliRun.padOnly("fix", "--write", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(dir.resolve("pad.yaml.bak"))).isEqualTo(before);
        Parsed fixed = new InvitationFormat().read(file);
        assertThat(((Parsed.Ok) fixed).invitation().dateLine().day()).isEqualTo("05");
        assertThat(run.err()).contains("chú thích (#) không còn", "pad.yaml.bak");
        assertThat(CliRun.padOnly("check", file.toString()).exitCode()).isZero();
        assertThat(Files.exists(dir.resolve("pad.yaml.tmp"))).isFalse();
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
