package vn.giaymoi.format.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Tệp giấy mời (the input file's top level), as read from YAML or JSON; mapped to the domain by {@code InvitationMapper}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"kind", "issuer", "number", "place", "date", "subject", "urgency", "confidentiality", "form",
        "addressees", "opening", "body", "distribution", "signature"})
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
        SignatureDto signature) {}
