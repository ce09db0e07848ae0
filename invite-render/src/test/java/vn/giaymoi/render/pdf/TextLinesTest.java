package vn.giaymoi.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.giaymoi.render.pdf.PdfFonts.Face;
import vn.giaymoi.render.pdf.TextLines.Line;
import vn.giaymoi.render.pdf.TextLines.Span;

class TextLinesTest {
    private static List<String> lines(String text, float width) {
        return TextLines.lines(List.of(new Span(text, Face.REGULAR)), 14, width, 0, false).stream()
                .map(TextLinesTest::text).toList();
    }

    private static String text(Line l) {
        return l.words().stream().map(w -> w.pieces().stream().map(TextLines.Piece::text).collect(Collectors.joining()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void breaks_only_at_spaces_keeping_references_and_dates_whole() {
        // a line holds its words and the space after the last (which hangs unseen), as openhtmltopdf measured
        float reference = PdfFonts.width(Face.REGULAR, "số 49/QĐ-UBND ", 14);
        assertThat(lines("số 49/QĐ-UBND ngày 14/5/2024", reference + 1)).containsExactly("số 49/QĐ-UBND", "ngày 14/5/2024");
        assertThat(lines("số 49/QĐ-UBND ngày 14/5/2024", reference - 5)).containsExactly("số", "49/QĐ-UBND", "ngày 14/5/2024");
        assertThat(lines("Lưu: VT,\u00a0HCC", 70)).containsExactly("Lưu:", "VT,\u00a0HCC");
        assertThat(lines("a  \n b", 400)).containsExactly("a b");
        assertThat(lines("", 400)).isEmpty();
    }

    @Test
    void a_word_wider_than_the_line_is_cut_and_nothing_is_lost() {
        List<String> out = lines("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html xem", 60);
        assertThat(out.size()).isGreaterThan(3);
        assertThat(String.join("", out).replace(" ", "")).isEqualTo("https://dichvucong.gov.vn/p/home/dvc-trang-chu.htmlxem");
    }

    @Test
    void a_kept_line_break_ends_a_line_that_is_not_justified() {
        List<Line> out = TextLines.lines(List.of(new Span("Sở Nội vụ\nSở Tài chính", Face.REGULAR)), 14, 400, 0, true);
        assertThat(out).extracting(TextLinesTest::text).containsExactly("Sở Nội vụ", "Sở Tài chính");
        assertThat(out.get(0).last()).isTrue();
    }

    @Test
    void a_glyph_serif_lacks_is_drawn_in_the_fallback_face() {
        Line l = TextLines.single("HCC\u2081", Face.REGULAR, 11);
        assertThat(l.words().get(0).pieces()).extracting(TextLines.Piece::face).containsExactly(Face.REGULAR, Face.FALLBACK);
    }

    /** Found by the pipeline fuzzer: a letter no font of the document has (Cyrillic Ԕ, U+0514) failed the whole PDF. */
    @Test
    void a_character_no_font_has_is_drawn_as_a_question_mark_instead_of_failing() {
        assertThat(lines("Họp \u0514 ngày 5", 400)).containsExactly("Họp ? ngày 5");
        assertThat(lines("Sở Nội vụ", 400)).containsExactly("Sở Nội vụ");
    }
}
