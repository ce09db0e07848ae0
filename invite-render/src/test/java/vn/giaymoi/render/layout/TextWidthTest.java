package vn.giaymoi.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The widths read from the glyph tables are the ones Java2D gave when it measured the fonts itself (the former
 * {@link TextWidth}, kept here as the reference): the layout's line fitting and rule lengths do not move.
 */
class TextWidthTest {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final double[] SIZES = {11, 12, 12.5, 13, 13.5, 14, 15};

    @Test
    void widths_are_java2d_s_for_the_examples_and_random_vietnamese_text() throws Exception {
        Font regular = java2d("LiberationSerif-Regular.ttf");
        Font bold = java2d("LiberationSerif-Bold.ttf");
        List<String> texts = new ArrayList<>();
        try (DirectoryStream<Path> examples = Files.newDirectoryStream(Path.of("../examples"), "*.yaml")) {
            for (Path p : examples) {
                for (String line : Files.readAllLines(p)) texts.add(Normalizer.normalize(line.strip(), Normalizer.Form.NFC));
            }
        }
        assertThat(texts).hasSizeGreaterThan(500);
        // letters with every tone mark, digits, punctuation, a subscript and CJK that the face lacks, an emoji
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
                + "ùúủũụừứửữựỳýỷỹỵÀẢẠỀẾỆÒỌỜỚỞỠỢỪỨỮỰ0123456789 ,.;:-–/()“”…₁²α中😀";
        int[] letters = alphabet.codePoints().toArray();
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = 1 + random.nextInt(60); k > 0; k--) t.appendCodePoint(letters[random.nextInt(letters.length)]);
            texts.add(t.toString());
        }
        for (String text : texts) {
            for (double points : SIZES) {
                for (boolean b : new boolean[] {false, true}) {
                    int java2d = (int) Math.round((b ? bold : regular).deriveFont((float) points)
                            .getStringBounds(text, CONTEXT).getWidth() * 20);
                    assertThat(TextWidth.twips(text, points, b)).as("%s at %s pt, bold %s", text, points, b).isEqualTo(java2d);
                }
            }
        }
    }

    @Test
    void a_longer_text_is_wider_and_bold_is_wider_than_regular() {
        int regular = TextWidth.twips("Ủy ban nhân dân", 13, false);
        assertThat(TextWidth.twips("Ủy ban nhân dân tỉnh", 13, false)).isGreaterThan(regular);
        assertThat(TextWidth.twips("Ủy ban nhân dân", 13, true)).isGreaterThan(regular);
        assertThat(TextWidth.twips("", 13, false)).isZero();
    }

    private static Font java2d(String name) throws IOException, FontFormatException {
        try (InputStream in = TextWidth.class.getResourceAsStream("/liberation/" + name)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }
}
