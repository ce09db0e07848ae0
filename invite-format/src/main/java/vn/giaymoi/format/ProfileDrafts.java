package vn.giaymoi.format;

import java.time.LocalDate;
import vn.giaymoi.application.service.Outcome;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.profile.OrganisationProfile;
import vn.giaymoi.domain.profile.ProfileDrafting;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Severity;

/**
 * Soạn mới từ hồ sơ cơ quan (new draft from a stored profile text): the one call a web route or a command needs —
 * the profile as its owner stored it (YAML or JSON), the kind and today's date in, a draft or the reasons out.
 * Thread-safe.
 */
public final class ProfileDrafts {
    private static final ProfileFormat FORMAT = new ProfileFormat();

    private ProfileDrafts() {}

    /** A {@code kind} draft from {@code profileText} with the roster's usual signer, dated {@code today}'s year. */
    public static Outcome<Invitation> newDraft(String profileText, InvitationKind kind, LocalDate today) {
        return newDraft(profileText, kind, today, ProfileDrafting.SignerChoice.usual());
    }

    /**
     * A {@code kind} draft from {@code profileText} signed by {@code choice}: {@link Outcome.Done} with the draft, or
     * {@link Outcome.Rejected} whose findings say what is wrong in the profile (a text that does not read: rule id
     * {@code PROFILE-INPUT}, with its line and column; an expired identity: {@code PROFILE-IDENTITY-EXPIRED}; …).
     */
    public static Outcome<Invitation> newDraft(String profileText, InvitationKind kind, LocalDate today,
            ProfileDrafting.SignerChoice choice) {
        return drafted(profileText, profile -> ProfileDrafting.newDraft(profile, kind, today, choice));
    }

    /**
     * A new draft from the {@code earlier} invitation (its content and signer) under the identity of
     * {@code profileText} valid {@code today}: the "start from an earlier invitation" of the editor.
     */
    public static Outcome<Invitation> fromEarlier(String profileText, Invitation earlier, LocalDate today) {
        return drafted(profileText, profile -> ProfileDrafting.fromEarlier(profile, earlier, today));
    }

    private static Outcome<Invitation> drafted(String profileText,
            java.util.function.Function<OrganisationProfile, ProfileDrafting.Result> draft) {
        ProfileFormat.Read read = FORMAT.read(profileText, syntaxOf(profileText), "hồ sơ cơ quan");
        if (read instanceof ProfileFormat.Read.Failed failed) {
            return new Outcome.Rejected<>("Hồ sơ cơ quan không đọc được; hãy sửa hồ sơ trước khi soạn văn bản mới",
                    "The organisation profile cannot be read; correct it before starting a new document",
                    failed.problems().stream().map(ProfileDrafts::finding).toList());
        }
        ProfileDrafting.Result result = draft.apply(((ProfileFormat.Read.Ok) read).profile());
        if (result instanceof ProfileDrafting.Refused refused) {
            return new Outcome.Rejected<>("Không soạn được văn bản mới từ hồ sơ cơ quan: " + refused.reasons().get(0).messageVi(),
                    "No new document can start from the organisation profile: " + refused.reasons().get(0).messageEn(),
                    refused.reasons());
        }
        return new Outcome.Done<>(((ProfileDrafting.Started) result).draft());
    }

    /** A stored profile is JSON when it opens with a brace, else YAML. */
    static Syntax syntaxOf(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.stripLeading().startsWith("{") ? Syntax.JSON : Syntax.YAML;
    }

    private static Finding finding(InputProblem p) {
        String where = p.line() > 0 ? "dòng " + p.line() + ", cột " + p.column() + ": " : "";
        return new Finding("PROFILE-INPUT", Severity.ERROR, p.path(), where + p.message(), where + p.message(), null,
                null, "Định dạng hồ sơ cơ quan", null);
    }
}
