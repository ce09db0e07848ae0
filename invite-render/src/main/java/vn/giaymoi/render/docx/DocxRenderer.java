package vn.giaymoi.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.domain.text.Run;
import vn.giaymoi.render.layout.LayoutBuilder;
import vn.giaymoi.render.layout.PageLayout;
import vn.giaymoi.render.layout.TextWidth;

/**
 * Bản Word (DOCX rendering): the page layout in editable Word form — a paragraph style per element
 * ({@link DocxStyles}), Times New Roman, borderless layout tables for the two-column header and closing, A4 with
 * margins inside the ND30 ranges and page numbers in the header from page 2 (PL I §I). Thread-safe.
 */
public final class DocxRenderer {
    /** A4 in twips (PL I §I.1). */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    /** Margins in twips: 20 mm top and bottom, 30 mm left, 15 mm right (PL I §I.3 ranges 20–25, 30–35, 15–20). */
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 850;
    static final int HEADER_DISTANCE = 567;
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** Header columns: issuer side about 40 %, Quốc hiệu side about 60 %, as the layout measures them. */
    private static final int HEAD_LEFT = PageLayout.HEAD_LEFT_TWIPS;
    private static final int CLOSING_LEFT = TEXT_WIDTH * 45 / 100;
    /** The short rules are 2/5 of the text above them (PL I §II.2.b, §II.5.b: 1/3–1/2). */
    private static final double SHORT_RULE = 0.4;
    /** Ink: black for all text (PL I §I.4), red for the urgency mark (PL I §III.2.b). */
    static final String BLACK = "000000";
    static final String RED = "FF0000";
    /** An organisation's heading size: 15 pt bold (HD 36-HD/VPTW mục II.1.1; HD 29-HD/TWĐTN-VP, tiêu đề). */
    private static final int HEADING_POINTS = 15;
    /** 0.75 pt, in eighths of a point. */
    private static final int RULE_SIZE = 6;

