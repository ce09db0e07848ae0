package vn.giaymoi.domain.lifecycle;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.Objects;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Issuer;

/**
 * Sổ đăng ký số (one number series of the outgoing register): one issuing body, one ký hiệu, one calendar year.
 * Numbers run from 01 on 1 January in the order of issuing (NĐ 30/2020/NĐ-CP, Điều 15.1). Every store keys its
 * register by this one value.
 *
 * @param issuer the issuing body: its parent body, if any, and its full name on one line. The full name rather than
 *     the optional abbreviation, so that two bodies sharing an abbreviation ({@code UBND} of a province and of a
 *     commune) never share a series
 * @param symbol the ký hiệu ({@code GM-UBND})
 * @param year the calendar year of the issue date
 */
public record RegisterSeries(String issuer, String symbol, int year) {
    public RegisterSeries {
        issuer = withoutNul(Objects.requireNonNull(issuer, "issuer"));
        symbol = withoutNul(Objects.requireNonNull(symbol, "symbol"));
        if (issuer.isBlank() || symbol.isBlank()) throw InvalidValueException.of(ErrorCode.REGISTER_SERIES_BLANK, issuer + " " + symbol);
    }

    /** The series {@code invitation} is numbered in when issued in {@code year}. */
    public static RegisterSeries of(Invitation invitation, int year) {
        return new RegisterSeries(issuerKey(invitation.issuer()), invitation.number().symbol(), year);
    }

    /** The issuer as the register knows it: {@code UBND TỈNH HÀ TĨNH / SỞ NỘI VỤ}. */
    public static String issuerKey(Issuer issuer) {
        return issuer.parent() == null ? issuer.fullName() : issuer.parent() + " / " + issuer.fullName();
    }

    /**
     * The text without U+0000, which PostgreSQL's text columns refuse; a key is a name, never a place to keep one.
     */
    private static String withoutNul(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }

    @Override
    public String toString() {
        return issuer + " | " + symbol + " | " + year;
    }
}
