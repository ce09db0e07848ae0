package vn.giaymoi.domain.invitation;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.OptionalInt;
import vn.giaymoi.domain.text.Texts;

/**
 * Số, ký hiệu (number and symbol, ô 3): {@code 05/GM-UBND}; a draft leaves the number blank ({@code /GM-UBND}).
 * The number is kept as written so that an unpadded {@code 5} can be reported (PL I §II.3.a: 01 … 09).
 *
 * <p>A Party document writes the number, a hyphen, then the type and the body joined by a slash:
 * {@code 27-GM/BTGTU}, {@code 1822-CV/BTGTU} (HD 36-HD/VPTW mục II.1.3). Its symbol is kept as {@code GM/BTGTU}:
 * a State symbol never holds a slash, since the slash separates it from the number.
 *
 * @param sequence the number as written, digits only, or empty for a draft
 * @param symbol the ký hiệu: {@code GM-UBND}, {@code UBND-KSTTHC}, or a Party {@code GM/BTGTU}
 */
public record DocumentNumber(String sequence, String symbol) {
    /** Compiled once: every document read makes its number (String.matches compiles on each call). */
    private static final java.util.regex.Pattern SEQUENCE = java.util.regex.Pattern.compile("\\d{0,11}");
    private static final java.util.regex.Pattern NUMBER_LABEL = java.util.regex.Pattern.compile("^Số\\s*:?\\s*");

    public DocumentNumber {
        sequence = sequence == null ? "" : Texts.nfc(sequence).strip();
        if (!SEQUENCE.matcher(sequence).matches()) {
            throw InvalidValueException.of(ErrorCode.NUMBER_SEQUENCE, sequence, sequence);
        }
        symbol = Texts.required(symbol, ErrorCode.NUMBER_SYMBOL_BLANK);
        if (symbol.startsWith("/")) symbol = symbol.substring(1).strip();
        if (symbol.isEmpty()) throw InvalidValueException.of(ErrorCode.NUMBER_SYMBOL_BLANK, symbol);
    }

    /** A draft's number: blank sequence. */
    public static DocumentNumber draft(String symbol) {
        return new DocumentNumber("", symbol);
    }

    /** A Party number: digits (or none), a hyphen, then {@code TYPE/BODY}. */
    private static final java.util.regex.Pattern PARTY = java.util.regex.Pattern.compile("(\\d*)\\s*-\\s*(\\S+/\\S+)");

    /**
     * Reads the printed form {@code 5771/UBND-KSTTHC}, {@code /GM-UBND}, {@code Số: 05/GM-UBND}, or a Party
     * number {@code 27-GM/BTGTU}, {@code -GM/BTGTU} (draft), {@code Số 27-GM/BTGTU}.
     */
    public static DocumentNumber parse(String printed) {
        String p = NUMBER_LABEL.matcher(Texts.required(printed, ErrorCode.NUMBER_BLANK)).replaceFirst("");
        java.util.regex.Matcher party = PARTY.matcher(p);
        if (party.matches()) return new DocumentNumber(party.group(1), party.group(2));
        int slash = p.indexOf('/');
        if (slash < 0) throw InvalidValueException.of(ErrorCode.NUMBER_SLASH, printed, printed);
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
        if (number < 1) throw InvalidValueException.of(ErrorCode.NUMBER_BELOW_ONE, number, number);
        return new DocumentNumber(number < 10 ? "0" + number : Integer.toString(number), symbol);
    }

    /** The first group of the symbol: {@code GM} in {@code GM-UBND} and in a Party {@code GM/BTGTU}. */
    public String firstGroup() {
        int end = partyStyle() ? symbol.indexOf('/') : symbol.indexOf('-');
        return end < 0 ? symbol : symbol.substring(0, end);
    }

    /** True for the Party's {@code 27-GM/BTGTU} form. */
    public boolean partyStyle() {
        return symbol.contains("/");
    }

    /** {@code 05/GM-UBND}, {@code /GM-UBND} for a draft, or a Party {@code 27-GM/BTGTU}. */
    @Override
    public String toString() {
        return sequence + (partyStyle() ? "-" : "/") + symbol;
    }
}
