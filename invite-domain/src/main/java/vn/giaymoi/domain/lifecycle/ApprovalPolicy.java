package vn.giaymoi.domain.lifecycle;

/**
 * Quy định duyệt trước khi ban hành (whether an organisation's invitations are approved before the clerk issues
 * them), the {@code approvalRequired} setting of its profile.
 *
 * <p>When approval is required, only an approved invitation is issued (the lifecycle as it stands). When it is not,
 * a submitted invitation is issued too: submitting is then the drafter's hand-over to the clerk, and the content is
 * already frozen there. A draft is never issued straight away, approval or not: it can still change under the
 * clerk's hands, and numbering it would skip the one step that marks it finished.
 */
public enum ApprovalPolicy {
    /** Phải duyệt: submitted → approved → issued. */
    REQUIRED,
    /** Không cần duyệt: submitted → issued (approving first is still allowed). */
    NOT_REQUIRED;

    /** The policy of an organisation's {@code approvalRequired} setting. */
    public static ApprovalPolicy of(boolean approvalRequired) {
        return approvalRequired ? REQUIRED : NOT_REQUIRED;
    }

    /** Ban hành under this policy: the issued state, or why not. */
    public Transition issue(Lifecycle current) {
        if (current instanceof Lifecycle.Submitted) {
            if (this == NOT_REQUIRED) return new Transition.Moved(new Lifecycle.Issued());
            return new Transition.Refused(new Rejection("LIFE-APPROVAL-REQUIRED", "Giấy mời đã trình nhưng chưa được"
                    + " duyệt; cơ quan quy định phải duyệt trước khi văn thư cấp số ban hành, hãy chờ lãnh đạo duyệt.",
                    "The invitation is submitted but not approved; this organisation requires approval before"
                            + " issuing."));
        }
        return current.issue();
    }
}
