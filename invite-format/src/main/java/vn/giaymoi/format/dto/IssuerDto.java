package vn.giaymoi.format.dto;

import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Cơ quan ban hành ({@code issuer:}): the issuing body and its parent. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"parent", "name", "abbreviation", "level", "province"})
public record IssuerDto(
        @Size(max = Limits.LINE) @PrintedText(lineBreaks = true) String parent,
        @Size(max = Limits.ISSUER_NAME) @PrintedText(lineBreaks = true) String name,
        @Size(max = Limits.SHORT) @PrintedText String abbreviation,
        @Size(max = Limits.CODE) @PrintedText String level,
        @Size(max = Limits.SHORT) @PrintedText String province) {}
