package vn.giaymoi.sign.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Tìm khối chữ ký (finds the signature block of a rendered văn bản): on the last page, the right-hand column's last
 * line is the signer's name and the line above it the title (Phụ lục I, mục II.7: quyền hạn, chức vụ; chữ ký; họ và
 * tên); the gap between them is where the signature goes.
 */
final class SignatureBlockLocator {
    private static final float MINIMUM_GAP = 24f;

    private SignatureBlockLocator() {}

    static SignatureSpace locate(PDDocument document) throws IOException {
        int last = document.getNumberOfPages() - 1;
        PDRectangle page = document.getPage(last).getMediaBox();
        List<Line> lines = rightColumnLines(document, last, page.getWidth() * 0.45f);
        if (lines.size() < 2) throw notFound();
        Line name = lines.get(lines.size() - 1);
        Line title = lines.get(lines.size() - 2);
        float top = page.getHeight() - title.baseline() - 4f;
        float bottom = page.getHeight() - name.baseline() + name.height() + 2f;
        if (top - bottom < MINIMUM_GAP) throw notFound();
        float columnWidth = Math.max(page.getWidth() - name.minX() - 20f, name.maxX() - name.minX());
        return new SignatureSpace(last, (name.minX() + name.maxX()) / 2f, bottom, top, Math.min(columnWidth, page.getWidth() / 2f));
    }

    private static SigningFailure notFound() {
        return new SigningFailure("Không tìm thấy khối chữ ký ở trang cuối (chức vụ, khoảng trống ký, họ tên người ký — "
                + "Phụ lục I NĐ 30/2020/NĐ-CP, mục II.7). Chỉ ký văn bản do giaymoi dựng, hoặc ký như tài liệu kèm theo (--attachment).",
                "No signature block found on the last page (title, space to sign, signer's name — Decree 30, Appendix I, "
                        + "II.7). Sign a document rendered by giaymoi, or sign it as an attachment (--attachment).");
    }

    private static List<Line> rightColumnLines(PDDocument document, int pageIndex, float fromX) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    if (p.getXDirAdj() >= fromX && !p.getUnicode().isBlank()) glyphs.add(p);
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.getText(document);
        glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<Line> lines = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
            Line current = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (current != null && Math.abs(current.baseline() - glyph.getYDirAdj()) < 2f) {
                lines.set(lines.size() - 1, current.with(glyph));
            } else {
                lines.add(new Line(glyph.getYDirAdj(), glyph.getXDirAdj(), glyph.getXDirAdj() + glyph.getWidthDirAdj(),
                        glyph.getHeightDir()));
            }
        }
        return lines;
    }

    /** One line of the right column: baseline from the top of the page, horizontal extent, glyph height. */
    private record Line(float baseline, float minX, float maxX, float height) {
        Line with(TextPosition glyph) {
            return new Line(baseline, Math.min(minX, glyph.getXDirAdj()),
                    Math.max(maxX, glyph.getXDirAdj() + glyph.getWidthDirAdj()), Math.max(height, glyph.getHeightDir()));
        }
    }
}
