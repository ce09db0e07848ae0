package vn.giaymoi.domain.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.giaymoi.domain.text.Texts;

/**
 * Khóa so sánh tên (comparison key of a Vietnamese name): NFC, lower case, the old and new tone placements made
 * equal ({@code Hoà}/{@code Hòa}, {@code Thuỷ}/{@code Thủy}), spaces collapsed and hyphens spaced, so
 * {@code Bà Rịa-Vũng Tàu} and {@code bà rịa - vũng tàu} compare equal.
 */
final class Names {
    private Names() {}

    private static final String[][] TONES = {
        {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
        {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"},
        {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"}
    };

    /** Spellings offices use interchangeably in names from minority languages: Đăk Glei and Đắk Glei, Đăk Lăk. */
    private static final String[][] VARIANTS = {{"đăk", "đắk"}, {"lăk", "lắk"}};

    private static final Pattern HYPHEN = Pattern.compile("\\s*[-–]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String key(String s) {
        String k = (Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Texts.nfc(s)).toLowerCase(Locale.ROOT);
        for (String[] t : TONES) {
            if (k.indexOf(t[0]) >= 0) k = k.replace(t[0], t[1]);
        }
        for (String[] v : VARIANTS) {
            if (k.indexOf(v[0]) >= 0) k = k.replace(v[0], v[1]);
        }
        // most names have one space between words and no dash: the two regular expressions only when needed
        if (k.indexOf('-') >= 0 || k.indexOf('–') >= 0) k = HYPHEN.matcher(k).replaceAll(" - ");
        if (!singleSpaced(k)) k = SPACES.matcher(k).replaceAll(" ");
        return k.strip();
    }

    private static boolean singleSpaced(String k) {
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < k.length() && Character.isWhitespace(k.charAt(i + 1)))) return false;
        }
        return true;
    }

    /** True when {@code needle} occurs in {@code haystack} as whole words (both already keys). */
    static boolean containsWords(String haystack, String needle) {
        if (needle.isEmpty()) return false;
        int from = 0;
        int i;
        while ((i = haystack.indexOf(needle, from)) >= 0) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(haystack.charAt(i - 1));
            int end = i + needle.length();
            boolean endOk = end >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (startOk && endOk) return true;
            from = i + 1;
        }
        return false;
    }
}
