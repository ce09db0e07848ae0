package vn.giaymoi.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.render.Seeds;
import vn.giaymoi.render.html.HtmlRenderer;
import vn.giaymoi.render.layout.LayoutBuilder;
import vn.giaymoi.render.layout.PageLayout;

/** Reads the PDF back with PDFBox: page size, embedded fonts, text in order, page numbers, metadata. */
class PdfRendererTest {
    private static final float MM = 72f / 25.4f;
    private static final float TOP_MARGIN = 20 * MM;
    private final PdfRenderer renderer = new PdfRenderer(new HtmlRenderer());

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "004"})
    void a_seed_reads_back_as_a4_with_embedded_fonts_and_every_word_in_order(String seed) throws IOException {
        PageLayout layout = LayoutBuilder.of(Seeds.invitation(seed));
        try (PDDocument pdf = Loader.loadPDF(renderer.render(layout))) {
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
                for (PDFont font : fonts(page.getResources())) {
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    // Liberation Serif; PDFBox's Liberation Sans only for the glyphs Serif lacks (HCC₁ in seed 000)
                    assertThat(font.getName()).containsAnyOf("LiberationSerif", "LiberationSans");
                }
            }
            String text = text(pdf);
            assertThat(Seeds.seedWordsMissingIn(seed, text)).as("seed words missing in order in%n%s", text).isEmpty();

            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(layout.documentTitle());
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(layout.issuerName());
            assertPageNumbers(pdf);
        }
    }

    @Test
    void the_longer_seeds_run_over_more_than_one_page() throws IOException {
        for (String seed : List.of("002", "004")) {
            try (PDDocument pdf = Loader.loadPDF(renderer.render(LayoutBuilder.of(Seeds.invitation(seed))))) {
                assertThat(pdf.getNumberOfPages()).as("pages of seed %s", seed).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void a_long_invitation_flows_over_several_pages_losing_nothing() throws IOException {
        List<Point> body = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            body.add(Point.of(Marker.NUMBER, "Đoạn thứ mục" + i + " nói về việc chuẩn bị tài liệu, phòng họp và đường"
                    + " truyền cho hội nghị trực tuyến; các đơn vị gửi báo cáo trước ngày họp để tổng hợp, trình lãnh đạo."));
        }
        Invitation longOne = Invitations.aGiayMoi().withBody(body);

        try (PDDocument pdf = Loader.loadPDF(renderer.render(LayoutBuilder.of(longOne)))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            List<String> words = Seeds.words(text(pdf));
            List<String> expected = IntStream.rangeClosed(1, 70).mapToObj(i -> "mục" + i).toList();
            List<String> found = words.stream().filter(w -> w.matches("mục\\d+")).toList();
            assertThat(found).isEqualTo(expected);
            assertThat(words).contains("Nơi", "nhận:", "PHÓ", "CHỦ", "TỊCH", "Nguyễn", "Văn", "A");
            assertPageNumbers(pdf);
        }
    }

    /** No number in the top margin of page 1; from page 2 its number, centred, in the top margin (PL I §I.7). */
    private static void assertPageNumbers(PDDocument pdf) throws IOException {
        Positions positions = new Positions();
        positions.getText(pdf);
        float pageWidth = PDRectangle.A4.getWidth();
        float textCentre = (30 * MM + (pageWidth - 15 * MM)) / 2;
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            List<TextPosition> top = positions.pages.get(i).stream().filter(t -> t.getYDirAdj() < TOP_MARGIN).toList();
            String number = top.stream().map(TextPosition::getUnicode).collect(Collectors.joining()).strip();
            if (i == 0) {
                assertThat(number).as("text in the top margin of page 1").isEmpty();
                continue;
            }
            assertThat(number).as("page number of page %d", i + 1).isEqualTo(Integer.toString(i + 1));
            float left = top.stream().map(TextPosition::getXDirAdj).min(Float::compare).orElseThrow();
            float right = top.stream().map(t -> t.getXDirAdj() + t.getWidthDirAdj()).max(Float::compare).orElseThrow();
            float centre = (left + right) / 2;
            assertThat(centre).as("centre of the page number").isBetween(pageWidth / 2 - 3, textCentre + 3);
            assertThat(top.get(0).getFontSizeInPt()).isBetween(13f, 14f);
        }
    }

    /**
     * The text in content order. A line may break after the hyphen inside a ký hiệu ({@code 49/QĐ-} / {@code UBND}),
     * as in any browser; such a line end is joined back so the reference reads as one word.
     */
    @Test
    void the_urgency_mark_is_printed_in_red_in_the_left_column_under_the_number_and_nothing_else_is_red()
            throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(LayoutBuilder.of(Seeds.urgentAndSecret())))) {
            assertThat(text(pdf)).containsSubsequence("Số: 05/GM-UBND", "MẬT", "HỎA TỐC", "GIẤY MỜI");
            java.awt.Rectangle red = redArea(pdf);
            assertThat(red).as("red ink on page 1").isNotNull();
            float width = pdf.getPage(0).getMediaBox().getWidth();
            float height = pdf.getPage(0).getMediaBox().getHeight();
            // ô 10b: the left (issuer) column, in the header block at the top of the page
            assertThat(red.getMaxX()).isLessThan(30 * MM + (width - 45 * MM) * 0.4);
            assertThat(red.getMaxY()).isLessThan(height / 4);
            assertThat(red.getWidth()).as("a box around the two words, not a stray pixel").isGreaterThan(15 * MM);
        }
        try (PDDocument pdf = Loader.loadPDF(renderer.render(LayoutBuilder.of(Invitations.aGiayMoi())))) {
            assertThat(redArea(pdf)).as("red ink without an urgency mark").isNull();
        }
    }

    @Test
    void the_signature_never_stands_on_a_page_without_body_text() throws IOException {
        List<Integer> orphaned = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            List<Point> body = new ArrayList<>();
            for (int i = 1; i <= n; i++) body.add(Point.of(Marker.NUMBER, "Nội dung mục" + i + " về việc chuẩn bị họp."));
            try (PDDocument pdf = Loader.loadPDF(renderer.render(LayoutBuilder.of(Invitations.aGiayMoi().withBody(body))))) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(pdf.getNumberOfPages());
                stripper.setEndPage(pdf.getNumberOfPages());
                String last = stripper.getText(pdf);
                int closing = last.indexOf(PageLayout.DISTRIBUTION_HEADING);
                assertThat(closing).as("Nơi nhận on the last page").isNotNegative();
                if (!last.substring(0, closing).contains("mục" + n + " ")) orphaned.add(n);
            }
        }
        assertThat(orphaned).as("body lengths whose last paragraph is not on the signature's page").isEmpty();
    }

    /** The bounds, in points, of the strongly red pixels of page 1, or null when none. */
    private static java.awt.Rectangle redArea(PDDocument pdf) throws IOException {
        java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImage(0, 1f);
        java.awt.Rectangle area = null;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (r > 180 && g < 90 && b < 90) {
                    if (area == null) area = new java.awt.Rectangle(x, y, 1, 1);
                    else area.add(x, y);
                }
            }
        }
        return area;
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("(?<=\\S-)\\R", "");
    }

    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        if (resources == null) return fonts;
        for (COSName name : resources.getFontNames()) fonts.add(resources.getFont(name));
        return fonts;
    }

    /** Every glyph with its position, page by page. */
    private static final class Positions extends PDFTextStripper {
        final List<List<TextPosition>> pages = new ArrayList<>();

        Positions() {
            setSortByPosition(true);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            pages.add(new ArrayList<>());
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> glyphs) throws IOException {
            pages.get(pages.size() - 1).addAll(glyphs);
            super.writeString(text, glyphs);
        }
    }
}
