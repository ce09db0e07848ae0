package vn.giaymoi.render.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Ngắt dòng ở dấu cách (line breaks at spaces only): Vietnamese words are separated by spaces, and a reference
 * such as {@code 49/QĐ-UBND} or a date such as {@code 14/5/2024} must stay on one line, which the default Unicode
 * breaker does not ensure (it breaks after {@code -} and around {@code /}). A word longer than the line is still
 * cut by {@code word-wrap: break-word}. One instance per document.
 */
final class SpaceLineBreaker implements FSTextBreaker {
    private static final int DONE = -1;
    private String text = "";
    private int position;

    @Override
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        position = 0;
    }

    @Override
    public int next() {
        if (position >= text.length()) return DONE;
        int i = position;
        while (i < text.length() && !breaksAfter(text.charAt(i))) i++;
        while (i < text.length() && breaksAfter(text.charAt(i))) i++;
        position = i;
        return i;
    }

    /** Ordinary white space; a no-break space (U+00A0) is not white space to {@link Character#isWhitespace}. */
    private static boolean breaksAfter(char c) {
        return Character.isWhitespace(c);
    }
}
