package vn.giaymoi.render.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.NumberFormatUtil;
import vn.giaymoi.render.pdf.PdfFonts.Face;
import vn.giaymoi.render.pdf.TextLines.Line;
import vn.giaymoi.render.pdf.TextLines.Piece;
import vn.giaymoi.render.pdf.TextLines.Word;

/**
 * Mặt giấy (the drawing surface): A4 pages of one document, drawn top-down in points from the page's top edge.
 * Text in the product's repertoire is drawn with the faces' {@link PreparedFont prepared subsets}; a run with any
 * other character with the face subset by PDFBox for this document. Each font goes into the document only when a
 * page uses it. The page's operators are written here (the few that a page needs: text, rules, boxes, colour) into
 * one compressed content stream per page. One instance per document.
 */
final class PdfCanvas implements AutoCloseable {
    /** Horizontal placement of a line. */
    enum Align { LEFT, CENTER, JUSTIFY }

    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

    private final PDDocument doc;
    private final Map<Face, COSDictionary> prepared = new EnumMap<>(Face.class);
    private final Map<Face, PDType0Font> subset = new EnumMap<>(Face.class);
    /** Resource names of the document's fonts, by font dictionary. */
    private final Map<COSDictionary, COSName> names = new HashMap<>();
    private final Ops ops = new Ops();
    private PDPage page;
    private COSDictionary pageFonts;
    private COSDictionary font;
    private float fontSize;
    private Color color = Color.BLACK;

    PdfCanvas(PDDocument doc) {
        this.doc = doc;
    }

