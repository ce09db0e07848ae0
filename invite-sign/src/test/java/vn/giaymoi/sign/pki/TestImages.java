package vn.giaymoi.sign.pki;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.InvitationRenderer;

/**
 * Ảnh thử (test images and documents): a blue handwritten-like signature and a red round seal, both PNG with a
 * transparent background; the seal records 300 dpi, so its real size is its pixel size at 300 dpi.
 */
public final class TestImages {
    public static final Color BLUE = new Color(0x10, 0x30, 0xC0);
    public static final Color RED = new Color(0xD0, 0x10, 0x10);
    /** The seal's real diameter. */
    public static final double SEAL_MM = 36;

    private TestImages() {}

    /** A blue signature, 600 × 240 pixels, transparent background. */
    public static byte[] signature() {
        BufferedImage image = new BufferedImage(600, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BLUE);
        g.setStroke(new BasicStroke(12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Float(30, 180, 150, -40, 250, 300, 330, 90));
        g.draw(new CubicCurve2D.Float(330, 90, 420, 0, 470, 260, 570, 60));
        g.drawLine(60, 210, 560, 170);
        g.dispose();
        return png(image, 0);
    }

    /** A red round seal, {@value #SEAL_MM} mm across at 300 dpi, transparent background. */
    public static byte[] seal() {
        int size = (int) Math.round(SEAL_MM / 25.4 * 300);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(RED);
        g.setStroke(new BasicStroke(size / 30f));
        g.drawOval(size / 30, size / 30, size - size / 15, size - size / 15);
        g.drawOval(size / 5, size / 5, size - 2 * size / 5, size - 2 * size / 5);
        g.setFont(new Font(Font.SERIF, Font.BOLD, size / 6));
        g.drawString("★", size / 2 - size / 12, size / 2 + size / 16);
        g.dispose();
        return png(image, 300);
    }

    /** A rendered giấy mời (examples/seed-000.yaml) as PDF. */
    public static byte[] invitationPdf() {
        return invitationPdf("000");
    }

    /** The example {@code examples/seed-NNN.yaml} rendered as PDF. */
    public static byte[] invitationPdf(String seed) {
        var invitation = new InvitationFormat().read(Path.of("..", "examples", "seed-" + seed + ".yaml"))
                .fold(inv -> inv, problems -> {
                    throw new AssertionError("seed-" + seed + " does not parse: " + problems);
                });
        return new InvitationRenderer().render(invitation, Format.PDF).bytes();
    }

    private static byte[] png(BufferedImage image, int dpi) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            if (dpi > 0) {
                IIOMetadataNode pHYs = new IIOMetadataNode("pHYs");
                String perMetre = Long.toString(Math.round(dpi / 0.0254));
                pHYs.setAttribute("pixelsPerUnitXAxis", perMetre);
                pHYs.setAttribute("pixelsPerUnitYAxis", perMetre);
                pHYs.setAttribute("unitSpecifier", "meter");
                IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
                root.appendChild(pHYs);
                metadata.mergeTree("javax_imageio_png_1.0", root);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, metadata), null);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            return java.nio.file.Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
