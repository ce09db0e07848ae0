package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.giaymoi.domain.rules.Docs.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.meeting.Assignment;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.text.Wording;

/**
 * Wording an attacker would write: placeholders with odd formats, a placeholder repeated to flood the output, and
 * texts full of weekdays and dates. The rules answer with findings or the constructor refuses with a message; no
 * exception escapes a check, and a check's work grows linearly with the text.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostileWordingTest {
    @Test
    void an_empty_format_is_the_default_format() {
        Invitation inv = body(gm(), participants(chair()), time("Thời gian: {start:}, ngày {date:}.", MEETING), place(),
                closing());
        assertThat(inv.outline().flatten().get(2).text().plain()).isEqualTo("Thời gian: 08 giờ 00, ngày 12/5/2026.");
        assertThat(RuleEngine.standard().check(inv, DRAFT)).isNotNull();
    }

    @Test
    void an_hour_format_on_a_deadline_without_a_time_is_refused_by_the_point_with_what_to_do() {
        assertThatThrownBy(() -> Point.of(Marker.NUMBER, "Gửi trước {deadline:HH} giờ.",
                new Assignment("Sở Nội vụ", null, "tài liệu", List.of(Assignment.Deadline.on(LocalDate.of(2026, 5, 8))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'HH'").hasMessageContaining("bỏ");
    }

    /**
     * The finding: {@code {units}} repeated in one wording printed 41.8 MB from 46 KB. A placeholder is filled at
     * most {@link Wording#MAX_FILLS} times, and one point's filled-in wording is at most {@link Wording#MAX_RESOLVED}
     * characters, so what a point prints stays within a few times what was sent.
     */
    @Test
    void a_repeated_units_placeholder_cannot_flood_the_output() {
        String[] a = new String[200];
        java.util.Arrays.fill(a, "A");
        assertThatThrownBy(() -> Point.of(Marker.DASH, "{units} ".repeat(700), Invitee.unit(a)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{units}").hasMessageContaining(Wording.MAX_FILLS + " lần");
        assertThatThrownBy(() -> Point.of(Marker.DASH, "{units} ".repeat(Wording.MAX_FILLS + 1), Invitee.unit(a)))
                .hasMessageContaining(Wording.MAX_FILLS + " lần");
        String filled = Point.of(Marker.DASH, "{units} ".repeat(Wording.MAX_FILLS), Invitee.unit(a)).resolvedText().plain();
        assertThat(filled.length()).isLessThan(Wording.MAX_FILLS * 3 * 200 + 100);
        String[] longNames = new String[200];
        java.util.Arrays.fill(longNames, "Ủy ban nhân dân " + "xã miền núi biên giới ".repeat(5));
        assertThatThrownBy(() -> Point.of(Marker.DASH, "{units}", Invitee.unit(longNames)))
                .hasMessageContaining("giới hạn " + Wording.MAX_RESOLVED);
    }

    /** A date written in parts, as real invitations do, fills one placeholder three times and is read. */
    @Test
    void a_date_written_in_parts_is_not_a_repetition() {
        Invitation inv = body(gm(), participants(chair()),
                time("Thời gian: {start:HH} giờ, ngày {date:dd} tháng {date:MM} năm {date:yyyy}.", MEETING), place(),
                closing());
        assertThat(inv.outline().flatten().get(2).text().plain()).contains("ngày 12 tháng 05 năm 2026");
    }

    /**
     * The input of the finding (24 KB of weekdays next to dates took 26 s: each weekday compared every date through a
     * copy of the text between them). Now each weekday looks at its two neighbours: 4 times the text gives 4 times
     * the weekday–date pairs, all found. The time bound of the whole check is held in the web module's
     * {@code BoundedWorkTest}, measured as the request's own CPU time.
     */
    @Test
    void weekdays_next_to_dates_are_found_in_linear_work() {
        String unit = "thứ Sáu, ngày 17/5/2024; ngày 18/5/2024 (thứ Bảy); ";
        String small = unit.repeat(120); // about 6 KB
        String large = unit.repeat(480); // about 24 KB
        assertThat(TextScan.datedWeekdays(small)).hasSize(240);
        List<TextScan.DatedWeekday> found = TextScan.datedWeekdays(large);
        assertThat(found).hasSize(960).allMatch(w -> w.date().date().orElseThrow().getDayOfWeek() == w.weekday());
    }

    @Test
    void a_check_of_a_text_full_of_weekdays_and_dates_finds_them_all() {
        String wrong = "thứ Hai, ngày 17/5/2024; ".repeat(200);
        Invitation inv = body(gm(), participants(chair()), time(MEETING), place(), Point.paragraph(wrong), closing());
        assertThat(RuleEngine.standard().check(inv, DRAFT)).filteredOn(f -> f.ruleId().equals("MEET-WEEKDAY"))
                .hasSize(200);
    }
}
