package vn.giaymoi.importer.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * Bản Word (a DOCX source): opens a Word file defensively and reads its paragraphs and tables in reading order.
 *
 * <p>Before POI sees a byte: the size is capped, an old binary {@code .doc} and a password-protected file (both OLE2
 * containers) are told apart and refused, and anything that is not a zip is refused. POI then refuses zip bombs
 * (inflation ratio and entry size capped below) and XML with a DOCTYPE, which closes XXE.
 */
public final class DocxSource {
    /** Largest DOCX accepted: far above a real invitation with a scanned logo. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** No XML part of an invitation comes near this once inflated. */
    private static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(10_000_000);
    }

    private DocxSource() {}

    /** Opens {@code bytes} as a Word document, or says in Vietnamese why it cannot be opened. */
    public static XWPFDocument open(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableDocument(UnreadableDocument.Reason.TOO_LARGE, name + ": tệp quá lớn ("
                    + bytes.length / (1024 * 1024) + " MiB); tệp Word giấy mời được nhận tối đa 10 MiB");
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw damaged(name, e);
        }
        if (magic == FileMagic.OLE2) throw ole2(bytes, name);
        if (magic != FileMagic.OOXML) {
            throw new UnreadableDocument(UnreadableDocument.Reason.UNSUPPORTED, name + ": đây không phải tệp Word"
                    + " .docx (không phải tệp nén OOXML); hãy mở tệp trong Word hoặc LibreOffice và lưu lại dạng .docx");
        }
        try {
            XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
            if (doc.getDocument() == null || doc.getDocument().getBody() == null) {
                doc.close();
                throw notWord(name);
            }
            return doc;
        } catch (UnreadableDocument e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw locked(name, e);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, e);
        } catch (StackOverflowError e) {
            // POI measures the XML's depth recursively before it compares it with its limit (1,000 levels): a file
            // nested tens of thousands deep exhausts the stack first. The stack is unwound here; nothing was kept.
            throw tooDeep(name, e);
        }
    }

    private static UnreadableDocument tooDeep(String name, Throwable cause) {
        return new UnreadableDocument(UnreadableDocument.Reason.DAMAGED, name + ": không đọc được tệp Word: XML trong"
                + " tệp lồng nhau quá sâu (hơn 1.000 tầng, không có trong tệp Word thật), đã từ chối để bảo vệ máy chủ;"
                + " hãy mở tệp trong Word và lưu lại dạng .docx", cause);
    }

    /** An OLE2 container is either an encrypted OOXML file or an old binary Word (.doc) file. */
    private static UnreadableDocument ole2(byte[] bytes, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return locked(name, null);
            }
        } catch (IOException | RuntimeException e) {
            return damaged(name, e);
        }
        return new UnreadableDocument(UnreadableDocument.Reason.UNSUPPORTED, name + ": đây là tệp Word cũ (.doc, định"
                + " dạng nhị phân Word 97–2003), chưa nhập được; hãy mở trong Word hoặc LibreOffice, chọn Lưu thành"
                + " (Save As) dạng .docx rồi nhập lại");
    }

    private static UnreadableDocument locked(String name, Throwable cause) {
        return new UnreadableDocument(UnreadableDocument.Reason.UNSUPPORTED, name + ": tệp Word có mật khẩu (đã mã"
                + " hóa), không đọc được nội dung; hãy bỏ mật khẩu (File > Info > Protect Document) rồi nhập lại", cause);
    }

    private static UnreadableDocument notWord(String name) {
        return new UnreadableDocument(UnreadableDocument.Reason.UNSUPPORTED,
                name + ": tệp nén này không phải văn bản Word (thiếu word/document.xml)");
    }

    static UnreadableDocument damaged(String name, Throwable e) {
        String why = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        // POI's "Node depth exceeds maximum supported depth": said before the zip bomb's "exceed"
        if (why.contains("node depth")) return tooDeep(name, e);
        String what;
        if (why.contains("zip bomb") || why.contains("inflate") || why.contains("max entry size")
                || why.contains("exceed")) {
            what = "tệp nén có phần giải nén ra quá lớn so với kích thước (nghi là \"bom nén\"), đã từ chối để bảo vệ"
                    + " máy chủ";
        } else if (why.contains("doctype") || why.contains("entity") || why.contains("dtd")) {
            what = "XML trong tệp có khai báo DOCTYPE hoặc thực thể ngoài (không có trong tệp Word thật), đã từ chối";
        } else if (why.contains("no valid entries") || why.contains("zip") || why.contains("document.xml")
                || why.contains("package")) {
            what = "tệp nén bị hỏng hoặc không phải văn bản Word";
        } else {
            what = "nội dung Word bị hỏng";
        }
        return new UnreadableDocument(UnreadableDocument.Reason.DAMAGED,
                name + ": không đọc được tệp Word: " + what + "; hãy mở tệp trong Word và lưu lại dạng .docx", e);
    }

    /** Reads the body of {@code doc} as lines; a table row becomes lines of side-by-side cells. */
    public static SourceDocument lines(XWPFDocument doc, String name) {
        Reader r = new Reader(doc.getStyles());
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) r.paragraph(p);
            else if (e instanceof XWPFTable t) r.table(t);
        }
        return new SourceDocument(name, SourceDocument.Kind.DOCX, r.out, r.outlined, r.opening);
    }

    /** Opens and reads in one step. */
    public static SourceDocument read(byte[] bytes, String name) {
        try (XWPFDocument doc = open(bytes, name)) {
            return lines(doc, name);
        } catch (IOException e) {
            throw damaged(name, e);
        }
    }

    /** The header styles of giaymoi's own DOCX whose soft line breaks are the renderer's wrapping. */
    private static final java.util.Set<String> WRAPPED_HEADER_STYLES = java.util.Set.of("GmParent", "GmIssuer");

    /** giaymoi's own body styles: the opening, then a point at level 1, 2, 3, 4 and below. */
    private static final List<String> BODY_LEVELS = List.of("GmOpening", "GmBody", "GmBody2", "GmBody3", "GmBody4");

    private static final class Reader {
        private final XWPFStyles styles;
        private final List<Line> out = new ArrayList<>();
        private int index;
        private boolean outlined;
        private int opening;

        Reader(XWPFStyles styles) {
            this.styles = styles;
        }

        void paragraph(XWPFParagraph p) {
            index++;
            Para para = para(p);
            int level = p.getStyleID() == null ? -1 : BODY_LEVELS.indexOf(p.getStyleID());
            if (level >= 0) {
                // giaymoi's own body styles name the opening and each point's level, which the page shows alike
                outlined = true;
                if (level == 0) opening = index;
                para = new Para(para.text, para.bold, Math.max(0, level - 1), para.sample);
            }
            String[] parts = para.text.split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                out.add(new Line(index, List.of(parts[i]), List.of(para.bold), para.indent, i == 0 ? para.sample : "",
                        i > 0));
            }
            for (String box : TextBoxes.lines(p)) out.add(new Line(index, List.of(box), List.of(false), -1, "", false));
        }

        void table(XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                List<List<String>> cells = new ArrayList<>();
                List<List<Boolean>> bolds = new ArrayList<>();
                List<List<Integer>> indexes = new ArrayList<>();
                int height = 0;
                for (XWPFTableCell cell : row.getTableCells()) {
                    List<String> texts = new ArrayList<>();
                    List<Boolean> bold = new ArrayList<>();
                    List<Integer> idx = new ArrayList<>();
                    for (IBodyElement e : cell.getBodyElements()) {
                        List<XWPFParagraph> paragraphs = e instanceof XWPFParagraph p ? List.of(p)
                                : e instanceof XWPFTable inner ? innerParagraphs(inner) : List.of();
                        for (XWPFParagraph p : paragraphs) {
                            index++;
                            Para para = para(p);
                            String text = para.sample.isEmpty() ? para.text : para.sample + " " + para.text;
                            // giaymoi's own header styles: a soft break is where the column wrapped a line of
                            // the name, a new paragraph is where its author broke it
                            if (p.getStyleID() != null && WRAPPED_HEADER_STYLES.contains(p.getStyleID())) text = text.replace("\n", " ");
                            for (String part : text.split("\n", -1)) {
                                texts.add(part);
                                bold.add(para.bold);
                                idx.add(index);
                            }
                            for (String box : TextBoxes.lines(p)) {
                                texts.add(box);
                                bold.add(false);
                                idx.add(index);
                            }
                        }
                    }
                    // empty paragraphs at the top of a cell (spacing) would shift the columns apart
                    while (!texts.isEmpty() && texts.get(0).isBlank() && texts.size() > 1) {
                        texts.remove(0);
                        bold.remove(0);
                        idx.remove(0);
                    }
                    cells.add(texts);
                    bolds.add(bold);
                    indexes.add(idx);
                    height = Math.max(height, texts.size());
                }
                for (int k = 0; k < height; k++) {
                    List<String> cols = new ArrayList<>();
                    List<Boolean> bold = new ArrayList<>();
                    int first = -1;
                    for (int c = 0; c < cells.size(); c++) {
                        boolean has = k < cells.get(c).size();
                        cols.add(has ? cells.get(c).get(k) : "");
                        bold.add(has && bolds.get(c).get(k));
                        if (has && first < 0) first = indexes.get(c).get(k);
                    }
                    out.add(new Line(first < 0 ? index : first, cols, bold, -1, "", false));
                }
            }
        }

        private static List<XWPFParagraph> innerParagraphs(XWPFTable t) {
            List<XWPFParagraph> all = new ArrayList<>();
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) all.addAll(cell.getParagraphs());
            }
            return all;
        }

        private record Para(String text, boolean bold, int indent, String sample) {}

        private Para para(XWPFParagraph p) {
            boolean styleBold = styleFlag(p.getStyleID(), true);
            boolean styleItalic = styleFlag(p.getStyleID(), false);
            StringBuilder plain = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            for (XWPFRun run : p.getRuns()) {
                String t = run.text();
                if (t == null || t.isEmpty()) continue;
                boolean b = isSet(run, true) ? run.isBold() : styleBold;
                boolean i = isSet(run, false) ? run.isItalic() : styleItalic;
                spans.add(new Span(t, b, i));
                plain.append(t);
            }
            boolean allBold = !spans.isEmpty() && spans.stream().filter(s -> !s.text.isBlank()).allMatch(s -> s.bold);
            boolean allItalic = !spans.isEmpty() && spans.stream().filter(s -> !s.text.isBlank()).allMatch(s -> s.italic);
            StringBuilder text = new StringBuilder();
            for (Span s : merge(spans)) {
                String mark = (s.bold && !allBold ? "**" : "") + (s.italic && !allItalic ? "*" : "");
                if (mark.isEmpty() || s.text.isBlank() || s.text.contains("\n")) {
                    text.append(s.text);
                    continue;
                }
                String core = s.text.strip();
                int lead = s.text.indexOf(core);
                text.append(s.text, 0, lead).append(mark).append(core).append(new StringBuilder(mark).reverse())
                        .append(s.text.substring(lead + core.length()));
            }
            String sample = listSample(p);
            int indent = sample.isEmpty() || p.getNumIlvl() == null ? -1 : p.getNumIlvl().intValue();
            return new Para(text.toString(), allBold, indent, sample);
        }

        private record Span(String text, boolean bold, boolean italic) {}

        private static List<Span> merge(List<Span> spans) {
            List<Span> out = new ArrayList<>();
            for (Span s : spans) {
                if (!out.isEmpty()) {
                    Span last = out.get(out.size() - 1);
                    if (last.bold == s.bold && last.italic == s.italic || s.text.isBlank()) {
                        out.set(out.size() - 1, new Span(last.text + s.text, last.bold, last.italic));
                        continue;
                    }
                }
                out.add(s);
            }
            return out;
        }

        /** True when the run itself says bold (or italic) on or off, overriding its paragraph style. */
        private static boolean isSet(XWPFRun run, boolean bold) {
            CTRPr pr = run.getCTR().getRPr();
            return pr != null && (bold ? pr.sizeOfBArray() : pr.sizeOfIArray()) > 0;
        }

        private static boolean isOff(CTOnOff flag) {
            Object v = flag.getVal();
            return v != null && ("0".equals(String.valueOf(v)) || "false".equals(String.valueOf(v))
                    || "off".equals(String.valueOf(v)));
        }

        /** Whether a paragraph style (or a style it is based on) makes its text bold or italic. */
        private boolean styleFlag(String styleId, boolean bold) {
            for (int depth = 0; styleId != null && styles != null && depth < 10; depth++) {
                XWPFStyle style = styles.getStyle(styleId);
                if (style == null) return false;
                CTRPr rpr = style.getCTStyle().getRPr();
                if (rpr != null) {
                    CTOnOff[] flags = bold ? rpr.getBArray() : rpr.getIArray();
                    if (flags.length > 0) return !isOff(flags[0]);
                }
                styleId = style.getBasisStyleID();
            }
            return false;
        }

        /** The marker a Word list draws: the style sample of its number format and level text. */
        private static String listSample(XWPFParagraph p) {
            String fmt;
            String text;
            try {
                if (p.getNumID() == null) return "";
                fmt = p.getNumFmt();
                text = p.getNumLevelText();
            } catch (RuntimeException e) {
                return "";
            }
            if (fmt == null) return "";
            String lt = text == null ? "" : text.strip();
            return switch (fmt) {
                case "decimal", "decimalZero" -> lt.matches("%\\d+\\.%\\d+\\.?") ? "1.1." : "1.";
                case "lowerLetter" -> "a)";
                case "upperRoman" -> "I.";
                case "bullet" -> lt.equals("+") ? "+" : "-";
                default -> "";
            };
        }
    }
}
