package vn.giaymoi.domain.rules;

import java.util.Locale;

/** Ngôn ngữ thông báo (message language): Vietnamese by default, English on request. */
public enum Language {
    VI,
    EN;

    /** {@code vi} or {@code en}; anything else is rejected. */
    public static Language of(String code) {
        return switch (code == null ? "" : code.strip().toLowerCase(Locale.ROOT)) {
            case "vi" -> VI;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("ngôn ngữ '" + code + "' không có; dùng vi hoặc en");
        };
    }
}
