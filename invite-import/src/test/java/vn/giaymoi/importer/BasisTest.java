package vn.giaymoi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.giaymoi.format.dto.OpeningDto;

/** Văn bản căn cứ: the documents an opening cites, written number first or date first, in the text's order. */
class BasisTest {
    @Test
    void a_citation_written_date_first() {
        OpeningDto o = Basis.opening("Ngày 25/12/2020, Ủy ban nhân dân thành phố có Công văn số 8262/UBND-TCD về việc tổ"
                + " chức tiếp công dân định kỳ năm 2021. Do công việc đột xuất, ngày 25/6/2021, Ủy ban nhân dân thành phố"
                + " có Thông báo số 243/TB-UBND thay đổi thời gian tiếp công dân.");
        assertThat(o.basis()).containsExactly(
                new OpeningDto.Basis("Công văn", "8262/UBND-TCD", LocalDate.of(2020, 12, 25), "Ủy ban nhân dân thành phố"),
                new OpeningDto.Basis("Thông báo", "243/TB-UBND", LocalDate.of(2021, 6, 25), "Ủy ban nhân dân thành phố"));
    }

    @Test
    void both_ways_in_one_opening_keep_their_order_and_a_day_without_a_document_cites_nothing() {
        OpeningDto o = Basis.opening("Ngày 02/3/2025, Sở Nội vụ có Báo cáo số 12/BC-SNV; thực hiện Công văn số 5/UBND-NC"
                + " ngày 01/3/2025 của UBND tỉnh, Sở tổ chức hội nghị.");
        assertThat(o.basis()).extracting(OpeningDto.Basis::number).containsExactly("12/BC-SNV", "5/UBND-NC");
        assertThat(Basis.opening("Ngày 25/12/2020, Ủy ban nhân dân thành phố tổ chức tiếp công dân.").basis()).isNull();
    }
}
