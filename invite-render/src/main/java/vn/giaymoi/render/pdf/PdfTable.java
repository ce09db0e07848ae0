package vn.giaymoi.render.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.giaymoi.render.pdf.PdfCanvas.Align;
import vn.giaymoi.render.pdf.PdfFonts.Face;
import vn.giaymoi.render.pdf.TextLines.Line;
import vn.giaymoi.render.pdf.TextLines.Span;

/** Bảng in (a printed table): a title, a subtitle and ruled rows on A4 with the decree's margins. */
final class PdfTable {
    private static final float MM = 72f / 25.4f;
    private static final float TOP = 20 * MM;
    private static final float LEFT = 20 * MM;
    private static final float WIDTH = 175 * MM;
    private static final float BOTTOM = TOP + 257 * MM;
    private static final float SIZE = 12;
    private static final float LEADING = SIZE * 1.2f;
    private static final float PAD = 1.5f * MM;
    private static final float RULE = 0.5f;

    private PdfTable() {}

    static byte[] draw(String title, String subtitle, List<String> header, List<List<String>> rows) {
        float column = WIDTH / header.size();
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setProducer("giaymoi");
            try (PdfCanvas canvas = new PdfCanvas(doc)) {
                canvas.newPage();
                float at = TOP;
                at = centred(canvas, title, Face.BOLD, 14, at);
                at = centred(canvas, subtitle, Face.REGULAR, SIZE, at) + 4 * MM;
                at = row(canvas, cells(header, Face.BOLD, column), column, at);
                for (List<String> r : rows) {
                    List<List<Line>> cells = cells(r, Face.REGULAR, column);
                    if (at + height(cells) > BOTTOM) { // a row is never split: it starts the next page under the header
                        canvas.newPage();
                        at = row(canvas, cells(header, Face.BOLD, column), column, TOP);
                    }
                    at = row(canvas, cells, column, at);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("không dựng được PDF: " + e.getMessage(), e);
        }
    }

    private static float centred(PdfCanvas canvas, String text, Face face, float size, float at) {
        for (Line l : TextLines.lines(List.of(new Span(text == null ? "" : text, face)), size, WIDTH, 0, true)) {
            at += size * 1.2f;
            canvas.line(l, size, LEFT, at - size * 0.25f, WIDTH, Align.CENTER, Color.BLACK);
        }
        return at;
    }

    private static List<List<Line>> cells(List<String> texts, Face face, float column) {
        List<List<Line>> cells = new ArrayList<>();
        for (String t : texts) {
            cells.add(TextLines.lines(List.of(new Span(t == null ? "" : t, face)), SIZE, column - 2 * PAD, 0, true));
        }
        return cells;
    }

    private static float height(List<List<Line>> cells) {
        int most = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, most) * LEADING + 2 * PAD;
    }

    private static float row(PdfCanvas canvas, List<List<Line>> cells, float column, float top) {
        float h = height(cells);
        for (int c = 0; c < cells.size(); c++) {
            float x = LEFT + c * column;
            canvas.box(x, top, column, h, RULE, Color.BLACK);
            float baseline = top + PAD;
            for (Line l : cells.get(c)) {
                baseline += LEADING;
                canvas.line(l, SIZE, x + PAD, baseline - SIZE * 0.25f, column - 2 * PAD, Align.LEFT, Color.BLACK);
            }
        }
        return top + h;
    }
}
