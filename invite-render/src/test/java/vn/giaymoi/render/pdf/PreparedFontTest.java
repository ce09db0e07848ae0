package vn.giaymoi.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.render.layout.LayoutBuilder;
import vn.giaymoi.render.pdf.PdfFonts.Face;

/** The prepared subsets: what they cover, and text beyond them still drawn, embedded and extractable. */
class PreparedFontTest {
    @Test
    void the_repertoire_covers_vietnamese_and_not_what_the_product_does_not_write() {
        PreparedFont regular = PreparedFont.of(Face.REGULAR);
        assertThat(regular.covers("Ủy ban nhân dân tỉnh Lạng Sơn – “Giấy mời” số 01/GM-UBND, 50.000₫ …")).isTrue();
        assertThat(regular.covers("α → Ω")).isFalse();
        // the subscripts Serif lacks are prepared in the fallback face, so a document with "CO₂" subsets nothing
        assertThat(regular.covers("₂")).isFalse();
        assertThat(PreparedFont.of(Face.FALLBACK).covers("₀₁₂₃₄₅₆₇₈₉⁴⁵⁶⁷⁸⁹")).isTrue();
        assertThat(PreparedFont.of(Face.FALLBACK).covers("α")).isFalse();
    }

    @Test
    void text_outside_the_repertoire_is_drawn_with_a_subset_of_the_same_face_and_reads_back() throws IOException {
        Invitation inv = Invitations.aGiayMoi().withBody(List.of(Point.of(Marker.NUMBER,
                "Hệ số α → Ω của Ủy ban, đường kính Ø 20 mm")));
        try (PDDocument pdf = Loader.loadPDF(new PdfRenderer().render(LayoutBuilder.of(inv)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Hệ số α → Ω của Ủy ban, đường kính Ø 20 mm");
            int serifFonts = 0;
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    if (font.getName().endsWith("+LiberationSerif")) serifFonts++;
                }
            }
            // page 1's regular text: the prepared subset, and the document's own subset for α, → and Ω
            assertThat(serifFonts).isGreaterThanOrEqualTo(2);
        }
    }
}
