package vn.giaymoi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
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

/** {@code giaymoi new --org}, {@code giaymoi check} of a profile file and {@code giaymoi schema --profile}. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProfileCommandsTest {
    static final Path PROFILES = Fixtures.EXAMPLES.resolve("profile");
    static final Path HA_TINH = PROFILES.resolve("ubnd-tinh-ha-tinh.yaml");

    @TempDir
    Path dir;

    static Invitation parse(String text, Syntax syntax) {
        Parsed parsed = new InvitationFormat().read(text, syntax, "out");
        assertThat(parsed).as(text).isInstanceOf(Parsed.Ok.class);
        return ((Parsed.Ok) parsed).invitation();
    }

    @Nested
    class new_org {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"ubnd-tinh-ha-tinh", "ban-tuyen-giao-tinh-uy-quang-ngai", "ubnd-phuong-thanh-sen"})
        void writes_a_giay_moi_and_a_cong_van_that_pass_every_rule_as_drafts(String name) {
            for (String kind : List.of("giay-moi", "cong-van")) {
                CliRun run = CliRun.of("new", "--org", PROFILES.resolve(name + ".yaml").toString(), "--kind", kind);
                assertThat(run.exitCode()).as(run.toString()).isZero();
                assertThat(run.out()).startsWith("# Soạn từ hồ sơ " + name + ".yaml");
                Invitation draft = parse(run.out(), Syntax.YAML);
                assertThat(draft.kind()).isEqualTo(InvitationKind.fromCode(kind));
                assertThat(RuleEngine.standard().check(draft, CheckContext.draft(CliRun.TODAY))).isEmpty();
                // the same file passes the command's own check
                Path file = Fixtures.writeText(dir.resolve(name + "-" + kind + ".yaml"), run.out());
                CliRun check = CliRun.of("check", file.toString());
                assertThat(check.exitCode()).as(check.toString()).isZero();
                assertThat(check.out()).contains("đạt, không có lỗi hay cảnh báo");
            }
        }

        @Test
        void takes_the_chosen_signer_and_writes_json_to_a_file() throws Exception {
            Path out = dir.resolve("moi.json");
            CliRun run = CliRun.of("new", "--org", HA_TINH.toString(), "--signer", "2", "-o", out.toString());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            Invitation draft = parse(Files.readString(out), Syntax.JSON);
            assertThat(draft.signature().signer()).isEqualTo("Nguyễn Huy Hùng");
            assertThat(draft.signature().printedLines()).containsExactly("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG");
            assertThat(new ObjectMapper().readTree(Files.readString(out)).path("kind").asText()).isEqualTo("giay-moi");
        }

        @Test
        void a_signer_outside_the_roster_exits_1_naming_the_roster() {
            CliRun run = CliRun.of("new", "--org", HA_TINH.toString(), "--signer", "5");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("[PROFILE-SIGNER-CHOICE]", "1. Trần Công Thành", "2. Nguyễn Huy Hùng",
                    "Không soạn được văn bản mới").doesNotContain("\tat ");
        }

        @Test
        void an_expired_identity_exits_1_with_the_decree_and_where_the_identities_are() {
            Path expired = Fixtures.writeText(dir.resolve("cu.yaml"), Fixtures.read(PROFILES.resolve("ubnd-phuong-thanh-sen.yaml"))
                    .replace("    validFrom: 2025-07-01", "    validFrom: 2025-07-01\n    validUntil: 2026-01-31"));
            CliRun run = CliRun.of("new", "--org", expired.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("[PROFILE-IDENTITY-EXPIRED] identities:", "vào ngày 05/5/2026",
                    "NĐ 30/2020/NĐ-CP, Điều 8", "tại: " + expired + ":7:1");
        }

        @Test
        void an_unreadable_profile_exits_3_with_line_and_column() {
            Path typo = Fixtures.writeText(dir.resolve("sai.yaml"), Fixtures.read(HA_TINH).replace("\nsigners:", "\nsigner:"));
            CliRun run = CliRun.of("new", "--org", typo.toString());
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(typo.toString()) + ":\\d+:1: signer: khóa 'signer'")
                    .contains("có phải là 'signers'?");
        }

        @Test
        void signer_needs_org_and_is_not_chosen_for_a_copy() {
            CliRun run = CliRun.of("new", "--signer", "2");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("cần --org");
            CliRun copy = CliRun.of("new", "--org", HA_TINH.toString(), "--from", "x.yaml", "--signer", "2");
            assertThat(copy.exitCode()).isEqualTo(2);
            assertThat(copy.err()).contains("giữ người ký của giấy mời cũ");
        }

        @Test
        void with_from_copies_an_earlier_invitation_under_the_current_name() {
            Path earlier = Fixtures.writeText(dir.resolve("cu.yaml"), Fixtures.read(Fixtures.EXAMPLES.resolve("seed-000.yaml"))
                    .replace("    TỈNH HÀ TĨNH\n", "    PHƯỜNG BẮC HÀ\n").replace("place: Hà Tĩnh", "place: Bắc Hà")
                    .replace("level: tinh", "level: xa").replace("date: {day: \"\", month: \"\", year: 2026}", "date: 2025-05-12")
                    .replace("number: /GM-UBND", "number: 07/GM-UBND"));
            CliRun run = CliRun.of("new", "--org", PROFILES.resolve("ubnd-phuong-thanh-sen.yaml").toString(), "--from", earlier.toString());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).startsWith("# Soạn từ cu.yaml với tên cơ quan hiện hành trong hồ sơ ubnd-phuong-thanh-sen.yaml");
            Invitation copy = parse(run.out(), Syntax.YAML);
            Invitation original = ((Parsed.Ok) new InvitationFormat().read(earlier)).invitation();
            assertThat(copy.issuer().fullName()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG THÀNH SEN");
            assertThat(copy.dateLine().printed()).isEqualTo("Thành Sen, ngày      tháng      năm 2026");
            assertThat(copy.number().toString()).isEqualTo("/GM-UBND");
            assertThat(copy.body()).isEqualTo(original.body());
            assertThat(copy.signature()).isEqualTo(original.signature());
            assertThat(copy.footer()).isNotEmpty();
        }
    }

    @Nested
    class check {
        @Test
        void a_good_profile_passes() {
            CliRun run = CliRun.of("check", HA_TINH.toString());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).contains("ubnd-tinh-ha-tinh.yaml: đạt, không có lỗi hay cảnh báo");
        }

        @Test
        void an_impossible_signing_form_is_an_error_at_its_line() {
            Path bad = Fixtures.writeText(dir.resolve("hs.yaml"), Fixtures.read(HA_TINH)
                    .replace("      - [TL. CHỦ TỊCH]\n", "      - [KT. CHỦ TỊCH]\n"));
            CliRun run = CliRun.of("check", bad.toString(), "--json");
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.out()).contains("\"ND30-SIGN-KT\"", "\"signers[1].title\"", "\"line\" : 39", "\"column\" : 5");
        }

        @Test
        void a_directory_of_invitations_and_profiles_is_checked_together() throws Exception {
            long files;
            try (var walk = Files.walk(Fixtures.EXAMPLES)) {
                files = walk.filter(f -> f.toString().endsWith(".yaml")).count();
            }
            CliRun run = CliRun.of("check", Fixtures.EXAMPLES.toString());
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).contains("Tổng: " + files + " tệp;", "0 tệp không đọc được",
                    "ubnd-phuong-thanh-sen.yaml: đạt", "ban-tuyen-giao-tinh-uy-quang-ngai.yaml: đạt");
        }
    }

    @Test
    void render_of_a_folder_skips_the_profiles_in_it() throws Exception {
        Path folder = dir.resolve("in");
        Fixtures.writeText(folder.resolve("seed-001.yaml"), Fixtures.read(Fixtures.EXAMPLES.resolve("seed-001.yaml")));
        Fixtures.writeText(folder.resolve("profile/hs.yaml"), Fixtures.read(HA_TINH));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", folder.toString(), "--format", "txt", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (var files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString())).containsExactly("seed-001.txt");
        }
        CliRun named = CliRun.of("render", folder.resolve("profile/hs.yaml").toString(), "--format", "txt", "--out", out.toString());
        assertThat(named.exitCode()).isEqualTo(3);
        assertThat(named.err()).contains("tệp này là hồ sơ cơ quan");
    }

    @Test
    void schema_profile_prints_the_profile_schema() throws Exception {
        CliRun run = CliRun.of("schema", "--profile");
        assertThat(run.exitCode()).isZero();
        var schema = new ObjectMapper().readTree(run.out());
        assertThat(schema.path("properties").path("kind").path("enum").get(0).asText()).isEqualTo("ho-so-co-quan");
        assertThat(schema.path("$defs").has("signer")).isTrue();
    }
}
