package vn.giaymoi.importer.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.giaymoi.importer.source.DocxSource;
import vn.giaymoi.importer.source.OpeningWords;
import vn.giaymoi.importer.source.SourceDocument;
import vn.giaymoi.importer.source.UnreadableDocument;

/**
 * Thể thức tệp Word (the format rules of ND30 Phụ lục I, checked on a DOCX as it is): A4 portrait, margins, the
 * font, sizes and styles of each element (ô 1–14), line spacing of the body, the rules under the issuer and the
 * motto, the two-column header, page numbers from page 2. Formatting is read as Word shows it: the run, then its
 * paragraph style and the styles it is based on, then the document defaults.
 */
public final class DocxFormatRules {
    private DocxFormatRules() {}

    private static final String PL = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục ";
    private static final Pattern NATIONAL = Pattern.compile("(?i)^CỘNG\\s+HÒA\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM$");
    private static final Pattern MOTTO = Pattern.compile("(?i)^Độc\\s+lập\\s*[-–—]\\s*Tự\\s+do\\s*[-–—]\\s*Hạnh\\s+phúc$");
    private static final Pattern DATE_LINE = Pattern.compile("^.+,\\s*ngày\\s*[\\d\\s.…_]*tháng\\s*[\\d\\s.…_]*năm\\s*\\d{4}\\.?$");
    private static final Pattern NUMBER = Pattern.compile("^Số\\s*:.*/.*");
    private static final Pattern TYPE_NAME = Pattern.compile("^GIẤY\\s+MỜI$");
    private static final Pattern DISTRIBUTION = Pattern.compile("^Nơi\\s+nhận\\s*:?$");
    private static final Pattern RULE_TEXT = Pattern.compile("^[\\s_\\-–—=─]{5,}$");
    private static final String FONT = "Times New Roman";

    /** A paragraph of the body, where it sits, with its index as the import report counts it. */
    private record Para(int index, XWPFParagraph p, XWPFTableCell cell, XWPFTableRow row, String text) {}

    /** A Word file read for import and checked as it is, opened once. */
    public record Checked(SourceDocument source, List<FormatFinding> findings) {}

    /** Opens {@code bytes} defensively ({@link DocxSource#open}), reads its lines and checks its format. */
    public static Checked read(byte[] bytes, String name) {
        try (XWPFDocument doc = DocxSource.open(bytes, name)) {
            return new Checked(DocxSource.lines(doc, name), check(doc));
        } catch (java.io.IOException e) {
            throw new UnreadableDocument(UnreadableDocument.Reason.DAMAGED, name + ": không đọc được tệp Word", e);
        } catch (UnreadableDocument e) {
            throw e;
        } catch (RuntimeException e) { // POI may fail lazily on a broken part: still the user's file, not a crash
            throw new UnreadableDocument(UnreadableDocument.Reason.DAMAGED, name + ": nội dung Word bị hỏng ("
                    + e.getClass().getSimpleName() + "); hãy mở trong Word và lưu lại dạng .docx", e);
        }
    }

    public static List<FormatFinding> check(XWPFDocument doc) {
        List<FormatFinding> out = new ArrayList<>();
        List<Para> paras = paragraphs(doc);
        Looks looks = new Looks(doc);
        page(doc, out);
        fonts(paras, looks, out);
        elements(paras, looks, out);
        spacing(paras, out);
        rules(paras, out);
        columns(paras, out);
        pageNumbers(doc, out);
        return out;
    }

