package vn.giaymoi.domain.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Rule;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.domain.rules.Severity;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.domain.text.VietnameseCalendar;

/**
 * Quy tắc hồ sơ cơ quan (rules of an organisation profile): whether a profile can start documents on a given day.
 * Each finding has a stable id ({@code PROFILE-…}, or the id of the signing rule a roster form breaks) and the path
 * of the profile field it is about ({@code identities[1]}, {@code signers[0].forms[1]}). Errors refuse new drafts.
 */
public final class ProfileRules {
    static final String NAME_BASIS = "NĐ 30/2020 Điều 8; PL I §II.2";

    /** The signing rules of the product that a roster form must pass (Điều 13; HD 36-HD/VPTW mục II.1.7; HD 29-HD/TWĐTN-VP). */
    private static final List<Rule> SIGNING = RuleEngine.standard().rules().stream()
            .filter(r -> r.id().startsWith("ND30-SIGN-") || r.id().endsWith("-AUTHORITY-FORM")).toList();
    private static final RuleEngine SIGNING_RULES = new RuleEngine(SIGNING);

    private ProfileRules() {}

    /** Every finding of {@code profile} for documents dated {@code today}; errors first, in field order. */
    public static List<Finding> check(OrganisationProfile profile, LocalDate today) {
        List<Finding> out = new ArrayList<>();
        out.addAll(identities(profile, today));
        out.addAll(roster(profile, today));
        out.addAll(units(profile));
        out.addAll(settings(profile));
        out.sort(java.util.Comparator.comparing(Finding::severity));
        return List.copyOf(out);
    }

    /** True when no finding is an error: new drafts may start from the profile. */
    public static boolean usable(List<Finding> findings) {
        return RuleEngine.passes(findings);
    }

