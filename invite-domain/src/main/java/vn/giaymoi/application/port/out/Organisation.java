package vn.giaymoi.application.port.out;

import java.util.Objects;

/**
 * Cơ quan (an organisation, the tenant): its name and the two settings of its approval step. Its profile (issuer
 * identity, units, signers) is kept beside it as a document ({@link AccountStore#profile}).
 *
 * @param approvalRequired whether an approver must approve before a clerk issues
 * @param selfApprovalAllowed whether the person who submitted a draft may also approve it
 */
public record Organisation(OrganisationId id, String name, boolean approvalRequired, boolean selfApprovalAllowed) {
    /** Longest name, as the column. */
    public static final int MAX_NAME = 500;

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("tên cơ quan phải có từ 1 đến " + MAX_NAME + " ký tự");
        }
    }
}