    private static List<Para> paragraphs(XWPFDocument doc) {
        List<Para> out = new ArrayList<>();
        int[] n = {0};
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) out.add(new Para(++n[0], p, null, null, p.getText().strip()));
            else if (e instanceof XWPFTable t) table(t, out, n);
        }
        return out;
    }

    private static void table(XWPFTable t, List<Para> out, int[] n) {
        for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (IBodyElement e : cell.getBodyElements()) {
                    if (e instanceof XWPFParagraph p) out.add(new Para(++n[0], p, cell, row, p.getText().strip()));
                    else if (e instanceof XWPFTable inner) {
                        for (XWPFTableRow r : inner.getRows()) {
                            for (XWPFTableCell c : r.getTableCells()) {
                                for (XWPFParagraph p : c.getParagraphs()) {
                                    out.add(new Para(++n[0], p, cell, row, p.getText().strip()));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ page (PL I §I.1–3)

    private static void page(XWPFDocument doc, List<FormatFinding> out) {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        CTPageSz size = sect == null ? null : sect.getPgSz();
        long w = size == null || size.getW() == null ? 12240 : twips(size.getW());
        long h = size == null || size.getH() == null ? 15840 : twips(size.getH());
        boolean landscape = size != null && size.getOrient() == STPageOrientation.LANDSCAPE || w > h;
        if (landscape || Math.abs(w - 11906) > 60 || Math.abs(h - 16838) > 60) {
            out.add(new FormatFinding("ND30-DOCX-A4", true, 0, "", "khổ giấy phải là A4 đứng", "A4 210 × 297 mm, khổ đứng",
                    mm(w) + " × " + mm(h) + " mm" + (landscape ? ", khổ ngang" : ""), PL + "I.1–2"));
        }
        CTPageMar mar = sect == null ? null : sect.getPgMar();
        long top = mar == null ? 1440 : twips(mar.getTop());
        long bottom = mar == null ? 1440 : twips(mar.getBottom());
        long left = mar == null ? 1800 : twips(mar.getLeft());
        long right = mar == null ? 1800 : twips(mar.getRight());
        List<String> wrong = new ArrayList<>();
        if (!within(top, 20, 25)) wrong.add("trên " + mm(top) + " mm");
        if (!within(bottom, 20, 25)) wrong.add("dưới " + mm(bottom) + " mm");
        if (!within(left, 30, 35)) wrong.add("trái " + mm(left) + " mm");
        if (!within(right, 15, 20)) wrong.add("phải " + mm(right) + " mm");
        if (!wrong.isEmpty()) {
            out.add(new FormatFinding("ND30-DOCX-MARGINS", true, 0, "", "lề trang ngoài khoảng quy định",
                    "trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm", String.join(", ", wrong), PL + "I.3"));
        }
    }

    private static long twips(Object v) {
        if (v == null) return 0;
        if (v instanceof BigInteger b) return b.longValue();
        return Math.round(Double.parseDouble(String.valueOf(v)));
    }

    private static long mm(long twips) {
        return Math.round(twips * 25.4 / 1440);
    }

    private static boolean within(long twips, int lowMm, int highMm) {
        double mm = twips * 25.4 / 1440;
        return mm >= lowMm - 0.5 && mm <= highMm + 0.5;
    }

    // ------------------------------------------------------------------ font (PL I §I.4)

    private static void fonts(List<Para> paras, Looks looks, List<FormatFinding> out) {
        for (Para p : paras) {
            for (XWPFRun r : p.p().getRuns()) {
                String text = r.text();
                if (text == null || text.isBlank()) continue;
                String font = looks.font(p.p(), r);
                if (!FONT.equalsIgnoreCase(font)) {
                    out.add(new FormatFinding("ND30-DOCX-FONT", true, p.index(), OpeningWords.of(p.text()),
                            "chữ không dùng phông Times New Roman (bộ mã Unicode TCVN 6909:2001)", FONT,
                            font == null ? "phông mặc định của Word" : font, PL + "I.4"));
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------ elements (PL I §II, ô 1–9)

    /** What an element must look like: size range in points, bold, italic (null = either). */
    private record Want(String rule, String what, double min, double max, Boolean bold, Boolean italic, String basis) {}

    private static void elements(List<Para> paras, Looks looks, List<FormatFinding> out) {
        boolean afterType = false;
        boolean inClosing = false;
        XWPFTableCell distributionCell = null;
        int bodyFrom = -1;
        int bodyTo = paras.size();
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            String t = p.text().replaceAll("\\s+", " ");
            if (t.isEmpty()) continue;
            Want want = null;
            if (NATIONAL.matcher(t).matches()) {
                want = new Want("ND30-DOCX-NATIONAL-TITLE", "Quốc hiệu (ô 1)", 12, 13, true, false, "II.1.a");
                if (!t.equals(t.toUpperCase(Locale.ROOT))) {
                    out.add(finding("ND30-DOCX-NATIONAL-TITLE", p, "Quốc hiệu phải viết in hoa", "chữ in hoa", t, "II.1.a"));
                }
            } else if (MOTTO.matcher(t).matches()) {
                want = new Want("ND30-DOCX-MOTTO", "Tiêu ngữ (ô 1)", 13, 14, true, false, "II.1.b");
            } else if (NUMBER.matcher(t).matches() && p.cell() != null || NUMBER.matcher(t).matches() && bodyFrom < 0) {
                want = new Want("ND30-DOCX-NUMBER", "Số, ký hiệu (ô 3)", 13, 13, null, false, "II.3.c");
            } else if (DATE_LINE.matcher(t).matches() && bodyFrom < 0) {
                want = new Want("ND30-DOCX-DATE-LINE", "địa danh, ngày tháng (ô 4)", 13, 14, null, true, "II.4.c");
            } else if (TYPE_NAME.matcher(t).matches()) {
                want = new Want("ND30-DOCX-TYPE-NAME", "tên loại văn bản (ô 5a)", 13, 14, true, false, "II.5.b");
                afterType = true;
            } else if (afterType) {
                want = new Want("ND30-DOCX-SUBJECT", "trích yếu (ô 5a)", 13, 14, true, false, "II.5.b");
                afterType = false;
                bodyFrom = i + 1;
            } else if (DISTRIBUTION.matcher(t).matches()) {
                want = new Want("ND30-DOCX-DISTRIBUTION", "chữ \"Nơi nhận\" (ô 9b)", 12, 12, true, true, "II.9.b");
                inClosing = true;
                distributionCell = p.cell();
                bodyTo = Math.min(bodyTo, i);
            } else if (inClosing && p.cell() != null && p.cell() != distributionCell && isSigner(p, paras, i)) {
                want = new Want("ND30-DOCX-SIGNER", "họ tên người ký (ô 7b)", 13, 14, true, false, "II.7.đ");
            } else if (inClosing && p.cell() != null && p.cell() != distributionCell && t.equals(t.toUpperCase(Locale.ROOT))
                    && t.matches(".*\\p{L}.*")) {
                want = new Want("ND30-DOCX-AUTHORITY", "quyền hạn, chức vụ người ký (ô 7a)", 13, 14, true, false, "II.7.đ");
            } else if (bodyFrom >= 0 && i >= bodyFrom && i < bodyTo && p.cell() == null && !inClosing) {
                want = new Want("ND30-DOCX-BODY-SIZE", "nội dung (ô 6)", 13, 14, null, null, "II.6.e");
            }
            if (want != null) check(p, looks, want, out);
        }
    }

    private static boolean isSigner(Para p, List<Para> paras, int i) {
        String t = p.text();
        if (t.equals(t.toUpperCase(Locale.ROOT)) || t.startsWith("-") || t.startsWith("Nơi")) return false;
        // the last non-empty paragraph of its cell, on the signature side
        for (int j = i + 1; j < paras.size(); j++) {
            if (paras.get(j).cell() != p.cell()) break;
            if (!paras.get(j).text().isBlank()) return false;
        }
        return true;
    }

    private static void check(Para p, Looks looks, Want want, List<FormatFinding> out) {
        for (XWPFRun r : p.p().getRuns()) {
            String text = r.text();
            if (text == null || text.isBlank()) continue;
            double size = looks.size(p.p(), r);
            if (size < want.min() || size > want.max()) {
                String range = want.min() == want.max() ? fmt(want.min()) : fmt(want.min()) + "–" + fmt(want.max());
                out.add(finding(want.rule(), p, want.what() + ": cỡ chữ không đúng", "cỡ " + range, "cỡ " + fmt(size),
                        want.basis()));
                return;
            }
            if (want.bold() != null && looks.bold(p.p(), r) != want.bold()) {
                out.add(finding(want.rule(), p, want.what() + (want.bold() ? ": phải in đậm" : ": không in đậm"),
                        want.bold() ? "chữ đậm" : "chữ thường", want.bold() ? "chữ thường" : "chữ đậm", want.basis()));
                return;
            }
            if (want.italic() != null && looks.italic(p.p(), r) != want.italic()) {
                out.add(finding(want.rule(), p, want.what() + (want.italic() ? ": phải in nghiêng" : ": phải chữ đứng"),
                        want.italic() ? "chữ nghiêng" : "chữ đứng", want.italic() ? "chữ đứng" : "chữ nghiêng", want.basis()));
                return;
            }
        }
    }

    private static String fmt(double size) {
        return size == Math.rint(size) ? Long.toString((long) size) : Double.toString(size);
    }

    private static FormatFinding finding(String rule, Para p, String message, String expected, String actual, String basis) {
        return new FormatFinding(rule, true, p.index(), OpeningWords.of(p.text()), message, expected, actual,
                PL + basis);
    }

    // ------------------------------------------------------------------ line spacing (PL I §II.6.e)

    private static void spacing(List<Para> paras, List<FormatFinding> out) {
        boolean body = false;
        for (Para p : paras) {
            String t = p.text();
            if (TYPE_NAME.matcher(t).matches() || t.startsWith("Kính gửi") || t.matches("^V/v.*")) body = true;
            if (DISTRIBUTION.matcher(t).matches()) break;
            if (!body || p.cell() != null || t.isBlank()) continue;
            CTPPr ppr = p.p().getCTP().getPPr();
            CTSpacing sp = ppr == null ? null : ppr.getSpacing();
            if (sp == null || sp.getLine() == null) continue;
            long line = twips(sp.getLine());
            String rule = sp.getLineRule() == null ? "auto" : sp.getLineRule().toString();
            boolean ok = rule.equals("auto") ? line >= 240 && line <= 360 : line >= 260 && line <= 420;
            if (!ok) {
                String actual = rule.equals("auto") ? String.format(Locale.ROOT, "%.2f dòng", line / 240.0)
                        : "cố định " + fmt(line / 20.0) + " pt";
                out.add(finding("ND30-DOCX-LINE-SPACING", p, "khoảng cách dòng của nội dung ngoài khoảng quy định",
                        "từ dòng đơn đến 1,5 dòng", actual, "II.6.e"));
            }
        }
    }

    // ------------------------------------------------------------------ rules under issuer and motto (§II.1.c, §II.2.b)

    private static void rules(List<Para> paras, List<FormatFinding> out) {
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            if (MOTTO.matcher(p.text().replaceAll("\\s+", " ")).matches() && !ruleAfter(paras, i)) {
                out.add(finding("ND30-DOCX-RULES", p, "thiếu đường kẻ ngang nét liền dưới Tiêu ngữ",
                        "đường kẻ dài bằng dòng chữ Tiêu ngữ", "không có", "II.1.c"));
            }
        }
        Para issuer = issuerLast(paras);
        if (issuer != null && !ruleAfter(paras, paras.indexOf(issuer))) {
            out.add(finding("ND30-DOCX-RULES", issuer, "thiếu đường kẻ ngang dưới tên cơ quan ban hành",
                    "đường kẻ dài 1/3–1/2 dòng chữ", "không có", "II.2.b"));
        }
    }

    /** The last line of the issuer's name: the paragraph above "Số:" on the left of the header. */
    private static Para issuerLast(List<Para> paras) {
        for (int i = 0; i < paras.size(); i++) {
            if (NUMBER.matcher(paras.get(i).text().replaceAll("\\s+", " ")).matches()) {
                for (int j = i - 1; j >= 0; j--) {
                    String t = paras.get(j).text();
                    if (t.isBlank() || RULE_TEXT.matcher(t).matches()) continue;
                    if (NATIONAL.matcher(t).matches() || MOTTO.matcher(t).matches()) continue;
                    if (paras.get(j).cell() != paras.get(i).cell()) return null;
                    return paras.get(j);
                }
            }
        }
        return null;
    }

    private static boolean ruleAfter(List<Para> paras, int i) {
        if (hasRule(paras.get(i).p(), true)) return true;
        for (int j = i + 1; j < Math.min(paras.size(), i + 3); j++) {
            Para n = paras.get(j);
            if (n.cell() != paras.get(i).cell()) return false;
            if (hasRule(n.p(), false) || RULE_TEXT.matcher(n.text()).matches()) return true;
            if (!n.text().isBlank()) return false;
        }
        return false;
    }

    /** A paragraph border, or a drawn line (a shape) anchored in the paragraph. */
    private static boolean hasRule(XWPFParagraph p, boolean bottomOnly) {
        CTPPr ppr = p.getCTP().getPPr();
        if (ppr != null && ppr.getPBdr() != null) {
            var b = ppr.getPBdr();
            if (b.getBottom() != null || !bottomOnly && b.getTop() != null) return true;
        }
        String xml = p.getCTP().xmlText();
        return xml.contains("<w:drawing") || xml.contains("<v:line") || xml.contains("<w:pict");
    }

    // ------------------------------------------------------------------ two columns (PL I §IV, Mẫu 1.5, 1.7)

    private static void columns(List<Para> paras, List<FormatFinding> out) {
        for (Para p : paras) {
            if (!NATIONAL.matcher(p.text().replaceAll("\\s+", " ")).matches()) continue;
            if (p.cell() != null && p.row().getTableCells().size() >= 2) return; // a table row: two columns
            String raw = p.p().getText();
            if (raw.contains("\t") || raw.matches(".*\\S {3,}CỘNG.*")) return; // typed side by side with tabs
            out.add(finding("ND30-DOCX-HEADER-COLUMNS", p, "Quốc hiệu không nằm cùng hàng với tên cơ quan ban hành:"
                    + " phần đầu văn bản phải chia hai cột (cơ quan bên trái, Quốc hiệu và Tiêu ngữ bên phải)",
                    "hai cột (bảng không viền)", "Quốc hiệu đứng riêng một dòng", "IV, Mẫu 1.7"));
            return;
        }
    }

    // ------------------------------------------------------------------ page numbers (PL I §I.7)

    private static void pageNumbers(XWPFDocument doc, List<FormatFinding> out) {
        boolean inHeader = false;
        for (XWPFHeader h : doc.getHeaderList()) if (h.getParagraphs().stream().anyMatch(DocxFormatRules::pageField)) inHeader = true;
        boolean inFooter = false;
        for (XWPFFooter f : doc.getFooterList()) if (f.getParagraphs().stream().anyMatch(DocxFormatRules::pageField)) inFooter = true;
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        boolean titlePage = sect != null && sect.getTitlePg() != null && !isOff(sect.getTitlePg());
        if (inFooter) {
            out.add(new FormatFinding("ND30-DOCX-PAGE-NUMBER", true, 0, "", "số trang đặt ở chân trang",
                    "số trang ở giữa lề trên (đầu trang), không đánh ở trang đầu", "số trang ở chân trang", PL + "I.7"));
        } else if (inHeader && !titlePage) {
            out.add(new FormatFinding("ND30-DOCX-PAGE-NUMBER", true, 0, "", "số trang được in cả ở trang thứ nhất",
                    "đánh số từ trang 2 (chọn \"Different First Page\")", "có số trang ở trang 1", PL + "I.7"));
        }
    }

    private static boolean pageField(XWPFParagraph p) {
        String xml = p.getCTP().xmlText();
        return xml.matches("(?s).*<w:instrText[^>]*>\\s*PAGE\\b.*") || xml.matches("(?s).*w:instr=\"\\s*PAGE\\b.*");
    }

    static boolean isOff(CTOnOff flag) {
        Object v = flag.getVal();
        String s = v == null ? "" : String.valueOf(v);
        return s.equals("0") || s.equals("false") || s.equals("off");
    }

    /** Formatting as Word shows it: the run, its paragraph's style chain, the document defaults. */
    private static final class Looks {
        private final XWPFDocument doc;
        private final CTRPr defaults;

        Looks(XWPFDocument doc) {
            this.doc = doc;
            CTRPr d = null;
            try {
                var styles = doc.getStyle();
                if (styles != null && styles.getDocDefaults() != null && styles.getDocDefaults().getRPrDefault() != null) {
                    d = styles.getDocDefaults().getRPrDefault().getRPr();
                }
            } catch (Exception e) {
                d = null; // a document without styles.xml: Word's own defaults apply
            }
            this.defaults = d;
        }

        private List<CTRPr> chain(XWPFParagraph p, XWPFRun r) {
            List<CTRPr> out = new ArrayList<>();
            if (r.getCTR().getRPr() != null) out.add(r.getCTR().getRPr());
            String id = p.getStyleID();
            for (int depth = 0; id != null && depth < 10 && doc.getStyles() != null; depth++) {
                XWPFStyle s = doc.getStyles().getStyle(id);
                if (s == null) break;
                if (s.getCTStyle().getRPr() != null) out.add(s.getCTStyle().getRPr());
                id = s.getBasisStyleID();
            }
            if (p.getStyleID() == null && doc.getStyles() != null) {
                XWPFStyle normal = doc.getStyles().getStyle("Normal");
                if (normal != null && normal.getCTStyle().getRPr() != null) out.add(normal.getCTStyle().getRPr());
            }
            if (defaults != null) out.add(defaults);
            return out;
        }

        String font(XWPFParagraph p, XWPFRun r) {
            for (CTRPr pr : chain(p, r)) {
                if (pr.sizeOfRFontsArray() == 0) continue;
                CTFonts f = pr.getRFontsArray(0);
                if (f.getAscii() != null) return f.getAscii();
                if (f.getHAnsi() != null) return f.getHAnsi();
                if (f.getAsciiTheme() != null) return "phông theo chủ đề (" + f.getAsciiTheme() + ")";
            }
            return null;
        }

        double size(XWPFParagraph p, XWPFRun r) {
            for (CTRPr pr : chain(p, r)) {
                if (pr.sizeOfSzArray() > 0 && pr.getSzArray(0).getVal() != null) {
                    return twips(pr.getSzArray(0).getVal()) / 2.0;
                }
            }
            return 10; // Word's size when nothing says otherwise
        }

        boolean bold(XWPFParagraph p, XWPFRun r) {
            for (CTRPr pr : chain(p, r)) if (pr.sizeOfBArray() > 0) return !isOff(pr.getBArray(0));
            return false;
        }

        boolean italic(XWPFParagraph p, XWPFRun r) {
            for (CTRPr pr : chain(p, r)) if (pr.sizeOfIArray() > 0) return !isOff(pr.getIArray(0));
            return false;
        }
    }
}
