package vn.giaymoi.format;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Khóa lạ (unknown key): a key the block does not have, reported where it is written (the parser reports it where
 * the block ends, because a record's keys are collected before it is built) with the known key it most likely
 * means.
 */
final class UnknownKey {
    /** At most this many edits away from a known key is taken for a typo of it ({@code subjct} → {@code subject}). */
    private static final int MAX_EDITS = 2;

    private UnknownKey() {}

    static InputProblem problem(String source, UnrecognizedPropertyException u, SourcePositions positions) {
        String path = InvitationFormat.path(u.getPath());
        String key = u.getPropertyName();
        List<String> known = u.getKnownPropertyIds() == null ? List.of()
                : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        StringBuilder message = new StringBuilder("khóa '").append(key).append("' không có ở đây");
        message.append(suggestion(key, known).map(s -> "; có phải là '" + s + "'?").orElse("."));
        message.append(" Các khóa dùng được: ").append(String.join(", ", known));
        if (!key.matches("[A-Za-z]+")) {
            message.append("; nếu đây là phần sau dấu phẩy của một giá trị viết trong {…}, hãy đặt cả giá trị trong"
                    + " ngoặc kép, ví dụ name: \"Phòng họp số 2, Sở Tài chính\"");
        }
        SourcePositions.Position at = positions.exact(path)
                .or(() -> u.getLocation() == null ? Optional.empty()
                        : Optional.of(new SourcePositions.Position(u.getLocation().getLineNr(), u.getLocation().getColumnNr())))
                .orElse(SourcePositions.Position.UNKNOWN);
        return new InputProblem(source, path, at.line(), at.column(), message.toString());
    }

    /** The known key closest to {@code key} (ignoring case), when it is close enough to be a typo of it. */
    static Optional<String> suggestion(String key, Collection<String> known) {
        String k = key.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(c -> distance(k, c.toLowerCase(Locale.ROOT)) <= Math.min(MAX_EDITS, Math.max(1, c.length() / 3)))
                .min(Comparator.comparingInt((String c) -> distance(k, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c));
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
