package vn.giaymoi.domain.profile;

/**
 * Thiết lập quy trình (workflow settings) of an organisation.
 *
 * @param approvalRequired a draft is approved (duyệt) by a leader before the clerk issues it
 * @param selfApprovalAllowed the person who submitted a draft may approve it themselves (a one-person office)
 */
public record ProfileSettings(boolean approvalRequired, boolean selfApprovalAllowed) {
    /** The usual office: approval required, by someone other than the drafter. */
    public static ProfileSettings usual() {
        return new ProfileSettings(true, false);
    }
}
