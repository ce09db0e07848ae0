package vn.giaymoi.format.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Mục của nội dung (one point of {@code body:}): a marker sample, its wording, typed facts, and sub-points.
 * The fact keys are {@code session}, {@code venue}, {@code group}, {@code invitee}, {@code agenda}, {@code task},
 * {@code programme}, {@code requirement}; a point may carry several of them (time and place in one sentence).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"marker", "text", "session", "venue", "group", "invitee", "agenda", "task", "programme",
        "requirement", "points"})
public record PointDto(
        @Size(max = Limits.CODE) @PrintedText @Pattern(regexp = Patterns.MARKER,
                message = "không phải kiểu đánh số; dùng một trong: 1.  1.1.  a)  - a)  I.  -  +  *)  *") String marker,
        @Size(max = Limits.PARAGRAPH) @PrintedText(lineBreaks = true) String text,
        @Valid Session session,
        @Valid Venue venue,
        @Valid Group group,
        @Valid Invitee invitee,
        @Valid Agenda agenda,
        @Valid Task task,
        @Size(max = Limits.POINTS) List<@NotNull @Valid PointDto> points,
        @Valid Programme programme,
        @Valid Requirement requirement) {

    /** A point of the first format version (no programme, no requirement). */
    public PointDto(String marker, String text, Session session, Venue venue, Group group, Invitee invitee,
            Agenda agenda, Task task, List<PointDto> points) {
        this(marker, text, session, venue, group, invitee, agenda, task, points, null, null);
    }

    /** {@code session:} when the meeting sits. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"date", "endDate", "partOfDay", "start", "end", "duration", "arriveEarlyMinutes"})
    public record Session(LocalDate date, @JsonSerialize(using = HourMinute.class) LocalTime start,
            @JsonSerialize(using = HourMinute.class) LocalTime end,
            @Size(max = Limits.LINE) @PrintedText String duration, Integer arriveEarlyMinutes,
            LocalDate endDate, @Size(max = Limits.CODE) @PrintedText String partOfDay) {
        public Session(LocalDate date, LocalTime start, LocalTime end, String duration, Integer arriveEarlyMinutes) {
            this(date, start, end, duration, arriveEarlyMinutes, null, null);
        }
    }

    /** Writes a time as the input files show it, {@code "08:00"}, not {@code 08:00:00}; seconds only when set. */
    public static final class HourMinute extends StdSerializer<LocalTime> {
        private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

        public HourMinute() {
            super(LocalTime.class);
        }

        @Override
        public void serialize(LocalTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.getSecond() == 0 && value.getNano() == 0 ? value.format(HH_MM) : value.toString());
        }
    }

    /** {@code venue:} a venue or bridge point. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"name", "level", "link"})
    public record Venue(
            @Size(max = Limits.ENTRY) @PrintedText(lineBreaks = true) String name,
            @Size(max = Limits.CODE) @PrintedText String level,
            @Size(max = Limits.ENTRY) @PrintedText @Pattern(regexp = Patterns.WEB_LINK,
                    message = "phải bắt đầu bằng https:// hoặc http://") String link) {
        public Venue(String name, String level) {
            this(name, level, null);
        }
    }

    /** {@code group:} the level whose invitees the sub-points list. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Group(@Size(max = Limits.CODE) @PrintedText String level) {}

    /** {@code invitee:} a person or the representative of units. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    @JsonPropertyOrder({"name", "title", "units", "representative", "chair", "separateInvitation", "note", "quota",
            "contacts"})
    public record Invitee(
            @Size(max = Limits.ENTRY) @PrintedText String name,
            @Size(max = Limits.ENTRY) @PrintedText String title,
            @Size(max = Limits.ENTRIES) List<@NotNull @Size(max = Limits.ENTRY) @PrintedText String> units,
            boolean representative, boolean chair, boolean separateInvitation,
            @Size(max = Limits.ENTRY) @PrintedText(lineBreaks = true) String note,
            @Valid Quota quota,
            @Size(max = Limits.ENTRIES) List<@NotNull @Valid ContactDto> contacts) {
        public Invitee(String name, String title, List<String> units, boolean representative, boolean chair,
                boolean separateInvitation, String note) {
            this(name, title, units, representative, chair, separateInvitation, note, null, null);
        }

        /** An invitee without contacts (as files before sending had them). */
        public Invitee(String name, String title, List<String> units, boolean representative, boolean chair,
                boolean separateInvitation, String note, Quota quota) {
            this(name, title, units, representative, chair, separateInvitation, note, quota, null);
        }
    }

    /** {@code quota:} how many each unit sends: {@code {count: 2, unit: người}} prints {@code 02 người}. */
    @JsonPropertyOrder({"count", "unit"})
    public record Quota(int count, @Size(max = Limits.CODE) @PrintedText String unit) {}

    /** {@code programme:} time slots of one day, printed as a table. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"date", "slots"})
    public record Programme(LocalDate date, @Size(max = Limits.ENTRIES) List<@NotNull @Valid Slot> slots) {}

    /** One slot: {@code {from: "07:30", until: "08:00", activity: Đón tiếp đại biểu, by: Ban Tổ chức}}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"from", "until", "activity", "by"})
    public record Slot(@JsonSerialize(using = HourMinute.class) LocalTime from,
            @JsonSerialize(using = HourMinute.class) LocalTime until,
            @Size(max = Limits.ENTRY) @PrintedText(lineBreaks = true) String activity,
            @Size(max = Limits.ENTRY) @PrintedText(lineBreaks = true) String by) {}

    /** {@code requirement:} a requirement on attendees (dress code, documents, app or link, arriving early). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"kind", "detail", "link"})
    public record Requirement(
            @Size(max = Limits.CODE) @PrintedText String kind,
            @Size(max = Limits.ENTRY) @PrintedText(lineBreaks = true) String detail,
            @Size(max = Limits.ENTRY) @PrintedText @Pattern(regexp = Patterns.WEB_LINK,
                    message = "phải bắt đầu bằng https:// hoặc http://") String link) {}

    /** {@code agenda:} an agenda item. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"topic", "presenter"})
    public record Agenda(
            @Size(max = Limits.SUBJECT) @PrintedText(lineBreaks = true) String topic,
            @Size(max = Limits.ENTRY) @PrintedText String presenter) {}

    /** {@code task:} a task assignment. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"lead", "coordinating", "deliverable", "deadlines"})
    public record Task(
            @Size(max = Limits.ENTRY) @PrintedText String lead,
            @Size(max = Limits.ENTRIES) List<@NotNull @Size(max = Limits.ENTRY) @PrintedText String> coordinating,
            @Size(max = Limits.SUBJECT) @PrintedText(lineBreaks = true) String deliverable,
            @Size(max = Limits.FEW) List<@NotNull @Valid Deadline> deadlines) {}

    /** A deadline: a day {@code 2024-05-15}, or a day and time {@code 2025-06-30T10:00}. */
    public record Deadline(
            @com.fasterxml.jackson.annotation.JsonValue @Size(max = Limits.CODE) @PrintedText
            @Pattern(regexp = Patterns.DEADLINE, message = "cần dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM, ví dụ 2025-06-30T10:00")
            String value) {
        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        public Deadline {}
    }
}
