package vn.giaymoi.render;

import java.util.Arrays;
import java.util.Locale;

/** Định dạng xuất (output format) of a rendering. */
public enum Format {
    /** Plain text in reading order. */
    TXT("txt", "text/plain; charset=utf-8");

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
