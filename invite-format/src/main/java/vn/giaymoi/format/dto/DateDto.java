package vn.giaymoi.format.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Ngày ban hành ({@code date:}): the issue date, either complete ({@code 2026-05-05}) or as written with blanks
 * ({@code {day: "", month: "5", year: 2024}}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"day", "month", "year"})
public record DateDto(
        @Size(max = 2) @PrintedText @Pattern(regexp = Patterns.DAY_OR_MONTH,
                message = "phải là số từ 1 đến 31, hoặc để trống khi là dự thảo") String day,
        @Size(max = 2) @PrintedText @Pattern(regexp = Patterns.DAY_OR_MONTH,
                message = "phải là số từ 1 đến 12, hoặc để trống khi là dự thảo") String month,
        Integer year,
        @Size(max = Limits.CODE) @PrintedText String iso) {
    /** A complete date written as an ISO string. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DateDto ofIso(String iso) {
        return new DateDto(null, null, null, iso);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static DateDto of(@com.fasterxml.jackson.annotation.JsonProperty("day") String day,
            @com.fasterxml.jackson.annotation.JsonProperty("month") String month,
            @com.fasterxml.jackson.annotation.JsonProperty("year") Integer year) {
        return new DateDto(day, month, year, null);
    }

    /** Written back as the ISO string when it was one. */
    @JsonValue
    public Object value() {
        if (iso != null) return iso;
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("day", day == null ? "" : day);
        m.put("month", month == null ? "" : month);
        m.put("year", year);
        return m;
    }
}
