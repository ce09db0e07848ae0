package vn.giaymoi.domain.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineTest {
    @Test
    void numbers_points_by_style_among_their_siblings() {
        List<Point> body = List.of(
                Point.of(Marker.NUMBER, "Thời gian", Point.paragraph("Đến sớm 10 phút.")),
                Point.of(Marker.NUMBER, "Tổ chức thực hiện",
                        Point.of(Marker.NESTED_NUMBER, "Kinh phí"),
                        Point.of(Marker.NESTED_NUMBER, "Trách nhiệm",
                                Point.of(Marker.LETTER, "a"), Point.of(Marker.LETTER, "b"), Point.of(Marker.LETTER, "c"),
                                Point.of(Marker.LETTER, "d"), Point.of(Marker.LETTER, "đ"), Point.of(Marker.LETTER, "e"),
                                Point.of(Marker.LETTER, "g"))),
                Point.paragraph("Trân trọng./."));
        List<String> labels = Outline.of(body, "body").flatten().stream().map(Outline.Entry::label).toList();
        assertThat(labels).containsExactly("1.", "", "2.", "2.1.", "2.2.", "a)", "b)", "c)", "d)", "đ)", "e)", "g)", "");
    }

    @Test
    void gives_each_point_its_field_path() {
        List<Point> body = List.of(Point.of(Marker.NUMBER, "x", Point.of(Marker.DASH, "y")));
        assertThat(Outline.of(body, "body").flatten()).extracting(Outline.Entry::path)
                .containsExactly("body[0]", "body[0].points[0]");
    }

    @Test
    void the_letter_sequence_skips_accented_vowels_and_f_j_w_z() {
        assertThat(Marker.LETTERS).doesNotContain("ă", "â", "ê", "ô", "ơ", "ư", "f", "j", "w", "z").hasSize(23);
        assertThat(Marker.ROMAN.label(3, "")).isEqualTo("IV.");
    }
}
