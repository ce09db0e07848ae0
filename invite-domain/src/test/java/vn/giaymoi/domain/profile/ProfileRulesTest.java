package vn.giaymoi.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.DocumentFormat;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.rules.Finding;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProfileRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 5);

    static OrganisationProfile with(List<IssuerIdentity> ids, List<RosterSigner> signers) {
        OrganisationProfile p = Profiles.haTinh();
        return new OrganisationProfile(ids, p.footer(), p.units(), signers, p.distribution(), p.draftingUnit(), p.settings());
    }

    static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.path()).toList();
    }

    @Test
    void the_samples_profile_has_no_finding() {
        assertThat(ProfileRules.check(Profiles.haTinh(), TODAY)).isEmpty();
        assertThat(ProfileRules.check(Profiles.party(), TODAY)).isEmpty();
    }

    @Nested
    class identities {
        /** Xã Thạch Hạ before the merger, phường Thành Sen from 2025-07-01. */
        final IssuerIdentity before = new IssuerIdentity(new Issuer(null, "ỦY BAN NHÂN DÂN\nXÃ THẠCH HẠ", "UBND",
                AdministrativeLevel.COMMUNE, "Hà Tĩnh"), "Thạch Hạ", DocumentFormat.STATE, null, LocalDate.of(2025, 6, 30));
        final IssuerIdentity after = new IssuerIdentity(new Issuer(null, "ỦY BAN NHÂN DÂN\nPHƯỜNG THÀNH SEN", "UBND",
                AdministrativeLevel.COMMUNE, "Hà Tĩnh"), "Thành Sen", DocumentFormat.STATE, LocalDate.of(2025, 7, 1), null);

        @Test
        void the_identity_used_is_the_one_valid_on_the_date() {
            OrganisationProfile p = with(List.of(before, after), Profiles.haTinh().signers());
            assertThat(p.identityOn(LocalDate.of(2025, 6, 30)).orElseThrow().place()).isEqualTo("Thạch Hạ");
            assertThat(p.identityOn(LocalDate.of(2025, 7, 1)).orElseThrow().place()).isEqualTo("Thành Sen");
            assertThat(ProfileRules.check(p, TODAY)).isEmpty();
        }

        @Test
        void an_expired_identity_is_refused_for_new_drafts_citing_the_decree() {
            OrganisationProfile p = with(List.of(before), Profiles.haTinh().signers());
            ProfileDrafting.Result r = ProfileDrafting.newDraft(p, InvitationKind.GIAY_MOI, TODAY,
                    ProfileDrafting.SignerChoice.usual());
            assertThat(r).isInstanceOf(ProfileDrafting.Refused.class);
            Finding why = ((ProfileDrafting.Refused) r).reasons().get(0);
            assertThat(why.ruleId()).isEqualTo("PROFILE-IDENTITY-EXPIRED");
            assertThat(why.path()).isEqualTo("identities");
            assertThat(why.messageVi()).contains("không có tên cơ quan ban hành còn hiệu lực vào ngày 05/5/2026",
                    "hết hiệu lực ngày 30/6/2025", "NĐ 30/2020/NĐ-CP, Điều 8; Phụ lục I, mục II.2", "validFrom");
            // a document of its own period still finds its identity
            assertThat(ProfileRules.check(p, LocalDate.of(2025, 6, 1))).isEmpty();
        }

        @Test
        void a_profile_without_identity_is_refused() {
            assertThat(ids(ProfileRules.check(with(List.of(), Profiles.haTinh().signers()), TODAY)))
                    .containsExactly("PROFILE-IDENTITY-NONE identities");
        }

        @Test
        void overlapping_periods_are_an_error_at_the_later_entry() {
            IssuerIdentity late = new IssuerIdentity(after.issuer(), after.place(), null, LocalDate.of(2025, 6, 1), null);
            assertThat(ids(ProfileRules.check(with(List.of(before, late), Profiles.haTinh().signers()), TODAY)))
                    .containsExactly("PROFILE-IDENTITY-OVERLAP identities[1]");
        }

        @Test
        void the_current_identity_needs_an_abbreviation_for_the_symbol() {
            IssuerIdentity bare = new IssuerIdentity(new Issuer(null, "ỦY BAN NHÂN DÂN\nPHƯỜNG THÀNH SEN", null,
                    AdministrativeLevel.COMMUNE, "Hà Tĩnh"), "Thành Sen", null, null, null);
            assertThat(ids(ProfileRules.check(with(List.of(bare), Profiles.haTinh().signers()), TODAY)))
                    .containsExactly("PROFILE-IDENTITY-ABBREVIATION identities[0].abbreviation");
        }
    }

    @Nested
    class roster {
        @Test
        void kt_above_a_head_is_refused_by_the_signing_rule_at_the_signers_title() {
            RosterSigner head = Profiles.signer("Nguyễn Văn A", "CHỦ TỊCH", "KT. CHỦ TỊCH");
            List<Finding> found = ProfileRules.check(with(Profiles.haTinh().identities(), List.of(head)), TODAY);
            assertThat(ids(found)).containsExactly("ND30-SIGN-KT signers[0].title");
            assertThat(found.get(0).messageVi()).contains("chức vụ cấp phó");
            assertThat(found.get(0).fix()).isNull();
        }

        @Test
        void tm_before_a_persons_title_is_refused_at_the_form_line() {
            RosterSigner s = Profiles.signer("Nguyễn Văn A", "PHÓ GIÁM ĐỐC", "TM. GIÁM ĐỐC");
            assertThat(ids(ProfileRules.check(with(Profiles.haTinh().identities(), List.of(s)), TODAY)))
                    .contains("ND30-SIGN-TM signers[0].forms[0][0]");
        }

        @Test
        void a_party_form_in_a_state_profile_is_refused() {
            RosterSigner s = Profiles.signer("Nguyễn Văn A", "PHÓ CHỦ TỊCH", "K/T CHỦ TỊCH");
            assertThat(ids(ProfileRules.check(with(Profiles.haTinh().identities(), List.of(s)), TODAY)))
                    .containsExactly("HD36-AUTHORITY-FORM signers[0].forms[0][0]");
        }

        @Test
        void a_name_in_capitals_is_reported_once_though_the_signer_has_two_forms() {
            RosterSigner s = new RosterSigner("NGUYỄN VĂN A", "PHÓ CHỦ TỊCH", List.of(SigningForm.of(List.of("KT. CHỦ TỊCH")),
                    SigningForm.of(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"))));
            assertThat(ids(ProfileRules.check(with(Profiles.haTinh().identities(), List.of(s)), TODAY)))
                    .containsExactly("ND30-SIGN-NAME-CASE signers[0].name");
        }

        @Test
        void an_empty_roster_is_refused() {
            assertThat(ids(ProfileRules.check(with(Profiles.haTinh().identities(), List.of()), TODAY)))
                    .containsExactly("PROFILE-ROSTER-EMPTY signers");
        }
    }

    @Test
    void two_units_with_one_short_name_get_a_warning() {
        OrganisationProfile p = Profiles.haTinh();
        OrganisationProfile twice = new OrganisationProfile(p.identities(), p.footer(),
                List.of(new Unit("Sở Nội vụ", "SNV", null, null), new Unit("Sở Ngoại vụ", "SNV", null, null)),
                p.signers(), p.distribution(), p.draftingUnit(), p.settings());
        List<Finding> found = ProfileRules.check(twice, TODAY);
        assertThat(ids(found)).containsExactly("PROFILE-UNIT-DUPLICATE units[1].shortName");
        assertThat(ProfileRules.usable(found)).isTrue();
    }

    @Test
    void self_approval_without_approval_gets_a_warning() {
        OrganisationProfile p = Profiles.haTinh();
        OrganisationProfile odd = new OrganisationProfile(p.identities(), p.footer(), p.units(), p.signers(),
                p.distribution(), p.draftingUnit(), new ProfileSettings(false, true));
        assertThat(ids(ProfileRules.check(odd, TODAY))).containsExactly("PROFILE-SETTINGS-SELF-APPROVAL settings.selfApprovalAllowed");
    }
}
