package vn.giaymoi.domain.text;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lời văn có định dạng (rich text): text as the author wrote it, with {@code **bold**} and {@code *italic*}
 * emphasis. Real invitations emphasise deadlines and notes (PL I §II.6 leaves emphasis to the author), so the
 * markup is kept and every renderer draws it; {@code \*} is a literal asterisk. An unmatched marker is literal.
 */
public record RichText(String markup) {
    public RichText {
        markup = Texts.required(markup, ErrorCode.TEXT_BLANK);
    }

    /** Wraps {@code markup}, or returns {@code null} when it is null or blank. */
    public static RichText ofNullable(String markup) {
        return Texts.isBlank(markup) ? null : new RichText(markup);
    }

    public static RichText of(String markup) {
        return new RichText(markup);
    }

    /** The text without emphasis markers: what a reader sees. */
    public String plain() {
        if (markup.indexOf('*') < 0) return markup; // no marker and nothing escaped
        StringBuilder b = new StringBuilder();
        runs().forEach(r -> b.append(r.text()));
        return b.toString();
    }

    /** True when any part of the text is bold or italic. */
    public boolean hasEmphasis() {
        return runs().stream().anyMatch(r -> r.bold() || r.italic());
    }

    /** The runs of equal emphasis, in order. */
    public List<Run> runs() {
        String s = markup;
        if (s.indexOf('*') < 0) return List.of(new Run(s, false, false)); // no marker and nothing escaped: one run
        List<Run> runs = new ArrayList<>();
        StringBuilder cur = new StringBuilder(s.length());
        boolean bold = false;
        boolean italic = false;
        int literal = 0; // where the text not yet copied into cur starts: copied in stretches, not a char at a time
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                cur.append(s, literal, i).append('*');
                i += 2;
                literal = i;
                continue;
            }
            if (c == '*') {
                boolean dbl = i + 1 < s.length() && s.charAt(i + 1) == '*';
                String marker = dbl ? "**" : "*";
                boolean open = dbl ? bold : italic;
                if (open || closes(s, i + marker.length(), marker)) {
                    cur.append(s, literal, i);
                    flush(runs, cur, bold, italic);
                    if (dbl) bold = !bold;
                    else italic = !italic;
                    i += marker.length();
                    literal = i;
                    continue;
                }
            }
            i++;
        }
        cur.append(s, literal, s.length());
        flush(runs, cur, bold, italic);
        return List.copyOf(runs);
    }

    private static boolean closes(String s, int from, String marker) {
        int j = from;
        while ((j = s.indexOf(marker, j)) >= 0) {
            boolean isDouble = j + 1 < s.length() && s.charAt(j + 1) == '*';
            boolean prevStar = j > 0 && s.charAt(j - 1) == '*';
            if (marker.equals("**") || (!isDouble && !prevStar)) return j > from;
            j += 2;
        }
        return false;
    }

    private static void flush(List<Run> runs, StringBuilder cur, boolean bold, boolean italic) {
        if (cur.length() > 0) runs.add(new Run(cur.toString(), bold, italic));
        cur.setLength(0);
    }

    @Override
    public String toString() {
        return Objects.toString(markup);
    }
}
