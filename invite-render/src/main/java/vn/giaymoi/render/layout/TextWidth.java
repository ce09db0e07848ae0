package vn.giaymoi.render.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Độ dài dòng chữ (text width): measures a line in Liberation Serif, metric-compatible with Times New Roman, so
 * the rules under the issuing body, the Tiêu ngữ and the trích yếu get the length ND30 PL I §II.1–2 and §II.5
 * ask for (a fraction of, or all of, the text above them), and so long names and place-date lines are laid out
 * to fit their header column. The sum of the glyphs' advances, as Java2D measured it with fractional metrics (a
 * character the face lacks counts as its missing-glyph box), read from {@link GlyphTables} instead of loading the
 * fonts into Java2D.
 */
public final class TextWidth {
    private static final String REGULAR = GlyphTables.FILES.get(0);
    private static final String BOLD = GlyphTables.FILES.get(1);

    private TextWidth() {}

    /** The width of {@code text} in twips at {@code points} size. */
    public static int twips(String text, double points, boolean bold) {
        GlyphTables face = GlyphTables.of(bold ? BOLD : REGULAR);
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            em += c < GlyphTables.TABLE ? face.advance(c) : Beyond.advance(bold, c);
            i += Character.charCount(c);
        }
        return (int) Math.round(em * points * 20);
    }

    /** The two faces parsed, for the rare character beyond the tables. */
    private static final class Beyond {
        static final TrueTypeFont REGULAR_FONT = parse(REGULAR);
        static final TrueTypeFont BOLD_FONT = parse(BOLD);

        static synchronized float advance(boolean bold, int codePoint) {
            TrueTypeFont font = bold ? BOLD_FONT : REGULAR_FONT;
            try {
                int glyph = font.getUnicodeCmapLookup().getGlyphId(codePoint); // 0, the missing-glyph box, if none
                return font.getAdvanceWidth(glyph) / (float) font.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static TrueTypeFont parse(String path) {
            try (InputStream in = TextWidth.class.getResourceAsStream(path)) {
                if (in == null) throw new IllegalStateException("thiếu phông chữ " + path + " (openpdf-fonts-extra)");
                return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("không đọc được phông chữ " + path, e);
            }
        }
    }
}
