package vn.giaymoi.format.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** Đoạn mở đầu ({@code opening:}): the opening paragraph and the documents it cites. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"text", "basis"})
public record OpeningDto(String text, List<Basis> basis) {
    /** One cited document. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"type", "number", "date", "issuer"})
    public record Basis(String type, String number, LocalDate date, String issuer) {}
}