    static List<Finding> identities(OrganisationProfile profile, LocalDate today) {
        List<IssuerIdentity> ids = profile.identities();
        List<Finding> out = new ArrayList<>();
        if (ids.isEmpty()) {
            out.add(error("PROFILE-IDENTITY-NONE", "identities", NAME_BASIS,
                    "Hồ sơ cơ quan chưa có tên cơ quan ban hành; văn bản phải ghi tên cơ quan, tổ chức ban hành"
                            + " (NĐ 30/2020/NĐ-CP, Điều 8 và Phụ lục I, mục II.2): hãy thêm một mục vào identities",
                    "The profile has no issuer identity; every document names its issuing body (Decree 30/2020,"
                            + " Art. 8; Annex I, II.2): add an entry to identities"));
            return out;
        }
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (!ids.get(i).overlaps(ids.get(j))) continue;
                out.add(error("PROFILE-IDENTITY-OVERLAP", "identities[" + j + "]", NAME_BASIS,
                        "Hai danh tính cơ quan cùng hiệu lực một thời gian (mục " + (i + 1) + " và " + (j + 1)
                                + "): mỗi ngày chỉ có một tên chính thức của cơ quan ban hành (NĐ 30/2020/NĐ-CP, Phụ lục I,"
                                + " mục II.2); hãy đặt validUntil của danh tính cũ trước validFrom của danh tính mới",
                        "Two identities are valid at the same time (entries " + (i + 1) + " and " + (j + 1)
                                + "): end the older one (validUntil) before the newer one starts (validFrom)"));
            }
            if (ids.get(i).issuer().abbreviation() == null && ids.get(i).validOn(today)) {
                out.add(error("PROFILE-IDENTITY-ABBREVIATION", "identities[" + i + "].abbreviation", "NĐ 30/2020 PL I §II.3.b",
                        "Danh tính cơ quan hiện hành chưa có chữ viết tắt tên cơ quan, cần cho ký hiệu văn bản"
                                + " (NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3.b), ví dụ UBND, SNV",
                        "The current identity has no abbreviation, which the ký hiệu needs (Annex I, II.3.b), e.g. UBND"));
            }
        }
        if (profile.identityOn(today).isEmpty()) out.add(expired(profile, today));
        return out;
    }

    /** PROFILE-IDENTITY-EXPIRED: no identity is valid on {@code today}, so a new document has no issuer name. */
    static Finding expired(OrganisationProfile profile, LocalDate today) {
        String on = VietnameseCalendar.shortDate(today);
        LocalDate lastEnd = profile.identities().stream().map(IssuerIdentity::validUntil)
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        String ended = lastEnd != null && lastEnd.isBefore(today)
                ? " (danh tính cuối cùng hết hiệu lực ngày " + VietnameseCalendar.shortDate(lastEnd) + ")" : "";
        return error("PROFILE-IDENTITY-EXPIRED", "identities", NAME_BASIS,
                "Hồ sơ cơ quan không có tên cơ quan ban hành còn hiệu lực vào ngày " + on + ended
                        + ". Văn bản mới phải ghi tên chính thức, đầy đủ, hiện hành của cơ quan ban hành (NĐ 30/2020/NĐ-CP,"
                        + " Điều 8; Phụ lục I, mục II.2): hãy thêm vào identities tên mới của cơ quan (sau khi đổi tên,"
                        + " sáp nhập) với validFrom từ ngày có hiệu lực; văn bản cũ vẫn giữ tên cũ",
                "The profile has no issuer identity valid on " + today + ". A new document carries the body's current"
                        + " official name (Decree 30/2020, Art. 8; Annex I, II.2): add the new name to identities with its"
                        + " validFrom; older documents keep the old name");
    }

    /** Each form of each signer, checked by the signing rules of the product as the block it would print. */
    static List<Finding> roster(OrganisationProfile profile, LocalDate today) {
        if (profile.signers().isEmpty()) {
            return List.of(error("PROFILE-ROSTER-EMPTY", "signers", "NĐ 30/2020 Điều 13; PL I §II.7",
                    "Hồ sơ cơ quan chưa có người ký: văn bản phải có chức vụ, họ tên người ký (NĐ 30/2020/NĐ-CP,"
                            + " Điều 13; Phụ lục I, mục II.7); hãy thêm ít nhất một người vào signers",
                    "The profile has no signer: a document shows the signer's title and name (Art. 13; Annex I, II.7)"));
        }
        IssuerIdentity identity = profile.identityOn(today)
                .orElse(profile.identities().isEmpty() ? null : profile.identities().get(profile.identities().size() - 1));
        if (identity == null) return List.of();
        Map<String, Finding> out = new LinkedHashMap<>(); // the title's and name's findings once, not once per form
        for (int s = 0; s < profile.signers().size(); s++) {
            RosterSigner signer = profile.signers().get(s);
            for (int f = 0; f < signer.forms().size(); f++) {
                Invitation probe = probe(identity, signer, f, today);
                for (Finding finding : SIGNING_RULES.check(probe, CheckContext.draft(today))) {
                    Finding located = relocated(finding, s, f);
                    out.putIfAbsent(located.ruleId() + " " + located.path(), located);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** A document that only carries the signing block of form {@code form}, for the signing rules to read. */
    private static Invitation probe(IssuerIdentity identity, RosterSigner signer, int form, LocalDate today) {
        return new Invitation(InvitationKind.GIAY_MOI, identity.issuer(), DocumentNumber.draft("GM"),
                DateLine.draft(identity.place(), today.getYear()), RichText.of("…"), null, null, null, null, List.of(),
                null, null, signer.authority(form), identity.format(), null, List.of());
    }

    /** The signing block's path ({@code signature.authority[1]}) said as the roster's ({@code signers[2].forms[0][1]}). */
    private static Finding relocated(Finding f, int signer, int form) {
        String at = "signers[" + signer + "]";
        String path = f.path();
        if (path.startsWith("signature.authority")) path = at + ".forms[" + form + "]" + path.substring("signature.authority".length());
        else if (path.equals("signature.title")) path = at + ".title";
        else if (path.equals("signature.signer")) path = at + ".name";
        else path = at;
        return new Finding(f.ruleId(), f.severity(), path, f.messageVi(), f.messageEn(), f.expected(), f.actual(),
                f.basis(), null);
    }

    static List<Finding> units(OrganisationProfile profile) {
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < profile.units().size(); i++) {
            String shortName = profile.units().get(i).shortName();
            if (shortName == null) continue;
            Integer first = seen.putIfAbsent(shortName, i);
            if (first == null) continue;
            out.add(new Finding("PROFILE-UNIT-DUPLICATE", Severity.WARNING, "units[" + i + "].shortName",
                    "Tên viết tắt '" + shortName + "' đã dùng cho đơn vị " + profile.units().get(first).name()
                            + "; chữ viết tắt của các đơn vị phải khác nhau để ký hiệu văn bản không trùng (NĐ 30/2020/NĐ-CP,"
                            + " Phụ lục I, mục II.3.b)",
                    "The short name '" + shortName + "' is already used by " + profile.units().get(first).name(),
                    null, shortName, "NĐ 30/2020 PL I §II.3.b", null));
        }
        return out;
    }

    static List<Finding> settings(OrganisationProfile profile) {
        ProfileSettings s = profile.settings();
        if (s.approvalRequired() || !s.selfApprovalAllowed()) return List.of();
        return List.of(new Finding("PROFILE-SETTINGS-SELF-APPROVAL", Severity.WARNING, "settings.selfApprovalAllowed",
                "selfApprovalAllowed chỉ có nghĩa khi approvalRequired là true: không cần duyệt thì không có ai tự duyệt",
                "selfApprovalAllowed means something only when approvalRequired is true", "false", "true",
                "Quy trình của cơ quan", null));
    }

    private static Finding error(String id, String path, String basis, String vi, String en) {
        return new Finding(id, Severity.ERROR, path, vi, en, null, null, basis, null);
    }
}
