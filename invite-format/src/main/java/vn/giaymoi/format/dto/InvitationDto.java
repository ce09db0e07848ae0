package vn.giaymoi.format.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Tệp giấy mời (the input file's top level), as read from YAML or JSON; mapped to the domain by {@code InvitationMapper}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"kind", "format", "issuer", "onBehalfOf", "number", "place", "date", "subject", "urgency",
        "confidentiality", "form", "addressees", "opening", "body", "distribution", "signature", "footer"})
public record InvitationDto(
        String kind,
        IssuerDto issuer,
        String number,
        String place,
        DateDto date,
        String subject,
        String urgency,
        String confidentiality,
        String form,
        List<String> addressees,
        OpeningDto opening,
        List<PointDto> body,
        List<String> distribution,
        SignatureDto signature,
        String format,
        String onBehalfOf,
        List<String> footer) {

    /** A file of the first format version (State format, no footer). */
    public InvitationDto(String kind, IssuerDto issuer, String number, String place, DateDto date, String subject,
            String urgency, String confidentiality, String form, List<String> addressees, OpeningDto opening,
            List<PointDto> body, List<String> distribution, SignatureDto signature) {
        this(kind, issuer, number, place, date, subject, urgency, confidentiality, form, addressees, opening, body,
                distribution, signature, null, null, null);
    }
}
