package vn.giaymoi.render.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.render.html.HtmlRenderer;
import vn.giaymoi.render.layout.PageLayout;
import vn.giaymoi.render.pdf.PageFlow.Block;
import vn.giaymoi.render.pdf.PageFlow.Placed;
import vn.giaymoi.render.pdf.PageFlow.Slice;
import vn.giaymoi.render.pdf.PdfCanvas.Align;
import vn.giaymoi.render.pdf.PdfFonts.Face;
import vn.giaymoi.render.pdf.TextLines.Line;
import vn.giaymoi.render.pdf.TextLines.Span;

/**
 * Bản PDF (PDF rendering): the {@link PageLayout} drawn on A4 with PDFBox, in the sizes, margins and boxes of ND30
 * PL I (the same page as the HTML's print CSS): fonts embedded as subsets, text extractable in reading order, page
 * numbers centred in the top margin from page 2 (PL I §I.7), title, author and subject in the document information.
 * Liberation Serif is metric-compatible with Times New Roman, which PL I §I.4 prescribes. Thread-safe.
 */
public final class PdfRenderer {
    /** The family the decree prescribes, which Liberation Serif stands in for. */
    public static final String FAMILY = "Times New Roman";

    private static final float MM = 72f / 25.4f;
    /** PL I §I.3: top and bottom 20 mm, left 30 mm, right 15 mm. */
    private static final float TOP = 20 * MM;
    private static final float LEFT = 30 * MM;
    private static final float WIDTH = 165 * MM;
    private static final float HEIGHT = 257 * MM;
    private static final float INDENT = 10 * MM;
    private static final float RULE = 0.75f;
    private static final float SIGN_SPACE = 25 * MM;
    private static final Color RED = new Color(255, 0, 0);

    public PdfRenderer() {}

    /**
     * Reads the fonts' width tables and prepared subsets in the calling thread (otherwise the first document does
     * it): a command line calls it on a second core while the first file is read.
     */
    public static void prepare() {
        PreparedFont.of(Face.REGULAR);
    }

    /**
     * A renderer as before the PDF was drawn directly; the HTML renderer is no longer used.
     *
     * @deprecated use {@link #PdfRenderer()}
     */
    @Deprecated
    public PdfRenderer(HtmlRenderer html) {}

    /**
     * Một bảng (a list printed as a table on A4, in the document font): the attendance list (danh sách đại biểu).
     * Rows never split across pages; the header row is repeated on every page.
     */
    public static byte[] table(String title, String subtitle, List<String> header, List<List<String>> rows) {
        return PdfTable.draw(title, subtitle, header, rows);
    }

