package vn.giaymoi.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.rules.Finding;

/** The example runs end to end against the jars, and each step did what it says. */
class IntegrationExampleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 3);

    @Test
    void builds_checks_fixes_renders_and_reads_back_an_invitation() throws Exception {
        IntegrationExample.Result r = IntegrationExample.run(TODAY);

        assertThat(r.built().dateLine().printed()).contains("ngày 3 tháng 2 năm 2026");
        assertThat(r.findings()).extracting(Finding::ruleId).contains("ND30-DATE-PAD", "ND30-MONTH-PAD");
        assertThat(r.fixed().dateLine().printed()).contains("ngày 03 tháng 02 năm 2026");
        assertThat(r.after()).extracting(Finding::ruleId).doesNotContain("ND30-DATE-PAD", "ND30-MONTH-PAD");
        assertThat(r.after()).noneMatch(Finding::isError);

        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("SỞ NỘI VỤ", "GIẤY MỜI", "ngày 03 tháng 02 năm 2026",
                    "Phòng họp số 2, Sở Nội vụ", "Trần Thị Bình");
        }
        assertThat(r.html()).contains("Họp triển khai công tác văn thư, lưu trữ năm 2026", "Lưu: VT, VP.");
        assertThat(r.yaml()).contains("number: /GM-SNV");
        assertThat(r.readBack()).isEqualTo(r.fixed());
    }
}
