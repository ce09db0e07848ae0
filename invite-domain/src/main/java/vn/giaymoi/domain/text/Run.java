package vn.giaymoi.domain.text;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;

/** Đoạn chữ (text run): a stretch of text with one emphasis. */
public record Run(String text, boolean bold, boolean italic) {
    public Run {
        if (text == null || text.isEmpty()) throw InvalidValueException.of(ErrorCode.RUN_EMPTY, text);
    }
}
