package vn.giaymoi.importer.source;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Bản PDF (a PDF source): its text layer, read by PDFBox in reading order. A wide gap between two words on one line
 * (the two columns of the header, Nơi nhận beside the signature) becomes a tab, as a typist would have put it.
 */
public final class PdfSource {
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int MAX_PAGES = 30;

    private PdfSource() {}

    public static SourceDocument read(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableDocument(UnreadableDocument.Reason.TOO_LARGE,
                    name + ": tệp PDF quá lớn (tối đa 10 MiB)");
        }
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.getNumberOfPages() > MAX_PAGES) {
                throw new UnreadableDocument(UnreadableDocument.Reason.TOO_LARGE,
                        name + ": tệp PDF có " + pdf.getNumberOfPages() + " trang; một giấy mời không quá " + MAX_PAGES);
            }
            String text = new ColumnStripper().getText(pdf);
            if (text.isBlank()) {
                throw new UnreadableDocument(UnreadableDocument.Reason.UNSUPPORTED, name + ": PDF không có lớp chữ"
                        + " (bản quét); hãy nhập bản Word hoặc bản PDF xuất từ Word");
            }
            return TextSource.of(text, name, SourceDocument.Kind.PDF);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocument(UnreadableDocument.Reason.UNSUPPORTED,
                    name + ": tệp PDF có mật khẩu; hãy bỏ mật khẩu rồi nhập lại", e);
        } catch (IOException e) {
            throw new UnreadableDocument(UnreadableDocument.Reason.DAMAGED,
                    name + ": tệp PDF bị hỏng hoặc không phải PDF", e);
        }
    }

    private static final class ColumnStripper extends PDFTextStripper {
        private float lastEnd = Float.NaN;

        ColumnStripper() {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                if (!Float.isNaN(lastEnd) && first.getXDirAdj() - lastEnd > 4 * Math.max(first.getWidthOfSpace(), 1f)) {
                    super.writeString("\t");
                }
                TextPosition last = positions.get(positions.size() - 1);
                lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
            }
            super.writeString(text);
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            lastEnd = Float.NaN;
            super.writeLineSeparator();
        }

        @Override
        public String getText(PDDocument doc) throws IOException {
            return super.getText(doc).replaceAll(" *\t *", "\t");
        }
    }
}
