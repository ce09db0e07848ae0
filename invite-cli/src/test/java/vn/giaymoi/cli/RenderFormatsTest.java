package vn.giaymoi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.giaymoi.cli.boot.CliMain;
import vn.giaymoi.cli.error.ExitCodes;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Syntax;

class RenderFormatsTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    /** How each format's file starts. */
    private static final Map<String, String> MAGIC = Map.of(
            "txt", "", "html", "<!DOCTYPE html>", "pdf", "%PDF-", "docx", "PK", "ics", "BEGIN:VCALENDAR");

    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int run(String... args) {
        CommandLine cli = CliMain.commandLine();
        cli.setOut(new PrintWriter(stdout, true));
        cli.setErr(new PrintWriter(stderr, true));
        return cli.execute(args);
    }

    @Test
    void renders_every_seed_in_every_format() throws IOException {
        List<String> seeds = List.of("000", "001", "002", "004");
        String[] args = new String[seeds.size() + 4];
        args[0] = "render";
        for (int i = 0; i < seeds.size(); i++) args[i + 1] = EXAMPLES.resolve("seed-" + seeds.get(i) + ".yaml").toString();
        args[seeds.size() + 1] = "--format=txt,html,pdf,docx,ics";
        args[seeds.size() + 2] = "--out";
        args[seeds.size() + 3] = out.toString();

        assertThat(run(args)).as("stderr: %s", stderr).isEqualTo(ExitCodes.OK);

        for (String seed : seeds) {
            for (var format : MAGIC.entrySet()) {
                Path file = out.resolve("seed-" + seed + "." + format.getKey());
                assertThat(file).isRegularFile();
                byte[] bytes = Files.readAllBytes(file);
                assertThat(bytes.length).isGreaterThan(500);
                assertThat(new String(bytes, 0, 20, StandardCharsets.ISO_8859_1)).startsWith(format.getValue());
            }
        }
        assertThat(stdout.toString()).contains("seed-004.docx");
    }

    @Test
    void an_unknown_format_is_a_usage_error_listing_the_known_ones() {
        assertThat(run("render", EXAMPLES.resolve("seed-000.yaml").toString(), "--format", "odt", "--out", out.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(stderr.toString()).contains("định dạng 'odt' không có", "txt, html, pdf, docx, ics");
    }

    @Test
    void a_calendar_without_a_meeting_time_fails_with_a_vietnamese_message_and_no_stack_trace() throws IOException {
        var noTime = Invitations.aGiayMoi().withBody(List.of(Point.of(Marker.NUMBER, "Nội dung họp.")));
        Path input = out.resolve("khong-gio.yaml");
        Files.writeString(input, new InvitationFormat().write(noTime, Syntax.YAML));

        assertThat(run("render", input.toString(), "--format", "ics,txt", "--out", out.toString()))
                .isEqualTo(ExitCodes.FAILED);
        assertThat(stderr.toString()).contains("không dựng được ics", "chưa có thời gian họp").doesNotContain("Exception");
        assertThat(out.resolve("khong-gio.txt")).isRegularFile();
        assertThat(out.resolve("khong-gio.ics")).doesNotExist();
    }
}
