package vn.giaymoi.domain.meeting;

import vn.giaymoi.domain.text.Coded;

/**
 * Cấp hành chính (administrative level) of an issuer, a bridge point or a group of attendees.
 *
 * <p>From 2025-07-01 the district level no longer exists (Luật 72/2025/QH15, Điều 51 khoản 3), so the
 * level is kept as data and the rules decide by the issue date.
 */
public enum AdministrativeLevel implements Coded {
    /** Trung ương. */
    CENTRAL("trung-uong", "trung ương"),
    /** Cấp tỉnh. */
    PROVINCE("tinh", "tỉnh"),
    /** Cấp huyện (abolished 2025-07-01). */
    DISTRICT("huyen", "huyện"),
    /** Cấp xã. */
    COMMUNE("xa", "xã");

    private final String code;
    private final String label;

    AdministrativeLevel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The code used in input files: {@code trung-uong}, {@code tinh}, {@code huyen}, {@code xa}. */
    @Override
    public String code() {
        return code;
    }

    /** The Vietnamese word: {@code tỉnh}. */
    @Override
    public String label() {
        return label;
    }

    public static AdministrativeLevel fromCode(String code) {
        return Coded.byCode(AdministrativeLevel.class, code, "cấp hành chính");
    }
}
