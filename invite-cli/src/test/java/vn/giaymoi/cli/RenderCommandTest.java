package vn.giaymoi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.InvitationRenderer;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RenderCommandTest {
    @TempDir
    Path dir;

    @Test
    void renders_a_seed_to_the_same_text_as_the_renderer() throws IOException {
        Path seed = Fixtures.EXAMPLES.resolve("seed-001.yaml");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", seed.toString(), "--format", "txt", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("Đã ghi " + out.resolve("seed-001.txt") + "\n");
        Parsed parsed = new InvitationFormat().read(seed);
        byte[] expected = new InvitationRenderer().render(((Parsed.Ok) parsed).invitation(), Format.TXT).bytes();
        assertThat(Files.readAllBytes(out.resolve("seed-001.txt"))).isEqualTo(expected);
        assertThat(new String(expected, StandardCharsets.UTF_8)).contains("GIẤY MỜI");
    }

    @Test
    void an_output_folder_that_cannot_be_made_is_a_failure_with_its_reason_not_a_syntax_error() throws IOException {
        Path seed = Fixtures.EXAMPLES.resolve("seed-000.yaml");
        Path file = Files.writeString(dir.resolve("taken"), "một tệp");
        CliRun run = CliRun.of("render", seed.toString(), "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("không tạo được thư mục kết quả " + file,
                "đã có một tệp (không phải thư mục) cùng tên").doesNotContain("Sai cú pháp", "\tat ");
        assertThat(Files.readString(file)).as("the file in the way is left alone").isEqualTo("một tệp");
    }

    @Test
    void a_folder_is_searched_recursively_and_its_subfolders_kept() {
        Path in = dir.resolve("in");
        Fixtures.write(in.resolve("a.yaml"), Invitations.aGiayMoi());
        Fixtures.write(in.resolve("phong/b.json"), Invitations.aCongVan());
        Fixtures.write(in.resolve("phong/sau/c.yml"), Invitations.aGiayMoi());
        Fixtures.writeText(in.resolve("ghi-chu.txt"), "bỏ qua");
        Fixtures.writeText(in.resolve(".git/config.json"), "{}");
        Fixtures.writeText(in.resolve("phong/.a.yaml"), "bản nháp của trình soạn thảo");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", in.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.exists(out.resolve("a.txt"))).isTrue();
        assertThat(Files.exists(out.resolve("phong/b.txt"))).isTrue();
        assertThat(Files.exists(out.resolve("phong/sau/c.txt"))).isTrue();
        assertThat(run.out().lines()).hasSize(3);
    }

    @Test
    void a_folder_of_200_invitations_gives_200_outputs() throws IOException {
        Fixtures.generate(dir.resolve("lot"), 200, 0);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", dir.resolve("lot").toString(), "--format", "txt", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(l -> l.startsWith("Đã ghi "))).hasSize(200);
        try (Stream<Path> files = Files.list(out)) {
            List<Path> written = files.sorted().toList();
            assertThat(written).hasSize(200);
            assertThat(Files.readString(written.get(199))).contains("đợt 200");
        }
    }

    @Test
    void a_broken_file_is_reported_and_the_others_are_rendered() {
        Fixtures.generate(dir.resolve("in"), 3, 0);
        Fixtures.writeText(dir.resolve("in/gm-001.yaml"), "kind: giay-moi\n  : : [\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", dir.resolve("in").toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("gm-001.yaml:");
        assertThat(Files.exists(out.resolve("gm-000.txt"))).isTrue();
        assertThat(Files.exists(out.resolve("gm-001.txt"))).isFalse();
        assertThat(Files.exists(out.resolve("gm-002.txt"))).isTrue();
    }

    @Test
    void two_inputs_with_the_same_name_do_not_overwrite_each_other() throws IOException {
        Path a = Fixtures.write(dir.resolve("x/giay-moi.yaml"), Invitations.aGiayMoi());
        Path b = Fixtures.write(dir.resolve("y/giay-moi.yaml"), Invitations.aCongVan());
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", a.toString(), b.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("trùng tên kết quả");
        assertThat(Files.readString(out.resolve("giay-moi.txt"))).contains("GIẤY MỜI");
    }

    @Test
    void an_unknown_format_is_a_usage_error_listing_the_known_ones() {
        CliRun run = CliRun.of("render", "a.yaml", "--format", "odt", "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("định dạng 'odt' không có; dùng một trong: txt");
    }

    @Test
    void out_is_required() {
        CliRun run = CliRun.of("render", "a.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out");
    }

    @Test
    void a_missing_input_exits_3() {
        CliRun run = CliRun.of("render", dir.resolve("none.yaml").toString(), "-o", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("none.yaml: không tìm thấy tệp");
    }
}
