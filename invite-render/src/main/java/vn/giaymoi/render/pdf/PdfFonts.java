package vn.giaymoi.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Phông chữ của bản PDF (the PDF's fonts): Liberation Serif, metric-compatible with Times New Roman (ND30 PL I
 * §I.4), in four faces, and PDFBox's Liberation Sans for the few glyphs Serif lacks (subscript digits). The files are
 * read once per process and their advance widths kept in tables, so measuring a line reads arrays only; the parsed
 * fonts that PDFBox embeds are kept per thread, because a parsed font reads its file lazily and is not thread-safe.
 */
final class PdfFonts {
    /** A face of the font. */
    enum Face {
        REGULAR("/liberation/LiberationSerif-Regular.ttf"),
        BOLD("/liberation/LiberationSerif-Bold.ttf"),
        ITALIC("/liberation/LiberationSerif-Italic.ttf"),
        BOLD_ITALIC("/liberation/LiberationSerif-BoldItalic.ttf"),
        FALLBACK("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");

        final String path;

        Face(String path) {
            this.path = path;
        }

        static Face of(boolean bold, boolean italic) {
            return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
        }
    }

    private static final int GSUB = tag("GSUB");
    private static final int HIDDEN = tag("gsuX");

    private static int tag(String t) {
        return ByteBuffer.wrap(t.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    /** Code points below this have their widths in a table; the rest (rare) are measured on demand. */
    private static final int TABLE = 0x3000;
    private static final Face[] FACES = Face.values();
    private static final byte[][] FILES = new byte[FACES.length][];
    /** Advance widths per em, per face; NaN where the face has no glyph. */
    private static final float[][] WIDTHS = new float[FACES.length][];
    /** Glyph ids, per face, of the code points below {@link #TABLE}; 0 where the face has no glyph. */
    private static final char[][] GLYPHS = new char[FACES.length][];
    private static final TrueTypeFont[] SHARED = new TrueTypeFont[FACES.length];
    /** Liberation Serif's ascent and descent per em (hhea), as a browser places text in a line box. */
    static final float ASCENT;
    static final float DESCENT;

    static {
        try {
            for (Face f : FACES) {
                FILES[f.ordinal()] = withoutGsub(read(f.path));
                TrueTypeFont ttf = parse(f);
                SHARED[f.ordinal()] = ttf;
                WIDTHS[f.ordinal()] = widths(ttf);
                GLYPHS[f.ordinal()] = glyphs(ttf);
            }
            TrueTypeFont serif = SHARED[Face.REGULAR.ordinal()];
            float em = serif.getUnitsPerEm();
            ASCENT = serif.getHorizontalHeader().getAscender() / em;
            DESCENT = -serif.getHorizontalHeader().getDescender() / em;
        } catch (IOException e) {
            throw new UncheckedIOException("không đọc được phông chữ của bản PDF", e);
        }
    }

    private static final ThreadLocal<TrueTypeFont[]> PARSED = ThreadLocal.withInitial(() -> new TrueTypeFont[FACES.length]);

    private PdfFonts() {}

    /** The face that draws {@code codePoint}: {@code face}, or the fallback when {@code face} lacks the glyph. */
    static Face drawing(Face face, int codePoint) {
        return Float.isNaN(advance(face, codePoint)) ? Face.FALLBACK : face;
    }

    /**
     * {@code codePoint} if {@code face} or the fallback can draw it, else a question mark: a character no font of
     * the document has (a Cyrillic or CJK letter typed by mistake) is shown as such instead of failing the PDF.
     */
    static int drawable(Face face, int codePoint) {
        return Float.isNaN(advance(face, codePoint)) && Float.isNaN(advance(Face.FALLBACK, codePoint)) ? '?' : codePoint;
    }

    /** The advance of {@code codePoint} per em in {@code face}, or in the fallback when {@code face} lacks it. */
    static float width(Face face, int codePoint) {
        float w = advance(face, codePoint);
        if (!Float.isNaN(w)) return w;
        w = advance(Face.FALLBACK, codePoint);
        return Float.isNaN(w) ? 0 : w;
    }

    /** The width of {@code text} in points at {@code size}. */
    static float width(Face face, String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            w += width(face, c);
            i += Character.charCount(c);
        }
        return w * size;
    }

    /** The glyph id of {@code codePoint} (below {@code 0x3000}) in {@code face}'s full font, 0 if it has none. */
    static int glyph(Face face, int codePoint) {
        return GLYPHS[face.ordinal()][codePoint];
    }

    private static float advance(Face face, int codePoint) {
        if (codePoint < TABLE) return WIDTHS[face.ordinal()][codePoint];
        synchronized (SHARED) {
            return measure(SHARED[face.ordinal()], codePoint);
        }
    }

    /** This thread's parsed copy of {@code face}, for embedding. */
    static TrueTypeFont parsed(Face face) {
        TrueTypeFont[] mine = PARSED.get();
        TrueTypeFont ttf = mine[face.ordinal()];
        if (ttf == null) {
            try {
                ttf = parse(face);
            } catch (IOException e) {
                throw new UncheckedIOException("không đọc được phông chữ " + face.path, e);
            }
            mine[face.ordinal()] = ttf;
        }
        return ttf;
    }

    private static TrueTypeFont parse(Face face) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(FILES[face.ordinal()]));
    }

    private static float[] widths(TrueTypeFont ttf) throws IOException {
        float[] w = new float[TABLE];
        for (int c = 0; c < TABLE; c++) w[c] = measure(ttf, c);
        return w;
    }

    private static char[] glyphs(TrueTypeFont ttf) throws IOException {
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        char[] g = new char[TABLE];
        for (int c = 0; c < TABLE; c++) g[c] = (char) cmap.getGlyphId(c);
        return g;
    }

    private static float measure(TrueTypeFont ttf, int codePoint) {
        try {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            int gid = cmap.getGlyphId(codePoint);
            if (gid == 0) return Float.NaN;
            return ttf.getAdvanceWidth(gid) / (float) ttf.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String path) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("thiếu phông chữ " + path + " (openpdf-fonts-extra, pdfbox)");
            return in.readAllBytes();
        }
    }

    /**
     * Hides the font's GSUB table by renaming its tag. PDFBox 3 applies GSUB to every text run through regular
     * expressions compiled per run; Vietnamese text in NFC needs no glyph substitution (the letters are
     * precomposed), and the embedded subsets never carry GSUB anyway.
     */
    static byte[] withoutGsub(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(b.getShort(4));
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (b.getInt(at) == GSUB) b.putInt(at, HIDDEN);
        }
        return font;
    }
}
