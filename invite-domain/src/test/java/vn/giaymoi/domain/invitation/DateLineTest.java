package vn.giaymoi.domain.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateLineTest {
    @Test
    void writes_a_complete_date_with_nd30_padding() {
        assertThat(DateLine.of("Hà Tĩnh", LocalDate.of(2026, 2, 5)).printed()).isEqualTo("Hà Tĩnh, ngày 05 tháng 02 năm 2026");
        assertThat(DateLine.of("Hà Tĩnh", LocalDate.of(2026, 5, 12)).printed()).isEqualTo("Hà Tĩnh, ngày 12 tháng 5 năm 2026");
    }

    @Test
    void a_draft_keeps_blanks_and_has_no_date() {
        DateLine d = DateLine.draft("Hà Tĩnh", 2026);
        assertThat(d.isDraft()).isTrue();
        assertThat(d.date()).isEmpty();
        assertThat(d.printed()).startsWith("Hà Tĩnh, ngày").endsWith("năm 2026");
    }

    @Test
    void rejects_a_date_that_is_not_in_the_calendar() {
        assertThatThrownBy(() -> new DateLine("Hà Tĩnh", "30", "02", 2026)).hasMessageContaining("không có trong lịch");
        assertThatThrownBy(() -> new DateLine("Hà Tĩnh", "5a", "02", 2026)).hasMessageContaining("ngày");
    }

    @Test
    void document_numbers_parse_keep_their_written_form_and_pad_when_assigned() {
        DocumentNumber n = DocumentNumber.parse("Số: 5/GM-UBND");
        assertThat(n.sequence()).isEqualTo("5");
        assertThat(n.firstGroup()).isEqualTo("GM");
        assertThat(DocumentNumber.parse("/GM-UBND").isDraft()).isTrue();
        assertThat(n.withNumber(7).toString()).isEqualTo("07/GM-UBND");
        assertThatThrownBy(() -> DocumentNumber.parse("GM-UBND")).hasMessageContaining("'/'");
    }
}
