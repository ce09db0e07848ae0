package vn.giaymoi.domain.profile;

import java.util.List;
import java.util.stream.Collectors;
import vn.giaymoi.domain.delegation.AuthorityLine;

/**
 * Hình thức ký (a signing form a person may use): the authority lines above their title, e.g.
 * {@code TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG}; no line when the head signs in their own name (NĐ 30/2020/NĐ-CP,
 * Điều 13).
 *
 * @param lines the authority lines, top to bottom; empty for signing directly
 */
public record SigningForm(List<AuthorityLine> lines) {
    public SigningForm {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The head signs in their own name. */
    public static SigningForm direct() {
        return new SigningForm(List.of());
    }

    /** Reads each line ({@code KT. CHỦ TỊCH}, {@code T/M BAN THƯỜNG VỤ}); a line without a prefix is refused. */
    public static SigningForm of(List<String> lines) {
        return new SigningForm(lines.stream().map(AuthorityLine::parse).toList());
    }

    /** {@code TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG}, or {@code (ký trực tiếp)}. */
    @Override
    public String toString() {
        return lines.isEmpty() ? "(ký trực tiếp)" : lines.stream().map(AuthorityLine::toString).collect(Collectors.joining(" / "));
    }
}
