package vn.giaymoi.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which typed queries {@link NumberShape} reads as a document number (from the index first), on real wording. */
class NumberShapeTest {

    @Test
    void a_number_with_its_symbol_whole_or_in_part_is_a_number() {
        for (String typed : new String[] {"01/GM-SNV", "15/GM-UBND", "15/GM-UB", "01/GM", "123/UBND-VP",
            "số 07/GM-SNV", "07/GM-SNV giao ban", "2024/QĐ-UBND", "-01/GM"}) {
            assertThat(NumberShape.of(SearchText.phrases(typed))).as(typed).isTrue();
        }
    }

    @Test
    void words_a_date_a_bare_number_or_a_symbol_without_its_number_are_not() {
        for (String typed : new String[] {"chuyen doi so", "GM-UBND", "UBND-VP", "01", "2024", "01 GM SNV", "đợt 2",
            "Hà Tĩnh", "ngày 01/12", "01/12/2025", "", "   ", "/GM-SNV", "Điều 15", "GM-01"}) {
            assertThat(NumberShape.of(SearchText.phrases(typed))).as(typed).isFalse();
        }
    }
}
