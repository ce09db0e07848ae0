package vn.giaymoi.format.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Tệp giấy mời (the input file's top level), as read from YAML or JSON; mapped to the domain by {@code InvitationMapper}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"kind", "format", "issuer", "onBehalfOf", "number", "place", "date", "subject", "urgency",
        "confidentiality", "form", "addressees", "opening", "body", "distribution", "signature", "footer", "contacts"})
public record InvitationDto(
        @Size(max = Limits.CODE) @PrintedText String kind,
        @Valid IssuerDto issuer,
        @Size(max = Limits.NUMBER) @PrintedText @Pattern(regexp = Patterns.NUMBER,
                message = "cần dạng số/ký hiệu, ví dụ 05/GM-UBND (dự thảo: /GM-UBND; văn bản của Đảng: 27-GM/BTGTU)") String number,
        @Size(max = Limits.SHORT) @PrintedText String place,
        @Valid DateDto date,
        @Size(max = Limits.SUBJECT) @PrintedText(lineBreaks = true) String subject,
        @Size(max = Limits.CODE) @PrintedText String urgency,
        @Size(max = Limits.CODE) @PrintedText String confidentiality,
        @Size(max = Limits.CODE) @PrintedText String form,
        @Size(max = Limits.ENTRIES) List<@NotNull @Size(max = Limits.ENTRY) @PrintedText(lineBreaks = true) String> addressees,
        @Valid OpeningDto opening,
        @Size(max = Limits.POINTS) List<@NotNull @Valid PointDto> body,
        @Size(max = Limits.ENTRIES) List<@NotNull @Size(max = Limits.ENTRY) @PrintedText(lineBreaks = true) String> distribution,
        @Valid SignatureDto signature,
        @Size(max = Limits.CODE) @PrintedText String format,
        @Size(max = Limits.ENTRY) @PrintedText String onBehalfOf,
        @Size(max = Limits.ENTRIES) List<@NotNull @Size(max = Limits.ENTRY) @PrintedText String> footer,
        @Size(max = Limits.ENTRIES) List<@NotNull @Valid ContactDto> contacts) {

    /** A file without contacts (as files before sending had them). */
    public InvitationDto(String kind, IssuerDto issuer, String number, String place, DateDto date, String subject,
            String urgency, String confidentiality, String form, List<String> addressees, OpeningDto opening,
            List<PointDto> body, List<String> distribution, SignatureDto signature, String format, String onBehalfOf,
            List<String> footer) {
        this(kind, issuer, number, place, date, subject, urgency, confidentiality, form, addressees, opening, body,
                distribution, signature, format, onBehalfOf, footer, null);
    }

    /** A file of the first format version (State format, no footer). */
    public InvitationDto(String kind, IssuerDto issuer, String number, String place, DateDto date, String subject,
            String urgency, String confidentiality, String form, List<String> addressees, OpeningDto opening,
            List<PointDto> body, List<String> distribution, SignatureDto signature) {
        this(kind, issuer, number, place, date, subject, urgency, confidentiality, form, addressees, opening, body,
                distribution, signature, null, null, null);
    }
}
