package vn.giaymoi.domain.text;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;

/**
 * Số lượng có đơn vị (a count with its unit): {@code 15 phút}, {@code 02 người}. Printed with its unit, so
 * {@code trước {arriveEarly}} reads {@code trước 15 phút}; wording that already writes the unit after the
 * placeholder ({@code {arriveEarly} phút}) gets the number alone.
 *
 * @param count the number
 * @param unit the unit word: {@code phút}, {@code người}
 * @param padded true to write numbers below 10 with a leading zero ({@code 02 người}), as offices write counts
 */
public record Quantity(int count, String unit, boolean padded) {
    public Quantity {
        unit = Texts.required(unit, ErrorCode.QUANTITY_UNIT_BLANK);
    }

    public Quantity(int count, String unit) {
        this(count, unit, false);
    }

    /** The number as printed: {@code 02} when padded. */
    public String number() {
        return padded && count >= 0 && count < 10 ? "0" + count : Integer.toString(count);
    }

    @Override
    public String toString() {
        return number() + " " + unit;
    }
}
