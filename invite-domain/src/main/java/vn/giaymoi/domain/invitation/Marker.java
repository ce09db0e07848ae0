package vn.giaymoi.domain.invitation;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.giaymoi.domain.text.Texts;

/**
 * Kiểu đánh số (marker style) of a point. The author picks the style by its sample ({@code 1.}, {@code a)},
 * {@code -}); the number itself is computed from the point's place among its siblings (PL I §II.6.đ: khoản
 * {@code 1.}, điểm {@code a) b) … đ) e) g)}, mục {@code I.}).
 */
public enum Marker {
    /** No marker: a plain paragraph. */
    NONE(""),
    /** Khoản: {@code 1.} {@code 2.} */
    NUMBER("1."),
    /** Nested khoản: {@code 5.1.} {@code 5.2.} under {@code 5.} */
    NESTED_NUMBER("1.1."),
    /** Điểm: {@code a)} {@code b)} … {@code đ)} {@code e)} {@code g)} */
    LETTER("a)"),
    /** Mục: {@code I.} {@code II.} */
    ROMAN("I."),
    /** Gạch đầu dòng: {@code -} */
    DASH("-"),
    /** Dấu cộng: {@code +} */
    PLUS("+"),
    /** Dấu sao: {@code *)} */
    STAR("*)"),
    /** Dấu sao không ngoặc: {@code *}, a plain bullet some offices use. */
    ASTERISK("*"),
    /** Gạch đầu dòng kèm chữ: {@code - a)}, as some offices write sub-points. */
    DASH_LETTER("- a)");

    /** Điểm letters: the Vietnamese alphabet without ă â ê ô ơ ư (PL I §II.6.đ). */
    public static final List<String> LETTERS = List.of(
            "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v",
            "x", "y");

    private final String sample;

    Marker(String sample) {
        this.sample = sample;
    }

    /** The sample the author writes to choose this style: {@code a)}. */
    public String sample() {
        return sample;
    }

    /**
     * The style of {@code sample}: any label of the style names it ({@code 3.} or {@code 1.} for khoản,
     * {@code c)} for điểm, {@code 5.2.} for a nested khoản); blank means {@link #NONE}.
     */
    public static Marker fromSample(String sample) {
        String s = sample == null ? "" : Samples.SPACES.matcher(Texts.nfc(sample).strip()).replaceAll(" ");
        if (Samples.NUMBER.matcher(s).matches()) return NUMBER;
        if (Samples.NESTED_NUMBER.matcher(s).matches()) return NESTED_NUMBER;
        if (Samples.LETTER.matcher(s).matches()) return LETTER;
        if (Samples.DASH_LETTER.matcher(s).matches()) return DASH_LETTER;
        if (Samples.ROMAN.matcher(s).matches()) return ROMAN;
        return Arrays.stream(values()).filter(m -> m.sample.equals(s)).findFirst()
                .orElseThrow(() -> InvalidValueException.of(ErrorCode.MARKER_UNKNOWN, sample, sample,
                        String.join("  ", Arrays.stream(values()).filter(m -> m != NONE).map(Marker::sample).toList())));
    }

    /** The forms of {@link #fromSample}, compiled once: every point of every invitation read is matched against them. */
    private static final class Samples {
        static final Pattern SPACES = Pattern.compile("\\s+");
        static final Pattern NUMBER = Pattern.compile("\\d+\\.");
        static final Pattern NESTED_NUMBER = Pattern.compile("\\d+\\.\\d+\\.?");
        static final Pattern LETTER = Pattern.compile("[a-zđ]{1,2}\\)");
        static final Pattern DASH_LETTER = Pattern.compile("- [a-zđ]{1,2}\\)");
        static final Pattern ROMAN = Pattern.compile("[IVXLC]+\\.");
    }

    /** True for styles that count (1., a), I.); false for bullets and paragraphs. */
    public boolean counts() {
        return this == NUMBER || this == NESTED_NUMBER || this == LETTER || this == ROMAN || this == DASH_LETTER;
    }

    /** The label of the {@code index}-th point (0-based) of this style under a parent labelled {@code parent}. */
    public String label(int index, String parentLabel) {
        return switch (this) {
            case NONE -> "";
            case NUMBER -> (index + 1) + ".";
            case NESTED_NUMBER -> (parentLabel.matches("[0-9.]+\\.") ? parentLabel : "") + (index + 1) + ".";
            case LETTER -> letter(index) + ")";
            case DASH_LETTER -> "- " + letter(index) + ")";
            case ROMAN -> roman(index + 1) + ".";
            case DASH, PLUS, STAR, ASTERISK -> sample;
        };
    }

    /** The {@code index}-th điểm letter: a, b, … y, then aa, ab, … */
    static String letter(int index) {
        int n = LETTERS.size();
        return index < n ? LETTERS.get(index) : letter(index / n - 1) + LETTERS.get(index % n);
    }

    static String roman(int n) {
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                b.append(s[i]);
                n -= v[i];
            }
        }
        return b.toString();
    }
}
