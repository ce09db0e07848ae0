package vn.giaymoi.domain.meeting;

import java.time.LocalTime;
import vn.giaymoi.domain.text.Coded;

/**
 * Buổi (part of the day) a session sits in when the invitation gives no clock time: {@code sáng 06/9},
 * {@code (Tối thứ Tư)}. The hours are the working hours of a state office, used only to order and bound such a
 * session; a calendar shows it as a whole-day entry rather than invent a start.
 */
public enum PartOfDay implements Coded {
    /** Buổi sáng. */
    MORNING("sang", "sáng", LocalTime.of(7, 30), LocalTime.of(11, 30)),
    /** Buổi chiều. */
    AFTERNOON("chieu", "chiều", LocalTime.of(13, 30), LocalTime.of(17, 0)),
    /** Buổi tối. */
    EVENING("toi", "tối", LocalTime.of(18, 0), LocalTime.of(22, 0));

    private final String code;
    private final String label;
    private final LocalTime opens;
    private final LocalTime closes;

    PartOfDay(String code, String label, LocalTime opens, LocalTime closes) {
        this.code = code;
        this.label = label;
        this.opens = opens;
        this.closes = closes;
    }

    @Override
    public String code() {
        return code;
    }

    /** {@code sáng}, {@code chiều}, {@code tối}. */
    @Override
    public String label() {
        return label;
    }

    /** When this part of the day begins. */
    public LocalTime opens() {
        return opens;
    }

    /** When this part of the day ends. */
    public LocalTime closes() {
        return closes;
    }

    /** The part of the day {@code time} falls in. */
    public static PartOfDay of(LocalTime time) {
        if (time.isBefore(LocalTime.NOON)) return MORNING;
        return time.isBefore(LocalTime.of(18, 0)) ? AFTERNOON : EVENING;
    }

    public static PartOfDay fromCode(String code) {
        return Coded.byCode(PartOfDay.class, code, "buổi (partOfDay)");
    }
}
