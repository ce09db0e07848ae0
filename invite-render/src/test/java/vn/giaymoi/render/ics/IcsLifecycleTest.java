package vn.giaymoi.render.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.lifecycle.CalendarEntry;
import vn.giaymoi.domain.lifecycle.CalendarEntry.Standing;
import vn.giaymoi.domain.meeting.Session;

/** The calendar follows the lifecycle: read back with ical4j. */
class IcsLifecycleTest {
    private final IcsRenderer renderer = new IcsRenderer(Clock.fixed(Instant.parse("2026-05-05T01:00:00Z"), ZoneOffset.UTC));

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String prop(VEvent e, String name) {
        return e.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void a_stored_draft_with_a_hand_typed_number_and_date_is_tentative() throws Exception {
        Invitation typed = Invitations.aGiayMoi(); // "05/GM-UBND", dated: looks issued, but it is a draft
        VEvent e = parse(renderer.render(typed, new CalendarEntry("a", 0, Standing.TENTATIVE))).<VEvent>getComponents("VEVENT").get(0);
        assertThat(prop(e, "STATUS")).isEqualTo("TENTATIVE");
        assertThat(prop(e, "SEQUENCE")).isEqualTo("0");
        assertThat(prop(parse(renderer.render(typed, new CalendarEntry("a", 0, Standing.CONFIRMED)))
                .<VEvent>getComponents("VEVENT").get(0), "STATUS")).isEqualTo("CONFIRMED");
    }

    @Test
    void a_postponement_keeps_the_uid_with_a_higher_sequence_and_the_new_time() throws Exception {
        Invitation original = Invitations.aGiayMoi();
        List<Point> body = new java.util.ArrayList<>(original.body());
        body.set(1, Point.of(Marker.NUMBER, "Thời gian: {start}, {weekday}, ngày {date}.", Session.at(LocalDate.of(2026, 5, 19), LocalTime.of(14, 0))));
        Invitation later = original.withBody(body);

        VEvent before = parse(renderer.render(original, new CalendarEntry("goc", 0, Standing.CONFIRMED))).<VEvent>getComponents("VEVENT").get(0);
        Calendar moved = parse(renderer.render(later, new CalendarEntry("goc", 1, Standing.CONFIRMED)));
        VEvent after = moved.<VEvent>getComponents("VEVENT").get(0);
        assertThat(prop(after, "UID")).isEqualTo(prop(before, "UID"));
        assertThat(prop(after, "SEQUENCE")).isEqualTo("1");
        assertThat(prop(after, "DTSTART")).startsWith("20260519T140000");
        assertThat(moved.<Property>getProperty("METHOD").map(Property::getValue)).contains("PUBLISH");
    }

    @Test
    void a_cancellation_is_status_cancelled_with_method_cancel_for_the_same_uid() throws Exception {
        Invitation original = Invitations.aGiayMoi();
        VEvent before = parse(renderer.render(original, new CalendarEntry("goc", 0, Standing.CONFIRMED))).<VEvent>getComponents("VEVENT").get(0);
        Calendar cancelled = parse(renderer.render(original, new CalendarEntry("goc", 1, Standing.CANCELLED)));
        VEvent e = cancelled.<VEvent>getComponents("VEVENT").get(0);
        assertThat(cancelled.<Property>getProperty("METHOD").map(Property::getValue)).contains("CANCEL");
        assertThat(prop(e, "STATUS")).isEqualTo("CANCELLED");
        assertThat(prop(e, "UID")).isEqualTo(prop(before, "UID"));
        assertThat(prop(e, "SEQUENCE")).isEqualTo("1");
    }
}
