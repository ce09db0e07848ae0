package vn.giaymoi.format.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Tệp hồ sơ cơ quan (the organisation profile file, {@code kind: ho-so-co-quan}), as read from YAML or JSON; mapped
 * to the domain by {@code ProfileMapper}. A separate document kind of the input format: an invitation file never
 * has this kind, so old files read unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"kind", "identities", "footer", "units", "signers", "distribution", "draftingUnit", "settings"})
public record ProfileDto(
        @Size(max = Limits.CODE) @PrintedText String kind,
        @Size(max = Limits.FEW) List<@NotNull @Valid Identity> identities,
        @Valid Footer footer,
        @Size(max = Limits.ENTRIES) List<@NotNull @Valid UnitEntry> units,
        @Size(max = Limits.FEW) List<@NotNull @Valid Signer> signers,
        @Size(max = Limits.ENTRIES) List<@NotNull @Size(max = Limits.ENTRY) @PrintedText String> distribution,
        @Size(max = Limits.SHORT) @PrintedText String draftingUnit,
        @Valid Settings settings) {

    /** The code of this document kind. */
    public static final String KIND = "ho-so-co-quan";

    /** Danh tính cơ quan ban hành trong một thời kỳ ({@code identities[]}). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"parent", "name", "abbreviation", "level", "province", "place", "format", "validFrom", "validUntil"})
    public record Identity(
            @Size(max = Limits.LINE) @PrintedText(lineBreaks = true) String parent,
            @Size(max = Limits.ISSUER_NAME) @PrintedText(lineBreaks = true) String name,
            @Size(max = Limits.SHORT) @PrintedText String abbreviation,
            @Size(max = Limits.CODE) @PrintedText String level,
            @Size(max = Limits.SHORT) @PrintedText String province,
            @Size(max = Limits.SHORT) @PrintedText String place,
            @Size(max = Limits.CODE) @PrintedText String format,
            LocalDate validFrom,
            LocalDate validUntil) {}

    /** Ô 13 ({@code footer:}). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"address", "phone", "email", "website"})
    public record Footer(
            @Size(max = Limits.ENTRY) @PrintedText String address,
            @Size(max = Limits.SHORT) @PrintedText String phone,
            @Size(max = Limits.SHORT) @PrintedText String email,
            @Size(max = Limits.SHORT) @PrintedText String website) {}

    /** Một đơn vị trong danh bạ ({@code units[]}). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"name", "shortName", "email", "phone"})
    public record UnitEntry(
            @Size(max = Limits.ENTRY) @PrintedText String name,
            @Size(max = Limits.SHORT) @PrintedText String shortName,
            @Size(max = Limits.SHORT) @PrintedText String email,
            @Size(max = Limits.SHORT) @PrintedText String phone) {}

    /** Một người ký ({@code signers[]}): each form is the list of its authority lines; {@code []} signs directly. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"name", "title", "forms"})
    public record Signer(
            @Size(max = Limits.SHORT) @PrintedText String name,
            @Size(max = Limits.LINE) @PrintedText String title,
            @Size(max = Limits.FEW) List<@NotNull @Size(max = Limits.FEW) List<@NotNull @Size(max = Limits.LINE) @PrintedText String>> forms) {}

    /** Thiết lập quy trình ({@code settings:}); a missing value takes the usual office's. */
    @JsonPropertyOrder({"approvalRequired", "selfApprovalAllowed"})
    public record Settings(Boolean approvalRequired, Boolean selfApprovalAllowed) {}
}
