package vn.giaymoi.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpaceLineBreakerTest {
    private static List<Integer> boundaries(String text) {
        SpaceLineBreaker b = new SpaceLineBreaker();
        b.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int i = b.next(); i >= 0; i = b.next()) out.add(i);
        return out;
    }

    @Test
    void breaks_only_after_spaces_keeping_references_and_dates_whole() {
        assertThat(boundaries("số 49/QĐ-UBND ngày 14/5/2024")).containsExactly(3, 14, 19, 28);
        assertThat(boundaries("a  b")).containsExactly(3, 4);
        assertThat(boundaries("VT,\u00a0HCC")).containsExactly(7);
        assertThat(boundaries("")).isEmpty();
    }
}
