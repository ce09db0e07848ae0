package vn.giaymoi.domain.rules;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
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
            default -> throw InvalidValueException.of(ErrorCode.LANGUAGE_UNKNOWN, code, code);
        };
    }
}
