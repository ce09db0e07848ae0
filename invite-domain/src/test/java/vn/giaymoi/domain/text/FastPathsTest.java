package vn.giaymoi.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;

/**
 * The emphasis reader and the placeholder filler copy text in stretches and try the pattern at braces only (they are
 * on every render's path); they give what the character-by-character reader and the scanning filler gave, kept here
 * as the reference, for many random texts made of the characters that matter (markers, escapes, braces, names).
 */
class FastPathsTest {
    private static final int CASES = 20_000;

    @Test
    void reads_the_runs_the_former_reader_read() {
        Random random = new Random(18);
        String[] parts = {"*", "**", "\\*", "\\", "a", " ", "ư", "Hòa", "***"};
        for (int n = 0; n < CASES; n++) {
            String markup = "x" + text(random, parts, 12);
            RichText t = RichText.of(markup);
            List<Run> former = formerRuns(t.markup());
            assertThat(t.runs()).as(markup).isEqualTo(former);
            assertThat(t.plain()).as(markup).isEqualTo(former.stream().map(Run::text).reduce("", String::concat));
        }
    }

    @Test
    void fills_placeholders_as_the_former_filler_did() {
        Random random = new Random(30);
        String[] parts = {"{", "}", "{{", "date", "{date}", "{date:dd/MM}", "{start}", "{start:H:mm}", "{early}",
            " phút", "{units}", "{units:; }", "{missing}", ":", "a", " ", "ư"};
        Map<String, Object> values = Map.of("date", LocalDate.of(2024, 5, 17), "start", LocalTime.of(14, 0),
                "early", new Quantity(15, "phút"), "units", List.of("Nội vụ", "Y tế"));
        for (int n = 0; n < CASES; n++) {
            String template = text(random, parts, 10);
            assertThat(outcome(() -> Wording.resolve(template, values))).as(template)
                    .isEqualTo(outcome(() -> formerResolve(template, values)));
        }
        String flood = "x".repeat(Wording.MAX_RESOLVED + 1);
        assertThat(outcome(() -> Wording.resolve(flood, values))).startsWith("refused")
                .isEqualTo(outcome(() -> formerResolve(flood, values)));
    }

    private static String text(Random random, String[] parts, int most) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(most + 1); i > 0; i--) b.append(parts[random.nextInt(parts.length)]);
        return b.toString();
    }

    private static String outcome(java.util.function.Supplier<String> resolve) {
        try {
            return "filled " + resolve.get();
        } catch (IllegalArgumentException e) {
            return "refused " + e.getMessage();
        }
    }

    /** The reader as it was: one character at a time. */
    private static List<Run> formerRuns(String s) {
        List<Run> runs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                cur.append('*');
                i += 2;
                continue;
            }
            if (c == '*') {
                boolean dbl = i + 1 < s.length() && s.charAt(i + 1) == '*';
                String marker = dbl ? "**" : "*";
                boolean open = dbl ? bold : italic;
                if (open || formerCloses(s, i + marker.length(), marker)) {
                    if (cur.length() > 0) runs.add(new Run(cur.toString(), bold, italic));
                    cur.setLength(0);
                    if (dbl) bold = !bold;
                    else italic = !italic;
                    i += marker.length();
                    continue;
                }
            }
            cur.append(c);
            i++;
        }
        if (cur.length() > 0) runs.add(new Run(cur.toString(), bold, italic));
        return runs;
    }

    private static boolean formerCloses(String s, int from, String marker) {
        int j = from;
        while ((j = s.indexOf(marker, j)) >= 0) {
            boolean isDouble = j + 1 < s.length() && s.charAt(j + 1) == '*';
            boolean prevStar = j > 0 && s.charAt(j - 1) == '*';
            if (marker.equals("**") || (!isDouble && !prevStar)) return j > from;
            j += 2;
        }
        return false;
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{|\\{([A-Za-z][A-Za-z0-9]*)(?::([^}]*))?}");

    /** The filler as it was: the pattern searched at every character, replacements appended by the matcher. */
    private static String formerResolve(String template, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        Map<String, Integer> fills = new HashMap<>();
        while (m.find()) {
            String replacement;
            if (m.group(1) == null) {
                replacement = "{";
            } else {
                if (fills.merge(m.group(1), 1, Integer::sum) > Wording.MAX_FILLS) {
                    throw InvalidValueException.of(ErrorCode.PLACEHOLDER_REPEATED, m.group(1), m.group(1),
                            Wording.MAX_FILLS);
                }
                Object value = values.get(m.group(1));
                String format = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2);
                if (value instanceof Quantity q && format == null) {
                    String rest = template.substring(m.end()).stripLeading();
                    if (rest.startsWith(q.unit()) && (rest.length() == q.unit().length()
                            || !Character.isLetter(rest.charAt(q.unit().length())))) {
                        value = q.number();
                    }
                }
                replacement = value == null ? m.group() : Wording.format(value, format);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            if (out.length() > Wording.MAX_RESOLVED) throw tooLong();
        }
        m.appendTail(out);
        if (out.length() > Wording.MAX_RESOLVED) throw tooLong();
        return out.toString();
    }

    private static IllegalArgumentException tooLong() {
        return InvalidValueException.of(ErrorCode.WORDING_TOO_LONG, null, Wording.MAX_RESOLVED);
    }
}
