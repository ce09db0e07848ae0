package vn.giaymoi.format.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Size;

/**
 * {@code contacts:} where a recipient receives mail and calls (never printed): {@code {name: Sở Tài chính,
 * email: vanthu@stc.gov.vn, phone: "0239 3855 123"}}. In an invitee, {@code name} is one of its units or its person
 * (left out when it names only one); at the top level, {@code name} repeats a Nơi nhận line.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "email", "phone"})
public record ContactDto(
        @Size(max = Limits.ENTRY) @PrintedText String name,
        @Size(max = Limits.LINE) @PrintedText String email,
        @Size(max = Limits.CODE) @PrintedText String phone) {}
