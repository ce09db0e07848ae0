package vn.giaymoi.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.render.Seeds;
import vn.giaymoi.render.layout.LayoutBuilder;
import vn.giaymoi.render.layout.PageLayout;
import vn.giaymoi.render.layout.TextWidth;

/** Reads the Word file back with POI: page, margins, header numbering, styles, sizes of the key elements, text. */
class DocxRendererTest {
    private final DocxRenderer renderer = new DocxRenderer();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "004"})
    void a_seed_reads_back_with_every_word_in_order_and_the_nd30_sizes(String seed) throws IOException {
        PageLayout layout = LayoutBuilder.of(Seeds.invitation(seed));
        try (XWPFDocument doc = read(renderer.render(layout))) {
            // not closed here: closing the extractor would close the document read below
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(Seeds.seedWordsMissingIn(seed, text)).as("seed words missing in order in%n%s", text).isEmpty();
            List<XWPFParagraph> all = paragraphs(doc);
            Font quocHieu = font(doc, only(all, PageLayout.NATIONAL_TITLE));
            assertThat(quocHieu).isEqualTo(new Font("Times New Roman", 13, true, false));
            assertThat(font(doc, only(all, PageLayout.MOTTO))).isEqualTo(new Font("Times New Roman", 14, true, false));
            assertThat(font(doc, only(all, layout.dateLine()))).isEqualTo(new Font("Times New Roman", 14, false, true));
            assertThat(font(doc, only(all, layout.numberLine()))).isEqualTo(new Font("Times New Roman", 13, false, false));
            assertThat(font(doc, only(all, layout.issuerLines().get(0)))).isEqualTo(new Font("Times New Roman", 13, true, false));
            assertThat(font(doc, only(all, PageLayout.DISTRIBUTION_HEADING)))
                    .isEqualTo(new Font("Times New Roman", 12, true, true));
            for (var entry : layout.distribution()) {
                XWPFParagraph p = only(all, "- " + entry.plain());
                assertThat(font(doc, p).size()).as("Nơi nhận entry %s", entry.plain()).isEqualTo(11);
            }
            for (String line : layout.authorityLines()) {
                assertThat(font(doc, only(all, line))).isEqualTo(new Font("Times New Roman", 14, true, false));
            }
            XWPFParagraph opening = only(all, layout.content().get(0).text().plain());
            assertThat(font(doc, opening)).isEqualTo(new Font("Times New Roman", 14, false, false));
            assertThat(alignment(doc, opening)).isEqualTo("both");
            assertThat(style(doc, opening.getStyleID(), s -> s.getPPr() != null && s.getPPr().getInd() != null
                    ? Optional.of((BigInteger) s.getPPr().getInd().getFirstLine()) : Optional.empty()))
                    .contains(BigInteger.valueOf(567));
            if (layout.typeName() != null) {
                assertThat(font(doc, only(all, layout.typeName()))).isEqualTo(new Font("Times New Roman", 14, true, false));
            }
        }
    }

    @Test
    void the_page_is_a4_with_margins_inside_the_nd30_ranges() throws IOException {
        try (XWPFDocument doc = read(renderer.render(LayoutBuilder.of(Invitations.aGiayMoi())))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            CTPageSz size = sect.getPgSz();
            assertThat(twips(size.getW())).isEqualTo(11906);
            assertThat(twips(size.getH())).isEqualTo(16838);
            CTPageMar mar = sect.getPgMar();
            assertThat(twips(mar.getTop())).isEqualTo(1134).isBetween(1134, 1418);
            assertThat(twips(mar.getBottom())).isEqualTo(1134).isBetween(1134, 1418);
            assertThat(twips(mar.getLeft())).isEqualTo(1701).isBetween(1701, 1985);
            assertThat(twips(mar.getRight())).isEqualTo(850).isBetween(850, 1134);
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Giấy mời 05/GM-UBND: Dự họp triển khai công tác chuyển đổi số");
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH");
        }
    }

    @Test
    void page_numbers_are_a_page_field_in_the_header_and_hidden_on_page_one() throws IOException {
        try (XWPFDocument doc = read(renderer.render(LayoutBuilder.of(Invitations.aGiayMoi())))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.isSetTitlePg()).isTrue();
            CTOnOff titlePg = sect.getTitlePg();
            assertThat(titlePg.isSetVal() ? titlePg.getVal().toString() : "true").isIn("true", "1", "on");
            var policy = doc.getHeaderFooterPolicy();
            XWPFHeader first = policy.getFirstPageHeader();
            XWPFHeader other = policy.getDefaultHeader();
            assertThat(first).isNotNull();
            assertThat(other).isNotNull();
            assertThat(instructions(first)).doesNotContain("PAGE");
            assertThat(instructions(other)).isEqualTo("PAGE");
            XWPFParagraph number = other.getParagraphs().get(0);
            assertThat(alignment(doc, number)).isEqualTo("center");
            assertThat(font(doc, number).size()).isBetween(13, 14);
        }
    }

    @Test
    void the_header_and_closing_are_borderless_two_column_tables_and_the_rules_are_drawn() throws IOException {
        PageLayout layout = LayoutBuilder.of(Invitations.aGiayMoi());
        try (XWPFDocument doc = read(renderer.render(layout))) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(2);
            for (XWPFTable t : tables) {
                assertThat(t.getRow(0).getTableCells()).hasSize(2);
                assertThat(List.of(t.getTopBorderType(), t.getBottomBorderType(), t.getLeftBorderType(),
                        t.getRightBorderType(), t.getInsideHBorderType(), t.getInsideVBorderType()))
                        .containsOnly(XWPFTable.XWPFBorderType.NONE);
                var margins = t.getCTTbl().getTblPr().getTblCellMar();
                assertThat(List.of(margins.getLeft().getW(), margins.getRight().getW()))
                        .as("cell margins (Word pads 0.19 cm without them)").containsOnly(BigInteger.ZERO);
            }
            XWPFTableCell left = tables.get(0).getRow(0).getCell(0);
            XWPFTableCell right = tables.get(0).getRow(0).getCell(1);
            assertThat(left.getText()).contains("ỦY BAN NHÂN DÂN", "Số: 05/GM-UBND");
            assertThat(right.getText()).contains(PageLayout.NATIONAL_TITLE, PageLayout.MOTTO);
            int motto = ruleWidth(right, DocxRenderer.TEXT_WIDTH - DocxRenderer.TEXT_WIDTH * 40 / 100);
            int mottoText = TextWidth.twips(PageLayout.MOTTO, 14, true);
            assertThat(motto).as("rule under the Tiêu ngữ, full length").isBetween(mottoText - 40, mottoText + 40);
            int issuer = ruleWidth(left, DocxRenderer.TEXT_WIDTH * 40 / 100);
            int issuerText = TextWidth.twips("ỦY BAN NHÂN DÂN", 13, true);
            assertThat(issuer).as("rule under the issuing body, 1/3–1/2").isBetween(issuerText / 3, issuerText / 2);
            XWPFTableRow closing = tables.get(1).getRow(0);
            assertThat(closing.getCell(0).getText()).startsWith("Nơi nhận:");
            assertThat(closing.getCell(1).getText()).startsWith("KT. CHỦ TỊCH");
        }
    }

    @Test
    void the_urgency_mark_is_boxed_in_red_and_the_confidentiality_mark_boxed_in_black() throws IOException {
        try (XWPFDocument doc = read(renderer.render(LayoutBuilder.of(Seeds.urgentAndSecret())))) {
            XWPFTableCell left = doc.getTables().get(0).getRow(0).getCell(0);
            List<String> order = left.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
            assertThat(order).as("ô 3, then 10a, then 10b").endsWith("Số: 05/GM-UBND", "MẬT", "HỎA TỐC");
            XWPFParagraph urgent = only(left.getParagraphs(), "HỎA TỐC");
            XWPFParagraph secret = only(left.getParagraphs(), "MẬT");
            assertThat(font(doc, urgent)).isEqualTo(new Font("Times New Roman", 13, true, false));
            assertThat(urgent.getRuns().get(0).getColor()).isEqualTo("FF0000");
            assertThat(boxColours(urgent)).containsExactly("FF0000", "FF0000", "FF0000", "FF0000");
            assertThat(secret.getRuns().get(0).getColor()).isEqualTo("000000");
            assertThat(boxColours(secret)).containsExactly("000000", "000000", "000000", "000000");
        }
    }

    @Test
    void the_last_paragraph_keeps_with_the_signature_and_the_rules_stand_clear_of_the_text() throws IOException {
        try (XWPFDocument doc = read(renderer.render(LayoutBuilder.of(Invitations.aGiayMoi())))) {
            List<XWPFParagraph> body = doc.getParagraphs();
            List<XWPFParagraph> content = body.stream().filter(p -> p.getStyleID() != null
                    && (p.getStyleID().startsWith("GmBody") || DocxStyles.OPENING.id.equals(p.getStyleID()))).toList();
            XWPFParagraph last = content.get(content.size() - 1);
            int from = body.indexOf(last);
            assertThat(body.subList(from, body.size())).as("last paragraph and the spacer before the closing table")
                    .allSatisfy(p -> assertThat(p.getCTP().getPPr().isSetKeepNext()).isTrue());
            List<XWPFParagraph> others = content.subList(0, content.size() - 1);
            // "Ủy ban nhân dân tỉnh trân trọng kính mời:", "1. Thành phần:" introduce what follows and keep with it
            assertThat(others).filteredOn(p -> p.getText().strip().endsWith(":")).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.getCTP().getPPr().isSetKeepNext()).as(p.getText()).isTrue());
            assertThat(others).filteredOn(p -> p.getText().strip().endsWith(".")).isNotEmpty()
                    .as("other paragraphs flow freely")
                    .allSatisfy(p -> assertThat(p.getCTP().getPPr() == null || !p.getCTP().getPPr().isSetKeepNext())
                            .as(p.getText()).isTrue());
            BigInteger before = (BigInteger) doc.getStyles().getStyle(DocxStyles.RULE.id).getCTStyle().getPPr().getSpacing()
                    .getBefore();
            assertThat(before).as("gap above a rule, in twips").isGreaterThanOrEqualTo(BigInteger.valueOf(40));
        }
    }

    private static List<String> boxColours(XWPFParagraph p) {
        var b = p.getCTP().getPPr().getPBdr();
        return List.of(b.getTop(), b.getBottom(), b.getLeft(), b.getRight()).stream()
                .peek(side -> assertThat(side.getVal()).isEqualTo(STBorder.SINGLE))
                .map(side -> side.xgetColor().getStringValue()).toList();
    }

    @Test
    void every_element_has_its_own_paragraph_style() throws IOException {
        try (XWPFDocument doc = read(renderer.render(LayoutBuilder.of(Invitations.aCongVan())))) {
            List<String> used = paragraphs(doc).stream().map(XWPFParagraph::getStyleID).distinct().toList();
            assertThat(used).contains("GmIssuer", "GmNumber", "GmShortSubject", "GmNationalTitle", "GmMotto",
                    "GmDateLine", "GmAddressees", "GmBody", "GmDistributionHeading", "GmDistributionEntry",
                    "GmAuthority", "GmSigner");
            for (String id : used) {
                if (id == null) continue;
                XWPFStyle style = doc.getStyles().getStyle(id);
                assertThat(style).as("style %s defined", id).isNotNull();
            }
            assertThat(doc.getStyles().getStyle("GmNationalTitle").getName()).isEqualTo("GM Quốc hiệu");
        }
    }

    // ------------------------------------------------------------------ reading helpers

    record Font(String family, int size, boolean bold, boolean italic) {}

    private static XWPFDocument read(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static int twips(Object value) {
        return ((BigInteger) value).intValueExact();
    }

    /** Body and table-cell paragraphs in document order. */
    private static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) out.add(p);
            else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) out.addAll(cell.getParagraphs());
                }
            }
        }
        return out;
    }

    private static XWPFParagraph only(List<XWPFParagraph> all, String text) {
        List<XWPFParagraph> found = all.stream().filter(p -> p.getText().strip().equals(text.strip())).toList();
        assertThat(found).as("paragraphs reading '%s'", text).hasSize(1);
        return found.get(0);
    }

    /** The font the reader sees on the paragraph's first text run: direct formatting, then styles, then defaults. */
    private static Font font(XWPFDocument doc, XWPFParagraph p) {
        XWPFRun run = p.getRuns().stream().filter(r -> r.text() != null && !r.text().isBlank()).findFirst()
                .orElse(p.getRuns().isEmpty() ? null : p.getRuns().get(0));
        CTRPr direct = run == null ? null : run.getCTR().getRPr();
        String id = p.getStyleID();
        String family = Optional.ofNullable(direct).filter(r -> r.sizeOfRFontsArray() > 0).map(r -> r.getRFontsArray(0).getAscii())
                .or(() -> style(doc, id, s -> s.getRPr() != null && s.getRPr().sizeOfRFontsArray() > 0
                        ? Optional.ofNullable(s.getRPr().getRFontsArray(0).getAscii()) : Optional.empty()))
                .or(() -> Optional.ofNullable(defaults(doc).getRFontsArray(0).getAscii()))
                .orElse(null);
        int halfPoints = Optional.ofNullable(direct).filter(r -> r.sizeOfSzArray() > 0).map(r -> twips(r.getSzArray(0).getVal()))
                .or(() -> style(doc, id, s -> s.getRPr() != null && s.getRPr().sizeOfSzArray() > 0
                        ? Optional.of(twips(s.getRPr().getSzArray(0).getVal())) : Optional.empty()))
                .orElseGet(() -> twips(defaults(doc).getSzArray(0).getVal()));
        boolean bold = Optional.ofNullable(direct).filter(r -> r.sizeOfBArray() > 0).map(r -> on(r.getBArray(0)))
                .or(() -> style(doc, id, s -> s.getRPr() != null && s.getRPr().sizeOfBArray() > 0
                        ? Optional.of(on(s.getRPr().getBArray(0))) : Optional.empty()))
                .orElse(false);
        boolean italic = Optional.ofNullable(direct).filter(r -> r.sizeOfIArray() > 0).map(r -> on(r.getIArray(0)))
                .or(() -> style(doc, id, s -> s.getRPr() != null && s.getRPr().sizeOfIArray() > 0
                        ? Optional.of(on(s.getRPr().getIArray(0))) : Optional.empty()))
                .orElse(false);
        return new Font(family, halfPoints / 2, bold, italic);
    }

    /** The paragraph's justification: direct, else from its style chain. */
    private static String alignment(XWPFDocument doc, XWPFParagraph p) {
        var ppr = p.getCTP().getPPr();
        if (ppr != null && ppr.getJc() != null) return ppr.getJc().getVal().toString();
        return style(doc, p.getStyleID(), s -> s.getPPr() != null && s.getPPr().getJc() != null
                ? Optional.of(s.getPPr().getJc().getVal().toString()) : Optional.empty()).orElse("left");
    }

    private static CTRPr defaults(XWPFDocument doc) {
        try {
            return doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
        } catch (org.apache.xmlbeans.XmlException | IOException e) {
            throw new AssertionError("unreadable styles", e);
        }
    }

    private static boolean on(CTOnOff flag) {
        return !flag.isSetVal() || List.of("true", "1", "on").contains(flag.getVal().toString());
    }

    /** A property from the paragraph style or the styles it is based on. */
    private static <T> Optional<T> style(XWPFDocument doc, String id,
            Function<org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle, Optional<T>> property) {
        String at = id == null ? "Normal" : id;
        for (int depth = 0; at != null && depth < 10; depth++) {
            XWPFStyle s = doc.getStyles().getStyle(at);
            if (s == null) return Optional.empty();
            Optional<T> v = property.apply(s.getCTStyle());
            if (v.isPresent()) return v;
            at = s.getBasisStyleID();
        }
        return Optional.empty();
    }

    private static String instructions(XWPFHeader header) {
        StringBuilder b = new StringBuilder();
        for (XWPFParagraph p : header.getParagraphs()) {
            p.getCTP().getRList().forEach(r -> r.getInstrTextList().forEach(t -> b.append(t.getStringValue())));
            p.getCTP().getFldSimpleList().forEach(f -> b.append(f.getInstr()));
        }
        return b.toString().strip();
    }

    /** The width of the first top-bordered (rule) paragraph of a cell {@code available} twips wide. */
    private static int ruleWidth(XWPFTableCell cell, int available) {
        for (XWPFParagraph p : cell.getParagraphs()) {
            var ppr = p.getCTP().getPPr();
            if (ppr == null || ppr.getPBdr() == null || ppr.getPBdr().getTop() == null) continue;
            CTBorder top = ppr.getPBdr().getTop();
            assertThat(top.getVal()).isEqualTo(STBorder.SINGLE);
            return available - p.getIndentationLeft() - p.getIndentationRight();
        }
        throw new AssertionError("no rule in cell: " + cell.getText());
    }
}
