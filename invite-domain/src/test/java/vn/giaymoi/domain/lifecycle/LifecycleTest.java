package vn.giaymoi.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every step in every state: the allowed ones move, the others are refused with a stable id. */
class LifecycleTest {
    private static final Lifecycle DRAFT = new Lifecycle.Draft();
    private static final Lifecycle SUBMITTED = new Lifecycle.Submitted();
    private static final Lifecycle APPROVED = new Lifecycle.Approved();
    private static final Lifecycle RETURNED = new Lifecycle.Returned("Sai tên đơn vị chủ trì");
    private static final Lifecycle ISSUED = new Lifecycle.Issued();
    private static final Lifecycle REVOKED = new Lifecycle.Revoked("Cấp nhầm số");

    private static Lifecycle moved(Transition t) {
        assertThat(t).isInstanceOf(Transition.Moved.class);
        return ((Transition.Moved) t).to();
    }

    private static Rejection refused(Transition t) {
        assertThat(t).isInstanceOf(Transition.Refused.class);
        return ((Transition.Refused) t).why();
    }

    @Test
    void the_happy_path_draft_submitted_approved_issued() {
        Lifecycle s = moved(DRAFT.submit());
        assertThat(s).isEqualTo(SUBMITTED);
        Lifecycle a = moved(s.approve());
        assertThat(a).isEqualTo(APPROVED);
        assertThat(moved(a.issue())).isEqualTo(ISSUED);
    }

    @Test
    void a_draft_is_edited_in_place_and_a_returned_one_becomes_a_draft_again() {
        assertThat(moved(DRAFT.edit())).isEqualTo(DRAFT);
        assertThat(moved(RETURNED.edit())).isEqualTo(DRAFT);
        assertThat(moved(RETURNED.submit())).isEqualTo(SUBMITTED);
        assertThat(DRAFT.deletable()).isTrue();
        assertThat(RETURNED.deletable()).isTrue();
    }

    @Test
    void submitted_or_approved_is_returned_with_its_reason_and_a_reason_is_required() {
        assertThat(moved(SUBMITTED.returnWith("  Thiếu thành phần mời  "))).isEqualTo(new Lifecycle.Returned("Thiếu thành phần mời"));
        assertThat(moved(APPROVED.returnWith("Đổi phòng họp"))).isEqualTo(new Lifecycle.Returned("Đổi phòng họp"));
        assertThat(refused(SUBMITTED.returnWith(" ")).id()).isEqualTo("LIFE-REASON");
        assertThat(refused(SUBMITTED.returnWith(null)).id()).isEqualTo("LIFE-REASON");
        assertThat(refused(APPROVED.returnWith("x".repeat(Lifecycle.MAX_REASON + 1))).id()).isEqualTo("LIFE-REASON");
    }

    @Test
    void only_an_approved_invitation_is_issued() {
        for (Lifecycle s : List.of(DRAFT, SUBMITTED, RETURNED)) {
            assertThat(refused(s.issue()).id()).as(s.nameVi()).isEqualTo("LIFE-STATE");
        }
        assertThat(refused(DRAFT.approve()).id()).isEqualTo("LIFE-STATE");
        assertThat(refused(SUBMITTED.submit()).id()).isEqualTo("LIFE-STATE");
    }

    @Test
    void what_is_submitted_or_approved_is_not_edited_so_the_approver_read_what_is_issued() {
        assertThat(refused(SUBMITTED.edit()).messageVi()).contains("đã trình").contains("không sửa");
        assertThat(refused(APPROVED.edit()).id()).isEqualTo("LIFE-STATE");
        assertThat(SUBMITTED.deletable()).isFalse();
    }

    @Test
    void issued_and_revoked_are_frozen_citing_article_18() {
        List<Function<Lifecycle, Transition>> steps = List.of(Lifecycle::edit, Lifecycle::submit, Lifecycle::approve,
                l -> l.returnWith("x"), Lifecycle::issue);
        for (Lifecycle frozen : List.of(ISSUED, REVOKED)) {
            for (Function<Lifecycle, Transition> step : steps) {
                Rejection r = refused(step.apply(frozen));
                assertThat(r.id()).isEqualTo("LIFE-FROZEN");
                assertThat(r.messageVi()).contains("Điều 18.3");
            }
            assertThat(frozen.deletable()).isFalse();
            assertThat(frozen.issued()).isTrue();
        }
    }

    @Test
    void only_an_issued_number_is_revoked_once_with_a_reason() {
        assertThat(moved(ISSUED.revoke("Cấp nhầm số cho văn bản chưa ký"))).isEqualTo(new Lifecycle.Revoked("Cấp nhầm số cho văn bản chưa ký"));
        assertThat(refused(ISSUED.revoke("")).id()).isEqualTo("LIFE-REASON");
        assertThat(refused(REVOKED.revoke("lần hai")).id()).isEqualTo("LIFE-FROZEN");
        assertThat(refused(APPROVED.revoke("chưa có số")).id()).isEqualTo("LIFE-STATE");
    }
}
