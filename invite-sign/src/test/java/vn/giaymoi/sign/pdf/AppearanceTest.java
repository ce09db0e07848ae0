package vn.giaymoi.sign.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.sign.pdf.AppearanceReader.DrawnImage;
import vn.giaymoi.sign.pdf.AppearanceReader.Widget;
import vn.giaymoi.sign.pki.TestImages;
import vn.giaymoi.sign.pki.TestPki;

/** The Decree 30 appearance, read back from the signed PDF and from its page image (pdftoppm). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AppearanceTest {
    static final TestPki PKI = TestPki.shared();
    static final byte[] INVITATION = TestImages.invitationPdf();
    static final PngImage SIGNATURE = PngImage.read(TestImages.signature(), "chu-ky.png");
    static final PngImage SEAL = PngImage.read(TestImages.seal(), "dau.png");
    static final ZonedDateTime TIME = ZonedDateTime.of(2026, 2, 5, 1, 30, 0, 0, ZoneOffset.UTC);
    static final float POINTS_PER_MM = 72f / 25.4f;

    static byte[] signerThenOrganisation() {
        PadesSigner signer = new PadesSigner(Optional.empty());
        byte[] once = signer.sign(INVITATION, PKI.signer.signingKey(), new Appearance.SignerSignature(SIGNATURE, Optional.empty()), TIME);
        return signer.sign(once, PKI.organisation.signingKey(), new Appearance.OrganisationSeal(SEAL), TIME.plusMinutes(5));
    }

    @Test
    void the_signature_image_is_blue_and_centred_in_the_space_between_title_and_name() throws IOException {
        SignatureSpace space;
        try (PDDocument unsigned = Loader.loadPDF(INVITATION)) {
            space = SignatureBlockLocator.locate(unsigned);
        }
        Widget signer = AppearanceReader.read(signerThenOrganisation()).get(0);
        assertThat(signer.pageIndex()).isEqualTo(space.pageIndex());
        assertThat(signer.images()).hasSize(1);
        DrawnImage image = signer.images().get(0);
        PDRectangle r = image.onPage();
        assertThat(r.getLowerLeftX() + r.getWidth() / 2).isCloseTo(space.centreX(), within(0.5f));
        assertThat(r.getLowerLeftY()).isGreaterThanOrEqualTo(space.bottom());
        assertThat(r.getUpperRightY()).isLessThanOrEqualTo(space.top());
        assertThat(r.getWidth() / r.getHeight()).isCloseTo((float) SIGNATURE.aspect(), within(0.01f));
        assertBlue(image.meanColour());
    }

    @Test
    void the_seal_is_red_at_real_size_over_the_left_third_of_the_signature() throws IOException {
        List<Widget> widgets = AppearanceReader.read(signerThenOrganisation());
        assertThat(widgets).extracting(Widget::field).containsExactly("Signature1", "Signature2");
        PDRectangle signature = widgets.get(0).images().get(0).onPage();
        DrawnImage seal = widgets.get(1).images().get(0);
        PDRectangle s = seal.onPage();
        assertThat(widgets.get(1).pageIndex()).isEqualTo(widgets.get(0).pageIndex());
        assertThat(s.getWidth()).isCloseTo((float) (TestImages.SEAL_MM * POINTS_PER_MM), within(0.5f));
        assertThat(s.getUpperRightX()).isCloseTo(signature.getLowerLeftX() + signature.getWidth() / 3, within(0.5f));
        assertThat(s.getLowerLeftX()).isLessThan(signature.getLowerLeftX());
        assertThat(s.getLowerLeftY() + s.getHeight() / 2).isCloseTo(signature.getLowerLeftY() + signature.getHeight() / 2, within(0.5f));
        assertRed(seal.meanColour());
    }

    @Test
    void one_certificate_can_show_both_images_in_one_signature() throws IOException {
        byte[] pdf = new PadesSigner(Optional.empty()).sign(INVITATION, PKI.organisation.signingKey(),
                new Appearance.SignerSignature(SIGNATURE, Optional.of(SEAL)), TIME);
        Widget widget = AppearanceReader.read(pdf).get(0);
        assertThat(widget.images()).hasSize(2);
        assertBlue(widget.images().get(0).meanColour());
        assertRed(widget.images().get(1).meanColour());
        PDRectangle signature = widget.images().get(0).onPage();
        assertThat(widget.images().get(1).onPage().getUpperRightX())
                .isCloseTo(signature.getLowerLeftX() + signature.getWidth() / 3, within(0.5f));
    }

    @Test
    void the_page_image_shows_blue_signature_and_red_seal_where_they_were_placed(@TempDir Path dir)
            throws IOException, InterruptedException {
        byte[] pdf = signerThenOrganisation();
        List<Widget> widgets = AppearanceReader.read(pdf);
        int page = widgets.get(0).pageIndex() + 1;
        Path file = Files.write(dir.resolve("signed.pdf"), pdf);
        Path image = Files.copy(pageImage(file, page, dir), Path.of("target", "signed-page.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BufferedImage png = ImageIO.read(image.toFile());
        float pageHeight;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pageHeight = document.getPage(page - 1).getMediaBox().getHeight();
        }
        PDRectangle signature = widgets.get(0).images().get(0).onPage();
        PDRectangle seal = widgets.get(1).images().get(0).onPage();
        // at 72 dpi a pixel is a point; PDF y runs up, image y down
        PDRectangle signatureRightOfSeal = new PDRectangle(seal.getUpperRightX() + 1, signature.getLowerLeftY(),
                signature.getUpperRightX() - seal.getUpperRightX() - 1, signature.getHeight());
        assertThat(count(png, signatureRightOfSeal, pageHeight, AppearanceTest::isBlue)).isGreaterThan(200);
        assertThat(count(png, seal, pageHeight, AppearanceTest::isRed)).isGreaterThan(500);
        PDRectangle everywhere = new PDRectangle(0, 0, png.getWidth(), pageHeight);
        assertThat(count(png, everywhere, pageHeight, AppearanceTest::isRed))
                .as("no red outside the seal").isEqualTo(count(png, seal, pageHeight, AppearanceTest::isRed));
    }

    @Test
    void an_attachment_carries_the_organisation_name_and_ISO_8601_time_at_the_top_right_of_page_one(@TempDir Path dir)
            throws IOException, InterruptedException {
        byte[] pdf = new PadesSigner(Optional.empty()).sign(INVITATION, PKI.organisation.signingKey(),
                new Appearance.OrganisationStamp("Sở Nội vụ tỉnh Hà Tĩnh", Optional.of("Kèm theo Giấy mời số 05/GM-SNV")), TIME);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignatureField field = document.getSignatureFields().get(0);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            PDPage first = document.getPage(0);
            assertThat(widget.getPage()).isEqualTo(first);
            PDRectangle r = widget.getRectangle();
            PDRectangle media = first.getMediaBox();
            assertThat(r.getUpperRightX()).isGreaterThan(media.getWidth() * 0.75f).isLessThanOrEqualTo(media.getWidth());
            assertThat(r.getUpperRightY()).isGreaterThan(media.getHeight() * 0.9f).isLessThanOrEqualTo(media.getHeight());
            assertThat(shownText(widget)).containsExactly("Sở Nội vụ tỉnh Hà Tĩnh", "Kèm theo Giấy mời số 05/GM-SNV",
                    "2026-02-05T08:30:00+07:00");
            assertThat(widget.getNormalAppearanceStream().getResources().getFont(COSName.getPDFName("F1")).getName())
                    .contains("LiberationSerif");
            assertThat(AppearanceReader.read(pdf).get(0).images()).isEmpty();
            List<String> covered = new ArrayList<>();
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> glyphs) {
                    for (var g : glyphs) {
                        float x = g.getXDirAdj(), top = media.getHeight() - g.getYDirAdj() + g.getHeightDir();
                        if (x >= r.getLowerLeftX() && x <= r.getUpperRightX() && top >= r.getLowerLeftY()) covered.add(g.getUnicode());
                    }
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(document);
            assertThat(covered).as("the stamp covers no text of the page").isEmpty();
            Path image = Files.copy(pageImage(Files.write(dir.resolve("attachment.pdf"), pdf), 1, dir),
                    Path.of("target", "attachment-page.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            BufferedImage png = ImageIO.read(image.toFile());
            assertThat(count(png, r, media.getHeight(), rgb -> (rgb & 0xffffff) < 0x404040)).as("black text in the stamp").isGreaterThan(100);
        }
    }

    @Test
    void the_signed_pdf_keeps_every_font_embedded_and_the_signature_is_its_last_change() throws IOException {
        byte[] pdf = new PadesSigner(Optional.empty()).sign(signerThenOrganisation(), PKI.organisation.signingKey(),
                new Appearance.OrganisationStamp("Sở Nội vụ tỉnh Hà Tĩnh", Optional.empty()), TIME);
        List<String> notEmbedded = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) fonts(page.getResources(), notEmbedded);
            for (PDSignatureField field : document.getSignatureFields()) {
                fonts(field.getWidgets().get(0).getNormalAppearanceStream().getResources(), notEmbedded);
            }
            int[] range = document.getLastSignatureDictionary().getByteRange();
            assertThat((long) range[2] + range[3]).as("the last signature covers the file to its end").isEqualTo(pdf.length);
        }
        assertThat(notEmbedded).isEmpty();
    }

    @Test
    void a_seal_without_a_signature_before_it_is_refused_citing_article_32() {
        assertThatThrownBy(() -> new PadesSigner(Optional.empty()).sign(INVITATION, PKI.organisation.signingKey(),
                new Appearance.OrganisationSeal(SEAL), TIME))
                .isInstanceOf(SigningFailure.class).hasMessageContaining("Điều 32");
    }

    @Test
    void a_document_without_a_signature_block_is_refused_in_Vietnamese() throws IOException {
        byte[] blank;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            blank = out.toByteArray();
        }
        assertThatThrownBy(() -> new PadesSigner(Optional.empty()).sign(blank, PKI.signer.signingKey(),
                new Appearance.SignerSignature(SIGNATURE, Optional.empty()), TIME))
                .isInstanceOf(SigningFailure.class).hasMessageStartingWith("Không tìm thấy khối chữ ký");
    }

    @Test
    void a_file_that_is_not_a_png_is_refused() {
        assertThatThrownBy(() -> PngImage.read("GIF89a".getBytes(), "chu-ky.gif"))
                .isInstanceOf(SigningFailure.class).hasMessage("chu-ky.gif: không phải ảnh PNG (Phụ lục I NĐ 30/2020/NĐ-CP: ảnh chữ ký và ảnh dấu là PNG nền trong suốt)");
    }

    // ---------------------------------------------------------------- helpers

    static Path pageImage(Path pdf, int page, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftoppm", "-r", "72", "-png", "-f", Integer.toString(page), "-l",
                Integer.toString(page), "-singlefile", pdf.toString(), dir.resolve("page").toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
        return dir.resolve("page.png");
    }

    interface PixelTest {
        boolean test(int rgb);
    }

    static int count(BufferedImage png, PDRectangle area, float pageHeight, PixelTest test) {
        int n = 0;
        int x0 = Math.max(0, (int) Math.floor(area.getLowerLeftX()));
        int x1 = Math.min(png.getWidth(), (int) Math.ceil(area.getUpperRightX()));
        int y0 = Math.max(0, (int) Math.floor(pageHeight - area.getUpperRightY()));
        int y1 = Math.min(png.getHeight(), (int) Math.ceil(pageHeight - area.getLowerLeftY()));
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) if (test.test(png.getRGB(x, y))) n++;
        return n;
    }

    static boolean isBlue(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return b > 120 && b > r + 60 && b > g + 40;
    }

    static boolean isRed(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return r > 120 && r > g + 60 && r > b + 60;
    }

    static void assertBlue(Color c) {
        assertThat(c.getBlue()).as("blue of %s", c).isGreaterThan(150);
        assertThat(c.getRed()).as("red of %s", c).isLessThan(80);
    }

    static void assertRed(Color c) {
        assertThat(c.getRed()).as("red of %s", c).isGreaterThan(150);
        assertThat(c.getBlue()).as("blue of %s", c).isLessThan(80);
    }

    static List<String> shownText(PDAnnotationWidget widget) throws IOException {
        PDResources resources = widget.getNormalAppearanceStream().getResources();
        PDFont font = resources.getFont(COSName.getPDFName("F1"));
        List<String> lines = new ArrayList<>();
        for (Object token : new PDFStreamParser(widget.getNormalAppearanceStream()).parse()) {
            if (!(token instanceof COSString string)) continue;
            StringBuilder line = new StringBuilder();
            ByteArrayInputStream in = new ByteArrayInputStream(string.getBytes());
            while (in.available() > 0) line.append(font.toUnicode(font.readCode(in)));
            lines.add(line.toString());
        }
        return lines;
    }

    static void fonts(PDResources resources, List<String> notEmbedded) throws IOException {
        if (resources == null) return;
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (!font.isEmbedded()) notEmbedded.add(font.getName());
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) fonts(form.getResources(), notEmbedded);
        }
    }
}
