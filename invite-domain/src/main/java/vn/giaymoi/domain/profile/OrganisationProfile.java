package vn.giaymoi.domain.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.giaymoi.domain.text.Texts;

/**
 * Hồ sơ cơ quan (organisation profile): what every new document of an office starts from — who issues it (one
 * identity per period), ô 13, the directory of units, who may sign and how, the usual Nơi nhận, and how drafts are
 * approved. A value: whether it is usable is {@link ProfileRules}' verdict, not the constructor's.
 *
 * @param identities the issuer identities, each valid for a period; the one valid on a document's date is used
 * @param footer ô 13 (address, telephone, e-mail, website)
 * @param units the directory used for Kính gửi, Thành phần and Nơi nhận
 * @param signers the signer roster, the usual signer first
 * @param distribution the usual Nơi nhận lines before {@code Lưu: …}, as written ({@code Như thành phần mời;})
 * @param draftingUnit the short name of the unit that usually drafts ({@code TH}), used in a công văn's ký hiệu
 *     ({@code UBND-TH}) and in {@code Lưu: VT, TH.}; {@code null} when none
 * @param settings approval settings
 */
public record OrganisationProfile(List<IssuerIdentity> identities, AddressFooter footer, List<Unit> units,
        List<RosterSigner> signers, List<String> distribution, String draftingUnit, ProfileSettings settings) {
    public OrganisationProfile {
        identities = identities == null ? List.of() : List.copyOf(identities);
        footer = footer == null ? AddressFooter.none() : footer;
        units = units == null ? List.of() : List.copyOf(units);
        signers = signers == null ? List.of() : List.copyOf(signers);
        distribution = distribution == null ? List.of()
                : distribution.stream().map(Texts::optional).filter(Objects::nonNull).toList();
        draftingUnit = Texts.optional(draftingUnit);
        settings = settings == null ? ProfileSettings.usual() : settings;
    }

    /** The identity valid on {@code date}, if any (the first when periods overlap, which the rules report). */
    public Optional<IssuerIdentity> identityOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return identities.stream().filter(i -> i.validOn(date)).findFirst();
    }
}
