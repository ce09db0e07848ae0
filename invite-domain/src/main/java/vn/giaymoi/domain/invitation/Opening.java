package vn.giaymoi.domain.invitation;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.List;
import java.util.Objects;
import vn.giaymoi.domain.text.RichText;

/**
 * Đoạn mở đầu (opening paragraph): why the meeting is called, citing the documents it rests on, and for a
 * giấy mời the words {@code trân trọng kính mời} (Mẫu 1.7).
 *
 * @param text the paragraph as written
 * @param basis the documents it cites, as data
 */
public record Opening(RichText text, List<BasisDocument> basis) {
    public Opening {
        InvalidValueException.required(text, ErrorCode.OPENING_TEXT_MISSING);
        basis = basis == null ? List.of() : List.copyOf(basis);
    }
}