    public byte[] render(PageLayout page) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(List.of(header(page)), 0, 0, true, false));
        if (page.typeName() != null) blocks.add(new Block(title(page), 14, 12, true, false));
        if (!page.addressees().isEmpty()) blocks.add(new Block(addressees(page.addressees()), 12, 12, false, false));
        List<PageLayout.Block> content = page.content();
        for (int i = 0; i < content.size() - 1; i++) {
            Cancellation.check();
            paragraph(content.get(i), blocks);
        }
        blocks.add(new Block(ending(page), content.isEmpty() ? 12 : 0, 0, true, false));
        if (!page.footer().isEmpty()) blocks.add(new Block(List.of(footer(page.footer())), 18, 0, true, false));

        List<List<Placed>> pages = PageFlow.paginate(blocks, TOP, HEIGHT);
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(page.documentTitle());
            info.setAuthor(page.issuerName());
            info.setSubject(page.subjectText());
            info.setProducer("giaymoi");
            try (PdfCanvas canvas = new PdfCanvas(doc)) {
                for (int p = 0; p < pages.size(); p++) {
                    canvas.newPage();
                    for (Placed placed : pages.get(p)) {
                        Cancellation.check(); // once a line: a client that left frees the worker at once
                        placed.slice().draw(canvas, placed.top());
                    }
                    if (p > 0) pageNumber(p + 1).draw(canvas, (TOP - 1.2f * 14) / 2);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(160 * 1024);
            // without object streams: writing the fonts' dictionaries once instead of into a stream that is then
            // compressed takes 13-16 % off a PDF's CPU, for a file ~7 % (9 KB) larger (docs/performance.md)
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("không dựng được PDF: " + e.getMessage(), e);
        }
    }

    /** Ô 1–4 and 10: the issuer's column (40 %) and the Quốc hiệu's column (60 %) side by side. */
    private static Slice header(PageLayout page) {
        float leftWidth = WIDTH * 0.4f;
        float rightX = LEFT + leftWidth;
        float rightWidth = WIDTH - leftWidth;

        // the issuer's lines and the rule or asterisk under them, a box sitting on a 14-pt line of the cell
        Group ruledBox = new Group();
        float ruled = 0;
        for (String l : page.fittedParentLines()) ruled = Math.max(ruled, ruledBox.single(l, Face.REGULAR, 13, 1.15f, LEFT, leftWidth));
        for (String l : page.fittedIssuerLines()) ruled = Math.max(ruled, ruledBox.single(l, Face.BOLD, 13, 1.15f, LEFT, leftWidth));
        float lastBaseline = ruledBox.height() - boxHeight(13 * 1.15f, 13) + baseline(13 * 1.15f, 13);
        ruled = Math.min(ruled, leftWidth);
        if (page.issuerMark() == null) {
            ruledBox.gap(3);
            ruledBox.rule(LEFT + (leftWidth - ruled * 0.4f) / 2, ruled * 0.4f, Color.BLACK);
        } else {
            lastBaseline = ruledBox.height() + baseline(13, 13);
            ruledBox.single(page.issuerMark(), Face.BOLD, 13, 1f, LEFT, leftWidth);
        }
        Group left = new Group();
        float strutAbove = baseline(14 * 1.15f, 14);
        left.gap(Math.max(0, strutAbove - lastBaseline));
        left.add(ruledBox);
        left.gap(Math.max(0, 14 * 1.15f - strutAbove - (ruledBox.height() - lastBaseline)));
        left.gap(6);
        left.single(page.numberLine(), Face.REGULAR, 13, 1.15f, LEFT, leftWidth);
        if (page.shortSubject() != null) {
            left.gap(6);
            left.text(spans(page.shortSubject(), false, false), 12, 1.15f, LEFT, leftWidth, Align.CENTER, false);
        }
        for (PageLayout.Mark mark : page.marks()) left.mark(mark, LEFT, leftWidth);

        Group right = new Group();
        if (!page.organisation()) {
            right.single(page.nationalTitle(), Face.BOLD, 13, 1.15f, rightX, rightWidth);
            right.underlined(page.motto(), 14, rightX, rightWidth);
        } else {
            right.underlined(page.nationalTitle(), 15, rightX, rightWidth);
        }
        right.gap(6);
        float datePoints = page.dateLinePoints();
        right.single(page.dateLine(), Face.ITALIC, datePoints, 1.15f, rightX, rightWidth);
        return new Group().beside(left, right);
    }

    /** Ô 5a: GIẤY MỜI and the trích yếu under it, with a short rule under the trích yếu. */
    private static List<Slice> title(PageLayout page) {
        Group title = new Group();
        title.single(page.typeName(), Face.BOLD, 14, 1.15f, LEFT, WIDTH);
        List<Span> subject = spans(page.subject(), true, false);
        title.text(subject, 14, 1.15f, LEFT, WIDTH, Align.CENTER, false);
        float ruled = Math.min(WIDTH, natural(subject, 14));
        title.gap(3);
        title.rule(LEFT + (WIDTH - ruled * 0.4f) / 2, ruled * 0.4f, Color.BLACK);
        return List.of(title);
    }

    /** Ô 9a: "Kính gửi:" and the addressees beside it, the table centred on the page. */
    private static List<Slice> addressees(List<RichText> entries) {
        float heading = PdfFonts.width(Face.REGULAR, PageLayout.ADDRESSEES_HEADING, 14) + 4;
        List<List<Span>> cells = new ArrayList<>();
        float widest = 0;
        for (RichText e : entries) {
            List<Span> cell = new ArrayList<>();
            if (entries.size() > 1) cell.add(new Span("- ", Face.REGULAR));
            cell.addAll(spans(e, false, false));
            cells.add(cell);
            for (Line l : TextLines.lines(cell, 14, Float.MAX_VALUE, 0, true)) widest = Math.max(widest, l.width());
        }
        float tableWidth = Math.min(WIDTH, heading + widest);
        float x = LEFT + (WIDTH - tableWidth) / 2;
        List<Slice> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Group head = new Group();
            if (i == 0) head.single(PageLayout.ADDRESSEES_HEADING, Face.REGULAR, 14, 1.2f, x, heading - 4, Align.LEFT);
            Group cell = new Group();
            cell.text(cells.get(i), 14, 1.2f, x + heading, tableWidth - heading, Align.LEFT, true);
            rows.add(new Group().beside(head, cell));
        }
        return rows;
    }

    /** Ô 6: one block of the content, and the table under it when it has one. */
    private static void paragraph(PageLayout.Block b, List<Block> blocks) {
        boolean leadsIn = b.table() != null || b.leadsIn();
        blocks.add(new Block(lines(b), 0, 6, false, leadsIn));
        if (b.table() != null) blocks.add(new Block(table(b.table()), 0, 6, false, false));
    }

    private static List<Slice> lines(PageLayout.Block b) {
        List<Span> spans = new ArrayList<>();
        if (!b.label().isEmpty()) spans.add(new Span(b.label() + " ", Face.REGULAR));
        spans.addAll(spans(b.text(), false, false));
        float indent = b.indentFirstLine() ? INDENT : 0;
        List<Slice> out = new ArrayList<>();
        boolean first = true;
        for (Line l : TextLines.lines(spans, 14, WIDTH, indent, false)) {
            float x = first ? LEFT + indent : LEFT;
            out.add(new Text(l, 14, 1.2f * 14, x, first ? WIDTH - indent : WIDTH, Align.JUSTIFY, Color.BLACK));
            first = false;
        }
        return out;
    }

    /** The last paragraph, Nơi nhận and the signature: kept on one page, so a signature never stands alone. */
    private static List<Slice> ending(PageLayout page) {
        List<Slice> slices = new ArrayList<>();
        List<PageLayout.Block> content = page.content();
        if (!content.isEmpty()) {
            PageLayout.Block last = content.get(content.size() - 1);
            slices.addAll(lines(last));
            if (last.table() != null) {
                slices.add(new Gap(6));
                slices.addAll(table(last.table()));
            }
            slices.add(new Gap(12));
        }
        float leftWidth = WIDTH * 0.45f;
        Group left = new Group();
        left.single(PageLayout.DISTRIBUTION_HEADING, Face.BOLD_ITALIC, 12, 1.2f, LEFT, leftWidth, Align.LEFT);
        for (RichText r : page.distribution()) {
            List<Span> entry = new ArrayList<>();
            entry.add(new Span("- ", Face.REGULAR));
            entry.addAll(spans(r, false, false));
            left.text(entry, 11, 1.1f, LEFT, leftWidth, Align.LEFT, false);
        }
        Group right = new Group();
        float rightX = LEFT + leftWidth;
        float rightWidth = WIDTH - leftWidth;
        for (String a : page.authorityLines()) {
            right.text(List.of(new Span(a, Face.BOLD)), 14, 1.15f, rightX, rightWidth, Align.CENTER, false);
        }
        right.gap(SIGN_SPACE);
        if (page.signer() != null) {
            right.text(List.of(new Span(page.signer(), Face.BOLD)), 14, 1.2f, rightX, rightWidth, Align.CENTER, false);
        }
        slices.add(new Group().beside(left, right));
        return slices;
    }

    /** Ô 13: the address lines under a full-width rule. */
    private static Slice footer(List<String> lines) {
        Group footer = new Group();
        footer.rule(LEFT, WIDTH, Color.BLACK);
        footer.gap(2);
        for (String l : lines) footer.text(List.of(new Span(l, Face.REGULAR)), 11, 1.15f, LEFT, WIDTH, Align.LEFT, false);
        return footer;
    }

    /** A programme's table, ruled: the heading row bold and centred, the time column never wrapped. */
    private static List<Slice> table(PageLayout.Table table) {
        int columns = table.header().size();
        float pad = 4;
        float[] min = new float[columns];
        float[] max = new float[columns];
        List<List<String>> all = new ArrayList<>();
        all.add(table.header());
        all.addAll(table.rows());
        for (int r = 0; r < all.size(); r++) {
            for (int c = 0; c < columns; c++) {
                Face face = r == 0 ? Face.BOLD : Face.REGULAR;
                String cell = all.get(r).get(c);
                float full = PdfFonts.width(face, cell.strip(), 13) + 2 * pad;
                float word = 0;
                for (String w : cell.split("\\s+")) word = Math.max(word, PdfFonts.width(face, w, 13));
                max[c] = Math.max(max[c], full);
                min[c] = Math.max(min[c], r > 0 && c == 0 ? full : word + 2 * pad);
            }
        }
        float[] widths = columnWidths(min, max, WIDTH);
        List<Slice> rows = new ArrayList<>();
        for (int r = 0; r < all.size(); r++) {
            List<Group> cells = new ArrayList<>();
            float x = LEFT;
            for (int c = 0; c < columns; c++) {
                Group cell = new Group();
                cell.gap(2 + RULE / 2);
                boolean nowrap = r > 0 && c == 0;
                cell.text(List.of(new Span(all.get(r).get(c), r == 0 ? Face.BOLD : Face.REGULAR)), 13, 1.2f, x + pad,
                        nowrap ? Float.MAX_VALUE / 4 : widths[c] - 2 * pad, r == 0 ? Align.CENTER : Align.LEFT, false);
                cell.gap(2 + RULE / 2);
                cells.add(cell);
                x += widths[c];
            }
            rows.add(new Row(cells, widths));
        }
        return rows;
    }

    /** Column widths as an automatic table layout gives them: between each column's narrowest and widest. */
    private static float[] columnWidths(float[] min, float[] max, float width) {
        int n = min.length;
        float sumMin = 0, sumMax = 0;
        for (int i = 0; i < n; i++) {
            sumMin += min[i];
            sumMax += max[i];
        }
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            if (sumMax <= width) w[i] = max[i] + (width - sumMax) * max[i] / sumMax;
            else if (sumMin >= width) w[i] = min[i] * width / sumMin;
            else w[i] = min[i] + (width - sumMin) * (max[i] - min[i]) / (sumMax - sumMin);
        }
        return w;
    }

    private static Slice pageNumber(int number) {
        Group g = new Group();
        g.single(Integer.toString(number), Face.REGULAR, 14, 1.2f, LEFT, WIDTH);
        return g;
    }

    /** The runs of a rich text, each in its face over the base face. */
    private static List<Span> spans(RichText text, boolean bold, boolean italic) {
        List<Span> out = new ArrayList<>();
        if (text == null) return out;
        for (vn.giaymoi.domain.text.Run r : text.runs()) out.add(new Span(r.text(), Face.of(bold || r.bold(), italic || r.italic())));
        return out;
    }

    private static float natural(List<Span> spans, float size) {
        float w = 0;
        for (Line l : TextLines.lines(spans, size, Float.MAX_VALUE, 0, false)) w = Math.max(w, l.width());
        return w;
    }

    /** Where the baseline of a {@code size}-point line sits in a line box {@code lineHeight} high (as CSS places it). */
    static float baseline(float lineHeight, float size) {
        return Math.max(0, (lineHeight - (PdfFonts.ascent() + PdfFonts.descent()) * size) / 2) + PdfFonts.ascent() * size;
    }

    /** A line box's height: its line height, but never less than the glyphs (as openhtmltopdf laid it out). */
    static float boxHeight(float lineHeight, float size) {
        return Math.max(lineHeight, (PdfFonts.ascent() + PdfFonts.descent()) * size);
    }

    /** One line of text. */
    private record Text(Line line, float size, float lineHeight, float x, float width, Align align, Color ink)
            implements Slice {
        @Override
        public float height() {
            return boxHeight(lineHeight, size);
        }

        @Override
        public void draw(PdfCanvas canvas, float top) {
            canvas.line(line, size, x, top + baseline(lineHeight, size), width, align, ink);
        }
    }

    /** Empty room between slices that stay together. */
    private record Gap(float height) implements Slice {
        @Override
        public void draw(PdfCanvas canvas, float top) {}
    }

    /** A ruled table row: its cells side by side and the rules around each. */
    private record Row(List<Group> cells, float[] widths) implements Slice {
        @Override
        public float height() {
            float h = 0;
            for (Group c : cells) h = Math.max(h, c.height());
            return h;
        }

        @Override
        public void draw(PdfCanvas canvas, float top) {
            float x = LEFT;
            float h = height();
            for (int c = 0; c < cells.size(); c++) {
                cells.get(c).draw(canvas, top);
                canvas.box(x - RULE / 2, top - RULE / 2, widths[c] + RULE, h + RULE, RULE, Color.BLACK);
                x += widths[c];
            }
        }
    }

    /** Slices stacked at offsets, drawn as one: a column of the header, a table cell, the signature block. */
    private static final class Group implements Slice {
        private final List<Slice> parts = new ArrayList<>();
        private final List<Float> offsets = new ArrayList<>();
        private float height;

        @Override
        public float height() {
            return height;
        }

        @Override
        public void draw(PdfCanvas canvas, float top) {
            for (int i = 0; i < parts.size(); i++) parts.get(i).draw(canvas, top + offsets.get(i));
        }

        void add(Slice s) {
            parts.add(s);
            offsets.add(height);
            height += s.height();
        }

        void gap(float h) {
            height += h;
        }

        /** Two groups side by side, as tall as the taller. */
        Group beside(Group a, Group b) {
            parts.add(a);
            offsets.add(height);
            parts.add(b);
            offsets.add(height);
            height += Math.max(a.height(), b.height());
            return this;
        }

        /** Wrapped text; returns nothing, the lines stack. */
        void text(List<Span> spans, float size, float lineHeight, float x, float width, Align align, boolean keepBreaks) {
            for (Line l : TextLines.lines(spans, size, width, 0, keepBreaks)) {
                add(new Text(l, size, size * lineHeight, x, width, align, Color.BLACK));
            }
        }

        /** One line kept whole with its spaces (white-space: pre / nowrap), centred; returns its width. */
        float single(String text, Face face, float size, float lineHeight, float x, float width) {
            return single(text, face, size, lineHeight, x, width, Align.CENTER);
        }

        float single(String text, Face face, float size, float lineHeight, float x, float width, Align align) {
            Line line = TextLines.single(text, face, size);
            add(new Text(line, size, size * lineHeight, x, width, align, Color.BLACK));
            return line.width();
        }

        /** A rule 0.75 pt thick, {@code width} long from {@code x}, at the current height. */
        void rule(float x, float width, Color ink) {
            add(new Slice() {
                @Override
                public float height() {
                    return RULE;
                }

                @Override
                public void draw(PdfCanvas canvas, float top) {
                    canvas.rule(x, x + width, top, RULE, ink);
                }
            });
        }

        /** A line underlined by a rule 2 pt below its box, its own length (the Tiêu ngữ, the Party's heading). */
        void underlined(String text, float size, float x, float width) {
            float start = height;
            float w = single(text, Face.BOLD, size, 1.15f, x, width);
            height = start + size * 1.15f + 2;
            rule(x + (width - w) / 2, w, Color.BLACK);
        }

        /** Ô 10a/10b: a boxed mark, red for urgency (PL I §III.2.b), centred. */
        void mark(PageLayout.Mark mark, float x, float width) {
            Color ink = mark.urgent() ? RED : Color.BLACK;
            Line line = TextLines.single(mark.text(), Face.BOLD, 13);
            float boxWidth = line.width() + 12 + 2 * RULE;
            float boxHeight = 13 * 1.15f + 2 + 2 * RULE;
            float boxX = x + (width - boxWidth) / 2;
            gap(6);
            add(new Slice() {
                @Override
                public float height() {
                    return boxHeight;
                }

                @Override
                public void draw(PdfCanvas canvas, float top) {
                    canvas.box(boxX, top, boxWidth, boxHeight, RULE, ink);
                    canvas.line(line, 13, boxX + RULE + 6, top + RULE + 1 + baseline(13 * 1.15f, 13), line.width(),
                            Align.LEFT, ink);
                }
            });
        }
    }
}
