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
 * to fit their header column.
 */
public final class TextWidth {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Font REGULAR = load("LiberationSerif-Regular.ttf");
    private static final Font BOLD = load("LiberationSerif-Bold.ttf");

    private TextWidth() {}

    /** The width of {@code text} in twips at {@code points} size. */
    public static int twips(String text, double points, boolean bold) {
        Font font = (bold ? BOLD : REGULAR).deriveFont((float) points);
        return (int) Math.round(font.getStringBounds(text, CONTEXT).getWidth() * 20);
    }

    private static Font load(String name) {
        String path = "/liberation/" + name;
        try (InputStream in = TextWidth.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("thiếu phông chữ " + path + " (openpdf-fonts-extra)");
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("không đọc được phông chữ " + path, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("phông chữ hỏng: " + path, e);
        }
    }
}
