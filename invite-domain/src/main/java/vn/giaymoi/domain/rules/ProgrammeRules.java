package vn.giaymoi.domain.rules;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.giaymoi.domain.invitation.Meeting;
import vn.giaymoi.domain.meeting.Programme;
import vn.giaymoi.domain.meeting.Session;

/**
 * Quy tắc chương trình (rules of a programme with time slots): slots follow one another without overlapping,
 * without unexplained gaps, and within the session they belong to. The decree does not regulate programmes; these
 * are consistency checks of the meeting itself.
 */
final class ProgrammeRules {
    private ProgrammeRules() {}

    private static final String BASIS = "Tính nhất quán của chương trình (NĐ 30/2020/NĐ-CP, Điều 8: nội dung rõ ràng, chính xác)";

    static List<Rule> all() {
        return List.of(new Overlap(), new Gap(), new OutsideSession());
    }

    /** The end of {@code slot}, or its start when it states none (a last {@code 11h00: Bế mạc}). */
    private static LocalTime until(Programme.Slot slot) {
        return slot.until() == null ? slot.from() : slot.until();
    }

    /** A check of one slot against the slot before it, giving a finding or {@code null}. */
    private interface NextSlot {
        Finding check(Programme.Slot prev, Programme.Slot slot, String path);
    }

    /** {@code check} on every pair of consecutive slots of every programme of {@code inv}. */
    private static List<Finding> consecutive(InvitationView view, NextSlot check) {
        List<Finding> out = new ArrayList<>();
        for (Meeting.Located<Programme> p : view.meeting().programmes()) {
            List<Programme.Slot> slots = p.value().slots();
            for (int i = 1; i < slots.size(); i++) {
                Finding f = check.check(slots.get(i - 1), slots.get(i), p.path() + ".programme.slots[" + i + "]");
                if (f != null) out.add(f);
            }
        }
        return out;
    }

    /** MEET-PROGRAMME-OVERLAP: a slot starts before the previous one ends (or before it starts). */
    static final class Overlap extends AbstractRule {
        Overlap() {
            super("MEET-PROGRAMME-OVERLAP", "Các mốc của chương trình không chồng lên nhau", BASIS);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            return consecutive(view, (prev, slot, path) -> !slot.from().isBefore(until(prev)) ? null : error(path,
                    text(1, slot.printedTime(), slot.activity(), prev.printedTime(), prev.activity()),
                    "từ " + hm(until(prev)), slot.printedTime(), null));
        }
    }

    /** MEET-PROGRAMME-GAP: a slot starts later than the previous one ends, leaving time nobody accounted for. */
    static final class Gap extends AbstractRule {
        Gap() {
            super("MEET-PROGRAMME-GAP", "Các mốc của chương trình nối tiếp nhau", BASIS);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            return consecutive(view, (prev, slot, path) -> prev.until() == null || !slot.from().isAfter(prev.until())
                    ? null
                    : warning(path, text(1, hm(prev.until()), hm(slot.from())),
                            hm(prev.until()), hm(slot.from()), null));
        }
    }

    /**
     * MEET-PROGRAMME-OUTSIDE: every slot of a one-day session lies within it: not more than the reception time
     * before it starts, nor after the end it states.
     */
    static final class OutsideSession extends AbstractRule {
        private static final java.time.Duration RECEPTION = java.time.Duration.ofMinutes(45);

        OutsideSession() {
            super("MEET-PROGRAMME-OUTSIDE", "Các mốc của chương trình nằm trong thời gian họp", BASIS);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            Meeting meeting = view.meeting();
            for (Meeting.Located<Programme> p : meeting.programmes()) {
                Optional<Session> session = meeting.sessionOf(p.value());
                if (session.isEmpty() || !session.get().hasClockTime() || session.get().endDate() != null) continue;
                Session s = session.get();
                List<Programme.Slot> slots = p.value().slots();
                for (int i = 0; i < slots.size(); i++) {
                    Programme.Slot slot = slots.get(i);
                    // reception before the opening is usual (07h30 - 08h00 đón tiếp for an 08h00 start); an hour is not
                    boolean early = slot.from().isBefore(s.start().minus(RECEPTION));
                    boolean late = s.end() != null && until(slot).isAfter(s.end());
                    if (!early && !late) continue;
                    String window = hm(s.start()) + (s.end() == null ? "" : " - " + hm(s.end()));
                    out.add(warning(p.path() + ".programme.slots[" + i + "]",
                            text(1, slot.printedTime(), slot.activity(), window),
                            window, slot.printedTime(), null));
                }
            }
            return out;
        }
    }

    private static String hm(LocalTime t) {
        return String.format("%02dh%02d", t.getHour(), t.getMinute());
    }
}
