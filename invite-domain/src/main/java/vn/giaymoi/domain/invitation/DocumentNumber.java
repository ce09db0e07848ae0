package vn.giaymoi.domain.invitation;

import java.util.OptionalInt;
import vn.giaymoi.domain.text.Texts;

/**
 * Số, ký hiệu (number and symbol, ô 3): {@code 05/GM-UBND}; a draft leaves the number blank ({@code /GM-UBND}).
 * The number is kept as written so that an unpadded {@code 5} can be reported (PL I §II.3.a: 01 … 09).
 *
 * @param sequence the number as written, digits only, or empty for a draft
 * @param symbol the ký hiệu: {@code GM-UBND}, {@code UBND-KSTTHC}
 */
public record DocumentNumber(String sequence, String symbol) {
    public DocumentNumber {
        sequence = sequence == null ? "" : Texts.nfc(sequence).strip();
        if (!sequence.matches("\\d{0,11}")) {
            throw new IllegalArgumentException("số văn bản '" + sequence + "' phải là chữ số (tối đa 11), hoặc để trống khi là dự thảo");
        }
        symbol = Texts.required(symbol, "Ký hiệu văn bản");
        if (symbol.startsWith("/")) symbol = symbol.substring(1).strip();
        if (symbol.isEmpty()) throw new IllegalArgumentException("Ký hiệu văn bản không được để trống");
    }

    /** A draft's number: blank sequence. */
    public static DocumentNumber draft(String symbol) {
        return new DocumentNumber("", symbol);
    }

    /**
     * Reads the printed form {@code 5771/UBND-KSTTHC}, {@code /GM-UBND} or {@code Số: 05/GM-UBND}.
     */
    public static DocumentNumber parse(String printed) {
        String p = Texts.required(printed, "Số, ký hiệu").replaceFirst("^Số\\s*:\\s*", "");
        int slash = p.indexOf('/');
        if (slash < 0) throw new IllegalArgumentException("số, ký hiệu '" + printed + "' cần dấu '/' giữa số và ký hiệu, ví dụ 05/GM-UBND");
        return new DocumentNumber(p.substring(0, slash).strip(), p.substring(slash + 1).strip());
    }

    public boolean isDraft() {
        return sequence.isEmpty();
    }

    /** The number's value, when assigned. */
    public OptionalInt number() {
        return isDraft() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(sequence));
    }

    /** The same symbol with a number written the ND30 way (two digits at least). */
    public DocumentNumber withNumber(int number) {
        if (number < 1) throw new IllegalArgumentException("số văn bản phải từ 1: " + number);
        return new DocumentNumber(number < 10 ? "0" + number : Integer.toString(number), symbol);
    }

    /** The first group of the symbol: {@code GM} in {@code GM-UBND}. */
    public String firstGroup() {
        int dash = symbol.indexOf('-');
        return dash < 0 ? symbol : symbol.substring(0, dash);
    }

    /** {@code 05/GM-UBND}, or {@code /GM-UBND} for a draft. */
    @Override
    public String toString() {
        return sequence + "/" + symbol;
    }
}
