package vn.giaymoi.domain.delegation;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.Locale;
import java.util.Objects;
import vn.giaymoi.domain.text.Texts;

/**
 * Dòng quyền hạn ký (authority line) of ô 7a: a prefix and the collective or head it speaks for,
 * e.g. {@code KT. CHỦ TỊCH}, or in a Party document {@code T/M BAN THƯỜNG VỤ}. Written in capitals (PL I §II.7.đ).
 *
 * @param prefix the authority
 * @param subject the collective or head it speaks for
 * @param partyForm true when written the Party's way ({@code K/T}, HD 36-HD/VPTW mục II.1.7)
 */
public record AuthorityLine(AuthorityPrefix prefix, String subject, boolean partyForm) {
    public AuthorityLine {
        InvalidValueException.required(prefix, ErrorCode.AUTHORITY_PREFIX_MISSING);
        String after = Texts.optional(subject);
        if (after == null) throw InvalidValueException.of(ErrorCode.AUTHORITY_SUBJECT_BLANK, subject, prefix.written());
        subject = after.toUpperCase(Locale.ROOT);
    }

    /** A line in the State's form ({@code KT. CHỦ TỊCH}). */
    public AuthorityLine(AuthorityPrefix prefix, String subject) {
        this(prefix, subject, false);
    }

    /**
     * Reads {@code KT. CHỦ TỊCH} or the Party's {@code K/T TRƯỞNG BAN}; rejects a line without one of TM., KT., TL.,
     * TUQ., Q. or T/M, K/T, T/L, T/UQ.
     */
    public static AuthorityLine parse(String line) {
        String l = Texts.required(line, ErrorCode.AUTHORITY_LINE_BLANK);
        java.util.Optional<AuthorityPrefix> party = AuthorityPrefix.ofParty(l);
        if (party.isPresent()) return new AuthorityLine(party.get(), l.substring(party.get().partyWritten().length()), true);
        AuthorityPrefix p = AuthorityPrefix.of(l).orElseThrow(() -> InvalidValueException.of(ErrorCode.AUTHORITY_PREFIX_UNKNOWN, l, l));
        return new AuthorityLine(p, l.substring(p.written().length()));
    }

    /** The prefix as printed on this line. */
    public String writtenPrefix() {
        return partyForm ? prefix.partyWritten() : prefix.written();
    }

    @Override
    public String toString() {
        return writtenPrefix() + " " + subject;
    }
}
