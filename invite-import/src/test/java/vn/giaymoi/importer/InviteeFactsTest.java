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
        assertThat(invitee("Chủ tịch Ủy ban nhân dân tỉnh chủ trì;"))
                .isEqualTo(new PointDto.Invitee(null, "Chủ tịch", List.of("Ủy ban nhân dân tỉnh"), false, true, false, null));
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

    @Test
    void a_list_after_a_colon_names_no_unit_here() {
        assertThat(invitee("Đại diện lãnh đạo các Sở: Nông nghiệp và Môi trường; Tư pháp; Xây dựng.")).isNull();
    }
}
