package vn.giaymoi.sign.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.giaymoi.sign.cert.CertificateNames;
import vn.giaymoi.sign.key.SigningKey;

/**
 * Ký PDF theo PAdES (signs a PDF as PAdES baseline B-B, or B-T with a timestamp authority) with the Decree 30
 * appearance, as one incremental update that ends the file: anything added later would sit outside the signature,
 * so signing must be the last change (number and send first). Thread-safe.
 */
public final class PadesSigner {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Room for the CMS signature: the chain, and a timestamp token with its own chain. */
    private static final int SIGNATURE_SIZE = 32 * 1024;
    private static final float MM = 72f / 25.4f;
    /** Seal diameter used when the seal PNG does not record its resolution. */
    static final double DEFAULT_SEAL_MM = 40;
    private static final float STAMP_FONT_SIZE = 10f;
    private static final float STAMP_LINE_HEIGHT = STAMP_FONT_SIZE * 1.1f;
    /** The stamp sits in the top margin (20–25 mm, Phụ lục I), above the first line of the document. */
    private static final float STAMP_TOP_MM = 3f;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Optional<TimestampClient> timestamps;

    public PadesSigner(Optional<TimestampClient> timestamps) {
        this.timestamps = timestamps;
    }

    /** {@code pdf} signed with {@code key}, shown as {@code appearance}, at {@code signingTime} (shown at +07:00). */
    public byte[] sign(byte[] pdf, SigningKey key, Appearance appearance, ZonedDateTime signingTime) {
        ZonedDateTime time = signingTime.withZoneSameInstant(VIETNAM).truncatedTo(ChronoUnit.SECONDS);
        try (PDDocument document = load(pdf)) {
            Placed placed = place(document, appearance, time);
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(CertificateNames.holder(key.certificate()));
            signature.setReason(appearance instanceof Appearance.SignerSignature
                    ? "Người có thẩm quyền ký ban hành" : "Cơ quan, tổ chức ký số");
            signature.setSignDate(GregorianCalendar.from(time));
            int number = document.getSignatureDictionaries().size() + 1;
            try (SignatureOptions options = new SignatureOptions();
                    InputStream template = template(document, placed, "Signature" + number)) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                options.setVisualSignature(template);
                options.setPage(placed.pageIndex());
                document.addSignature(signature, new CmsSignature(key, timestamps), options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 64 * 1024);
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            if (e.getCause() instanceof SigningFailure failure) throw failure;
            throw new SigningFailure("Không ký được tệp PDF: " + e.getMessage(), "The PDF could not be signed: " + e.getMessage(), e);
        }
    }

