package vn.giaymoi.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.profile.OrganisationProfile;
import vn.giaymoi.domain.profile.ProfileRules;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.RuleEngine;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProfileFormatTest {
    static final Path PROFILES = Path.of("..", "examples", "profile");
    static final LocalDate TODAY = LocalDate.of(2026, 5, 5);
    static final ProfileFormat FORMAT = new ProfileFormat();

    static OrganisationProfile example(String name) {
        return FORMAT.read(PROFILES.resolve(name + ".yaml")).fold(p -> p, problems -> {
            throw new AssertionError(problems);
        });
    }

    static List<String> problems(String yaml) {
        return FORMAT.read(yaml, Syntax.YAML, "hs.yaml").fold(p -> List.of(),
                ps -> ps.stream().map(InputProblem::display).toList());
    }

    @Nested
    class examples {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"ubnd-tinh-ha-tinh", "ban-tuyen-giao-tinh-uy-quang-ngai", "ubnd-phuong-thanh-sen"})
        void read_without_a_finding_and_write_back_equal_in_both_syntaxes(String name) {
            OrganisationProfile p = example(name);
            assertThat(ProfileRules.check(p, TODAY)).isEmpty();
            for (Syntax syntax : Syntax.values()) {
                String written = FORMAT.write(p, syntax);
                assertThat(FORMAT.read(written, syntax, "again").<Object>fold(q -> q, ps -> ps)).as(written).isEqualTo(p);
            }
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"ubnd-tinh-ha-tinh", "ban-tuyen-giao-tinh-uy-quang-ngai", "ubnd-phuong-thanh-sen"})
        void start_drafts_of_both_kinds_that_pass_every_rule_without_a_warning(String name) throws IOException {
            String text = Files.readString(PROFILES.resolve(name + ".yaml"));
            for (InvitationKind kind : List.of(InvitationKind.GIAY_MOI, InvitationKind.CONG_VAN)) {
                Invitation draft = ProfileDrafts.newDraft(text, kind, TODAY).orElseThrow();
                List<String> found = RuleEngine.standard().check(draft, CheckContext.draft(TODAY)).stream()
                        .map(f -> f.ruleId() + " " + f.path() + ": " + f.messageVi()).toList();
                assertThat(found).as(kind + " of " + name).isEmpty();
                // and the draft is itself a file of the format
                Invitation back = new InvitationFormat().read(new InvitationFormat().write(draft, Syntax.YAML), Syntax.YAML, "d")
                        .fold(i -> i, ps -> null);
                assertThat(back).isEqualTo(draft);
            }
        }

        @Test
        void the_commune_keeps_its_old_name_for_documents_before_the_reorganisation() throws IOException {
            OrganisationProfile p = example("ubnd-phuong-thanh-sen");
            assertThat(p.identityOn(LocalDate.of(2025, 6, 30)).orElseThrow().issuer().fullName())
                    .isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG BẮC HÀ");
            assertThat(p.identityOn(LocalDate.of(2025, 6, 30)).orElseThrow().issuer().parent()).isEqualTo("UBND THÀNH PHỐ HÀ TĨNH");
            Invitation draft = ProfileDrafts.newDraft(Files.readString(PROFILES.resolve("ubnd-phuong-thanh-sen.yaml")),
                    InvitationKind.GIAY_MOI, TODAY).orElseThrow();
            assertThat(draft.issuer().fullName()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG THÀNH SEN");
            assertThat(draft.issuer().parent()).isNull();
            assertThat(draft.dateLine().place()).isEqualTo("Thành Sen");
            assertThat(draft.signature().printedLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        }

        @Test
        void the_samples_profile_gives_the_seeds_issuer_and_signer() {
            OrganisationProfile p = example("ubnd-tinh-ha-tinh");
            Invitation seed = new InvitationFormat().read(Path.of("..", "examples", "seed-000.yaml")).fold(i -> i, ps -> null);
            assertThat(p.identityOn(TODAY).orElseThrow().issuer()).isEqualTo(seed.issuer());
            assertThat(p.signers().get(0).authority(0)).isEqualTo(seed.signature());
        }
    }

    @Nested
    class problems {
        static final String HEAD = "kind: ho-so-co-quan\nidentities:\n  - name: UBND XÃ A\n    abbreviation: UBND\n    place: A\n";

        @Test
        void a_mistyped_key_is_reported_where_it_is_written_with_the_key_it_means() {
            assertThat(problems(HEAD + "signrs:\n  - {name: Nguyễn Văn A, title: CHỦ TỊCH}\n"))
                    .singleElement().asString().startsWith("hs.yaml:6:1: signrs: khóa 'signrs' không có ở đây; có phải là 'signers'?");
            assertThat(problems("kind: ho-so-co-quan\nidentities:\n  - name: UBND XÃ A\n    abbrevation: UBND\n"))
                    .singleElement().asString().startsWith("hs.yaml:4:5: identities[0].abbrevation: khóa 'abbrevation'")
                    .contains("có phải là 'abbreviation'?");
        }

        @Test
        void a_form_line_without_an_authority_prefix_is_reported_at_its_line() {
            assertThat(problems(HEAD + "signers:\n  - name: Nguyễn Văn A\n    title: PHÓ CHỦ TỊCH\n    forms:\n"
                    + "      - [KT. CHỦ TỊCH]\n      - [CHỦ TỊCH]\n"))
                    .singleElement().asString()
                    .startsWith("hs.yaml:11:10: signers[0].forms[1][0]: dòng quyền hạn ký 'CHỦ TỊCH' phải bắt đầu bằng TM.");
        }

        @Test
        void an_impossible_date_and_an_unknown_level_are_each_reported() {
            assertThat(problems(HEAD + "    validFrom: 2025-02-30\n")).singleElement().asString()
                    .startsWith("hs.yaml:6:16: identities[0].validFrom").contains("2025-02-30").contains("không có");
            assertThat(problems(HEAD + "    level: quận\n")).singleElement().asString()
                    .startsWith("hs.yaml:6:5: identities[0].level:");
        }

        @Test
        void every_missing_field_is_reported_in_one_read() {
            assertThat(problems("kind: ho-so-co-quan\nidentities:\n  - abbreviation: UBND\nsigners:\n  - name: Nguyễn Văn A\n"))
                    .containsExactly("hs.yaml:3:5: identities[0].name: thiếu trường bắt buộc 'identities[0].name'",
                            "hs.yaml:5:5: signers[0].title: thiếu trường bắt buộc 'signers[0].title'");
        }

        @Test
        void a_value_over_its_limit_is_refused_by_the_same_limits_as_an_invitation() {
            assertThat(problems(HEAD + "draftingUnit: " + "X".repeat(101) + "\n")).singleElement().asString()
                    .contains("draftingUnit: dài 101 ký tự, quá giới hạn 100 ký tự");
        }

        @Test
        void an_invitation_is_not_read_as_a_profile_and_a_profile_not_as_an_invitation() throws IOException {
            String seed = Files.readString(Path.of("..", "examples", "seed-000.yaml"));
            assertThat(FORMAT.read(seed, Syntax.YAML, "seed.yaml").<String>fold(p -> "", ps -> ps.get(0).display()))
                    .startsWith("seed.yaml:2:1: kind: không phải tệp hồ sơ cơ quan");
            String profile = Files.readString(PROFILES.resolve("ubnd-tinh-ha-tinh.yaml"));
            assertThat(new InvitationFormat().read(profile, Syntax.YAML, "hs.yaml").<String>fold(i -> "", ps -> ps.get(0).display()))
                    .startsWith("hs.yaml:4:1: kind: tệp này là hồ sơ cơ quan");
        }

        @Test
        void only_a_top_level_kind_makes_a_profile() {
            assertThat(ProfileFormat.isProfile("kind: ho-so-co-quan\n", Syntax.YAML)).isTrue();
            assertThat(ProfileFormat.isProfile("{\"units\": [{\"kind\": \"x\"}], \"kind\": \"ho-so-co-quan\"}", Syntax.JSON)).isTrue();
            assertThat(ProfileFormat.isProfile("issuer: {kind: ho-so-co-quan}\nkind: giay-moi\n", Syntax.YAML)).isFalse();
            assertThat(ProfileFormat.isProfile("kind: [ho-so-co-quan]\n", Syntax.YAML)).isFalse();
            assertThat(ProfileFormat.isProfile("kind: \"ho-so-co-quan\n", Syntax.YAML)).isFalse();
        }
    }

    @Nested
    class drafts_from_a_stored_text {
        @Test
        void a_json_profile_as_the_store_keeps_it_starts_a_draft() {
            String json = FORMAT.write(example("ubnd-tinh-ha-tinh"), Syntax.JSON);
            Outcome<Invitation> out = ProfileDrafts.newDraft(json, InvitationKind.CONG_VAN, TODAY);
            assertThat(out.orElseThrow().number().toString()).isEqualTo("/UBND-TH");
        }

        @Test
        void an_expired_identity_is_rejected_with_the_decree_cited() throws IOException {
            String text = Files.readString(PROFILES.resolve("ubnd-phuong-thanh-sen.yaml"))
                    .replace("    validFrom: 2025-07-01", "    validFrom: 2025-07-01\n    validUntil: 2026-03-31");
            Outcome<Invitation> out = ProfileDrafts.newDraft(text, InvitationKind.GIAY_MOI, TODAY);
            assertThat(out).isInstanceOf(Outcome.Rejected.class);
            Outcome.Rejected<Invitation> r = (Outcome.Rejected<Invitation>) out;
            assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("PROFILE-IDENTITY-EXPIRED");
            assertThat(r.messageVi()).contains("không có tên cơ quan ban hành còn hiệu lực vào ngày 05/5/2026",
                    "hết hiệu lực ngày 31/3/2026", "NĐ 30/2020/NĐ-CP, Điều 8");
        }

        @Test
        void an_earlier_invitation_starts_a_draft_under_todays_name() throws IOException {
            Invitation seed = new InvitationFormat().read(Path.of("..", "examples", "seed-001.yaml")).fold(i -> i, ps -> null);
            String profile = Files.readString(PROFILES.resolve("ubnd-phuong-thanh-sen.yaml"));
            Invitation draft = ProfileDrafts.fromEarlier(profile, seed, TODAY).orElseThrow();
            assertThat(draft.issuer().fullName()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG THÀNH SEN");
            assertThat(draft.body()).isEqualTo(seed.body());
            assertThat(draft.isDraft()).isTrue();
            assertThat(ProfileDrafts.fromEarlier("kind: giay-moi\n", seed, TODAY)).isInstanceOf(Outcome.Rejected.class);
        }

        @Test
        void a_broken_text_is_rejected_with_its_line_and_column() {
            Outcome<Invitation> out = ProfileDrafts.newDraft("kind: ho-so-co-quan\nidentities: [\n", InvitationKind.GIAY_MOI, TODAY);
            Outcome.Rejected<Invitation> r = (Outcome.Rejected<Invitation>) out;
            assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("PROFILE-INPUT");
            assertThat(r.findings().get(0).messageVi()).startsWith("dòng 2, cột 14: lỗi cú pháp YAML");
        }
    }
}
