package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.domain.rules.Docs.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.delegation.AuthorityLine;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentFormat;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.meeting.Programme;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.meeting.Venue;
import vn.giaymoi.domain.recipient.Addressees;
import vn.giaymoi.domain.recipient.Distribution;
import vn.giaymoi.domain.text.RichText;

/**
 * The rules of the kinds beyond the giấy mời and of the Party's format, each failing and passing on the wording of
 * real documents: Giấy mời 27-GM/BTGTU and Công văn 1822-CV/BTGTU of Ban Tuyên giáo Tỉnh ủy Quảng Ngãi (July 2020,
 * as published on quangngai.dcs.vn), and a programme as conference invitations print it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KindsAndPartyRulesTest {
    private static final LocalDate ISSUED = LocalDate.of(2020, 7, 20);
    private static final CheckContext CTX = CheckContext.draft(ISSUED);

    /** Giấy mời 27-GM/BTGTU: the Party body invites to the tọa đàm of 30/7/2020 in the Tỉnh ủy's hall. */
    static Invitation partyInvitation(String number, String... authority) {
        Issuer issuer = new Issuer("TỈNH ỦY QUẢNG NGÃI", "BAN TUYÊN GIÁO", "BTGTU", null, "Quảng Ngãi");
        List<Point> body = List.of(
                Point.of(Marker.NUMBER, "Thời gian: buổi {partOfDay}, {weekday}, ngày {date}.",
                        new Session(LocalDate.of(2020, 7, 30), null, null, null, null, null,
                                vn.giaymoi.domain.meeting.PartOfDay.MORNING)),
                Point.of(Marker.NUMBER, "Địa điểm: {name}.", new Venue("Hội trường Tỉnh ủy", null)),
                Point.paragraph("Rất mong các đồng chí đến dự./."));
        return new Invitation(InvitationKind.GIAY_MOI, issuer, DocumentNumber.parse(number),
                DateLine.of("Quảng Ngãi", ISSUED),
                RichText.of("Dự Tọa đàm kỷ niệm 90 năm Ngày truyền thống ngành Tuyên giáo của Đảng"), null, null,
                Addressees.none(), null, body, null,
                new Distribution(List.of(RichText.of("Như thành phần mời,"), RichText.of("Lưu Văn phòng Ban."))),
                new SigningAuthority(java.util.Arrays.stream(authority).map(AuthorityLine::parse).toList(),
                        "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", null),
                DocumentFormat.PARTY, null, List.of());
    }

    private static List<String> ids(Invitation inv) {
        return RuleEngine.standard().check(inv, CTX).stream().map(Finding::ruleId).toList();
    }

    @Test
    void a_party_number_reads_and_prints_as_the_party_writes_it() {
        DocumentNumber n = DocumentNumber.parse("27-GM/BTGTU");
        assertThat(n.sequence()).isEqualTo("27");
        assertThat(n.symbol()).isEqualTo("GM/BTGTU");
        assertThat(n.firstGroup()).isEqualTo("GM");
        assertThat(n).hasToString("27-GM/BTGTU");
        assertThat(DocumentNumber.parse("Số 1822-CV/BTGTU")).hasToString("1822-CV/BTGTU");
        assertThat(DocumentNumber.parse("-GM/BTGTU").isDraft()).isTrue();
        assertThat(DocumentNumber.parse("05/GM-UBND").partyStyle()).isFalse();
    }

    @Test
    void the_party_giay_moi_as_issued_raises_none_of_the_state_number_or_signature_rules() {
        List<String> found = ids(partyInvitation("27-GM/BTGTU", "K/T TRƯỞNG BAN"));
        assertThat(found).doesNotContain("ND30-SYMBOL-FORMAT", "ND30-GM-SYMBOL", "HD36-NUMBER-FORM", "HD36-TYPE-SYMBOL",
                "HD36-AUTHORITY-FORM", "ND30-SIGN-TITLE-OFFICIAL");
    }

    @Test
    void a_state_number_in_a_party_document_is_an_error() {
        assertThat(ids(partyInvitation("27/GM-BTGTU", "K/T TRƯỞNG BAN"))).contains("HD36-NUMBER-FORM");
    }

    @Test
    void a_party_number_in_a_state_document_is_an_error() {
        Invitation inv = as(gm(), InvitationKind.GIAY_MOI, DocumentFormat.STATE, "27-GM/BTGTU");
        assertThat(ids(inv)).contains("HD36-NUMBER-FORM");
    }

    @Test
    void a_party_cong_van_is_numbered_CV_and_needs_no_V_v() {
        Invitation cv = as(partyInvitation("1822-CV/BTGTU", "K/T TRƯỞNG BAN"), InvitationKind.CONG_VAN, DocumentFormat.PARTY,
                "1822-CV/BTGTU").withSubject(RichText.of("Hoãn Tọa đàm kỷ niệm 90 năm Ngày truyền thống ngành Tuyên giáo"))
                .withAddressees(new Addressees(List.of(RichText.of("Các cơ quan, đơn vị được mời dự Tọa đàm."))));
        assertThat(ids(cv)).doesNotContain("ND30-CV-SYMBOL", "ND30-CV-VV", "HD36-TYPE-SYMBOL");
        Invitation asGm = as(cv, InvitationKind.CONG_VAN, DocumentFormat.PARTY, "1822-GM/BTGTU");
        assertThat(ids(asGm)).contains("HD36-TYPE-SYMBOL");
    }

    @Test
    void the_state_signing_form_in_a_party_document_is_flagged_and_fixed() {
        Invitation inv = partyInvitation("27-GM/BTGTU", "KT. TRƯỞNG BAN");
        List<Finding> found = RuleEngine.standard().check(inv, CTX).stream()
                .filter(f -> f.ruleId().equals("HD36-AUTHORITY-FORM")).toList();
        assertThat(found).singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("K/T TRƯỞNG BAN"));
        Invitation fixed = RuleEngine.applyFixes(inv, found);
        assertThat(fixed.signature().printedLines()).startsWith("K/T TRƯỞNG BAN");
        assertThat(ids(fixed)).doesNotContain("HD36-AUTHORITY-FORM");
    }

    @Test
    void party_recipients_end_with_commas_and_the_archive_line_not_with_semicolons() {
        Invitation party = partyInvitation("27-GM/BTGTU", "K/T TRƯỞNG BAN");
        assertThat(ids(party)).doesNotContain("ND30-DIST-PUNCT", "ND30-ARCHIVE-LAST", "ND30-ARCHIVE-VT", "HD36-DIST-PUNCT",
                "HD36-ARCHIVE", "QD45-CHAIR");
        Invitation stateStyle = distribution(party, "Như thành phần mời;", "Lưu: VT, VP.");
        assertThat(ids(stateStyle)).contains("HD36-DIST-PUNCT").doesNotContain("ND30-DIST-PUNCT");
        Invitation noArchive = distribution(party, "Như thành phần mời,", "Thường trực Tỉnh ủy (để báo cáo).");
        assertThat(ids(noArchive)).contains("HD36-ARCHIVE");
        // the same recipients in a State document are the State's mistakes
        Invitation state = as(party, InvitationKind.GIAY_MOI, DocumentFormat.STATE, "27/GM-BTGTU");
        assertThat(ids(state)).contains("ND30-DIST-PUNCT", "ND30-ARCHIVE-VT").doesNotContain("HD36-DIST-PUNCT");
    }

    @Test
    void a_thong_bao_takes_TB_and_a_cong_dien_CD() {
        Invitation tb = as(gm(), InvitationKind.THONG_BAO, DocumentFormat.STATE, "125/GM-UBND");
        assertThat(ids(tb)).contains("ND30-TB-SYMBOL");
        assertThat(ids(as(gm(), InvitationKind.THONG_BAO, DocumentFormat.STATE, "125/TB-UBND"))).doesNotContain("ND30-TB-SYMBOL");
        Invitation cd = as(addressees(gm(), "Giám đốc các Sở, ngành;", "Chủ tịch UBND các xã, phường."),
                InvitationKind.CONG_DIEN, DocumentFormat.STATE, "05/CĐ-UBND");
        assertThat(ids(cd)).doesNotContain("ND30-CD-SYMBOL", "ND30-CD-RECIPIENTS");
        assertThat(ids(cd.withAddressees(Addressees.none()))).contains("ND30-CD-RECIPIENTS");
    }

    @Test
    void a_programme_that_runs_on_without_gaps_within_the_session_passes() {
        Invitation inv = body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                programme("07:30-08:00 Đón tiếp đại biểu", "08:00-08:15 Khai mạc, giới thiệu đại biểu",
                        "08:15-09:30 Báo cáo kết quả chuyển đổi số năm 2025", "09:30-11:00 Thảo luận", "11:00 Bế mạc"),
                closing());
        assertThat(ids(inv)).doesNotContain("MEET-PROGRAMME-OVERLAP", "MEET-PROGRAMME-GAP", "MEET-PROGRAMME-OUTSIDE");
    }

    @Test
    void a_slot_past_the_stated_end_of_the_session_is_outside_it() {
        Point session = Point.of(Marker.NUMBER, "Thời gian: từ {start} đến {end}, {weekday}, ngày {date}.",
                new Session(MEETING, LocalTime.of(8, 0), LocalTime.of(11, 0), null, null));
        Invitation inv = body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), session, place(),
                programme("08:00-08:15 Khai mạc", "08:15-11:30 Thảo luận"), closing());
        assertThat(RuleEngine.standard().check(inv, CTX)).filteredOn(f -> f.ruleId().equals("MEET-PROGRAMME-OUTSIDE"))
                .extracting(Finding::path).containsExactly("body[3].programme.slots[1]");
    }

    @Test
    void each_session_keeps_the_venue_written_under_it() {
        Point hanoi = Point.of(Marker.LETTER, "Phiên 1: {start}, ngày {date}", Session.at(MEETING, LocalTime.of(8, 0)),
                Point.of(Marker.DASH, "tại {name}.", new Venue("Hội trường Bộ Tài chính, Hà Nội", null)));
        Point hcm = Point.of(Marker.LETTER, "Phiên 2: {start}, ngày {date}", Session.at(MEETING.plusDays(2), LocalTime.of(8, 0)),
                Point.of(Marker.DASH, "tại {name}.", new Venue("Hội trường Cục Thuế, Thành phố Hồ Chí Minh", null)));
        var meeting = body(gm(), Point.of(Marker.NUMBER, "Thời gian, địa điểm:", hanoi, hcm)).meeting();
        assertThat(meeting.venueOf(0, null)).hasValueSatisfying(v -> assertThat(v.name()).contains("Hà Nội"));
        assertThat(meeting.venueOf(1, null)).hasValueSatisfying(v -> assertThat(v.name()).contains("Hồ Chí Minh"));
    }

    @Test
    void time_and_place_in_one_point_are_both_facts_of_the_meeting() {
        Point both = Point.of(Marker.NUMBER, "Thời gian, địa điểm: {start}, {weekday}, ngày {date} tại {name}.",
                new vn.giaymoi.domain.meeting.CombinedFact(List.of(Session.at(MEETING, LocalTime.of(14, 0)),
                        new Venue("Phòng họp số 2, UBND tỉnh", null))));
        assertThat(both.resolvedText().plain()).isEqualTo("Thời gian, địa điểm: 14 giờ 00, thứ Ba, ngày 12/5/2026 tại Phòng họp số 2, UBND tỉnh.");
        var meeting = body(gm(), both).meeting();
        assertThat(meeting.sessions()).hasSize(1);
        assertThat(meeting.venueOf(0, null)).hasValueSatisfying(v -> assertThat(v.name()).startsWith("Phòng họp số 2"));
    }

    @Test
    void arrive_early_prints_its_minutes_once() {
        Session s = new Session(MEETING, LocalTime.of(8, 0), null, null, 15);
        assertThat(Point.of(Marker.NONE, "Đề nghị đại biểu có mặt trước {arriveEarly}.", s).resolvedText().plain())
                .isEqualTo("Đề nghị đại biểu có mặt trước 15 phút.");
        assertThat(Point.of(Marker.NONE, "Đề nghị đại biểu có mặt trước {arriveEarly} phút.", s).resolvedText().plain())
                .isEqualTo("Đề nghị đại biểu có mặt trước 15 phút.");
    }

    @Test
    void a_quota_prints_padded_with_its_unit() {
        Invitee units = new Invitee(null, null, List.of("các phòng, ban"), true, false, false, null,
                new vn.giaymoi.domain.text.Quantity(2, "người", true));
        assertThat(Point.of(Marker.DASH, "Đại diện lãnh đạo {units}, mỗi đơn vị cử {quota};", units).resolvedText().plain())
                .isEqualTo("Đại diện lãnh đạo các phòng, ban, mỗi đơn vị cử 02 người;");
    }

    @Test
    void a_programme_slot_cannot_end_before_it_starts() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Programme.Slot(LocalTime.of(9, 0), LocalTime.of(8, 0), "Khai mạc", null))
                .hasMessageContaining("giờ kết thúc phải sau giờ bắt đầu");
    }
}
