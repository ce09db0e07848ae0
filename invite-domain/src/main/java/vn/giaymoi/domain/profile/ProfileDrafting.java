package vn.giaymoi.domain.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentFormat;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.lifecycle.Drafting;
import vn.giaymoi.domain.recipient.Addressees;
import vn.giaymoi.domain.recipient.Distribution;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Severity;
import vn.giaymoi.domain.text.RichText;

/**
 * Soạn mới từ hồ sơ cơ quan (a new draft from the organisation profile): the issuer valid today, its place name,
 * a signer of the roster, the usual Nơi nhận ending with the archive line, ô 13, and the headings of the content
 * left as "…" for the drafter. Number, day and month stay blank (NĐ 30/2020/NĐ-CP, Điều 15). What the drafter still
 * has to write is "…", which the issuing guard refuses until it is written.
 */
public final class ProfileDrafting {
    private ProfileDrafting() {}

    /** Which signer of the roster signs, and in which of their forms; {@code 0, 0} is the usual one. */
    public record SignerChoice(int signer, int form) {
        public static SignerChoice usual() {
            return new SignerChoice(0, 0);
        }
    }

    /** The new draft, or why the profile cannot start one. */
    public sealed interface Result permits Started, Refused {}

    /** Bắt đầu được: the draft. */
    public record Started(Invitation draft) implements Result {
        public Started {
            Objects.requireNonNull(draft, "draft");
        }
    }

