package vn.giaymoi.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import vn.giaymoi.render.layout.GlyphTables;

/** The glyph tables and prepared fonts the renderers read are the ones the fonts on the class path give today. */
class PreparedFontsResourceTest {
    private static final String HOW = "%s is out of date (a font or PDFBox changed): run PreparedFontsWriter.main with"
            + " invite-render/src/main/resources/vn/giaymoi/render/layout/glyph-tables.bin and"
            + " invite-render/src/main/resources/vn/giaymoi/render/pdf/prepared-fonts.bin";

    @Test
    void the_glyph_tables_are_what_the_fonts_give() throws IOException {
        assertThat(stored(GlyphTables.class, GlyphTables.RESOURCE)).as(HOW, GlyphTables.RESOURCE)
                .isEqualTo(PreparedFontsWriter.glyphTables());
    }

    @Test
    void the_prepared_fonts_are_what_pdfbox_makes_of_the_fonts() throws IOException {
        assertThat(stored(PdfFonts.class, PdfFonts.PREPARED)).as(HOW, PdfFonts.PREPARED)
                .isEqualTo(PreparedFontsWriter.preparedFonts());
    }

    private static byte[] stored(Class<?> beside, String name) throws IOException {
        try (InputStream in = beside.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
