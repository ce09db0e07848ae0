package vn.giaymoi.render.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

    /** The two faces in Java2D, for the rare character beyond the tables (FontBox is the PDF writer's). */
    private static final class Beyond {
        static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
        /** At a size of many points, so the advance keeps its precision when divided back to one em. */
        static final float SIZE = 2048;
        static final Font REGULAR_FONT = load(REGULAR);
        static final Font BOLD_FONT = load(BOLD);

        static float advance(boolean bold, int codePoint) {
            Font font = bold ? BOLD_FONT : REGULAR_FONT;
            return (float) (font.getStringBounds(new String(Character.toChars(codePoint)), CONTEXT).getWidth() / SIZE);
        }

        private static Font load(String path) {
            try (InputStream in = TextWidth.class.getResourceAsStream(path)) {
                if (in == null) throw new IllegalStateException("thiếu phông chữ " + path + " (openpdf-fonts-extra)");
                return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(SIZE);
            } catch (IOException e) {
                throw new UncheckedIOException("không đọc được phông chữ " + path, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("phông chữ hỏng: " + path, e);
            }
        }
    }
}
