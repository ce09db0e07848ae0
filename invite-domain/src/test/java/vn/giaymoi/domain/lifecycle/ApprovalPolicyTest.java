package vn.giaymoi.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issuing with and without the approval step, in every state. */
class ApprovalPolicyTest {
    private static final List<Lifecycle> NEVER_ISSUED = List.of(new Lifecycle.Draft(), new Lifecycle.Returned("Sai"),
            new Lifecycle.Issued(), new Lifecycle.Revoked("Cấp nhầm"));

    @Test
    void the_setting_reads_as_the_policy() {
        assertThat(ApprovalPolicy.of(true)).isEqualTo(ApprovalPolicy.REQUIRED);
        assertThat(ApprovalPolicy.of(false)).isEqualTo(ApprovalPolicy.NOT_REQUIRED);
    }

    @Test
    void when_approval_is_required_a_submitted_invitation_waits_for_it_with_its_own_reason() {
        Transition t = ApprovalPolicy.REQUIRED.issue(new Lifecycle.Submitted());
        assertThat(t).isInstanceOfSatisfying(Transition.Refused.class, r -> {
            assertThat(r.why().id()).isEqualTo("LIFE-APPROVAL-REQUIRED");
            assertThat(r.why().messageVi()).contains("chưa được duyệt", "phải duyệt trước khi văn thư cấp số");
        });
        assertThat(ApprovalPolicy.REQUIRED.issue(new Lifecycle.Approved()))
                .isEqualTo(new Transition.Moved(new Lifecycle.Issued()));
    }

    @Test
    void when_approval_is_not_required_a_submitted_invitation_is_issued_and_an_approved_one_still_is() {
        assertThat(ApprovalPolicy.NOT_REQUIRED.issue(new Lifecycle.Submitted()))
                .isEqualTo(new Transition.Moved(new Lifecycle.Issued()));
        assertThat(ApprovalPolicy.NOT_REQUIRED.issue(new Lifecycle.Approved()))
                .isEqualTo(new Transition.Moved(new Lifecycle.Issued()));
    }

    @Test
    void a_draft_a_returned_an_issued_or_a_revoked_invitation_is_never_issued_under_either_policy() {
        for (ApprovalPolicy p : ApprovalPolicy.values()) {
            for (Lifecycle s : NEVER_ISSUED) {
                assertThat(p.issue(s)).as(p + " " + s.nameEn()).isInstanceOfSatisfying(Transition.Refused.class,
                        r -> assertThat(r.why().id()).isEqualTo(s.issued() ? "LIFE-FROZEN" : "LIFE-STATE"));
            }
        }
    }
}
