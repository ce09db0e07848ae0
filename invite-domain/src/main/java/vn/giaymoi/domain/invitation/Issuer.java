package vn.giaymoi.domain.invitation;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.text.Texts;

/**
 * Cơ quan ban hành (issuer, ô 2): the direct parent body, if any, above the issuing body (PL I §II.2).
 *
 * @param parent the parent body ({@code UBND TỈNH HÀ TĨNH}), upper case, not bold; {@code null} when none
 * @param name the issuing body's full name, upper case; a line break keeps a two-line name
 *     ({@code ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH})
 * @param abbreviation the body's abbreviation used in ký hiệu ({@code UBND}, {@code SNV}), when known
 * @param level the body's administrative level, when known
 * @param province the province the body belongs to ({@code Hà Tĩnh}), when known
 */
public record Issuer(String parent, String name, String abbreviation, AdministrativeLevel level, String province) {
    public Issuer {
        parent = upper(Texts.optional(parent));
        name = upper(Texts.required(name, ErrorCode.ISSUER_NAME_BLANK));
        abbreviation = Texts.optional(abbreviation);
        province = Texts.optional(province);
    }

    /** A fluent, immutable builder of a {@code Issuer}. */
    public static IssuerBuilder builder() {
        return IssuerBuilder.empty();
    }

    /** Compiled once: the renderers ask for the name's lines of every document. */
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** The issuing body's name as printed lines. */
    public List<String> nameLines() {
        return Arrays.stream(LINE_BREAK.split(name)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The name on one line: {@code ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH}. */
    public String fullName() {
        return String.join(" ", nameLines());
    }
}
