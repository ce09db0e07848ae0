package vn.giaymoi.cli.text;

import java.util.ArrayList;
import java.util.List;

/**
 * So sánh dòng (a unified-style line diff): {@code ---}/{@code +++} headers, then hunks {@code @@ -a,n +b,m @@}
 * with three lines of context, from a longest-common-subsequence match of the lines.
 */
public final class LineDiff {
    private static final int CONTEXT = 3;

    private LineDiff() {}

    /** The diff of {@code before} and {@code after}; empty when they are equal. */
    public static String unified(String beforeName, String afterName, String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        List<Edit> edits = edits(a, b);
        if (edits.stream().allMatch(e -> e.op == ' ')) return "";
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(beforeName).append('\n').append("+++ ").append(afterName).append('\n');
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while the next change is within two contexts
            while (true) {
                while (end < edits.size() && edits.get(end).op != ' ') end++;
                int next = end;
                while (next < edits.size() && edits.get(next).op == ' ') next++;
                if (next < edits.size() && next - end <= 2 * CONTEXT) {
                    end = next;
                } else {
                    end = Math.min(edits.size(), end + CONTEXT);
                    break;
                }
            }
            hunk(out, edits.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Edit> hunk) {
        Edit first = hunk.get(0);
        int aCount = (int) hunk.stream().filter(e -> e.op != '+').count();
        int bCount = (int) hunk.stream().filter(e -> e.op != '-').count();
        out.append("@@ -").append(range(first.aLine, aCount)).append(" +").append(range(first.bLine, bCount))
                .append(" @@\n");
        for (Edit e : hunk) out.append(e.op).append(e.text).append('\n');
    }

    private static String range(int firstLine, int count) {
        int start = count == 0 ? firstLine - 1 : firstLine;
        return count == 1 ? Integer.toString(start) : start + "," + count;
    }

    /** One line of the script: ' ' kept, '-' removed, '+' added; lines are 1-based positions in each side. */
    private record Edit(char op, String text, int aLine, int bLine) {}

    private static List<Edit> edits(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Edit> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new Edit(' ', a.get(i), i + 1, j + 1));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
                out.add(new Edit('+', b.get(j), i + 1, j + 1));
                j++;
            } else {
                out.add(new Edit('-', a.get(i), i + 1, j + 1));
                i++;
            }
        }
        return out;
    }
}
