package vn.giaymoi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giaymoi.format.dto.PointDto;

/** Thành phần mời trong câu: invitees typed from real wordings, and lists that name no unit left as text. */
class InviteeFactsTest {
    private static PointDto.Invitee invitee(String text) {
        return Facts.invitee(text, new Facts.Context(List.of("thành phần:"), null)).map(t -> t.fact().invitee()).orElse(null);
    }

    @Test
    void heads_of_units_by_their_title_and_the_chair_after_them() {
        assertThat(invitee("Chủ tịch UBND các huyện, thành phố."))
                .isEqualTo(new PointDto.Invitee(null, "Chủ tịch", List.of("UBND các huyện", "thành phố"), false, false, false, null));
        // the head of one unit is one person: the title is the whole phrase
        assertThat(invitee("Chủ tịch Ủy ban nhân dân tỉnh chủ trì;"))
                .isEqualTo(new PointDto.Invitee(null, "Chủ tịch Ủy ban nhân dân tỉnh", List.of(), false, true, false, null));
        assertThat(invitee("Chủ tịch UBND tỉnh, chủ trì tại điểm cầu Quảng Ngãi."))
                .isEqualTo(new PointDto.Invitee(null, "Chủ tịch UBND tỉnh", List.of(), false, true, false, null));
    }

    @Test
    void each_unit_of_a_kind_sends_some() {
        // Ban Thường vụ Đoàn trường ĐH Ngân hàng TP.HCM, 2013; Trường ĐHSP Hà Nội, 2012
        assertThat(invitee("Mỗi chi Đoàn cử tối thiểu 01 đại diện trong ban chấp hành tham dự lễ."))
                .isEqualTo(new PointDto.Invitee(null, null, List.of("Các chi Đoàn"), false, false, false, null,
                        new PointDto.Quota(1, "đại diện")));
        assertThat(Facts.invitee("Thành phần: các báo cáo viên, giảng viên hướng dẫn; mỗi khoa cử 05 sinh viên tiêu biểu.",
                new Facts.Context(List.of(), null)).orElseThrow().template())
                .isEqualTo("Thành phần: các báo cáo viên, giảng viên hướng dẫn; mỗi khoa cử {quota} tiêu biểu.");
        // a count that is not who is sent: no quota
        assertThat(invitee("Mỗi đơn vị chuẩn bị 02 bài tham luận.")).isNull();
    }

    @Test
    void who_is_invited_written_as_one_phrase() {
        assertThat(invitee("Thành phần: Đại biểu khách mời và đại biểu đoàn viên thanh niên"))
                .isEqualTo(new PointDto.Invitee(null, null, List.of("Đại biểu khách mời và đại biểu đoàn viên thanh niên"),
                        false, false, false, null));
        assertThat(invitee("Thành phần: Lãnh đạo các cơ quan, đơn vị được mời."))
                .isEqualTo(new PointDto.Invitee(null, null, List.of("Lãnh đạo các cơ quan", "đơn vị được mời"), true, false,
                        false, null));
        // a comma that parts places or a term, not groups of people: left as the author's text
        assertThat(invitee("Thành phần: những người ứng cử và cử tri các phường Sông Trí, Hoành Sơn, Vũng Áng.")).isNull();
        // the bodies of the places, the scope written once for all: one unit
        assertThat(invitee("Đại diện lãnh đạo Đảng ủy, HĐND, UBND các xã, phường, thị trấn.").units())
                .containsExactly("Đảng ủy, HĐND, UBND các xã, phường, thị trấn");
        assertThat(invitee("Đại diện lãnh đạo các phòng chuyên môn thuộc UBND các huyện, thành phố (do UBND các huyện,"
                + " thành phố mời).").units()).containsExactly("các phòng chuyên môn thuộc UBND các huyện, thành phố");
    }

    @Test
    void members_who_are_the_heads_of_units() {
        assertThat(invitee("Thành viên Ban Chỉ đạo CCHC tỉnh Quảng Ngãi là Chủ tịch UBND các huyện, thị xã, thành phố"
                + " (*Quyết định số 49/QĐ-UBND ngày 09/01/2021 của Chủ tịch UBND tỉnh*)."))
                .isEqualTo(new PointDto.Invitee(null, "Chủ tịch", List.of("UBND các huyện", "thị xã", "thành phố"), false,
                        false, false, null));
    }

    @Test
    void the_chair_by_title_then_name() {
        assertThat(invitee("Chủ trì: Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo Quốc gia."))
                .isEqualTo(new PointDto.Invitee("Phạm Minh Chính", "Thủ tướng Chính phủ", null, false, true, false, null));
        assertThat(invitee("Chủ trì: Lãnh đạo Sở Nội vụ.")).isNull();
    }

