package vn.giaymoi.render;

import java.util.Arrays;
import java.util.Locale;

/** Định dạng xuất (output format) of a rendering. */
public enum Format {
    /** Plain text in reading order. */
    TXT("txt", "text/plain; charset=utf-8"),
    /** A4 web page with print CSS, for a preview pane and for printing from a browser. */
    HTML("html", "text/html; charset=utf-8"),
    /** A4 PDF with embedded fonts. */
    PDF("pdf", "application/pdf"),
    /** Word document, editable in Word and LibreOffice. */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** iCalendar: one event per meeting session. */
    ICS("ics", "text/calendar; charset=utf-8");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** File extension without the dot. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named {@code name} ({@code pdf}, {@code TXT}); rejects an unknown one, listing the known. */
    public static Format of(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("định dạng '" + name + "' không có; dùng một trong: "
                        + String.join(", ", Arrays.stream(values()).map(Format::extension).toList())));
    }
}
