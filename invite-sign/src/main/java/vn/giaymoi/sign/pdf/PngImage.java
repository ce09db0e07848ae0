package vn.giaymoi.sign.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NodeList;

/**
 * Ảnh PNG (a PNG image: the signer's signature or the organisation's seal) with its pixel size and, when the file
 * records its resolution (pHYs), its physical width: the seal is drawn at its real size from that.
 */
public record PngImage(byte[] bytes, int widthPixels, int heightPixels, Optional<Double> widthMillimetres) {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** Reads a PNG; {@code name} is used in the error message. */
    public static PngImage read(byte[] bytes, String name) {
        if (bytes.length < SIGNATURE.length || !java.util.Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new SigningFailure(name + ": không phải ảnh PNG (Phụ lục I NĐ 30/2020/NĐ-CP: ảnh chữ ký và ảnh dấu là PNG nền trong suốt)",
                    name + ": not a PNG image (Decree 30, Appendix I: signature and seal images are PNG with a transparent background)");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new IOException("no PNG reader");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return new PngImage(bytes, width, height, physicalWidth(reader.getImageMetadata(0), width));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new SigningFailure(name + ": ảnh PNG hỏng (" + e.getMessage() + ")", name + ": broken PNG (" + e.getMessage() + ")");
        }
    }

    /** Width over height. */
    public double aspect() {
        return (double) widthPixels / heightPixels;
    }

    /** From the PNG's own pHYs chunk (pixels per metre); the JDK's standard-tree conversion of it is not reliable. */
    private static Optional<Double> physicalWidth(IIOMetadata metadata, int widthPixels) {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_png_1.0");
        NodeList chunks = root.getElementsByTagName("pHYs");
        if (chunks.getLength() == 0) return Optional.empty();
        IIOMetadataNode pHYs = (IIOMetadataNode) chunks.item(0);
        if (!"meter".equals(pHYs.getAttribute("unitSpecifier"))) return Optional.empty();
        double pixelsPerMetre = Double.parseDouble(pHYs.getAttribute("pixelsPerUnitXAxis"));
        return pixelsPerMetre > 0 ? Optional.of(widthPixels / pixelsPerMetre * 1000) : Optional.empty();
    }
}