    /** Bị từ chối: the profile's errors (ids {@code PROFILE-…} or of a signing rule), at least one. */
    public record Refused(List<Finding> reasons) implements Result {
        public Refused {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) throw new IllegalArgumentException("a refusal needs a reason");
        }
    }

    /** A {@code kind} draft (giấy mời or công văn) of the profile's organisation, written {@code today}. */
    public static Result newDraft(OrganisationProfile profile, InvitationKind kind, LocalDate today, SignerChoice choice) {
        Objects.requireNonNull(today, "today");
        List<Finding> refusals = new ArrayList<>();
        if (kind != InvitationKind.GIAY_MOI && kind != InvitationKind.CONG_VAN) {
            refusals.add(new Finding("PROFILE-DRAFT-KIND", Severity.ERROR, "kind",
                    "Từ hồ sơ cơ quan chỉ soạn mới được Giấy mời (Mẫu 1.7) hoặc Công văn (Mẫu 1.5); " + kind.label()
                            + " hãy soạn từ bản mẫu (giaymoi new --kind " + kind.code() + ")",
                    "A profile starts a Giấy mời or a Công văn; start a " + kind.label() + " from its template",
                    "giay-moi | cong-van", kind.code(), "NĐ 30/2020 PL III", null));
        }
        ProfileRules.check(profile, today).stream().filter(Finding::isError).forEach(refusals::add);
        if (refusals.isEmpty() && !chosen(profile, choice)) refusals.add(noSuchSigner(profile, choice));
        if (!refusals.isEmpty()) return new Refused(refusals);

        IssuerIdentity identity = profile.identityOn(today).orElseThrow();
        DocumentFormat format = identity.format();
        boolean congVan = kind == InvitationKind.CONG_VAN;
        RosterSigner signer = profile.signers().get(choice.signer());
        return new Started(new Invitation(kind, identity.issuer(),
                DocumentNumber.draft(symbol(identity.issuer(), kind, format, profile.draftingUnit())),
                DateLine.draft(identity.place(), today.getYear()),
                RichText.of(congVan && format != DocumentFormat.PARTY ? "V/v …" : "…"),
                null, null, congVan ? new Addressees(List.of(RichText.of("…."))) : Addressees.none(), null,
                body(congVan), null, new Distribution(distribution(profile, congVan, format)),
                signer.authority(choice.form()), identity.format(), null, profile.footer().lines()));
    }

    /**
     * A new draft from the {@code earlier} invitation of the same organisation (its content, Kính gửi, Nơi nhận and
     * signer), issued under the identity valid {@code today}: a body renamed or merged since then writes its new
     * name, ký hiệu, place name and ô 13, and the number and day and month are blank (NĐ 30/2020/NĐ-CP, Điều 15).
     */
    public static Result fromEarlier(OrganisationProfile profile, Invitation earlier, LocalDate today) {
        Objects.requireNonNull(earlier, "earlier");
        List<Finding> refusals = ProfileRules.check(profile, today).stream().filter(Finding::isError).toList();
        if (!refusals.isEmpty()) return new Refused(refusals);
        IssuerIdentity identity = profile.identityOn(today).orElseThrow();
        Invitation copy = Drafting.copyAsDraft(earlier, today.getYear());
        String symbol = earlier.kind() == InvitationKind.CONG_VAN && !identity.format().organisation()
                ? identity.issuer().abbreviation() + unitGroups(copy.number().symbol())
                : symbol(identity.issuer(), earlier.kind(), identity.format(), profile.draftingUnit());
        return new Started(new Invitation(copy.kind(), identity.issuer(), DocumentNumber.draft(symbol),
                DateLine.draft(identity.place(), today.getYear()), copy.subject(), copy.urgency(), copy.confidentiality(),
                copy.addressees(), copy.opening(), copy.body(), copy.form(), copy.distribution(), copy.signature(),
                identity.format(), copy.onBehalfOf(), profile.footer().lines()));
    }

    /** The groups after the issuer's in a công văn's ký hiệu: {@code -KSTTHC} of {@code UBND-KSTTHC}; empty when none. */
    private static String unitGroups(String symbol) {
        int dash = symbol.indexOf('-');
        return dash < 0 ? "" : symbol.substring(dash);
    }

    private static boolean chosen(OrganisationProfile profile, SignerChoice c) {
        return c.signer() >= 0 && c.signer() < profile.signers().size() && c.form() >= 0
                && c.form() < profile.signers().get(c.signer()).forms().size();
    }

    /** PROFILE-SIGNER-CHOICE: the chosen signer or form is not in the roster. */
    private static Finding noSuchSigner(OrganisationProfile profile, SignerChoice c) {
        StringBuilder roster = new StringBuilder();
        for (int i = 0; i < profile.signers().size(); i++) {
            RosterSigner s = profile.signers().get(i);
            roster.append(i == 0 ? "" : "; ").append(i + 1).append(". ").append(s.name()).append(", ").append(s.title())
                    .append(" (").append(s.forms().size()).append(" hình thức ký)");
        }
        return new Finding("PROFILE-SIGNER-CHOICE", Severity.ERROR, "signers",
                "Không có người ký số " + (c.signer() + 1) + " với hình thức ký số " + (c.form() + 1)
                        + " trong hồ sơ cơ quan; danh sách người ký: " + roster,
                "No signer " + (c.signer() + 1) + " with form " + (c.form() + 1) + " in the roster: " + roster,
                null, null, "NĐ 30/2020 Điều 13", null);
    }

    /**
     * The ký hiệu (PL I §II.3.b): a giấy mời {@code GM-UBND}; a công văn the issuer's and the drafting unit's
     * abbreviations {@code UBND-TH}; a Party document {@code GM/BTGTU}, {@code CV/BTGTU} (HD 36-HD/VPTW mục II.1.3);
     * a Youth Union document the same with its drafting unit, {@code GM/TĐTN-VP} (HD 29-HD/TWĐTN-VP).
     */
    static String symbol(Issuer issuer, InvitationKind kind, DocumentFormat format, String draftingUnit) {
        String body = issuer.abbreviation();
        if (format.organisation()) {
            String type = kind == InvitationKind.CONG_VAN ? "CV" : kind.abbreviation().orElseThrow();
            boolean unit = format == DocumentFormat.YOUTH_UNION && draftingUnit != null;
            return type + "/" + body + (unit ? "-" + draftingUnit : "");
        }
        if (kind == InvitationKind.CONG_VAN) return draftingUnit == null ? body : body + "-" + draftingUnit;
        return kind.abbreviation().orElseThrow() + "-" + body;
    }

    /**
     * The parts of Mẫu 1.7 and 1.5 with "…" to fill: who is invited (a giấy mời says it after
     * {@code trân trọng kính mời}), who chairs (QĐ 45/2018/QĐ-TTg), when, where and what, then the end mark {@code ./.}.
     */
    private static List<Point> body(boolean congVan) {
        Marker numbered = Marker.fromSample("1.");
        List<Point> body = new ArrayList<>();
        body.add(Point.paragraph(congVan ? "… tổ chức cuộc họp như sau:" : "… trân trọng kính mời:"));
        body.add(Point.of(numbered, "Thành phần: …."));
        body.add(Point.of(numbered, "Chủ trì: …."));
        body.add(Point.of(numbered, "Thời gian: …."));
        body.add(Point.of(numbered, "Địa điểm: …."));
        body.add(Point.of(numbered, "Nội dung: …./."));
        return body;
    }

    /**
     * Nơi nhận (PL I §II.9): {@code Như trên} first in a công văn, the profile's usual lines, then the archive line
     * last — the profile's own {@code Lưu …} line when it has one, else {@code Lưu: VT, <drafting unit>.}. Every
     * line but the last ends with {@code ;} (a Party document: {@code ,}, HD 36-HD/VPTW mục II.1.9), the last with
     * {@code .}. A Party document archives at its {@code Văn phòng}, a Youth Union document at its {@code VP}.
     */
    static List<RichText> distribution(OrganisationProfile profile, boolean congVan, DocumentFormat format) {
        boolean party = format == DocumentFormat.PARTY;
        List<String> lines = new ArrayList<>();
        if (congVan) lines.add("Như trên");
        String archive = null;
        for (String line : profile.distribution()) {
            if (line.startsWith("Lưu")) archive = line;
            else if (!(congVan && bare(line).equals("Như trên"))) lines.add(line);
        }
        if (archive == null) {
            String unit = profile.draftingUnit() == null ? "" : ", " + profile.draftingUnit();
            archive = switch (format) {
                case PARTY -> "Lưu Văn phòng";
                case YOUTH_UNION -> "Lưu VP" + unit;
                case STATE -> "Lưu: VT" + unit;
            };
        }
        List<RichText> out = new ArrayList<>();
        for (String line : lines) out.add(RichText.of(bare(line) + (party ? "," : ";")));
        out.add(RichText.of(bare(archive) + "."));
        return out;
    }

    /** The line without its closing punctuation. */
    private static String bare(String line) {
        return line.strip().replaceAll("[;,.]+$", "").strip();
    }
}
