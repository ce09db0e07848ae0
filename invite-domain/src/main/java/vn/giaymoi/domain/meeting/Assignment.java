package vn.giaymoi.domain.meeting;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.giaymoi.domain.text.Texts;

/**
 * Phân công nhiệm vụ (task assignment): the unit that leads, the units that coordinate, what is delivered and by
 * when. A task may have several deadlines ({@code gửi tài liệu trước ngày 15/5/2024; trình … trong ngày 14/5/2024}).
 *
 * @param lead the lead unit (chủ trì), as written
 * @param coordinating the coordinating units (phối hợp)
 * @param deliverable what is delivered, when the wording does not say it in full
 * @param deadlines deadlines in the order the wording names them ({@code {deadline}}, {@code {deadline2}}, …)
 */
public record Assignment(String lead, List<String> coordinating, String deliverable, List<Deadline> deadlines)
        implements Fact {
    public Assignment {
        lead = Texts.required(lead, ErrorCode.TASK_LEAD_BLANK);
        coordinating = coordinating == null ? List.of()
                : coordinating.stream().map(u -> Texts.required(u, ErrorCode.TASK_COORDINATING_BLANK)).toList();
        deliverable = Texts.optional(deliverable);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    }

    /** A deadline: a day, or a day and an hour ({@code trước 10 giờ 00 ngày 30/6/2025}). */
    public record Deadline(LocalDate date, java.time.LocalTime time) {
        public Deadline {
            InvalidValueException.required(date, ErrorCode.DEADLINE_DATE_MISSING);
        }

        public static Deadline on(LocalDate date) {
            return new Deadline(date, null);
        }

        /** The last moment that still meets the deadline: the stated time, else the end of the day. */
        public LocalDateTime latest() {
            return time == null ? date.atTime(23, 59) : date.atTime(time);
        }

        Object placeholderValue() {
            return time == null ? date : date.atTime(time);
        }
    }

    @Override
    public Map<String, Object> placeholders() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lead", lead);
        if (!coordinating.isEmpty()) m.put("coordinating", coordinating);
        if (deliverable != null) m.put("deliverable", deliverable);
        for (int i = 0; i < deadlines.size(); i++) {
            m.put(i == 0 ? "deadline" : "deadline" + (i + 1), deadlines.get(i).placeholderValue());
        }
        return m;
    }

    @Override
    public Set<String> placeholderNames() {
        Set<String> names = new TreeSet<>(Set.of("lead", "coordinating", "deliverable", "deadline"));
        for (int i = 2; i <= Math.max(2, deadlines.size()); i++) names.add("deadline" + i);
        return names;
    }

    @Override
    public String defaultWording() {
        StringBuilder w = new StringBuilder("{lead}");
        if (!coordinating.isEmpty()) w.append(" chủ trì, phối hợp với {coordinating}");
        w.append(deliverable == null ? " thực hiện" : " {deliverable}");
        if (!deadlines.isEmpty()) w.append(", hoàn thành trước {deadline}");
        return w.append(";").toString();
    }
}
