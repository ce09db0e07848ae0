package vn.giaymoi.importer;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dữ kiện nhận lại được (typed facts recovered), counted field by field and per kind of fact: every fact field the
 * source has, those of them its wording names through a placeholder, and the fact fields the import typed where the
 * source kept the author's text.
 */
final class FactScore {
    private static final Pattern KIND = Pattern.compile(
            "^(?:.*\\.(session|venue|group|invitee|agenda|task|requirement|programme)\\.|opening\\.(basis)\\[).*$");

    /** Per kind: right, total, named right, named total, spurious. */
    private final Map<String, int[]> byKind = new TreeMap<>();

    /** The kind of fact a field path belongs to, or null for a field that is no typed fact. */
    static String kindOf(String path) {
        if (!RoundTripTest.factPath(path + ":")) return null;
        Matcher m = KIND.matcher(path);
        if (!m.matches()) return null;
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    void add(Map<String, String> expected, Map<String, String> got, Set<String> named) {
        expected.forEach((path, value) -> {
            String kind = kindOf(path);
            if (kind == null) return;
            int[] c = byKind.computeIfAbsent(kind, k -> new int[5]);
            boolean right = value.equals(got.get(path));
            c[1]++;
            if (right) c[0]++;
            if (named.contains(path)) {
                c[3]++;
                if (right) c[2]++;
            }
        });
        got.keySet().forEach(path -> {
            String kind = kindOf(path);
            if (kind != null && !expected.containsKey(path)) byKind.computeIfAbsent(kind, k -> new int[5])[4]++;
        });
    }

    private int sum(int i) {
        return byKind.values().stream().mapToInt(c -> c[i]).sum();
    }

    int right() {
        return sum(0);
    }

    int total() {
        return sum(1);
    }

    int namedRight() {
        return sum(2);
    }

    int named() {
        return sum(3);
    }

    int spurious() {
        return sum(4);
    }

    /** The share of one kind's fact fields recovered; 1 for a kind the corpus does not have. */
    double share(String kind) {
        int[] c = byKind.get(kind);
        return c == null || c[1] == 0 ? 1 : (double) c[0] / c[1];
    }

    double share() {
        return (double) right() / total();
    }

    double namedShare() {
        return (double) namedRight() / named();
    }

    /** One line per kind: all its fields, those the wording names, and those typed without a source. */
    String table() {
        StringBuilder b = new StringBuilder("kind         all fields right       named by the wording   typed where the source kept text\n");
        byKind.forEach((kind, c) -> b.append(String.format("%-12s %5d/%-5d %5.1f %%   %5d/%-5d %5.1f %%   %5d%n", kind,
                c[0], c[1], 100.0 * c[0] / Math.max(1, c[1]), c[2], c[3], 100.0 * c[2] / Math.max(1, c[3]), c[4])));
        return b.toString();
    }
}
