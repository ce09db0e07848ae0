package vn.giaymoi.format.dto;

/**
 * Mẫu của trường (patterns of the input format): the regular expressions a text must match, declared once here and
 * used by the {@code @Pattern} annotations of the dto records; the JSON Schema states the same (a test keeps them
 * equal).
 */
public final class Patterns {
    /** {@code number:} {@code 05/GM-UBND}, a draft {@code /GM-UBND}, a Party number {@code 27-GM/BTGTU}. */
    public static final String NUMBER = "^((Số\\s*:\\s*)?\\s*\\d{0,11}\\s*/\\s*\\S.*|(Số\\s+)?\\d{0,11}\\s*-\\s*\\S+/\\S+)$";
    /** {@code marker:} a sample of the marker style ({@code 1.}, {@code a)}, {@code I.}, {@code -}, …). */
    public static final String MARKER = "^\\s*(\\d+\\.|\\d+\\.\\d+\\.?|[a-zđ]{1,2}\\)|-\\s+[a-zđ]{1,2}\\)|[IVXLC]+\\.|-|\\+|\\*\\)|\\*)?\\s*$";
    /** A web address: {@code https://…} or {@code http://…}. */
    public static final String WEB_LINK = "^[Hh][Tt][Tt][Pp][Ss]?://\\S+$";
    /** A signing authority line: {@code KT. CHỦ TỊCH}, {@code T/M BAN THƯỜNG VỤ}. */
    public static final String AUTHORITY = "^\\s*((TM|KT|TL|TUQ|Q)\\.|T/M|K/T|T/L|T/UQ)\\s*\\S.*$";
    /** A deadline: {@code 2024-05-15} or {@code 2025-06-30T10:00}. */
    public static final String DEADLINE = "^\\s*\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?\\s*$";

    /** {@code date: {day, month}}: up to two digits, or blank in a draft. */
    public static final String DAY_OR_MONTH = "^\\s*\\d{0,2}\\s*$";

    private Patterns() {}
}
