package vn.giaymoi.sign.pdf;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Đọc lại hình thức chữ ký (reads a signed PDF's signature appearances back): for every signature field, its page,
 * its widget rectangle, the images its appearance draws (placed on the page, with their mean opaque colour) and its
 * text.
 */
public final class AppearanceReader {
    private AppearanceReader() {}

    public record DrawnImage(PDRectangle onPage, Color meanColour) {}

    public record Widget(String field, int pageIndex, PDRectangle rectangle, List<DrawnImage> images, String content) {}

    public static List<Widget> read(byte[] pdf) throws IOException {
        List<Widget> widgets = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignatureField field : document.getSignatureFields()) {
                PDAnnotationWidget widget = field.getWidgets().get(0);
                PDRectangle r = widget.getRectangle();
                PDAppearanceStream stream = widget.getNormalAppearanceStream();
                List<DrawnImage> images = new ArrayList<>();
                List<Object> tokens = new PDFStreamParser(stream).parse();
                List<Float> operands = new ArrayList<>();
                float[] cm = null;
                StringBuilder content = new StringBuilder();
                for (Object token : tokens) {
                    if (token instanceof COSNumber n) {
                        operands.add(n.floatValue());
                    } else if (token instanceof Operator op) {
                        if (op.getName().equals("cm") && operands.size() == 6) {
                            cm = new float[] {operands.get(0), operands.get(3), operands.get(4), operands.get(5)};
                        }
                        content.append(op.getName()).append(' ');
                        operands.clear();
                    } else if (token instanceof COSName name) {
                        PDXObject xobject = stream.getResources().getXObject(name);
                        if (xobject instanceof PDImageXObject image && cm != null) {
                            images.add(new DrawnImage(new PDRectangle(r.getLowerLeftX() + cm[2], r.getLowerLeftY() + cm[3], cm[0], cm[1]),
                                    meanOpaqueColour(image.getImage())));
                        }
                    }
                }
                widgets.add(new Widget(field.getPartialName(), document.getPages().indexOf(widget.getPage()), r, images,
                        content.toString()));
            }
        }
        return widgets;
    }

    /** The mean colour of the pixels that are at least half opaque. */
    public static Color meanOpaqueColour(BufferedImage image) {
        long r = 0, g = 0, b = 0, n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) < 128) continue;
                r += (argb >> 16) & 0xff;
                g += (argb >> 8) & 0xff;
                b += argb & 0xff;
                n++;
            }
        }
        if (n == 0) return new Color(0, 0, 0, 0);
        return new Color((int) (r / n), (int) (g / n), (int) (b / n));
    }
}
