package vn.giaymoi.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import vn.giaymoi.render.layout.PageLayout;

/**
 * Giấy mời gõ tay trong Word (an invitation typed the way offices type it), built with POI from what a page shows:
 * direct formatting instead of styles, the header as a borderless table or as tabs or runs of spaces, markers typed
 * as text or drawn by Word lists, soft line breaks in long paragraphs, a tab after a marker, another font. Nothing
 * here shares code with the product's own DOCX renderer.
 */
final class OfficeDocx {
    /** How a clerk typed it. */
    record Style(boolean headerTable, boolean closingTable, boolean wordLists, String font, boolean tabAfterMarker,
            boolean softBreaks, boolean spacesForTabs, boolean typedRules, boolean indentSubpoints, Habits habits) {
        Style(boolean headerTable, boolean closingTable, boolean wordLists, String font, boolean tabAfterMarker,
                boolean softBreaks, boolean spacesForTabs, boolean typedRules, boolean indentSubpoints) {
            this(headerTable, closingTable, wordLists, font, tabAfterMarker, softBreaks, spacesForTabs, typedRules,
                    indentSubpoints, Habits.NONE);
        }
    }

    /**
     * Habits of a file edited for years: text cut into many runs (Word starts a run at each edit), non-breaking
     * spaces after a marker and in the date line, an empty paragraph between points, the issuer's lines in one
     * paragraph broken with Shift+Enter, the date line in a text box beside the header; and of a clerk who types the
     * layout by hand: the first addressee on the Kính gửi line and the others under it after tabs, each with its
     * hyphen; a sub-point pushed right with spaces instead of an indent; no space after a typed marker ({@code 1.Thời
     * gian:}).
     */
    record Habits(boolean splitRuns, boolean nonBreakingSpaces, boolean blankLines, boolean softHeader,
            boolean dateInTextBox, boolean inlineAddressees, boolean spacedIndents, boolean markerGlued) {
        static final Habits NONE = new Habits(false, false, false, false, false);

        Habits(boolean splitRuns, boolean nonBreakingSpaces, boolean blankLines, boolean softHeader, boolean dateInTextBox) {
            this(splitRuns, nonBreakingSpaces, blankLines, softHeader, dateInTextBox, false, false, false);
        }
    }

    private final Style style;
    private final XWPFDocument doc = new XWPFDocument();
    private final Map<String, BigInteger> lists = new HashMap<>();

    private OfficeDocx(Style style) {
        this.style = style;
    }

    static byte[] of(PageLayout page, Style style) {
        return new OfficeDocx(style).build(page);
    }