    /** Starts a new page; what follows draws on it. */
    void newPage() {
        finishPage();
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pageFonts = new COSDictionary();
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.FONT, pageFonts);
        page.getCOSObject().setItem(COSName.RESOURCES, resources);
        font = null;
        color = Color.BLACK;
    }

    /** Draws {@code line} with its baseline {@code baseline} below the page top, in a box from {@code x}, {@code width} wide. */
    void line(Line line, float size, float x, float baseline, float width, Align align, Color ink) {
        int gaps = line.words().size() - 1;
        float extra = align == Align.JUSTIFY && !line.last() && gaps > 0 ? (width - line.width()) / gaps : 0;
        if (align == Align.CENTER) x += (width - line.width()) / 2;
        float y = PAGE_HEIGHT - baseline;
        setColor(ink);
        ops.op("BT");
        Run run = new Run(size, y, extra);
        float at = x;
        for (int i = 0; i < line.words().size(); i++) {
            Word w = line.words().get(i);
            for (Piece p : w.pieces()) {
                if (p.face() != run.face) {
                    run.flush();
                    run.start(p.face(), at);
                }
                run.text.append(p.text());
                at += PdfFonts.width(p.face(), p.text(), size);
            }
            if (i < gaps) {
                run.text.append(' ');
                at += PdfFonts.width(run.face, ' ') * size + extra;
                if (extra != 0) run.cut();
            }
        }
        run.flush();
        ops.op("ET");
    }

    /**
     * Text in one face from one position: a TJ array of its strings with the justification's space between them,
     * a new array (with its own font and position) where the font changes between the prepared subset and this
     * document's.
     */
    private final class Run {
        final float size;
        final float y;
        final float extra;
        final StringBuilder text = new StringBuilder();
        Face face;
        float x;
        float advanced;
        COSDictionary arrayFont;

        Run(float size, float y, float extra) {
            this.size = size;
            this.y = y;
            this.extra = extra;
        }

        void start(Face f, float at) {
            face = f;
            x = at;
            advanced = 0;
        }

        /** Ends the current string at a justified space, which the array then widens. */
        void cut() {
            put(true);
        }

        void flush() {
            if (face == null) return;
            put(false);
            if (arrayFont != null) ops.raw(']').op("TJ");
            arrayFont = null;
        }

        private void put(boolean widen) {
            if (text.isEmpty()) return;
            String t = text.toString();
            text.setLength(0);
            COSDictionary f = fontFor(face, t);
            if (f != arrayFont) {
                if (arrayFont != null) ops.raw(']').op("TJ");
                setFont(f, size);
                ops.num(1).num(0).num(0).num(1).num(x + advanced).num(y).op("Tm").raw('[');
                arrayFont = f;
            }
            PDType0Font own = subset.get(face);
            ops.glyphs(face, t, own != null && own.getCOSObject() == f ? own : null);
            advanced += PdfFonts.width(face, t, size);
            if (widen) {
                ops.num(-extra * 1000 / size);
                advanced += extra;
            }
        }
    }

    /** The font dictionary that draws {@code text} in {@code face}: the prepared subset, or the face subset for this document. */
    private COSDictionary fontFor(Face face, String text) {
        PreparedFont p = PreparedFont.of(face);
        if (p.covers(text)) return prepared.computeIfAbsent(face, f -> p.copyFor(doc));
        PDType0Font f = subset.get(face);
        if (f == null) {
            try {
                f = PDType0Font.load(doc, PdfFonts.parsed(face), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            subset.put(face, f);
        }
        return f.getCOSObject();
    }

    /** A horizontal rule {@code thickness} thick whose top is {@code top} below the page top. */
    void rule(float x1, float x2, float top, float thickness, Color ink) {
        float y = PAGE_HEIGHT - top - thickness / 2;
        stroke(ink, thickness);
        ops.num(x1).num(y).op("m").num(x2).num(y).op("l").op("S");
    }

    /** A rectangle's border, {@code thickness} thick, drawn inside the box at {@code x}, {@code top}. */
    void box(float x, float top, float width, float height, float thickness, Color ink) {
        float h = thickness / 2;
        stroke(ink, thickness);
        ops.num(x + h).num(PAGE_HEIGHT - top - height + h).num(width - thickness).num(height - thickness).op("re").op("S");
    }

    private void stroke(Color ink, float thickness) {
        ops.rgb(ink).op("RG").num(thickness).op("w");
    }

    private void setFont(COSDictionary f, float size) {
        COSName name = names.computeIfAbsent(f, k -> COSName.getPDFName("F" + (names.size() + 1)));
        pageFonts.setItem(name, f);
        if (f != font || size != fontSize) {
            ops.name(name).num(size).op("Tf");
            font = f;
            fontSize = size;
        }
    }

    private void setColor(Color ink) {
        if (!ink.equals(color)) {
            ops.rgb(ink).op("rg");
            color = ink;
        }
    }

    private void finishPage() {
        if (page == null) return;
        COSStream contents = doc.getDocument().createCOSStream();
        contents.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream out = contents.createRawOutputStream()) {
            ops.deflateTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.getCOSObject().setItem(COSName.CONTENTS, contents);
        ops.reset();
        page = null;
    }

    /** Ends the last page and subsets this document's own fonts to what it drew with them. */
    @Override
    public void close() {
        try {
            finishPage();
        } finally {
            ops.deflater.end();
        }
        try {
            for (PDType0Font f : subset.values()) f.subset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's content stream as it is written: operands and operators separated by spaces and line ends. */
    private final class Ops {
        private static final char[] HEX = "0123456789ABCDEF".toCharArray();
        private final byte[] number = new byte[32];
        private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        private final byte[] chunk = new byte[8192];
        private byte[] buf = new byte[8192];
        private int len;

        Ops num(float v) {
            if (Float.isNaN(v) || Float.isInfinite(v)) throw new IllegalArgumentException("không vẽ được số " + v);
            int n = NumberFormatUtil.formatFloatFast(v, 5, number);
            if (n < 0) {
                raw(new java.math.BigDecimal(Float.toString(v)).setScale(5, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString());
            } else {
                room(n);
                System.arraycopy(number, 0, buf, len, n);
                len += n;
            }
            return raw(' ');
        }

        Ops name(COSName n) {
            return raw('/').raw(n.getName()).raw(' ');
        }

        Ops rgb(Color c) {
            return num(c.getRed() / 255f).num(c.getGreen() / 255f).num(c.getBlue() / 255f);
        }

        Ops op(String operator) {
            return raw(operator).raw('\n');
        }

        /** {@code text} as a hex string of its glyph codes: CIDs of the prepared subset, or {@code own}'s codes. */
        void glyphs(Face face, String text, PDType0Font own) {
            raw('<');
            if (own != null) {
                try {
                    text.codePoints().forEach(own::addToSubset);
                    for (byte b : own.encode(text)) hex(b >> 4).hex(b);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                for (int i = 0; i < text.length(); ) {
                    int c = text.codePointAt(i);
                    int g = PdfFonts.glyph(face, c);
                    hex(g >> 12).hex(g >> 8).hex(g >> 4).hex(g);
                    i += Character.charCount(c);
                }
            }
            raw('>');
        }

        private Ops hex(int nibble) {
            return raw(HEX[nibble & 0xF]);
        }

        Ops raw(char c) {
            room(1);
            buf[len++] = (byte) c;
            return this;
        }

        Ops raw(CharSequence s) {
            room(s.length());
            for (int i = 0; i < s.length(); i++) buf[len++] = (byte) s.charAt(i);
            return this;
        }

        private void room(int n) {
            if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }

        /**
         * Writes the operators compressed at zlib's fastest level: a page's operators are a few kilobytes, which
         * the default level makes only ~1 % smaller for several times the CPU.
         */
        void deflateTo(OutputStream out) throws IOException {
            deflater.reset();
            deflater.setInput(buf, 0, len);
            deflater.finish();
            while (!deflater.finished()) {
                int n = deflater.deflate(chunk);
                out.write(chunk, 0, n);
            }
        }

        void reset() {
            len = 0;
        }
    }
}
