package vn.giaymoi.domain.text;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Giá trị có mã (a value with a code): an enum constant written in input files by a short ASCII code
 * ({@code giay-moi}, {@code tinh}) and shown to people by its Vietnamese label.
 */
public interface Coded {
    /** The code used in input files and on the command line. */
    String code();

    /** The Vietnamese label. */
    String label();

    /**
     * The constant of {@code type} whose code (or label) is {@code code}, ignoring case and surrounding spaces; an
     * unknown code is rejected with a message naming {@code what} and listing the codes.
     */
    static <E extends Enum<E> & Coded> E byCode(Class<E> type, String code, String what) {
        String c = code == null ? "" : Texts.nfc(code).strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.code().equals(c) || e.label().toLowerCase(Locale.ROOT).equals(c))
                .findFirst()
                .orElseThrow(() -> InvalidValueException.of(ErrorCode.UNKNOWN_CODE, code, what, code,
                        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList())));
    }
}