    public byte[] render(PageLayout page) {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles().setStyles(DocxStyles.sheet());
            pageSetup(doc);
            pageNumbers(doc);
            metadata(doc, page);
            head(doc, page);
            title(doc, page);
            addressees(doc, page);
            content(doc, page);
            closing(doc, page);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("không dựng được DOCX: " + e.getMessage(), e);
        }
    }

    private static void pageSetup(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        mar.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
        mar.setGutter(BigInteger.ZERO);
    }

    /** PAGE field centred in the header; an empty first-page header (titlePg) hides it on page 1 (PL I §I.7). */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph().setStyle(DocxStyles.PAGE_NUMBER.id);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setStyle(DocxStyles.PAGE_NUMBER.id);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("2");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (!sect.isSetTitlePg()) sect.addNewTitlePg();
    }

    private static void metadata(XWPFDocument doc, PageLayout page) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(page.documentTitle());
        core.setCreator(page.issuerName());
        core.setSubjectProperty(page.subjectText());
    }

    private static void head(XWPFDocument doc, PageLayout page) {
        XWPFTable table = layoutTable(doc, HEAD_LEFT, TEXT_WIDTH - HEAD_LEFT);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        Cell l = new Cell(left);
        // one paragraph per line the author wrote; where the column makes us wrap it, a soft line break, so that
        // reading the file back tells the author's lines from ours
        for (String line : page.parentLines()) {
            wrapped(l.paragraph(DocxStyles.PARENT), LayoutBuilder.fit(line, HEAD_LEFT, DocxStyles.PARENT.points, false));
        }
        int issuerWidth = 0;
        for (String line : page.issuerLines()) {
            List<String> fitted = LayoutBuilder.fit(line, HEAD_LEFT, DocxStyles.ISSUER.points, true);
            wrapped(l.paragraph(DocxStyles.ISSUER), fitted);
            for (String f : fitted) issuerWidth = Math.max(issuerWidth, TextWidth.twips(f, DocxStyles.ISSUER.points, true));
        }
        if (page.issuerMark() != null) {
            l.paragraph(DocxStyles.ISSUER).createRun().setText(page.issuerMark());
        } else {
            rule(l.paragraph(DocxStyles.RULE), HEAD_LEFT, (int) (Math.min(issuerWidth, HEAD_LEFT) * SHORT_RULE));
        }
        l.paragraph(DocxStyles.NUMBER).createRun().setText(page.numberLine());
        if (page.shortSubject() != null) rich(l.paragraph(DocxStyles.SHORT_SUBJECT), page.shortSubject());
        for (PageLayout.Mark mark : page.marks()) {
            XWPFParagraph p = l.paragraph(DocxStyles.MARK);
            XWPFRun run = p.createRun();
            run.setText(mark.text());
            String ink = mark.urgent() ? RED : BLACK;
            run.setColor(ink);
            box(p, HEAD_LEFT, TextWidth.twips(mark.text(), DocxStyles.MARK.points, true), ink);
        }

        int rightWidth = TEXT_WIDTH - HEAD_LEFT;
        Cell r = new Cell(right);
        if (page.organisation()) {
            // HD 36-HD/VPTW mục II.1.1, HD 29-HD/TWĐTN-VP: the heading, ruled under its own length
            XWPFRun heading = r.paragraph(DocxStyles.NATIONAL_TITLE).createRun();
            heading.setText(page.nationalTitle());
            heading.setFontSize(HEADING_POINTS);
            rule(r.paragraph(DocxStyles.RULE), rightWidth, TextWidth.twips(page.nationalTitle(), HEADING_POINTS, true));
        } else {
            r.paragraph(DocxStyles.NATIONAL_TITLE).createRun().setText(page.nationalTitle());
            r.paragraph(DocxStyles.MOTTO).createRun().setText(page.motto());
            rule(r.paragraph(DocxStyles.RULE), rightWidth, TextWidth.twips(page.motto(), DocxStyles.MOTTO.points, true));
        }
        XWPFRun date = r.paragraph(DocxStyles.DATE_LINE).createRun();
        date.setText(page.dateLine());
        if (page.dateLinePoints() != DocxStyles.DATE_LINE.points) date.setFontSize(page.dateLinePoints());
    }

    private static void wrapped(XWPFParagraph p, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun run = p.createRun();
            if (i > 0) run.addBreak();
            run.setText(lines.get(i));
        }
    }

    private static void title(XWPFDocument doc, PageLayout page) {
        if (page.typeName() == null) return;
        XWPFParagraph type = doc.createParagraph();
        type.setStyle(DocxStyles.TYPE_NAME.id);
        type.createRun().setText(page.typeName());
        XWPFParagraph subject = doc.createParagraph();
        subject.setStyle(DocxStyles.SUBJECT.id);
        rich(subject, page.subject());
        int width = Math.min(TEXT_WIDTH, TextWidth.twips(page.subject().plain(), DocxStyles.SUBJECT.points, true));
        XWPFParagraph rule = doc.createParagraph();
        rule.setStyle(DocxStyles.RULE.id);
        rule(rule, TEXT_WIDTH, (int) (width * SHORT_RULE));
    }

    /** Kính gửi: one recipient on the same line, several one per line with the dashes under the colon (§II.9.d). */
    private static void addressees(XWPFDocument doc, PageLayout page) {
        spacer(doc, 240);
        List<RichText> entries = page.addressees();
        if (entries.isEmpty()) return;
        int heading = TextWidth.twips(PageLayout.ADDRESSEES_HEADING, DocxStyles.ADDRESSEES.points, false) + 113;
        int longest = 0;
        for (RichText e : entries) longest = Math.max(longest, TextWidth.twips("- " + e.plain(), 14, false) + 200);
        int rest = Math.min(longest, TEXT_WIDTH - heading);
        XWPFTable table = layoutTable(doc, heading, rest);
        table.setTableAlignment(TableRowAlign.CENTER);
        boolean single = entries.size() == 1;
        for (int i = 0; i < entries.size(); i++) {
            var row = i == 0 ? table.getRow(0) : table.createRow();
            Cell h = new Cell(row.getCell(0));
            XWPFParagraph hp = h.paragraph(DocxStyles.ADDRESSEES);
            if (i == 0) hp.createRun().setText(PageLayout.ADDRESSEES_HEADING);
            XWPFParagraph ep = new Cell(row.getCell(1)).paragraph(DocxStyles.ADDRESSEES);
            if (!single) ep.createRun().setText("- ");
            rich(ep, entries.get(i));
        }
        spacer(doc, 240);
    }

    private static void content(XWPFDocument doc, PageLayout page) {
        XWPFParagraph last = null;
        for (PageLayout.Block b : page.content()) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.body(b.opening(), b.depth(), b.indentFirstLine()).id);
            if (!b.label().isEmpty()) p.createRun().setText(b.label() + " ");
            rich(p, b.text());
            // a heading or lead-in goes over the page with what it introduces, never ending a page alone
            if (b.leadsIn() || b.table() != null) keepWithNext(p);
            last = p;
            if (b.table() != null) programme(doc, b.table());
        }
        // the last paragraph goes over the page with the signature, so a signature never stands on a page alone
        if (last != null) keepWithNext(last);
    }

    /** Nơi nhận on the left, level with the first authority line on the right (§II.9.d). */
    private static void closing(XWPFDocument doc, PageLayout page) {
        keepWithNext(spacer(doc, 120));
        XWPFTable table = layoutTable(doc, CLOSING_LEFT, TEXT_WIDTH - CLOSING_LEFT);
        table.getRow(0).setCantSplitRow(true);
        Cell l = new Cell(table.getRow(0).getCell(0));
        l.paragraph(DocxStyles.DISTRIBUTION_HEADING).createRun().setText(PageLayout.DISTRIBUTION_HEADING);
        for (RichText entry : page.distribution()) {
            XWPFParagraph p = l.paragraph(DocxStyles.DISTRIBUTION_ENTRY);
            p.createRun().setText("- ");
            rich(p, entry);
        }
        Cell r = new Cell(table.getRow(0).getCell(1));
        for (String line : page.authorityLines()) r.paragraph(DocxStyles.AUTHORITY).createRun().setText(line);
        XWPFParagraph signer = r.paragraph(DocxStyles.SIGNER);
        if (page.signer() != null) signer.createRun().setText(page.signer());
        footer(doc, page);
    }

    /** Ô 13: the address lines under a full-width rule, 11 pt upright (PL I §III.4). */
    private static void footer(XWPFDocument doc, PageLayout page) {
        if (page.footer().isEmpty()) return;
        spacer(doc, 360);
        for (int i = 0; i < page.footer().size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.DISTRIBUTION_ENTRY.id);
            if (i == 0) {
                CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
                line((ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr()).addNewTop(), BLACK);
            }
            p.createRun().setText(page.footer().get(i));
        }
    }

    /** A programme's table: ruled, full text width, the time column as narrow as its longest time. */
    private static void programme(XWPFDocument doc, PageLayout.Table t) {
        int cols = t.header().size();
        int time = 0;
        for (List<String> row : t.rows()) time = Math.max(time, TextWidth.twips(row.get(0), 13, false) + 240);
        time = Math.max(time, TextWidth.twips(t.header().get(0), 13, true) + 240);
        int rest = TEXT_WIDTH - time;
        int[] widths = cols == 3 ? new int[] {time, rest * 62 / 100, rest - rest * 62 / 100} : new int[] {time, rest};
        XWPFTable table = layoutTable(doc, widths);
        int size = RULE_SIZE;
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, size, 0, BLACK);
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, size, 0, BLACK);
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, size, 0, BLACK);
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, size, 0, BLACK);
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, size, 0, BLACK);
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, size, 0, BLACK);
        table.setCellMargins(40, 80, 40, 80);
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(t.header());
        rows.addAll(t.rows());
        for (int r = 0; r < rows.size(); r++) {
            var row = r == 0 ? table.getRow(0) : table.createRow();
            if (r == 0) row.setRepeatHeader(true);
            for (int c = 0; c < cols; c++) {
                XWPFParagraph p = new Cell(row.getCell(c)).paragraph(DocxStyles.ADDRESSEES);
                XWPFRun run = p.createRun();
                run.setText(rows.get(r).get(c));
                run.setFontSize(13);
                if (r == 0) run.setBold(true);
            }
        }
        spacer(doc, 120);
    }

    // ------------------------------------------------------------------ helpers

    /** The paragraphs of a table cell, filled in order (a new cell already holds one empty paragraph). */
    private static final class Cell {
        private final XWPFTableCell cell;
        private boolean used;

        Cell(XWPFTableCell cell) {
            this.cell = cell;
        }

        XWPFParagraph paragraph(DocxStyles style) {
            XWPFParagraph p = used ? cell.addParagraph() : cell.getParagraphs().get(0);
            used = true;
            p.setStyle(style.id);
            return p;
        }
    }

    private static void rich(XWPFParagraph p, RichText text) {
        for (Run r : text.runs()) {
            XWPFRun run = p.createRun();
            if (r.bold()) run.setBold(true);
            if (r.italic()) run.setItalic(true);
            String[] lines = r.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) run.addBreak();
                run.setText(lines[i]);
            }
        }
    }

    /** A solid rule {@code width} long, centred in {@code available}: the top border of a one-point paragraph. */
    private static void rule(XWPFParagraph p, int available, int width) {
        int side = Math.max(0, (available - width) / 2);
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTPBdr bdr = ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr();
        line(bdr.addNewTop(), BLACK);
    }

    /** A single-border box around a short centred line (urgency and confidentiality marks, PL I §III.2). */
    private static void box(XWPFParagraph p, int available, int textWidth, String ink) {
        int side = Math.max(0, (available - textWidth - 240) / 2);
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTPBdr bdr = ppr.addNewPBdr();
        line(bdr.addNewTop(), ink);
        line(bdr.addNewBottom(), ink);
        line(bdr.addNewLeft(), ink);
        line(bdr.addNewRight(), ink);
    }

    private static void line(CTBorder border, String ink) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(RULE_SIZE));
        border.setSpace(BigInteger.ZERO);
        border.setColor(ink);
    }

    /** An empty paragraph {@code height} twips high: space between blocks, and it keeps two layout tables apart. */
    private static XWPFParagraph spacer(XWPFDocument doc, int height) {
        XWPFParagraph p = doc.createParagraph();
        CTSpacing spacing = p.getCTP().addNewPPr().addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(height));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        return p;
    }

    private static void keepWithNext(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!ppr.isSetKeepNext()) ppr.addNewKeepNext();
    }

    /** A one-row borderless table with fixed column widths in twips, cells without padding. */
    private static XWPFTable layoutTable(XWPFDocument doc, int... widths) {
        XWPFTable table = doc.createTable(1, widths.length);
        int total = 0;
        for (int w : widths) total += w;
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(total));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        // explicit zero cell margins: POI writes an empty tblCellMar for zeros, and Word then pads 0.19 cm a side
        CTTblCellMar margins = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        for (CTTblWidth side : List.of(margins.addNewTop(), margins.addNewLeft(), margins.addNewBottom(),
                margins.addNewRight())) {
            side.setW(BigInteger.ZERO);
            side.setType(STTblWidth.DXA);
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int w : widths) grid.addNewGridCol().setW(BigInteger.valueOf(w));
        for (int i = 0; i < widths.length; i++) {
            var tcPr = table.getRow(0).getCell(i).getCTTc();
            var cellPr = tcPr.isSetTcPr() ? tcPr.getTcPr() : tcPr.addNewTcPr();
            CTTblWidth cw = cellPr.isSetTcW() ? cellPr.getTcW() : cellPr.addNewTcW();
            cw.setType(STTblWidth.DXA);
            cw.setW(BigInteger.valueOf(widths[i]));
        }
        return table;
    }
}
