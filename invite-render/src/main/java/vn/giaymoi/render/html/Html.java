package vn.giaymoi.render.html;

import java.util.Arrays;

/**
 * Trình ghi HTML (an HTML writer): markup the renderer writes as literals, text always escaped, encoded to UTF-8 as
 * it is written. {@link #raw} takes only compile-time markup of the renderer; a value from an invitation can enter
 * only through {@link #text}, {@link #attribute} or {@link #element}, which escape {@code & < > " '}. Not
 * thread-safe: one per page.
 *
 * <p>Why bytes: the page is sent and stored as UTF-8, and a Vietnamese page in a {@code StringBuilder} is held in
 * two bytes a character, copied when it grows, copied again by {@code toString} and encoded a third time; here each
 * character is encoded once. The bytes are those of {@code String.getBytes(UTF_8)}, a lone surrogate included
 * ({@code ?}).
 */
final class Html {
    private byte[] out;
    private int length;

    Html(int capacity) {
        out = new byte[capacity];
    }

    /** The renderer's own markup, written as is. */
    Html raw(String markup) {
        write(markup, false);
        return this;
    }

    /** Markup already encoded (the style sheet, read once), written as is. */
    Html raw(byte[] utf8) {
        room(utf8.length);
        System.arraycopy(utf8, 0, out, length, utf8.length);
        length += utf8.length;
        return this;
    }

    /** Text content, escaped. */
    Html text(String value) {
        write(value, true);
        return this;
    }

    /** An attribute value (inside double quotes), escaped. */
    Html attribute(String value) {
        write(value, true);
        return this;
    }

    /** {@code <name class="cssClass">value</name>}, the value escaped; no class attribute when {@code cssClass} is null. */
    Html element(String name, String cssClass, String value) {
        put('<');
        write(name, false);
        if (cssClass != null) {
            write(" class=\"", false);
            write(cssClass, false);
            put('"');
        }
        put('>');
        write(value, true);
        write("</", false);
        write(name, false);
        put('>');
        return this;
    }

    /** The page's bytes. */
    byte[] bytes() {
        return Arrays.copyOf(out, length);
    }

    private void put(char ascii) {
        room(1);
        out[length++] = (byte) ascii;
    }

    private void write(String s, boolean escape) {
        if (s == null) return;
        int n = s.length();
        room(6 * n); // "&quot;" is the longest a character becomes; UTF-8 takes at most 3 bytes a UTF-16 unit
        byte[] b = out;
        int at = length;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (escape) {
                    switch (c) {
                        case '&' -> at = ascii(b, at, "&amp;");
                        case '<' -> at = ascii(b, at, "&lt;");
                        case '>' -> at = ascii(b, at, "&gt;");
                        case '"' -> at = ascii(b, at, "&quot;");
                        case '\'' -> at = ascii(b, at, "&#39;");
                        default -> b[at++] = (byte) c;
                    }
                } else {
                    b[at++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                char low;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(low = s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, low);
                    b[at++] = (byte) (0xF0 | cp >> 18);
                    b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | cp & 0x3F);
                    i++;
                } else {
                    b[at++] = '?'; // what String.getBytes(UTF_8) writes for a lone surrogate
                }
            } else {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = at;
    }

    private static int ascii(byte[] b, int at, String entity) {
        for (int i = 0; i < entity.length(); i++) b[at++] = (byte) entity.charAt(i);
        return at;
    }

    private void room(int more) {
        if (out.length - length < more) out = Arrays.copyOf(out, Math.max(2 * out.length, length + more));
    }
}