    private static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UnreadablePdf("không đọc được tệp PDF (" + e.getMessage() + ")", e);
        }
    }

    // ------------------------------------------------------------------ layout

    /** What the widget shows: its page, its rectangle on the page, and what is drawn inside (widget coordinates). */
    private record Placed(int pageIndex, PDRectangle rectangle, List<Drawn> drawn) {}

    private sealed interface Drawn {}

    private record Image(PngImage png, float x, float y, float width, float height) implements Drawn {}

    private record Text(List<String> lines, float x, float y) implements Drawn {}

    private static Placed place(PDDocument document, Appearance appearance, ZonedDateTime time) throws IOException {
        if (appearance instanceof Appearance.SignerSignature signer) {
            SignatureSpace space = SignatureBlockLocator.locate(document);
            float height = space.height() * 0.85f;
            float width = (float) (height * signer.signature().aspect());
            if (width > space.columnWidth() * 0.9f) {
                width = space.columnWidth() * 0.9f;
                height = (float) (width / signer.signature().aspect());
            }
            PDRectangle image = new PDRectangle(space.centreX() - width / 2, (space.bottom() + space.top() - height) / 2,
                    width, height);
            List<PDRectangle> parts = new ArrayList<>(List.of(image));
            signer.seal().ifPresent(seal -> parts.add(sealOver(image, seal)));
            return widget(space.pageIndex(), parts, List.of(signer.signature()), signer.seal());
        }
        if (appearance instanceof Appearance.OrganisationSeal organisation) {
            SignedWidget previous = lastSignedWidget(document);
            PDRectangle seal = sealOver(previous.rectangle(), organisation.seal());
            return widget(previous.pageIndex(), List.of(seal), List.of(), Optional.of(organisation.seal()));
        }
        Appearance.OrganisationStamp stamp = (Appearance.OrganisationStamp) appearance;
        List<String> lines = new ArrayList<>();
        lines.add(stamp.organisation());
        stamp.line().ifPresent(lines::add);
        lines.add(ISO.format(time));
        PDRectangle page = document.getPage(0).getMediaBox();
        float width = 0;
        try (PDDocument scratch = new PDDocument()) {
            PDType0Font font = font(scratch);
            for (String line : lines) width = Math.max(width, font.getStringWidth(line) / 1000f * STAMP_FONT_SIZE);
        }
        float padding = 2f;
        float boxWidth = width + 2 * padding;
        float boxHeight = lines.size() * STAMP_LINE_HEIGHT + 2 * padding;
        PDRectangle box = new PDRectangle(page.getUpperRightX() - 15 * MM - boxWidth,
                page.getUpperRightY() - STAMP_TOP_MM * MM - boxHeight, boxWidth, boxHeight);
        return new Placed(0, box, List.of(new Text(lines, padding, boxHeight - padding - STAMP_FONT_SIZE)));
    }

    /** The seal at its real size, its right edge a third of the way into {@code signature}, centred on it vertically. */
    private static PDRectangle sealOver(PDRectangle signature, PngImage seal) {
        float width = (float) (seal.widthMillimetres().orElse(DEFAULT_SEAL_MM) * MM);
        float height = (float) (width / seal.aspect());
        float right = signature.getLowerLeftX() + signature.getWidth() / 3f;
        float centreY = signature.getLowerLeftY() + signature.getHeight() / 2f;
        return new PDRectangle(right - width, centreY - height / 2f, width, height);
    }

    /** One widget around all {@code parts} (signature image first, then the seal drawn over it). */
    private static Placed widget(int pageIndex, List<PDRectangle> parts, List<PngImage> signatures, Optional<PngImage> seal) {
        float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
        for (PDRectangle r : parts) {
            x0 = Math.min(x0, r.getLowerLeftX());
            y0 = Math.min(y0, r.getLowerLeftY());
            x1 = Math.max(x1, r.getUpperRightX());
            y1 = Math.max(y1, r.getUpperRightY());
        }
        PDRectangle box = new PDRectangle(x0, y0, x1 - x0, y1 - y0);
        List<PngImage> images = new ArrayList<>(signatures);
        seal.ifPresent(images::add);
        List<Drawn> drawn = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            PDRectangle r = parts.get(i);
            drawn.add(new Image(images.get(i), r.getLowerLeftX() - x0, r.getLowerLeftY() - y0, r.getWidth(), r.getHeight()));
        }
        return new Placed(pageIndex, box, drawn);
    }

    private record SignedWidget(int pageIndex, PDRectangle rectangle) {}

    private static SignedWidget lastSignedWidget(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        SignedWidget found = null;
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                if (!(field instanceof PDSignatureField signatureField) || signatureField.getSignature() == null) continue;
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    PDRectangle r = widget.getRectangle();
                    if (r == null || r.getWidth() <= 0 || r.getHeight() <= 0) continue;
                    int page = widget.getPage() == null ? -1 : document.getPages().indexOf(widget.getPage());
                    if (page >= 0) found = new SignedWidget(page, r);
                }
            }
        }
        if (found == null) {
            throw new SigningFailure("Văn bản chưa có chữ ký của người có thẩm quyền để đóng dấu lên (NĐ 30/2020/NĐ-CP, "
                    + "Điều 32: chỉ đóng dấu vào văn bản đã có chữ ký). Ký bằng chứng thư của người ký trước.",
                    "The document has no signer's signature to seal over (Decree 30, Art. 32: seal only a signed "
                            + "document). Sign with the signer's certificate first.");
        }
        return found;
    }

    // ------------------------------------------------------------------ the visual signature template (PDFBox)

    private static InputStream template(PDDocument source, Placed placed, String fieldName) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(source.getPage(placed.pageIndex()).getMediaBox());
            document.addPage(page);
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName(fieldName);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(placed.rectangle());
            widget.setPrinted(true);

            PDFormXObject xobject = new PDFormXObject(new PDStream(document));
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            xobject.setBBox(new PDRectangle(placed.rectangle().getWidth(), placed.rectangle().getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
                for (Drawn drawn : placed.drawn()) {
                    if (drawn instanceof Image image) {
                        PDImageXObject picture = PDImageXObject.createFromByteArray(document, image.png().bytes(), "image");
                        content.drawImage(picture, image.x(), image.y(), image.width(), image.height());
                    } else if (drawn instanceof Text text) {
                        content.beginText();
                        content.setFont(font(document), STAMP_FONT_SIZE);
                        content.setNonStrokingColor(0f, 0f, 0f);
                        content.newLineAtOffset(text.x(), text.y());
                        for (String line : text.lines()) {
                            content.showText(line);
                            content.newLineAtOffset(0, -STAMP_LINE_HEIGHT);
                        }
                        content.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    /** Liberation Serif (metric-compatible with Times New Roman), embedded as a subset. */
    private static PDType0Font font(PDDocument document) throws IOException {
        try (InputStream in = PadesSigner.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            if (in == null) throw new IOException("Liberation Serif is missing from the class path");
            return PDType0Font.load(document, in, true);
        }
    }
}
