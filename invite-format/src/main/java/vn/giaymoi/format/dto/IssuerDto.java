package vn.giaymoi.format.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Cơ quan ban hành ({@code issuer:}): the issuing body and its parent. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"parent", "name", "abbreviation", "level", "province"})
public record IssuerDto(String parent, String name, String abbreviation, String level, String province) {}
