package vn.giaymoi.render.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import vn.giaymoi.render.pdf.PdfFonts.Face;
import vn.giaymoi.render.pdf.TextLines.Line;
import vn.giaymoi.render.pdf.TextLines.Piece;
import vn.giaymoi.render.pdf.TextLines.Word;

/**
 * Mặt giấy (the drawing surface): A4 pages of one document, drawn top-down in points from the page's top edge.
 * Fonts are embedded as subsets, each face only when a page uses it. One instance per document.
 */
final class PdfCanvas implements AutoCloseable {
    /** Horizontal placement of a line. */
    enum Align { LEFT, CENTER, JUSTIFY }

    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

    private final PDDocument doc;
    private final Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
    private PDPageContentStream stream;
    private PDType0Font font;
    private float fontSize;
    private Color color = Color.BLACK;

    PdfCanvas(PDDocument doc) {
        this.doc = doc;
    }

    /** Starts a new page; what follows draws on it. */
    void newPage() {
        try {
            closeStream();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            font = null;
            color = Color.BLACK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws {@code line} with its baseline {@code baseline} below the page top, in a box from {@code x}, {@code width} wide. */
    void line(Line line, float size, float x, float baseline, float width, Align align, Color ink) {
        try {
            int gaps = line.words().size() - 1;
            float extra = align == Align.JUSTIFY && !line.last() && gaps > 0 ? (width - line.width()) / gaps : 0;
            if (align == Align.CENTER) x += (width - line.width()) / 2;
            float y = PAGE_HEIGHT - baseline;
            setColor(ink);
            stream.beginText();
            Face runFace = null;
            StringBuilder run = new StringBuilder();
            List<Object> parts = new ArrayList<>();
            float runX = x;
            float at = x;
            for (int i = 0; i < line.words().size(); i++) {
                Word w = line.words().get(i);
                for (Piece p : w.pieces()) {
                    if (p.face() != runFace) {
                        at = flush(runFace, run, parts, size, runX, y, at);
                        runFace = p.face();
                        runX = at;
                    }
                    run.append(p.text());
                    at += PdfFonts.width(p.face(), p.text(), size);
                }
                if (i < gaps) {
                    run.append(' ');
                    at += PdfFonts.width(runFace, ' ') * size + extra;
                    if (extra != 0) {
                        parts.add(run.toString());
                        parts.add(-extra * 1000 / size);
                        run.setLength(0);
                    }
                }
            }
            flush(runFace, run, parts, size, runX, y, at);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float flush(Face face, StringBuilder run, List<Object> parts, float size, float x, float y, float at)
            throws IOException {
        if (face == null || run.isEmpty() && parts.isEmpty()) return at;
        if (!run.isEmpty()) parts.add(run.toString());
        setFont(face, size);
        stream.setTextMatrix(Matrix.getTranslateInstance(x, y));
        stream.showTextWithPositioning(parts.toArray());
        run.setLength(0);
        parts.clear();
        return at;
    }

    /** A horizontal rule {@code thickness} thick whose top is {@code top} below the page top. */
    void rule(float x1, float x2, float top, float thickness, Color ink) {
        try {
            stream.setStrokingColor(ink);
            stream.setLineWidth(thickness);
            float y = PAGE_HEIGHT - top - thickness / 2;
            stream.moveTo(x1, y);
            stream.lineTo(x2, y);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rectangle's border, {@code thickness} thick, drawn inside the box at {@code x}, {@code top}. */
    void box(float x, float top, float width, float height, float thickness, Color ink) {
        try {
            stream.setStrokingColor(ink);
            stream.setLineWidth(thickness);
            float h = thickness / 2;
            stream.addRect(x + h, PAGE_HEIGHT - top - height + h, width - thickness, height - thickness);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void setFont(Face face, float size) throws IOException {
        PDType0Font f = fonts.get(face);
        if (f == null) {
            f = PDType0Font.load(doc, PdfFonts.parsed(face), true);
            fonts.put(face, f);
        }
        if (f != font || size != fontSize) {
            stream.setFont(f, size);
            font = f;
            fontSize = size;
        }
    }

    private void setColor(Color ink) throws IOException {
        if (!ink.equals(color)) {
            stream.setNonStrokingColor(ink);
            color = ink;
        }
    }

    private void closeStream() throws IOException {
        if (stream != null) stream.close();
        stream = null;
    }

    @Override
    public void close() {
        try {
            closeStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
