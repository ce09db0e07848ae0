package vn.giaymoi.render.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.render.Seeds;

/** Parses the calendar back with ical4j: events, times in Asia/Ho_Chi_Minh, people, places, stable UIDs. */
class IcsRendererTest {
    private static final Map<String, LocalDateTime> STATED_START = Map.of(
            "000", LocalDateTime.of(2026, 5, 12, 8, 0),
            "001", LocalDateTime.of(2025, 6, 30, 15, 0),
            "002", LocalDateTime.of(2024, 5, 17, 14, 0),
            "004", LocalDateTime.of(2021, 11, 6, 7, 30));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    private final IcsRenderer renderer = new IcsRenderer(CLOCK);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "004"})
    void each_seed_starts_at_its_stated_time_in_vietnam(String seed) throws Exception {
        Invitation inv = Seeds.invitation(seed);
        Calendar calendar = parse(renderer.render(inv));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(inv.meeting().sessions().size()).isNotEmpty();
        DtStart<Temporal> start = events.get(0).<Temporal>getStartDate().orElseThrow();
        assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).contains("Asia/Ho_Chi_Minh");
        assertThat(start.getDate()).isInstanceOf(ZonedDateTime.class);
        ZonedDateTime at = (ZonedDateTime) start.getDate();
        assertThat(at.toLocalDateTime()).isEqualTo(STATED_START.get(seed));
        assertThat(at.getOffset()).isEqualTo(ZoneOffset.ofHours(7));

        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).extracting(z -> z.getTimeZoneId().getValue()).containsExactly("Asia/Ho_Chi_Minh");
        VEvent event = events.get(0);
        assertThat(value(event, Property.SUMMARY)).isNotBlank();
        assertThat(value(event, Property.DTEND)).isNotBlank();
        assertThat(value(event, Property.LOCATION)).isEqualTo(inv.meeting().venues().get(0).name());
        for (var venue : inv.meeting().venues()) {
            assertThat(value(event, Property.DESCRIPTION)).contains(venue.name());
        }
        Property organizer = event.getProperty(Property.ORGANIZER).orElseThrow();
        assertThat(organizer.getParameter(Parameter.CN).orElseThrow().getValue()).isEqualTo(inv.issuer().fullName());
        assertThat(event.getProperties(Property.ATTENDEE).stream()
                .filter(a -> a.getParameter(Parameter.ROLE).map(r -> r.equals(Role.CHAIR)).orElse(false)))
                .hasSize(1);
        assertThat(value(event, Property.STATUS)).isEqualTo(inv.isDraft() ? "TENTATIVE" : "CONFIRMED");
    }

    @Test
    void the_chair_and_named_invitees_are_attendees_with_their_names() throws Exception {
        VEvent event = parse(renderer.render(Seeds.invitation("002"))).<VEvent>getComponents("VEVENT").get(0);
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(a -> a.getParameter(Parameter.CN).orElseThrow().getValue() + " | "
                        + a.getParameter(Parameter.ROLE).orElseThrow().getValue())
                .containsExactly(
                        "Hồ Tiến Thiệu, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh | CHAIR",
                        "Dương Xuân Huyền, Phó Chủ tịch Thường trực UBND tỉnh, Phó Trưởng Ban chỉ đạo cải cách hành chính"
                                + " tỉnh | REQ-PARTICIPANT");
        assertThat(attendees).allSatisfy(a -> assertThat(a.getValue()).startsWith("urn:uuid:"));
        assertThat(value(event, Property.DESCRIPTION)).contains("Điểm cầu cấp tỉnh: Phòng họp tầng 4, trụ sở UBND tỉnh",
                "Điểm cầu cấp huyện: Phòng họp trực tuyến của UBND cấp huyện", "Hình thức: trực tuyến.");
    }

    @Test
    void a_draft_keeps_its_uid_across_renders_and_once_numbered() throws Exception {
        Invitation draft = Seeds.invitation("000");
        IcsRenderer later = new IcsRenderer(Clock.offset(CLOCK, java.time.Duration.ofDays(3)));
        String first = uid(renderer.render(draft));
        assertThat(uid(later.render(draft))).isEqualTo(first);
        assertThat(uid(renderer.render(draft.withNumber(draft.number().withNumber(12))))).isEqualTo(first);
        assertThat(uid(renderer.render(Seeds.invitation("001")))).isNotEqualTo(first);
        assertThat(uid(renderer.render(draft.withSubject(vn.giaymoi.domain.text.RichText.of("Họp khác"))))).isNotEqualTo(first);
    }

    @Test
    void an_issued_invitation_is_confirmed_and_lines_are_folded() throws Exception {
        String ics = renderer.render(Invitations.aGiayMoi());
        VEvent event = parse(ics).<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20261123T080000Z");
        assertThat(ics).contains("\r\n ").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    @Test
    void an_invitation_without_a_session_time_is_refused_in_vietnamese() {
        Invitation noTime = Invitations.aGiayMoi().withBody(List.of(Point.of(Marker.NUMBER, "Nội dung họp.")));
        assertThatThrownBy(() -> renderer.render(noTime)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chưa có thời gian họp");
    }

    @Test
    void folding_counts_octets_and_never_splits_a_letter() {
        String line = "DESCRIPTION:" + "Điểm cầu cấp tỉnh: Phòng họp tầng 4, trụ sở UBND tỉnh. ".repeat(5);
        String folded = IcsRenderer.refold(line + "\r\n");
        assertThat(folded.split("\r\n")).allSatisfy(l ->
                assertThat(l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    /** The finding: a bare CR in a name or a text made new properties ({@code ATTACH:…}) in the calendar. */
    @Test
    void a_carriage_return_in_a_text_or_a_name_cannot_inject_a_property() throws Exception {
        Invitation seed = Seeds.invitation("002");
        String evil = "Họp\rATTACH:http://evil.example/x\r\nX-EVIL:1";
        Invitation inv = seed.withSubject(vn.giaymoi.domain.text.RichText.of(evil));
        String ics = renderer.render(inv);
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(ics.split("\r\n")).noneMatch(l -> l.startsWith("ATTACH") || l.startsWith("X-EVIL"));
        VEvent event = parse(ics).<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getProperties("ATTACH")).isEmpty();
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Họp\nATTACH:http://evil.example/x\nX-EVIL:1");
    }

    @Test
    void a_parameter_value_keeps_no_line_break_and_no_double_quote() {
        assertThat(IcsRenderer.parameter("Nguyễn \"A\"\r\nROLE=CHAIR")).isEqualTo("Nguyễn 'A' ROLE=CHAIR");
        assertThat(IcsRenderer.text("a\u0007b\rc")).isEqualTo("ab\nc");
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String uid(String ics) throws Exception {
        return value(parse(ics).<VEvent>getComponents("VEVENT").get(0), Property.UID);
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    /**
     * A session over whole days, with no clock time and no part of the day ("diễn ra trong 01 ngày"), is an all-day
     * event; its summary names no part of the day (the pipeline fuzz test found the renderer failing on it).
     */
    @Test
    void a_whole_day_session_is_an_all_day_event() throws Exception {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("..", "examples", "seed-001.yaml"))
                .replace("session: {date: 2025-06-30, start: \"15:00\", arriveEarlyMinutes: 10}",
                        "session: {date: 2025-06-30, duration: \"01 ngày\"}");
        Invitation inv = new vn.giaymoi.format.InvitationFormat().read(yaml, vn.giaymoi.format.Syntax.YAML, "whole-day.yaml")
                .fold(i -> i, problems -> {
                    throw new AssertionError(problems.toString());
                });
        assertThat(inv.meeting().sessions()).singleElement().satisfies(s -> assertThat(s.wholeDays()).isTrue());

        VEvent event = parse(renderer.render(inv)).<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.<Temporal>getStartDate().orElseThrow().getDate()).isEqualTo(java.time.LocalDate.of(2025, 6, 30));
        assertThat(event.<Temporal>getEndDate().orElseThrow().getDate()).isEqualTo(java.time.LocalDate.of(2025, 7, 1));
        assertThat(event.getSummary().getValue()).doesNotContain("buổi");
    }
}
