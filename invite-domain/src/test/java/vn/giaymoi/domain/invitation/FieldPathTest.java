package vn.giaymoi.domain.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldPathTest {
    @Test
    void rendersAsFindingsPrintIt() {
        FieldPath date = FieldPath.of("body", 2).field("session").field("date");
        assertThat(date).hasToString("body[2].session.date");
        assertThat(FieldPath.of("body", 3).element("points", 0)).hasToString("body[3].points[0]");
        assertThat(FieldPath.of("subject")).hasToString("subject");
    }

    @Test
    void readsItsPositionsWithoutParsingText() {
        FieldPath p = FieldPath.of("body", 3).element("points", 0).field("session");
        assertThat(p.root()).isEqualTo("body");
        assertThat(p.indices()).containsExactly(3, 0);
        assertThat(p.segments()).extracting(FieldPath.Segment::name).containsExactly("body", "points", "session");
    }

    @Test
    void refusesAnEmptyPathOrABadIndex() {
        assertThatThrownBy(() -> new FieldPath(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldPath.of("body", -2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldPath.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOutlineGivesEveryPointItsTypedPath() {
        Outline o = Invitations.aGiayMoi().outline();
        for (Outline.Entry e : o.flatten()) {
            assertThat(e.path()).isEqualTo(e.fieldPath().toString());
            assertThat(e.fieldPath().root()).isEqualTo("body");
            assertThat(e.fieldPath().indices()).hasSize(e.depth() + 1);
        }
    }
}
