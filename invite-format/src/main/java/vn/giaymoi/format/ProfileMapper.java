package vn.giaymoi.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.giaymoi.domain.invitation.DocumentFormat;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.profile.AddressFooter;
import vn.giaymoi.domain.profile.IssuerIdentity;
import vn.giaymoi.domain.profile.OrganisationProfile;
import vn.giaymoi.domain.profile.ProfileSettings;
import vn.giaymoi.domain.profile.RosterSigner;
import vn.giaymoi.domain.profile.SigningForm;
import vn.giaymoi.domain.profile.Unit;
import vn.giaymoi.format.dto.ProfileDto;

/**
 * Chuyển đổi tệp hồ sơ cơ quan (profile mapper): the profile file's records to the domain and back, every rejection
 * with its field path, every problem of the file collected in one read.
 */
final class ProfileMapper {
    private final List<InvitationMapper.Located> problems = new ArrayList<>();

    private ProfileMapper() {}

    record Result(OrganisationProfile profile, List<InvitationMapper.Located> problems) {}

    static Result toDomain(ProfileDto dto) {
        ProfileMapper m = new ProfileMapper();
        OrganisationProfile p = m.profile(dto);
        return new Result(m.problems.isEmpty() ? p : null, List.copyOf(m.problems));
    }

    private OrganisationProfile profile(ProfileDto d) {
        if (!ProfileDto.KIND.equals(d.kind())) {
            problems.add(new InvitationMapper.Located("kind", "tệp hồ sơ cơ quan ghi kind: " + ProfileDto.KIND));
        }
        List<IssuerIdentity> identities = new ArrayList<>();
        List<ProfileDto.Identity> ids = d.identities() == null ? List.of() : d.identities();
        for (int i = 0; i < ids.size(); i++) add(identities, identity(ids.get(i), "identities[" + i + "]"));
        ProfileDto.Footer f = d.footer();
        AddressFooter footer = f == null ? AddressFooter.none() : new AddressFooter(f.address(), f.phone(), f.email(), f.website());
        List<Unit> units = new ArrayList<>();
        List<ProfileDto.UnitEntry> us = d.units() == null ? List.of() : d.units();
        for (int i = 0; i < us.size(); i++) {
            ProfileDto.UnitEntry u = us.get(i);
            add(units, at("units[" + i + "].name", () -> new Unit(u.name(), u.shortName(), u.email(), u.phone())));
        }
        List<RosterSigner> signers = new ArrayList<>();
        List<ProfileDto.Signer> ss = d.signers() == null ? List.of() : d.signers();
        for (int i = 0; i < ss.size(); i++) add(signers, signer(ss.get(i), "signers[" + i + "]"));
        ProfileDto.Settings s = d.settings();
        ProfileSettings usual = ProfileSettings.usual();
        ProfileSettings settings = s == null ? usual : new ProfileSettings(
                s.approvalRequired() == null ? usual.approvalRequired() : s.approvalRequired(),
                s.selfApprovalAllowed() == null ? usual.selfApprovalAllowed() : s.selfApprovalAllowed());
        if (!problems.isEmpty()) return null;
        return at("", () -> new OrganisationProfile(identities, footer, units, signers, d.distribution(), d.draftingUnit(),
                settings));
    }

    private IssuerIdentity identity(ProfileDto.Identity d, String path) {
        AdministrativeLevel level = d.level() == null ? null : at(path + ".level", () -> AdministrativeLevel.fromCode(d.level()));
        DocumentFormat format = d.format() == null ? null : at(path + ".format", () -> DocumentFormat.fromCode(d.format()));
        Issuer issuer = required(d.name(), path + ".name",
                () -> new Issuer(d.parent(), d.name(), d.abbreviation(), level, d.province()));
        if (issuer == null) return null;
        return required(d.place(), path + ".place",
                () -> new IssuerIdentity(issuer, d.place(), format, d.validFrom(), d.validUntil()));
    }

    private RosterSigner signer(ProfileDto.Signer d, String path) {
        List<SigningForm> forms = new ArrayList<>();
        List<List<String>> raw = d.forms() == null ? List.of() : d.forms();
        for (int f = 0; f < raw.size(); f++) {
            List<String> lines = raw.get(f);
            String here = path + ".forms[" + f + "]";
            List<vn.giaymoi.domain.delegation.AuthorityLine> parsed = new ArrayList<>();
            for (int l = 0; l < lines.size(); l++) {
                String line = lines.get(l);
                add(parsed, at(here + "[" + l + "]", () -> vn.giaymoi.domain.delegation.AuthorityLine.parse(line)));
            }
            if (parsed.size() == lines.size()) forms.add(new SigningForm(parsed));
        }
        if (required(d.name(), path + ".name", () -> d.name()) == null) return null;
        return required(d.title(), path + ".title", () -> new RosterSigner(d.name(), d.title(), forms));
    }

    /** The file's records for {@code p}; reading them back gives an equal profile. */
    static ProfileDto toDto(OrganisationProfile p) {
        List<ProfileDto.Identity> ids = p.identities().stream().map(i -> new ProfileDto.Identity(i.issuer().parent(),
                i.issuer().name(), i.issuer().abbreviation(), i.issuer().level() == null ? null : i.issuer().level().code(),
                i.issuer().province(), i.place(), i.format() == DocumentFormat.STATE ? null : i.format().code(),
                i.validFrom(), i.validUntil())).toList();
        AddressFooter f = p.footer();
        ProfileDto.Footer footer = f.equals(AddressFooter.none()) ? null
                : new ProfileDto.Footer(f.address(), f.phone(), f.email(), f.website());
        List<ProfileDto.UnitEntry> units = p.units().stream()
                .map(u -> new ProfileDto.UnitEntry(u.name(), u.shortName(), u.email(), u.phone())).toList();
        List<ProfileDto.Signer> signers = p.signers().stream().map(s -> new ProfileDto.Signer(s.name(), s.title(),
                s.forms().stream().map(form -> form.lines().stream().map(Object::toString).toList()).toList())).toList();
        return new ProfileDto(ProfileDto.KIND, ids, footer, units, signers, p.distribution(), p.draftingUnit(),
                new ProfileDto.Settings(p.settings().approvalRequired(), p.settings().selfApprovalAllowed()));
    }

    private static <T> void add(List<T> list, T item) {
        if (item != null) list.add(item);
    }

    private <T> T required(Object raw, String path, Supplier<T> make) {
        return InvitationMapper.required(problems, raw, path, make);
    }

    private <T> T at(String path, Supplier<T> make) {
        return InvitationMapper.at(problems, path, make);
    }
}
