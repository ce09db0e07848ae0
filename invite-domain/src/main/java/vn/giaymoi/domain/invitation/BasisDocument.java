package vn.giaymoi.domain.invitation;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;
import vn.giaymoi.domain.text.Texts;

/**
 * Văn bản căn cứ (basis document) cited in the opening paragraph: its type, số/ký hiệu, date and issuer
 * (PL I §II.6.b: the first citation gives all of them).
 *
 * @param type the kind of document: {@code Công văn}, {@code văn bản}, {@code Công điện}
 * @param number number and symbol: {@code 775-CV/HVCTQG}
 * @param date the document's date
 * @param issuer who issued it
 */
public record BasisDocument(String type, String number, LocalDate date, String issuer) {
    public BasisDocument {
        type = Texts.optional(type);
        number = Texts.required(number, ErrorCode.BASIS_NUMBER_BLANK);
        InvalidValueException.required(date, ErrorCode.BASIS_DATE_MISSING);
        issuer = Texts.optional(issuer);
    }
}
