package vn.giaymoi.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.domain.text.RichText;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProfileDraftingTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 5);

    static Invitation started(OrganisationProfile p, InvitationKind kind) {
        ProfileDrafting.Result r = ProfileDrafting.newDraft(p, kind, TODAY, ProfileDrafting.SignerChoice.usual());
        assertThat(r).as(r.toString()).isInstanceOf(ProfileDrafting.Started.class);
        return ((ProfileDrafting.Started) r).draft();
    }

    static List<String> findings(Invitation draft) {
        return RuleEngine.standard().check(draft, CheckContext.draft(TODAY)).stream()
                .map(f -> f.severity() + " " + f.ruleId() + " " + f.path() + ": " + f.messageVi()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = InvitationKind.class, names = {"GIAY_MOI", "CONG_VAN"})
    void a_state_draft_passes_every_rule_without_a_warning(InvitationKind kind) {
        Invitation draft = started(Profiles.haTinh(), kind);
        assertThat(findings(draft)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = InvitationKind.class, names = {"GIAY_MOI", "CONG_VAN"})
    void a_party_draft_passes_every_rule_without_a_warning(InvitationKind kind) {
        Invitation draft = started(Profiles.party(), kind);
        assertThat(draft.isParty()).isTrue();
        assertThat(findings(draft)).isEmpty();
    }

    @Test
    void a_giay_moi_carries_the_issuer_place_signer_distribution_and_footer_of_the_profile() {
        Invitation draft = started(Profiles.haTinh(), InvitationKind.GIAY_MOI);
        assertThat(draft.issuer().fullName()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH");
        assertThat(draft.number().toString()).isEqualTo("/GM-UBND");
        assertThat(draft.dateLine().printed()).isEqualTo("Hà Tĩnh, ngày      tháng      năm 2026");
        assertThat(draft.signature().printedLines()).containsExactly("TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG");
        assertThat(draft.signature().signer()).isEqualTo("Trần Công Thành");
        assertThat(draft.distribution().entries()).extracting(RichText::plain)
                .containsExactly("Như thành phần mời;", "Chủ tịch, các PCT UBND tỉnh;", "Lưu: VT, TH.");
        assertThat(draft.footer()).containsExactly("Địa chỉ: Số 01 Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh",
                "Điện thoại: 0239.3855.521; Email: vpubnd@hatinh.gov.vn; Website: hatinh.gov.vn");
        assertThat(draft.isDraft()).isTrue();
    }

    @Test
    void a_cong_van_has_kinh_gui_v_v_the_drafting_unit_in_its_symbol_and_nhu_tren_first() {
        Invitation draft = started(Profiles.haTinh(), InvitationKind.CONG_VAN);
        assertThat(draft.number().toString()).isEqualTo("/UBND-TH");
        assertThat(draft.subject().plain()).startsWith("V/v ");
        assertThat(draft.addressees().isEmpty()).isFalse();
        assertThat(draft.distribution().entries()).extracting(RichText::plain)
                .containsExactly("Như trên;", "Như thành phần mời;", "Chủ tịch, các PCT UBND tỉnh;", "Lưu: VT, TH.");
    }

    @Test
    void a_party_draft_is_numbered_and_signed_the_party_way_and_keeps_its_archive_line() {
        Invitation draft = started(Profiles.party(), InvitationKind.GIAY_MOI);
        assertThat(draft.number().symbol()).isEqualTo("GM/BTGTU");
        assertThat(draft.signature().printedLines()).containsExactly("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN");
        assertThat(draft.distribution().entries()).extracting(RichText::plain)
                .containsExactly("Như thành phần mời,", "Lưu Văn phòng Ban.");
        assertThat(started(Profiles.party(), InvitationKind.CONG_VAN).number().symbol()).isEqualTo("CV/BTGTU");
    }

    @Test
    void a_youth_union_draft_is_numbered_the_union_way_with_its_drafting_unit_and_archives_at_its_vp() {
        Invitation draft = started(Profiles.youthUnion(), InvitationKind.GIAY_MOI);
        assertThat(draft.format()).isEqualTo(vn.giaymoi.domain.invitation.DocumentFormat.YOUTH_UNION);
        assertThat(draft.number().symbol()).isEqualTo("GM/TĐTN-TCKT");
        assertThat(draft.signature().printedLines()).containsExactly("TM. BAN THƯỜNG VỤ", "BÍ THƯ");
        assertThat(draft.distribution().entries()).extracting(RichText::plain)
                .containsExactly("Các cơ sở Đoàn trực thuộc;", "Lưu VP, TCKT.");
        Invitation cv = started(Profiles.youthUnion(), InvitationKind.CONG_VAN);
        assertThat(cv.number().symbol()).isEqualTo("CV/TĐTN-TCKT");
        assertThat(cv.subject().plain()).isEqualTo("V/v …");
        List<String> ids = RuleEngine.standard().check(draft, CheckContext.draft(TODAY)).stream().map(Finding::ruleId).toList();
        assertThat(ids).noneMatch(id -> id.startsWith("HD29-") || id.startsWith("HD36-"));
    }

    @Test
    void what_the_drafter_must_still_write_blocks_issuing_and_nothing_else_of_the_profile_does() {
        Invitation draft = started(Profiles.haTinh(), InvitationKind.GIAY_MOI);
        List<String> ids = RuleEngine.standard().check(draft, CheckContext.issuing(TODAY)).stream()
                .filter(Finding::isError).map(Finding::ruleId).distinct().toList();
        assertThat(ids).containsExactlyInAnyOrder("ISSUE-PLACEHOLDER", "ND30-ISSUE-NUMBER", "ND30-ISSUE-DATE");
    }

    @Test
    void another_signer_and_form_of_the_roster_can_be_chosen() {
        ProfileDrafting.Result r = ProfileDrafting.newDraft(Profiles.haTinh(), InvitationKind.GIAY_MOI, TODAY,
                new ProfileDrafting.SignerChoice(1, 0));
        Invitation draft = ((ProfileDrafting.Started) r).draft();
        assertThat(draft.signature().printedLines()).containsExactly("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG");
        assertThat(findings(draft)).isEmpty();
    }

    @Test
    void a_signer_outside_the_roster_is_refused_naming_the_roster() {
        ProfileDrafting.Result r = ProfileDrafting.newDraft(Profiles.haTinh(), InvitationKind.GIAY_MOI, TODAY,
                new ProfileDrafting.SignerChoice(2, 0));
        assertThat(r).isInstanceOf(ProfileDrafting.Refused.class);
        Finding why = ((ProfileDrafting.Refused) r).reasons().get(0);
        assertThat(why.ruleId()).isEqualTo("PROFILE-SIGNER-CHOICE");
        assertThat(why.messageVi()).contains("người ký số 3", "1. Trần Công Thành", "2. Nguyễn Huy Hùng");
    }

    @Test
    void a_thong_bao_is_not_started_from_a_profile() {
        ProfileDrafting.Result r = ProfileDrafting.newDraft(Profiles.haTinh(), InvitationKind.THONG_BAO, TODAY,
                ProfileDrafting.SignerChoice.usual());
        assertThat(((ProfileDrafting.Refused) r).reasons()).extracting(Finding::ruleId).containsExactly("PROFILE-DRAFT-KIND");
    }

    @Test
    void a_draft_from_an_earlier_invitation_keeps_its_content_under_todays_name() {
        IssuerIdentity old = new IssuerIdentity(new vn.giaymoi.domain.invitation.Issuer("UBND THÀNH PHỐ HÀ TĨNH",
                "ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC HÀ", "UBND", vn.giaymoi.domain.meeting.AdministrativeLevel.COMMUNE, "Hà Tĩnh"),
                "Bắc Hà", null, null, LocalDate.of(2025, 6, 30));
        IssuerIdentity now = new IssuerIdentity(new vn.giaymoi.domain.invitation.Issuer(null,
                "ỦY BAN NHÂN DÂN\nPHƯỜNG THÀNH SEN", "UBND", vn.giaymoi.domain.meeting.AdministrativeLevel.COMMUNE, "Hà Tĩnh"),
                "Thành Sen", null, LocalDate.of(2025, 7, 1), null);
        OrganisationProfile p = Profiles.haTinh();
        OrganisationProfile ward = new OrganisationProfile(List.of(old, now), p.footer(), p.units(), p.signers(),
                p.distribution(), p.draftingUnit(), p.settings());
        Invitation earlier = vn.giaymoi.domain.lifecycle.Drafting.issuedAs(
                new Invitation(InvitationKind.CONG_VAN, old.issuer(), vn.giaymoi.domain.invitation.DocumentNumber.draft("UBND-VP"),
                        vn.giaymoi.domain.invitation.DateLine.draft("Bắc Hà", 2025), RichText.of("V/v họp tổ dân phố"),
                        null, null, new vn.giaymoi.domain.recipient.Addressees(List.of(RichText.of("Các tổ dân phố."))), null,
                        List.of(vn.giaymoi.domain.invitation.Point.paragraph("Mời họp./.")), null,
                        new vn.giaymoi.domain.recipient.Distribution(List.of(RichText.of("Như trên;"), RichText.of("Lưu: VT, VP."))),
                        p.signers().get(1).authority(0)), 12, LocalDate.of(2025, 3, 3));

        Invitation draft = ((ProfileDrafting.Started) ProfileDrafting.fromEarlier(ward, earlier, TODAY)).draft();
        assertThat(draft.issuer()).isEqualTo(now.issuer());
        assertThat(draft.number().toString()).isEqualTo("/UBND-VP");
        assertThat(draft.dateLine().printed()).startsWith("Thành Sen, ngày      tháng");
        assertThat(draft.body()).isEqualTo(earlier.body());
        assertThat(draft.addressees()).isEqualTo(earlier.addressees());
        assertThat(draft.signature()).isEqualTo(earlier.signature());
        assertThat(draft.footer()).isEqualTo(p.footer().lines());
        // an expired profile starts nothing, not even a copy
        OrganisationProfile expired = new OrganisationProfile(List.of(old), p.footer(), p.units(), p.signers(),
                p.distribution(), p.draftingUnit(), p.settings());
        assertThat(ProfileDrafting.fromEarlier(expired, earlier, TODAY)).isInstanceOf(ProfileDrafting.Refused.class);
    }
}
