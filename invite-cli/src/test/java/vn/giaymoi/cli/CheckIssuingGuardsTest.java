package vn.giaymoi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.domain.delegation.AuthorityLine;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.text.RichText;

/** {@code giaymoi check --issuing} applies the same issuing guards as the web app's "Ban hành". */
class CheckIssuingGuardsTest {
    @TempDir
    Path dir;

    /** Regression: a file full of "…" (the editor's blank template, numbered and dated) passed with exit 0. */
    @Test
    void a_template_full_of_blanks_fails_the_issuing_check_naming_each_blank() {
        Invitation g = Invitations.aGiayMoi();
        Invitation blank = new Invitation(g.kind(), new Issuer("UBND TỈNH …", "SỞ …", null, AdministrativeLevel.PROVINCE, null),
                new DocumentNumber("01", "GM-UBND"), DateLine.of("…", CliRun.TODAY), RichText.of("…"), null, null, null,
                null, g.body(), g.form(), g.distribution(),
                new SigningAuthority(List.of(AuthorityLine.parse("KT. GIÁM ĐỐC")), "PHÓ GIÁM ĐỐC", "…"));
        Path file = Fixtures.write(dir.resolve("mau.yaml"), blank);

        CliRun run = CliRun.of("check", "--issuing", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("[ISSUE-PLACEHOLDER] place", "[ISSUE-PLACEHOLDER] issuer.name",
                "[ISSUE-PLACEHOLDER] signature.signer", "[ISSUE-PLACEHOLDER] subject", "Điều 8");
        assertThat(CliRun.of("check", file.toString()).out()).as("a draft may keep its blanks")
                .doesNotContain("ISSUE-PLACEHOLDER");
    }

    @Test
    void a_complete_invitation_issued_today_passes_and_one_dated_tomorrow_does_not() {
        Path ok = Fixtures.write(dir.resolve("ok.yaml"), Invitations.aGiayMoi()); // dated 05/5/2026, today in CliRun
        assertThat(CliRun.of("check", "--issuing", ok.toString()).exitCode()).isZero();

        Path ahead = Fixtures.write(dir.resolve("ahead.yaml"),
                Invitations.aGiayMoi().withDateLine(DateLine.of("Hà Tĩnh", CliRun.TODAY.plusDays(1))));
        CliRun run = CliRun.of("check", "--issuing", ahead.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("[ISSUE-DATE-FUTURE] date.day");
    }
}