    @Test
    void units_that_each_send_a_number_of_people() {
        assertThat(invitee("Công chức làm công tác văn thư của các sở, ban, ngành cấp tỉnh, mỗi đơn vị cử 02 người."))
                .isEqualTo(new PointDto.Invitee(null, null, List.of("các sở", "ban", "ngành cấp tỉnh"), true, false, false,
                        null, new PointDto.Quota(2, "người")));
        // a count written without the padding offices use prints otherwise: left as text
        assertThat(invitee("Công chức văn thư của các sở, mỗi đơn vị cử 2 người.")).isNull();
    }

    @Test
    void a_person_with_a_dash_or_a_closing_chair_role() {
        PointDto.Invitee dash = invitee("Đồng chí Bùi Đức Hinh - Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh;");
        assertThat(List.of(dash.name(), dash.title())).containsExactly("Bùi Đức Hinh", "Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh");
        PointDto.Invitee chair = invitee("đồng chí Trần Kim Dung, Phó Chủ tịch HĐND phường, chủ trì;");
        assertThat(List.of(chair.title(), chair.chair())).containsExactly("Phó Chủ tịch HĐND phường", true);
    }

    @Test
    void units_one_per_comma_except_a_name_that_goes_on_with_va() {
        assertThat(Facts.units("các sở, ban, ngành cấp tỉnh")).containsExactly("các sở", "ban", "ngành cấp tỉnh");
        assertThat(Facts.units("Sở Nội vụ, Sở Văn hóa, Thể thao và Du lịch"))
                .containsExactly("Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch");
    }

    private static PointDto.Invitee listed(String text, String document) {
        return Facts.invitee(text, new Facts.Context(List.of("thành phần:"), null, null, document))
                .map(t -> t.fact().invitee()).orElse(null);
    }

    @Test
    void units_listed_after_a_colon_by_their_short_names() {
        assertThat(invitee("Đại diện lãnh đạo các Sở: Nông nghiệp và Môi trường; Tư pháp; Xây dựng."))
                .isEqualTo(new PointDto.Invitee(null, null, List.of("Sở Nông nghiệp và Môi trường", "Sở Tư pháp",
                        "Sở Xây dựng"), true, false, false, null));
        // a semicolon in a unit's remark, a unit named in full, the scope of all on the last, one unit per place
        assertThat(invitee("Thủ trưởng các Sở, ngành: Nội vụ (Cơ quan Tổ chức - Nội vụ; Ban Tổ chức); Văn hóa, Thể"
                + " thao và Du lịch; Thanh tra tỉnh; UBND các phường Thành Sen, Trần Phú; Bưu điện tỉnh, Công ty Điện lực"
                + " Lạng Sơn."))
                .isEqualTo(new PointDto.Invitee(null, "Thủ trưởng", List.of("Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch",
                        "Thanh tra tỉnh", "UBND phường Thành Sen", "UBND phường Trần Phú", "Bưu điện tỉnh",
                        "Công ty Điện lực Lạng Sơn"), false, false, false, null));
        assertThat(invitee("Công chức: Tư pháp - Hộ tịch; Địa chính - Xây dựng các xã, phường, thị trấn."))
                .isEqualTo(new PointDto.Invitee(null, "Công chức", List.of("Tư pháp - Hộ tịch", "Địa chính - Xây dựng"),
                        false, false, false, null));
    }

    @Test
    void a_bare_kind_of_unit_takes_the_level_the_document_names_it_with() {
        String text = "Đại diện lãnh đạo các sở, ngành: Tài chính, Khoa học và Công nghệ, Công an, Văn phòng UBND tỉnh"
                + " (đề nghị các sở, ngành tin mời các thành phần thuộc đơn vị);";
        PointDto.Invitee named = listed(text, "…\nCông an tỉnh, Văn phòng UBND tỉnh phối hợp cung cấp thông tin …");
        assertThat(named.units()).containsExactly("Sở Tài chính", "Sở Khoa học và Công nghệ", "Công an tỉnh",
                "Văn phòng UBND tỉnh");
        assertThat(named.note()).isEqualTo("đề nghị các sở, ngành tin mời các thành phần thuộc đơn vị");
        assertThat(listed(text, "").units()).contains("Công an");
    }

    @Test
    void a_list_under_a_label_that_invites_no_one_is_left_as_text() {
        assertThat(invitee("Thành phần: Lãnh đạo Sở; Văn phòng Sở; các phòng chuyên môn.")).isNull();
        assertThat(invitee("Nội dung: báo cáo kết quả; phương hướng năm tới.")).isNull();
    }
}
