package vn.giaymoi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Syntax;

/**
 * Files an attacker would hand to {@code giaymoi}: escape sequences in an echoed key, a placeholder format the value
 * cannot fill, a null deadline. Each gets a located message, never a raw escape sequence and never a stack trace.
 */
class HostileFilesTest {
    private static final String ESC = "\u001b";

    @TempDir
    Path folder;

    private Path file(String name, String text) throws Exception {
        Path p = folder.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void escape_sequences_in_an_echoed_key_are_shown_not_obeyed() throws Exception {
        String json = new InvitationFormat().write(Invitations.aGiayMoi(), Syntax.JSON)
                .replaceFirst("\\{", "{\"\\\\u001b]0;pwned\\\\u0007\\\\u001b[2J\": 1,");
        CliRun run = CliRun.of("check", file("x.json", json).toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3); // unreadable input
        String all = run.out() + run.err();
        assertThat(all).doesNotContain(ESC).doesNotContain("\u0007").contains("\\e]0;pwned\\u0007\\e[2J");
    }

    @Test
    void an_hour_format_on_a_date_only_deadline_is_a_located_problem() throws Exception {
        String yaml = new InvitationFormat().write(Invitations.aGiayMoi(), Syntax.YAML).replaceFirst("(?m)^body:\n",
                "body:\n- marker: \"1.\"\n  text: \"{lead} gửi trước {deadline:HH} giờ.\"\n"
                        + "  task: {lead: Sở Nội vụ, deadlines: [2026-05-08]}\n");
        CliRun run = CliRun.of("check", file("x.yaml", yaml).toString());
        assertThat(run.exitCode()).as(run.toString()).isNotZero();
        assertThat(run.out() + run.err()).contains("body[0].text", "'HH'").doesNotContain("Exception", "\tat ");
    }

    @Test
    void a_null_deadline_is_a_located_problem() throws Exception {
        String yaml = new InvitationFormat().write(Invitations.aGiayMoi(), Syntax.YAML).replaceFirst("(?m)^body:\n",
                "body:\n- marker: \"1.\"\n  text: \"{lead} gửi tài liệu.\"\n  task: {lead: Sở Nội vụ, deadlines: [null]}\n");
        CliRun run = CliRun.of("check", file("x.yaml", yaml).toString());
        assertThat(run.exitCode()).as(run.toString()).isNotZero();
        assertThat(run.out() + run.err()).contains("body[0].task.deadlines[0]").doesNotContain("NullPointer",
                "Exception", "\tat ");
    }
}
