package vn.giaymoi.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.RuleEngine;

class DraftingTest {
    private static final Invitation ISSUED = Invitations.aGiayMoi(); // 05/GM-UBND, 05/5/2026

    @Test
    void issued_as_takes_the_registers_number_and_the_date_and_nothing_else() {
        Invitation draft = Drafting.copyAsDraft(ISSUED, 2026);
        assertThat(draft.number()).hasToString("/GM-UBND");
        assertThat(draft.dateLine()).isEqualTo(DateLine.draft("Hà Tĩnh", 2026));
        Invitation issued = Drafting.issuedAs(draft, 7, LocalDate.of(2026, 2, 3));
        assertThat(issued.number()).hasToString("07/GM-UBND");
        assertThat(issued.dateLine().printed()).isEqualTo("Hà Tĩnh, ngày 03 tháng 02 năm 2026");
        assertThat(issued.withNumber(draft.number()).withDateLine(draft.dateLine())).isEqualTo(draft);
    }

    @Test
    void a_replacement_postponement_or_change_is_a_new_giay_moi_citing_the_original() {
        Invitation r = Drafting.followUp(FollowUpKind.REPLACEMENT, ISSUED, 2026);
        assertThat(r.kind()).isEqualTo(InvitationKind.GIAY_MOI);
        assertThat(r.isDraft()).isTrue();
        assertThat(r.number()).hasToString("/GM-UBND");
        assertThat(r.subject().plain()).isEqualTo(
                "Dự họp triển khai công tác chuyển đổi số (thay thế Giấy mời số 05/GM-UBND ngày 05/5/2026)");
        assertThat(r.body()).isEqualTo(ISSUED.body());
        assertThat(Drafting.followUp(FollowUpKind.POSTPONEMENT, ISSUED, 2026).subject().plain()).contains("hoãn");
        assertThat(Drafting.followUp(FollowUpKind.CHANGE, ISSUED, 2026).subject().plain()).contains("thay đổi thời gian, địa điểm");
    }

    @Test
    void a_correction_or_cancellation_is_a_cong_van_of_the_issuer_without_the_kind_group() {
        Invitation c = Drafting.followUp(FollowUpKind.CORRECTION, ISSUED, 2026);
        assertThat(c.kind()).isEqualTo(InvitationKind.CONG_VAN);
        assertThat(c.number()).hasToString("/UBND");
        assertThat(c.subject().plain()).isEqualTo("V/v đính chính Giấy mời số 05/GM-UBND ngày 05/5/2026");
        assertThat(c.issuer()).isEqualTo(ISSUED.issuer());
        assertThat(c.distribution().entries().get(0).plain()).isEqualTo("Như trên;");
        assertThat(c.distribution().entries().get(1).plain()).isEqualTo("Lưu: VT, TH.");
        Invitation x = Drafting.followUp(FollowUpKind.CANCELLATION, ISSUED, 2027);
        assertThat(x.subject().plain()).isEqualTo("V/v hủy cuộc họp theo Giấy mời số 05/GM-UBND ngày 05/5/2026");
        assertThat(x.dateLine().year()).isEqualTo(2027);
    }

    @Test
    void the_wording_a_follow_up_cannot_know_blocks_issuing_until_written() {
        Invitation c = Drafting.followUp(FollowUpKind.CORRECTION, ISSUED, 2026);
        Invitation asIssued = Drafting.issuedAs(c, 1, LocalDate.of(2026, 5, 6));
        assertThat(RuleEngine.standard().check(asIssued, CheckContext.issuing(LocalDate.of(2026, 5, 6))))
                .filteredOn(Finding::isError).extracting(Finding::ruleId).contains("ISSUE-PLACEHOLDER");
    }

    @Test
    void only_an_issued_document_has_follow_ups() {
        assertThatThrownBy(() -> Drafting.followUp(FollowUpKind.CORRECTION, Drafting.copyAsDraft(ISSUED, 2026), 2026))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_register_series_is_issuer_parent_and_full_name_symbol_and_year() {
        assertThat(RegisterSeries.of(ISSUED, 2026)).isEqualTo(new RegisterSeries("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "GM-UBND", 2026));
        Invitation commune = new Invitation(ISSUED.kind(), new Issuer("UBND HUYỆN X", "ỦY BAN NHÂN DÂN\nXÃ Y", "UBND",
                AdministrativeLevel.COMMUNE, null), new DocumentNumber("", "GM-UBND"), ISSUED.dateLine(), ISSUED.subject(),
                null, null, null, null, ISSUED.body(), null, null, ISSUED.signature());
        assertThat(RegisterSeries.of(commune, 2026).issuer()).isEqualTo("UBND HUYỆN X / ỦY BAN NHÂN DÂN XÃ Y");
        assertThat(RegisterSeries.of(commune, 2026)).as("same abbreviation, another body").isNotEqualTo(RegisterSeries.of(ISSUED, 2026));
        assertThat(FollowUpKind.ofWire("Cancellation")).isEqualTo(FollowUpKind.CANCELLATION);
        assertThat(FollowUpKind.ofWire("revoke")).isNull();
    }
}
