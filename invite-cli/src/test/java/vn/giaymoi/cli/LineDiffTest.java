package vn.giaymoi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.giaymoi.cli.text.LineDiff;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LineDiffTest {
    private static String lines(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) b.append("l").append(i).append('\n');
        return b.toString();
    }

    @Test
    void equal_texts_have_no_diff() {
        assertThat(LineDiff.unified("a", "b", lines(1, 5), lines(1, 5))).isEmpty();
    }

    @Test
    void a_changed_line_has_three_lines_of_context() {
        String after = lines(1, 9).replace("l5\n", "L5\n");
        assertThat(LineDiff.unified("a", "b", lines(1, 9), after)).isEqualTo("""
                --- a
                +++ b
                @@ -2,7 +2,7 @@
                 l2
                 l3
                 l4
                -l5
                +L5
                 l6
                 l7
                 l8
                """);
    }

    @Test
    void distant_changes_make_separate_hunks_and_near_ones_merge() {
        String after = lines(1, 30).replace("l2\n", "L2\n").replace("l25\n", "").replace("l28\n", "l28\nnew\n");
        assertThat(LineDiff.unified("a", "b", lines(1, 30), after)).isEqualTo("""
                --- a
                +++ b
                @@ -1,5 +1,5 @@
                 l1
                -l2
                +L2
                 l3
                 l4
                 l5
                @@ -22,9 +22,9 @@
                 l22
                 l23
                 l24
                -l25
                 l26
                 l27
                 l28
                +new
                 l29
                 l30
                """);
    }

    @Test
    void an_addition_to_an_empty_text() {
        assertThat(LineDiff.unified("a", "b", "", "x\n")).isEqualTo("--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n");
    }
}
