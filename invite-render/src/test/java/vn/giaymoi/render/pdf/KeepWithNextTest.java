package vn.giaymoi.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.render.Seeds;
import vn.giaymoi.render.layout.LayoutBuilder;

/** Reads the PDF back page by page: a heading or lead-in line is never the last line of a page (keep-with-next). */
class KeepWithNextTest {
    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void no_page_ends_on_a_heading_or_a_lead_in_over_many_body_lengths() throws IOException {
        List<String> endings = new ArrayList<>();
        for (int n = 1; n <= 36; n++) {
            List<Point> body = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                if (i % 3 == 1) body.add(Point.of(Marker.NUMBER, "Thời gian và địa điểm họp mục" + i));
                else if (i % 3 == 2) body.add(Point.of(Marker.NUMBER, "Các đơn vị chuẩn bị mục" + i + " như sau:"));
                else body.add(Point.of(Marker.DASH, "Nội dung mục" + i + " về việc chuẩn bị tài liệu, phòng họp, đường"
                        + " truyền cho hội nghị trực tuyến và báo cáo kết quả thực hiện nhiệm vụ trước ngày họp."));
            }
            try (PDDocument pdf = Loader.loadPDF(renderer.render(LayoutBuilder.of(Invitations.aGiayMoi().withBody(body))))) {
                for (int p = 1; p < pdf.getNumberOfPages(); p++) {
                    String last = lastLine(pdf, p);
                    if (last.endsWith(":") || last.matches(".*mục\\d+")) endings.add("n=" + n + " page " + p + ": " + last);
                }
            }
        }
        assertThat(endings).as("pages ending on a heading or lead-in").isEmpty();
    }

    @Test
    void the_seeds_end_no_page_on_a_lead_in() throws IOException {
        for (String seed : List.of("000", "001", "002", "004")) {
            try (PDDocument pdf = Loader.loadPDF(renderer.render(LayoutBuilder.of(Seeds.invitation(seed))))) {
                for (int p = 1; p < pdf.getNumberOfPages(); p++) {
                    assertThat(lastLine(pdf, p)).as("seed %s page %d", seed, p)
                            .doesNotEndWith(":")
                            .isNotEqualTo("2. Thời gian và địa điểm tổ chức điểm cầu")
                            .isNotEqualTo("3. Địa điểm, hình thức");
                }
            }
        }
    }

    private static String lastLine(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        List<String> lines = Arrays.stream(stripper.getText(pdf).split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        return lines.get(lines.size() - 1);
    }
}
