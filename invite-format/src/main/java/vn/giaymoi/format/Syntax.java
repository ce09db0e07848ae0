package vn.giaymoi.format;

import java.nio.file.Path;
import java.util.Locale;

/** Cú pháp tệp (file syntax) of an invitation: YAML or JSON, one schema. */
public enum Syntax {
    YAML,
    JSON;

    /** JSON for {@code .json}, YAML otherwise. */
    public static Syntax of(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }

    /** From a media type ({@code application/json}, {@code application/yaml}); YAML when unknown. */
    public static Syntax ofMediaType(String mediaType) {
        return mediaType != null && mediaType.toLowerCase(Locale.ROOT).contains("json") ? JSON : YAML;
    }
}
