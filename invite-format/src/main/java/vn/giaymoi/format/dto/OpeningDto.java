package vn.giaymoi.format.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** Đoạn mở đầu ({@code opening:}): the opening paragraph and the documents it cites. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"text", "basis"})
public record OpeningDto(
        @Size(max = Limits.PARAGRAPH) @PrintedText(lineBreaks = true) String text,
        @Size(max = Limits.FEW) List<@NotNull @Valid Basis> basis) {
    /** One cited document. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"type", "number", "date", "issuer"})
    public record Basis(
            @Size(max = Limits.SHORT) @PrintedText String type,
            @Size(max = Limits.NUMBER) @PrintedText String number,
            LocalDate date,
            @Size(max = Limits.ENTRY) @PrintedText(lineBreaks = true) String issuer) {}
}
