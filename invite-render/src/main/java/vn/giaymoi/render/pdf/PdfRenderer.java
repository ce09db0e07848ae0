package vn.giaymoi.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import vn.giaymoi.render.html.HtmlRenderer;
import vn.giaymoi.render.layout.PageLayout;

/**
 * Bản PDF (PDF rendering): the HTML page laid out by openhtmltopdf on A4, fonts embedded, text extractable, page
 * numbers centred in the top margin from page 2 (the {@code @page} rules of the HTML), title and author in the
 * document information. Liberation Serif, metric-compatible with Times New Roman, is embedded under the family
 * name "Times New Roman" that ND30 PL I §I.4 prescribes. Thread-safe.
 */
public final class PdfRenderer {
    /** The family name the HTML asks for. */
    public static final String FAMILY = "Times New Roman";
    private static final List<FontFile> FONTS = List.of(
            FontFile.load("/liberation/LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            FontFile.load("/liberation/LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            FontFile.load("/liberation/LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            FontFile.load("/liberation/LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

    static {
        // openhtmltopdf logs through java.util.logging unless told otherwise; the project logs through SLF4J.
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    /** PDFBox's own Liberation Sans: the fallback for the few glyphs Liberation Serif lacks (subscript digits). */
    private static final FontFile FALLBACK = FontFile.load("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf",
            400, FontStyle.NORMAL);
    private static final String FALLBACK_FAMILY = "Liberation Sans";

    private static final FontMetricsCache METRICS = new FontMetricsCache();

    private final HtmlRenderer html;

    public PdfRenderer(HtmlRenderer html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    public byte[] render(PageLayout page) {
        return pdf(html.render(page));
    }

    /**
     * Một bảng (a list printed as a table on A4 landscape, in the document font): for the attendance list
     * (danh sách đại biểu). Every cell is text, escaped here.
     */
    public static byte[] table(String title, String subtitle, List<String> header, List<List<String>> rows) {
        StringBuilder x = new StringBuilder("<html><head><style>@page { size: A4 landscape; margin: 15mm }"
                + " body { font-family: '" + FAMILY + "'; font-size: 12pt } h1 { font-size: 14pt; text-align: center;"
                + " margin: 0 } p { text-align: center; margin: 2mm 0 6mm } table { width: 100%; border-collapse:"
                + " collapse } th, td { border: 0.5pt solid black; padding: 1.5mm; vertical-align: top }"
                + " th { font-weight: bold }</style></head><body>");
        x.append("<h1>").append(escape(title)).append("</h1><p>").append(escape(subtitle)).append("</p><table><tr>");
        header.forEach(h -> x.append("<th>").append(escape(h)).append("</th>"));
        x.append("</tr>");
        for (List<String> row : rows) {
            x.append("<tr>");
            row.forEach(c -> x.append("<td>").append(escape(c == null ? "" : c)).append("</td>"));
            x.append("</tr>");
        }
        return pdf(x.append("</table></body></html>").toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        for (FontFile font : FONTS) {
            builder.useFont(font::open, FAMILY, font.weight(), font.style(), true);
        }
        builder.useFont(FALLBACK::open, FALLBACK_FAMILY, FALLBACK.weight(), FALLBACK.style(), true);
        builder.useUnicodeLineBreaker(new SpaceLineBreaker());
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS);
        builder.withProducer("giaymoi");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("không dựng được PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** A font file, read once and kept in memory. */
    private record FontFile(byte[] bytes, int weight, FontStyle style) {
        private static final int GSUB = tag("GSUB");
        private static final int HIDDEN = tag("gsuX");

        private static int tag(String t) {
            return ByteBuffer.wrap(t.getBytes(StandardCharsets.US_ASCII)).getInt();
        }

        static FontFile load(String path, int weight, FontStyle style) {
            try (InputStream in = PdfRenderer.class.getResourceAsStream(path)) {
                if (in == null) throw new IllegalStateException("thiếu phông chữ " + path + " (openpdf-fonts-extra, pdfbox)");
                return new FontFile(withoutGsub(in.readAllBytes()), weight, style);
            } catch (IOException e) {
                throw new UncheckedIOException("không đọc được phông chữ " + path, e);
            }
        }

        /**
         * Hides the font's GSUB table by renaming its tag. PDFBox 3 applies GSUB to every text run through regular
         * expressions compiled per run, which made a page cost about half a second; Vietnamese text in NFC needs no
         * glyph substitution (the letters are precomposed), and the embedded subsets never carry GSUB anyway.
         */
        static byte[] withoutGsub(byte[] font) {
            ByteBuffer b = ByteBuffer.wrap(font);
            int tables = Short.toUnsignedInt(b.getShort(4));
            for (int i = 0; i < tables; i++) {
                int at = 12 + 16 * i;
                if (b.getInt(at) == GSUB) b.putInt(at, HIDDEN);
            }
            return font;
        }

        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
