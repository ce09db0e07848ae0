package vn.giaymoi.domain.delegation;

import java.util.Locale;
import java.util.Objects;
import vn.giaymoi.domain.text.Texts;

/**
 * Dòng quyền hạn ký (authority line) of ô 7a: a prefix and the collective or head it speaks for,
 * e.g. {@code KT. CHỦ TỊCH}. Written in capitals (PL I §II.7.đ).
 */
public record AuthorityLine(AuthorityPrefix prefix, String subject) {
    public AuthorityLine {
        Objects.requireNonNull(prefix, "tiền tố quyền hạn");
        subject = Texts.required(subject, "Chức danh sau " + prefix.written()).toUpperCase(Locale.ROOT);
    }

    /** Reads {@code KT. CHỦ TỊCH}; rejects a line without one of TM., KT., TL., TUQ., Q. */
    public static AuthorityLine parse(String line) {
        String l = Texts.required(line, "Dòng quyền hạn ký");
        AuthorityPrefix p = AuthorityPrefix.of(l).orElseThrow(() -> new IllegalArgumentException(
                "dòng quyền hạn ký '" + l + "' phải bắt đầu bằng TM., KT., TL., TUQ. hoặc Q. (có dấu chấm)"));
        return new AuthorityLine(p, l.substring(p.written().length()));
    }

    @Override
    public String toString() {
        return prefix.written() + " " + subject;
    }
}