    private byte[] build(PageLayout page) {
        header(page);
        if (page.typeName() != null) {
            para(ParagraphAlignment.CENTER, page.typeName(), true, false, 14);
            para(ParagraphAlignment.CENTER, softBreak(page.subject().plain(), 60), true, false, 14);
            if (style.typedRules()) para(ParagraphAlignment.CENTER, "__________", true, false, 14);
        }
        para(ParagraphAlignment.LEFT, "", false, false, 14);
        addressees(page);
        for (PageLayout.Block b : page.content()) block(b);
        para(ParagraphAlignment.LEFT, "", false, false, 14);
        closing(page);
        try (doc) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tab() {
        return style.spacesForTabs() ? "            " : "\t\t";
    }

    private void header(PageLayout page) {
        List<String[]> left = new java.util.ArrayList<>();
        if (style.habits().softHeader() && style.headerTable()) {
            // the issuer's lines typed in one paragraph, each broken with Shift+Enter
            if (!page.parentLines().isEmpty()) left.add(new String[] {String.join("\n", page.parentLines()), "n"});
            if (!page.issuerLines().isEmpty()) left.add(new String[] {String.join("\n", page.issuerLines()), "b"});
        } else {
            for (String l : page.parentLines()) left.add(new String[] {l, "n"});
            for (String l : page.issuerLines()) left.add(new String[] {l, "b"});
        }
        if (page.issuerMark() != null) left.add(new String[] {page.issuerMark(), "n"});
        else if (style.typedRules()) left.add(new String[] {"________", "n"});
        left.add(new String[] {page.numberLine(), "n"});
        if (page.shortSubject() != null) {
            // offices break the V/v over the narrow column with Enter
            String v = page.shortSubject().plain();
            int cut = v.length() > 40 ? v.lastIndexOf(' ', 40) : -1;
            if (cut > 0) {
                left.add(new String[] {v.substring(0, cut), "n"});
                left.add(new String[] {v.substring(cut + 1), "n"});
            } else {
                left.add(new String[] {v, "n"});
            }
        }
        List<String[]> right = new java.util.ArrayList<>();
        right.add(new String[] {page.nationalTitle(), "b"});
        if (page.motto() != null) right.add(new String[] {page.motto(), "b"}); // null in the Party's format
        if (style.typedRules()) right.add(new String[] {"____________________", "n"});
        String dateLine = style.habits().nonBreakingSpaces() ? page.dateLine().replace(" tháng ", "\u00A0tháng\u00A0")
                : page.dateLine();
        if (!style.habits().dateInTextBox()) right.add(new String[] {dateLine, "i"});
        for (PageLayout.Mark m : page.marks()) left.add(new String[] {m.text(), "b"});
        if (style.headerTable()) {
            XWPFTable t = doc.createTable(1, 2);
            t.removeBorders();
            fill(t.getRow(0).getCell(0), left, 13);
            fill(t.getRow(0).getCell(1), right, 13);
            if (style.habits().dateInTextBox()) textBox(t.getRow(0).getCell(1).addParagraph(), dateLine);
        } else {
            int n = Math.max(left.size(), right.size());
            for (int i = 0; i < n; i++) {
                XWPFParagraph p = doc.createParagraph();
                if (i < left.size()) run(p, left.get(i)[0], left.get(i)[1].equals("b"), left.get(i)[1].equals("i"), 13);
                if (i < right.size()) {
                    run(p, tab(), false, false, 13);
                    run(p, right.get(i)[0], right.get(i)[1].equals("b"), right.get(i)[1].equals("i"), 13);
                }
            }
            if (style.habits().dateInTextBox()) textBox(doc.createParagraph(), dateLine);
        }
    }

    /**
     * A text box anchored in {@code p} holding one italic line, as Word writes one: a drawing with its text in
     * {@code w:txbxContent}, and the same box again in VML for older readers.
     */
    private void textBox(XWPFParagraph p, String text) {
        p.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun r = p.createRun();
        String inner = "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:i/><w:sz w:val=\"26\"/></w:rPr>"
                + "<w:t xml:space=\"preserve\">" + text.replace("&", "&amp;").replace("<", "&lt;") + "</w:t></w:r></w:p>";
        String xml = "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\""
                + " simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">"
                + "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset>"
                + "</wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"3175000\" cy=\"304800\"/><wp:wrapNone/><wp:docPr id=\"100\" name=\"Text Box 1\"/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr/><wps:txbx><w:txbxContent>" + inner
                + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
                + "</mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape id=\"dateBox\" style=\"position:absolute;width:250pt;height:24pt\">"
                + "<v:textbox><w:txbxContent>" + inner + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent>";
        try {
            org.apache.xmlbeans.XmlObject box = org.apache.xmlbeans.XmlObject.Factory.parse(xml);
            org.apache.xmlbeans.XmlCursor target = r.getCTR().newCursor();
            target.toEndToken();
            try (org.apache.xmlbeans.XmlCursor source = box.newCursor()) {
                source.toFirstChild();
                source.copyXml(target);
            }
            target.close();
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    private void fill(XWPFTableCell cell, List<String[]> lines, int size) {
        boolean first = true;
        for (String[] l : lines) {
            XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
            first = false;
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, l[0], l[1].equals("b"), l[1].equals("i"), size);
        }
    }

    private void addressees(PageLayout page) {
        if (page.addressees().isEmpty()) return;
        if (page.addressees().size() == 1) {
            para(ParagraphAlignment.CENTER, "Kính gửi:" + (style.habits().nonBreakingSpaces() ? "\u00A0" : " ")
                    + page.addressees().get(0).plain(), false, false, 14);
        } else if (style.habits().inlineAddressees()) {
            // "Kính gửi: - Sở Nội vụ;" then the others lined up under the first hyphen
            para(ParagraphAlignment.LEFT, "Kính gửi:" + tab() + "- " + page.addressees().get(0).plain(), false, false, 14);
            for (var a : page.addressees().subList(1, page.addressees().size())) {
                para(ParagraphAlignment.LEFT, tab() + tab() + "- " + a.plain(), false, false, 14);
            }
        } else {
            para(ParagraphAlignment.LEFT, "Kính gửi:", false, false, 14);
            for (var a : page.addressees()) para(ParagraphAlignment.LEFT, "\t- " + a.plain(), false, false, 14);
        }
        para(ParagraphAlignment.LEFT, "", false, false, 14);
    }

    private void block(PageLayout.Block b) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        boolean spaced = style.habits().spacedIndents() && b.depth() > 0;
        if (!spaced) p.setFirstLineIndent(567);
        if (style.indentSubpoints() && b.depth() > 0 && !spaced) p.setIndentationLeft(360 * b.depth());
        if (spaced) run(p, "    ".repeat(b.depth() + 1), false, false, 14);
        String text = b.text().plain();
        String label = b.label();
        if (!label.isEmpty() && style.wordLists() && listable(label)) {
            p.setNumID(list(label));
            p.setNumILvl(BigInteger.ZERO);
            runs(p, softBreak(text, 90));
            return;
        }
        String gap = style.tabAfterMarker() ? "\t" : style.habits().nonBreakingSpaces() ? "\u00A0"
                : style.habits().markerGlued() && !label.matches("[-+•*]") ? "" : " ";
        if (!label.isEmpty()) run(p, label + gap, false, false, 14);
        runs(p, softBreak(text, 90));
        // an empty paragraph pressed after a part, for air between the parts
        if (style.habits().blankLines() && b.depth() == 0) para(ParagraphAlignment.LEFT, "", false, false, 14);
    }

    private static boolean listable(String label) {
        return label.matches("\\d+\\.|[a-zđ]\\)|-");
    }

    /** A Word list of the label's kind, one per kind (Word keeps counting; the importer reads only the kind). */
    private BigInteger list(String label) {
        String kind = label.matches("\\d+\\.") ? "decimal" : label.matches("[a-zđ]\\)") ? "letter" : "bullet";
        return lists.computeIfAbsent(kind, k -> {
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.valueOf(lists.size() + 1));
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.ZERO);
            lvl.addNewStart().setVal(BigInteger.ONE);
            switch (k) {
                case "decimal" -> {
                    lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
                    lvl.addNewLvlText().setVal("%1.");
                }
                case "letter" -> {
                    lvl.addNewNumFmt().setVal(STNumberFormat.LOWER_LETTER);
                    lvl.addNewLvlText().setVal("%1)");
                }
                default -> {
                    lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
                    lvl.addNewLvlText().setVal("-");
                }
            }
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
            return numbering.addNum(absId);
        });
    }

    private void closing(PageLayout page) {
        List<String[]> left = new java.util.ArrayList<>();
        left.add(new String[] {"Nơi nhận:", "bi"});
        for (var e : page.distribution()) left.add(new String[] {"- " + e.plain(), "n"});
        List<String[]> right = new java.util.ArrayList<>();
        for (String a : page.authorityLines()) right.add(new String[] {a, "b"});
        right.add(new String[] {"", "n"});
        right.add(new String[] {"", "n"});
        if (page.signer() != null) right.add(new String[] {page.signer(), "b"});
        if (style.closingTable()) {
            XWPFTable t = doc.createTable(1, 2);
            t.removeBorders();
            boolean first = true;
            for (String[] l : left) {
                XWPFParagraph p = first ? t.getRow(0).getCell(0).getParagraphs().get(0) : t.getRow(0).getCell(0).addParagraph();
                first = false;
                run(p, l[0], l[1].contains("b"), l[1].contains("i"), l[0].startsWith("Nơi") ? 12 : 11);
            }
            fill(t.getRow(0).getCell(1), right, 14);
        } else {
            int n = Math.max(left.size(), right.size());
            for (int i = 0; i < n; i++) {
                XWPFParagraph p = doc.createParagraph();
                if (i < left.size()) run(p, left.get(i)[0], left.get(i)[1].contains("b"), left.get(i)[1].contains("i"), 11);
                if (i < right.size() && !right.get(i)[0].isEmpty()) {
                    run(p, i < left.size() ? tab() : tab() + tab(), false, false, 14);
                    run(p, right.get(i)[0], true, false, 14);
                }
            }
        }
    }

    // ------------------------------------------------------------------ runs with direct formatting

    private String softBreak(String text, int at) {
        if (!style.softBreaks() || text.length() < at + 20) return text;
        int cut = text.lastIndexOf(' ', at);
        return cut <= 0 ? text : text.substring(0, cut) + "\n" + text.substring(cut + 1);
    }

    private void para(ParagraphAlignment align, String text, boolean bold, boolean italic, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        if (!text.isEmpty()) run(p, text, bold, italic, size);
    }

    private void runs(XWPFParagraph p, String text) {
        run(p, text, false, false, 14);
    }

    private void run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        if (style.habits().splitRuns() && text.length() > 12) {
            // Word's runs cut at each edit, mid-word too: every 7 characters here
            for (int i = 0; i < text.length(); i += 7) oneRun(p, text.substring(i, Math.min(text.length(), i + 7)), bold, italic, size);
            return;
        }
        oneRun(p, text, bold, italic, size);
    }

    private void oneRun(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(style.font());
        r.setFontSize(size);
        if (bold) r.setBold(true);
        if (italic) r.setItalic(true);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) r.addBreak();
            String[] tabs = lines[i].split("\t", -1);
            for (int j = 0; j < tabs.length; j++) {
                if (j > 0) r.addTab();
                if (!tabs[j].isEmpty()) r.setText(tabs[j], r.getCTR().sizeOfTArray());
            }
        }
    }
}
