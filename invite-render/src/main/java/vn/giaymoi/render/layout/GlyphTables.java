package vn.giaymoi.render.layout;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Bảng chữ của phông (glyph tables): for each face of the document font, the glyph id and the advance of every
 * code point below {@link #TABLE}, its units per em and its hhea ascender and descender. They are read from a
 * resource built ahead of time from the font files (a test of invite-render checks it against them), because
 * parsing the fonts, or loading them into Java2D, cost more than a whole PDF; so a line is measured by reading
 * arrays. Immutable and thread-safe.
 */
public final class GlyphTables {
    /** Code points below this are in the tables; the rest (rare) are measured from the font itself. */
    public static final int TABLE = 0x3000;
    /** The font files, in the order of the resource: Liberation Serif's four faces, then PDFBox's Liberation Sans. */
    public static final List<String> FILES = List.of("/liberation/LiberationSerif-Regular.ttf",
            "/liberation/LiberationSerif-Bold.ttf", "/liberation/LiberationSerif-Italic.ttf",
            "/liberation/LiberationSerif-BoldItalic.ttf", "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");
    /** The resource, beside this class. */
    public static final String RESOURCE = "glyph-tables.bin";

    private final float unitsPerEm;
    private final short ascender;
    private final short descender;
    private final char[] glyphs;
    private final char[] advances;

    private GlyphTables(float unitsPerEm, short ascender, short descender, char[] glyphs, char[] advances) {
        this.unitsPerEm = unitsPerEm;
        this.ascender = ascender;
        this.descender = descender;
        this.glyphs = glyphs;
        this.advances = advances;
    }

    private static final class All {
        static final GlyphTables[] FACES = new GlyphTables[FILES.size()];

        static {
            InputStream resource = GlyphTables.class.getResourceAsStream(RESOURCE);
            if (resource == null) throw new IllegalStateException("thiếu bảng chữ " + RESOURCE);
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(resource, 1 << 16))) {
                for (int f = 0; f < FACES.length; f++) {
                    float em = in.readUnsignedShort();
                    short ascender = in.readShort();
                    short descender = in.readShort();
                    FACES[f] = new GlyphTables(em, ascender, descender, chars(in), chars(in));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("không đọc được bảng chữ " + RESOURCE, e);
            }
        }

        private static char[] chars(DataInputStream in) throws IOException {
            char[] c = new char[TABLE];
            ByteBuffer.wrap(in.readNBytes(2 * TABLE)).asCharBuffer().get(c);
            return c;
        }
    }

    /** The tables of the face in {@code file}, one of {@link #FILES}. */
    public static GlyphTables of(String file) {
        int i = FILES.indexOf(file);
        if (i < 0) throw new IllegalArgumentException("không có bảng chữ cho " + file);
        return All.FACES[i];
    }

    /** The glyph id of {@code codePoint} (below {@link #TABLE}), 0 if the face has none. */
    public int glyph(int codePoint) {
        return glyphs[codePoint];
    }

    /**
     * The advance of {@code codePoint} (below {@link #TABLE}) per em: of its glyph, or of the face's missing-glyph
     * box (glyph 0) when it has none.
     */
    public float advance(int codePoint) {
        return advances[codePoint] / unitsPerEm;
    }

    /** The ascender per em (hhea). */
    public float ascent() {
        return ascender / unitsPerEm;
    }

    /** The descender per em (hhea), positive below the baseline. */
    public float descent() {
        return -descender / unitsPerEm;
    }
}
