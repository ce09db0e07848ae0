package vn.giaymoi.domain.delegation;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.giaymoi.domain.text.Texts;

/**
 * Thẩm quyền ký (signing block, ô 7a–7b): the authority lines, the signer's own title and name.
 *
 * <p>{@code TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG / Trần Công Thành} is three lines of
 * authority (two prefixed, one title) and a name (ND30 Điều 13; PL I §II.7).
 *
 * @param lines prefixed lines, top to bottom ({@code TL. CHỦ TỊCH}, {@code KT. CHÁNH VĂN PHÒNG})
 * @param title the signer's own title ({@code PHÓ CHÁNH VĂN PHÒNG}), or {@code null} when the last line says it
 * @param signer the signer's full name, or {@code null} while not yet known
 */
public record SigningAuthority(List<AuthorityLine> lines, String title, String signer) {
    public SigningAuthority {
        lines = lines == null ? List.of() : List.copyOf(lines);
        title = Texts.optional(title);
        if (title != null) title = title.toUpperCase(Locale.ROOT);
        signer = Texts.optional(signer);
        if (lines.isEmpty() && title == null) {
            throw InvalidValueException.of(ErrorCode.SIGNATURE_EMPTY, null);
        }
    }

    /** A fluent, immutable builder of a {@code SigningAuthority}. */
    public static SigningAuthorityBuilder builder() {
        return SigningAuthorityBuilder.empty();
    }

    /** Every line printed above the signature, top to bottom. */
    public List<String> printedLines() {
        List<String> out = new ArrayList<>();
        lines.forEach(l -> out.add(l.toString()));
        if (title != null) out.add(title);
        return List.copyOf(out);
    }

    /** True when a line carries {@code prefix}. */
    public boolean has(AuthorityPrefix prefix) {
        return lines.stream().anyMatch(l -> l.prefix() == prefix);
    }
}
