package vn.giaymoi.render.pdf;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import vn.giaymoi.render.layout.GlyphTables;

/**
 * Phông chữ của bản PDF (the PDF's fonts): Liberation Serif, metric-compatible with Times New Roman (ND30 PL I
 * §I.4), in four faces, and PDFBox's Liberation Sans for the few glyphs Serif lacks (subscript digits). Their
 * advance widths and glyph ids are kept in tables, so measuring a line reads arrays only; tables and prepared subsets
 * come from a resource built from the fonts ahead of time (a test checks it against the fonts). The font files are
 * read only for a character beyond them; the parsed fonts that PDFBox then embeds are kept per thread, because a
 * parsed font reads its file lazily and is not thread-safe.
 */
final class PdfFonts {
    /** A face of the font. */
    enum Face {
        REGULAR, BOLD, ITALIC, BOLD_ITALIC, FALLBACK;

        /** The face's font file: {@link GlyphTables#FILES} lists them in this order. */
        final String path = GlyphTables.FILES.get(ordinal());

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
    static final int TABLE = GlyphTables.TABLE;
    /** Where {@code PreparedFontsWriter} (in the tests) writes the prepared subsets it builds from the fonts. */
    static final String PREPARED = "prepared-fonts.bin";
    private static final Face[] FACES = Face.values();

    /**
     * The widths, glyph ids and prepared subsets, read from resources built ahead of time (parsing five fonts and
     * subsetting four was a quarter of a single PDF's CPU) when a document first measures or draws.
     */
    private static final class Tables {
        /** Advance widths per em, per face; NaN where the face has no glyph. */
        static final float[][] WIDTHS = new float[FACES.length][];
        static final GlyphTables[] GLYPHS = new GlyphTables[FACES.length];
        static final PreparedFont[] PREPARED = new PreparedFont[FACES.length];

        static {
            for (Face f : FACES) {
                GlyphTables g = GlyphTables.of(f.path);
                float[] widths = new float[TABLE];
                for (int c = 0; c < TABLE; c++) widths[c] = g.glyph(c) == 0 ? Float.NaN : g.advance(c);
                GLYPHS[f.ordinal()] = g;
                WIDTHS[f.ordinal()] = widths;
            }
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(open(PdfFonts.PREPARED), 1 << 16))) {
                for (Face f : FACES) PREPARED[f.ordinal()] = PreparedFont.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("không đọc được phông chữ của bản PDF", e);
            }
        }
    }

    /** The full fonts, read and parsed on first need: a character beyond the tables or the prepared subsets. */
    private static final class Full {
        static final TrueTypeFont[] SHARED = new TrueTypeFont[FACES.length];
        static final byte[][] FILES = new byte[FACES.length][];

        static {
            try {
                for (Face f : FACES) {
                    FILES[f.ordinal()] = withoutGsub(read(f.path));
                    SHARED[f.ordinal()] = parse(FILES[f.ordinal()]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("không đọc được phông chữ của bản PDF", e);
            }
        }
    }

    private static final ThreadLocal<TrueTypeFont[]> PARSED = ThreadLocal.withInitial(() -> new TrueTypeFont[FACES.length]);

    private PdfFonts() {}

    /** The prepared subset of {@code face}. */
    static PreparedFont prepared(Face face) {
        return Tables.PREPARED[face.ordinal()];
    }

    /** Liberation Serif's ascent per em (hhea), as a browser places text in a line box. */
    static float ascent() {
        return Tables.GLYPHS[Face.REGULAR.ordinal()].ascent();
    }

    /** Liberation Serif's descent per em (hhea), positive. */
    static float descent() {
        return Tables.GLYPHS[Face.REGULAR.ordinal()].descent();
    }

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
        return Tables.GLYPHS[face.ordinal()].glyph(codePoint);
    }

    private static float advance(Face face, int codePoint) {
        if (codePoint < TABLE) return Tables.WIDTHS[face.ordinal()][codePoint];
        synchronized (Full.SHARED) {
            return measure(Full.SHARED[face.ordinal()], codePoint);
        }
    }

    /** This thread's parsed copy of {@code face}, for embedding. */
    static TrueTypeFont parsed(Face face) {
        TrueTypeFont[] mine = PARSED.get();
        TrueTypeFont ttf = mine[face.ordinal()];
        if (ttf == null) {
            try {
                ttf = parse(Full.FILES[face.ordinal()]);
            } catch (IOException e) {
                throw new UncheckedIOException("không đọc được phông chữ " + face.path, e);
            }
            mine[face.ordinal()] = ttf;
        }
        return ttf;
    }

    /** A font file parsed by FontBox. */
    static TrueTypeFont parse(byte[] file) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(file));
    }

    static float measure(TrueTypeFont ttf, int codePoint) {
        try {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            int gid = cmap.getGlyphId(codePoint);
            if (gid == 0) return Float.NaN;
            return ttf.getAdvanceWidth(gid) / (float) ttf.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A font file's bytes, from the class path. */
    static byte[] read(String path) throws IOException {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        }
    }

    private static InputStream open(String path) {
        InputStream in = PdfFonts.class.getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("thiếu phông chữ " + path + " (openpdf-fonts-extra, pdfbox)");
        return in;
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
