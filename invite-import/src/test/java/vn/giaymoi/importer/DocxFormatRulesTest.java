package vn.giaymoi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.importer.format.DocxFormatRules;
import vn.giaymoi.importer.format.FormatFinding;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.InvitationRenderer;

/**
 * Each format rule of PL I on a DOCX: the product's own rendering passes every rule, and the same document made
 * wrong on purpose in exactly one respect fails that rule, naming the paragraph.
 */
class DocxFormatRulesTest {
    private static final Invitation SEED = Corpus.examples().get("seed-001.yaml");

    private static byte[] rendered() {
        return new InvitationRenderer().render(SEED, Format.DOCX).bytes();
    }

    private static List<FormatFinding> check(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return DocxFormatRules.check(doc);
        }
    }

    private static byte[] broken(Consumer<XWPFDocument> breaker) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(rendered()))) {
            breaker.accept(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static Consumer<XWPFDocument> paragraph(Predicate<String> which, Consumer<XWPFRun> change) {
        return doc -> {
            for (XWPFParagraph p : all(doc)) {
                if (which.test(p.getText().strip())) {
                    p.getRuns().forEach(change);
                    return;
                }
            }
            throw new AssertionError("no paragraph to break");
        };
    }

    private static List<XWPFParagraph> all(XWPFDocument doc) {
        java.util.ArrayList<XWPFParagraph> out = new java.util.ArrayList<>(doc.getParagraphs());
        for (XWPFTable t : doc.getTables()) t.getRows().forEach(r -> r.getTableCells().forEach(c -> out.addAll(c.getParagraphs())));
        return out;
    }

    static Stream<Arguments> brokenOnPurpose() {
        Map<String, Consumer<XWPFDocument>> cases = new java.util.LinkedHashMap<>();
        cases.put("ND30-DOCX-A4", doc -> {
            var sz = doc.getDocument().getBody().getSectPr().getPgSz();
            sz.setW(BigInteger.valueOf(12240));
            sz.setH(BigInteger.valueOf(15840));
        });
        cases.put("ND30-DOCX-MARGINS", doc -> doc.getDocument().getBody().getSectPr().getPgMar().setLeft(BigInteger.valueOf(1134)));
        cases.put("ND30-DOCX-FONT", paragraph(t -> t.startsWith("Thực hiện"), r -> r.setFontFamily("Arial")));
        cases.put("ND30-DOCX-NATIONAL-TITLE", paragraph(t -> t.startsWith("CỘNG HÒA"), r -> r.setFontSize(16)));
        cases.put("ND30-DOCX-MOTTO", paragraph(t -> t.startsWith("Độc lập"), r -> r.setBold(false)));
        cases.put("ND30-DOCX-NUMBER", paragraph(t -> t.startsWith("Số:"), r -> r.setFontSize(14)));
        cases.put("ND30-DOCX-DATE-LINE", paragraph(t -> t.startsWith("Hà Tĩnh, ngày"), r -> r.setItalic(false)));
        cases.put("ND30-DOCX-TYPE-NAME", paragraph(t -> t.equals("GIẤY MỜI"), r -> r.setFontSize(16)));
        cases.put("ND30-DOCX-SUBJECT", paragraph(t -> t.startsWith("Dự họp rà soát"), r -> r.setBold(false)));
        cases.put("ND30-DOCX-BODY-SIZE", paragraph(t -> t.startsWith("1. Thời gian"), r -> r.setFontSize(12)));
        cases.put("ND30-DOCX-DISTRIBUTION", paragraph(t -> t.equals("Nơi nhận:"), r -> r.setItalic(false)));
        cases.put("ND30-DOCX-AUTHORITY", paragraph(t -> t.equals("TL. CHỦ TỊCH"), r -> r.setBold(false)));
        cases.put("ND30-DOCX-SIGNER", paragraph(t -> t.equals("Nguyễn Huy Hùng"), r -> r.setFontSize(12)));
        cases.put("ND30-DOCX-LINE-SPACING", doc -> {
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getText().startsWith("2. Địa điểm")) {
                    var sp = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
                    var s = sp.isSetSpacing() ? sp.getSpacing() : sp.addNewSpacing();
                    s.setLine(BigInteger.valueOf(480));
                    s.setLineRule(STLineSpacingRule.AUTO);
                }
            }
        });
        cases.put("ND30-DOCX-RULES", doc -> {
            XWPFTable head = doc.getTables().get(0);
            for (XWPFParagraph p : head.getRow(0).getCell(1).getParagraphs()) {
                if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetPBdr()) p.getCTP().getPPr().unsetPBdr();
            }
        });
        cases.put("ND30-DOCX-HEADER-COLUMNS", doc -> {
            XWPFTable head = doc.getTables().get(0);
            for (XWPFParagraph p : head.getRow(0).getCell(1).getParagraphs()) {
                if (p.getText().startsWith("CỘNG HÒA")) p.getRuns().forEach(r -> r.setText("", 0));
            }
            XWPFParagraph alone = doc.createParagraph();
            XWPFRun r = alone.createRun();
            r.setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            r.setBold(true);
            r.setFontSize(13);
            r.setFontFamily("Times New Roman");
        });
        cases.put("ND30-DOCX-PAGE-NUMBER", doc -> doc.getDocument().getBody().getSectPr().unsetTitlePg());
        return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void the_products_own_rendering_passes_every_format_rule() throws IOException {
        for (var e : Corpus.examples().entrySet()) {
            assertThat(check(new InvitationRenderer().render(e.getValue(), Format.DOCX).bytes()))
                    .as(e.getKey()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenOnPurpose")
    void a_docx_made_wrong_on_purpose_fails_that_rule_and_only_that_rule(String rule, Consumer<XWPFDocument> breaker)
            throws IOException {
        assertThat(check(rendered())).extracting(FormatFinding::ruleId).doesNotContain(rule);
        List<FormatFinding> findings = check(broken(breaker));
        assertThat(findings).extracting(FormatFinding::ruleId).containsOnly(rule);
        FormatFinding f = findings.get(0);
        assertThat(f.basis()).startsWith("NĐ 30/2020/NĐ-CP, Phụ lục I, mục ");
        assertThat(f.message()).isNotBlank();
        if (!rule.equals("ND30-DOCX-A4") && !rule.equals("ND30-DOCX-MARGINS") && !rule.equals("ND30-DOCX-PAGE-NUMBER")) {
            assertThat(f.paragraph()).as("names the paragraph").isPositive();
            assertThat(f.display()).contains("đoạn " + f.paragraph() + " (\"");
        }
    }
}
