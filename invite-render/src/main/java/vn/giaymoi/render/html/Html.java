package vn.giaymoi.render.html;

/**
 * Trình ghi HTML (an HTML writer): markup the renderer writes as literals, text always escaped. {@link #raw} takes only
 * compile-time markup of the renderer; a value from an invitation can enter only through {@link #text},
 * {@link #attribute} or {@link #element}, which escape {@code & < > " '}. Not thread-safe: one per page.
 */
final class Html {
    private final StringBuilder out;

    Html(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** The renderer's own markup, written as is. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Text content, escaped. */
    Html text(String value) {
        escape(value);
        return this;
    }

    /** An attribute value (inside double quotes), escaped. */
    Html attribute(String value) {
        escape(value);
        return this;
    }

    /** {@code <name class="cssClass">value</name>}, the value escaped; no class attribute when {@code cssClass} is null. */
    Html element(String name, String cssClass, String value) {
        out.append('<').append(name);
        if (cssClass != null) out.append(" class=\"").append(cssClass).append('"');
        out.append('>');
        escape(value);
        out.append("</").append(name).append('>');
        return this;
    }

    private void escape(String value) {
        if (value == null) return;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
