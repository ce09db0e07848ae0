package vn.giaymoi.domain.meeting;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.giaymoi.domain.text.Texts;

/**
 * Chương trình (programme with time slots) of one day of the meeting, printed as the table real documents carry:
 * {@code 07h30 - 08h00 | Đón tiếp đại biểu | Ban Tổ chức}.
 *
 * @param date the day it runs, or {@code null} for the day of the meeting's only (or first) session
 * @param slots the time slots, in the order printed
 */
public record Programme(LocalDate date, List<Slot> slots) implements Fact {
    public Programme {
        slots = slots == null ? List.of() : List.copyOf(slots);
        if (slots.isEmpty()) throw InvalidValueException.of(ErrorCode.PROGRAMME_NO_SLOTS, slots);
    }

    /**
     * Mốc thời gian (one slot): from, until (optional for the last activity), what happens, who leads it.
     *
     * @param from start of the slot
     * @param until end of the slot, or {@code null} ({@code 11h00: Bế mạc})
     * @param activity what happens: {@code Khai mạc}
     * @param by who presents or leads it, or {@code null}
     */
    public record Slot(LocalTime from, LocalTime until, String activity, String by) {
        public Slot {
            InvalidValueException.required(from, ErrorCode.SLOT_FROM_MISSING);
            activity = Texts.required(activity, ErrorCode.SLOT_ACTIVITY_BLANK);
            by = Texts.optional(by);
            if (until != null && !until.isAfter(from)) {
                throw InvalidValueException.of(ErrorCode.SLOT_ORDER, until, from, until);
            }
        }

        /** The time as real programmes print it: {@code 07h30 - 08h00}, or {@code 11h00}. */
        public String printedTime() {
            return hm(from) + (until == null ? "" : " - " + hm(until));
        }

        private static String hm(LocalTime t) {
            return String.format("%02dh%02d", t.getHour(), t.getMinute());
        }
    }

    /** True when any slot names who leads it (the table then has a third column). */
    public boolean namesLeads() {
        return slots.stream().anyMatch(s -> s.by() != null);
    }

    @Override
    public Map<String, Object> placeholders() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (date != null) {
            m.put("date", date);
            m.put("weekday", date.getDayOfWeek());
        }
        return m;
    }

    @Override
    public Set<String> placeholderNames() {
        return Set.of("date", "weekday");
    }

    @Override
    public String defaultWording() {
        return date == null ? "Chương trình:" : "Chương trình ngày {date}:";
    }
}
