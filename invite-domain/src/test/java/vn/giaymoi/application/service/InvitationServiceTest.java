package vn.giaymoi.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.giaymoi.application.port.out.InMemoryInvitationStore;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.Status;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.lifecycle.ApprovalPolicy;
import vn.giaymoi.domain.lifecycle.Drafting;
import vn.giaymoi.domain.lifecycle.FollowUpKind;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.domain.text.RichText;

class InvitationServiceTest {
    /** 5 May 2026, 08:00 in Hà Nội. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-05T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final OptionalInt ANY = OptionalInt.empty();

    private final List<String> touches = new ArrayList<>();
    private final InvitationStore store = counting(new InMemoryInvitationStore(), touches);
    private final InvitationService service = new InvitationService(store, RuleEngine.standard(), CLOCK);

    private static InvitationStore counting(InvitationStore inner, List<String> calls) {
        return (InvitationStore) Proxy.newProxyInstance(InvitationStore.class.getClassLoader(),
                new Class<?>[] {InvitationStore.class}, (proxy, method, args) -> {
                    if (!method.isDefault()) calls.add(method.getName());
                    try {
                        return method.isDefault() ? InvocationHandlerSupport.callDefault(proxy, method, args)
                                : method.invoke(inner, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static Invitation draft() {
        return Drafting.copyAsDraft(Invitations.aGiayMoi(), 2026);
    }

    private StoredInvitation approved(Invitation inv) {
        StoredInvitation s = service.create(inv).orElseThrow();
        service.submit(s.id(), OptionalInt.of(1)).orElseThrow();
        return service.approve(s.id(), OptionalInt.of(2)).orElseThrow();
    }

    @Test
    void draft_submit_approve_issue_gives_01_dated_today_and_each_step_is_a_version() {
        StoredInvitation a = approved(draft());
        assertThat(a.status()).isEqualTo(Status.APPROVED);
        assertThat(a.version()).isEqualTo(3);
        StoredInvitation issued = service.issue(a.id(), OptionalInt.of(3), Optional.empty()).orElseThrow();
        assertThat(issued.status()).isEqualTo(Status.ISSUED);
        assertThat(issued.invitation().number()).hasToString("01/GM-UBND");
        assertThat(issued.invitation().dateLine().printed()).isEqualTo("Hà Tĩnh, ngày 05 tháng 5 năm 2026");
        assertThat(service.history(a.id()).orElseThrow()).extracting(StoredInvitation::status)
                .containsExactly(Status.DRAFT, Status.SUBMITTED, Status.APPROVED, Status.ISSUED);
    }

    @Test
    void one_issue_touches_the_store_three_times() {
        StoredInvitation a = approved(draft());
        touches.clear();
        service.issue(a.id(), ANY, Optional.empty()).orElseThrow();
        assertThat(touches).containsExactly("find", "latestIssueDate", "issue");
    }

    @Test
    void a_draft_not_yet_approved_is_a_state_conflict_and_takes_no_number() {
        StoredInvitation d = service.create(draft()).orElseThrow();
        Outcome<StoredInvitation> o = service.issue(d.id(), ANY, Optional.empty());
        assertThat(o).isInstanceOfSatisfying(Outcome.Conflict.class, c -> {
            assertThat(c.kind()).isEqualTo(Outcome.Conflict.Kind.STATE);
            assertThat(c.rejection().id()).isEqualTo("LIFE-STATE");
        });
    }

    @Test
    void a_submitted_invitation_waits_for_approval_where_it_is_required_and_takes_no_number() {
        StoredInvitation s = service.create(draft()).orElseThrow();
        service.submit(s.id(), OptionalInt.of(1)).orElseThrow();
        Outcome<StoredInvitation> o = service.issue(s.id(), ANY, Optional.empty());
        assertThat(o).isInstanceOfSatisfying(Outcome.Conflict.class,
                c -> assertThat(c.rejection().id()).isEqualTo("LIFE-APPROVAL-REQUIRED"));
        assertThat(store.lastNumber(vn.giaymoi.domain.lifecycle.RegisterSeries.of(s.invitation(), 2026))).isZero();
    }

    @Test
    void where_approval_is_not_required_a_submitted_invitation_is_issued_without_the_approval_step() {
        InvitationService noApproval = new InvitationService(store, RuleEngine.standard(), CLOCK,
                () -> ApprovalPolicy.NOT_REQUIRED);
        StoredInvitation s = noApproval.create(draft()).orElseThrow();
        noApproval.submit(s.id(), OptionalInt.of(1)).orElseThrow();
        StoredInvitation issued = noApproval.issue(s.id(), ANY, Optional.empty()).orElseThrow();
        assertThat(issued.status()).isEqualTo(Status.ISSUED);
        assertThat(issued.invitation().number().sequence()).isEqualTo("01");
        assertThat(noApproval.history(s.id()).orElseThrow()).extracting(StoredInvitation::status)
                .containsExactly(Status.DRAFT, Status.SUBMITTED, Status.ISSUED);
        StoredInvitation d = noApproval.create(draft()).orElseThrow();
        assertThat(noApproval.issue(d.id(), ANY, Optional.empty())).as("a draft is still submitted first")
                .isInstanceOfSatisfying(Outcome.Conflict.class, c -> assertThat(c.rejection().id()).isEqualTo("LIFE-STATE"));
    }

    @Test
    void a_blank_template_is_rejected_with_findings_and_takes_no_number() {
        Invitation blank = draft().withSubject(RichText.of("…"));
        StoredInvitation a = approved(blank);
        Outcome<StoredInvitation> o = service.issue(a.id(), ANY, Optional.empty());
        assertThat(o).isInstanceOfSatisfying(Outcome.Rejected.class, r ->
                assertThat(r.findings()).extracting(f -> ((Finding) f).ruleId()).contains("ISSUE-PLACEHOLDER"));
        StoredInvitation ok = approved(draft());
        assertThat(service.issue(ok.id(), ANY, Optional.empty()).orElseThrow().invitation().number().sequence()).isEqualTo("01");
    }

    @Test
    void after_a_number_dated_today_a_back_dated_issue_is_rejected_citing_article_15() {
        service.issue(approved(draft()).id(), ANY, Optional.empty()).orElseThrow(); // 01, 05/5
        StoredInvitation b = approved(draft());
        Outcome<StoredInvitation> o = service.issue(b.id(), ANY, Optional.of(LocalDate.of(2026, 5, 2)));
        assertThat(o).isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.findings())
                .anySatisfy(f -> assertThat(((Finding) f).messageVi()).contains("Điều 15.1.a")));
        assertThat(service.issue(b.id(), ANY, Optional.of(LocalDate.of(2026, 5, 6))))
                .as("after today").isInstanceOf(Outcome.Rejected.class);
    }

    @Test
    void a_stale_version_is_a_stale_conflict_and_nothing_is_saved() {
        StoredInvitation d = service.create(draft()).orElseThrow();
        service.saveDraft(d.id(), OptionalInt.of(1), draft().withSubject(RichText.of("Bản của người thứ nhất"))).orElseThrow();
        Outcome<StoredInvitation> late = service.saveDraft(d.id(), OptionalInt.of(1), draft().withSubject(RichText.of("Bản của người thứ hai")));
        assertThat(late).isInstanceOfSatisfying(Outcome.Conflict.class, c -> {
            assertThat(c.kind()).isEqualTo(Outcome.Conflict.Kind.STALE);
            assertThat(c.currentVersion()).isEqualTo(2);
        });
        assertThat(service.find(d.id()).orElseThrow().invitation().subject().plain()).isEqualTo("Bản của người thứ nhất");
    }

    @Test
    void an_issued_invitation_is_never_edited_deleted_or_issued_again() {
        StoredInvitation i = service.issue(approved(draft()).id(), ANY, Optional.empty()).orElseThrow();
        for (Outcome<?> o : List.of(service.saveDraft(i.id(), ANY, draft()), service.delete(i.id()),
                service.issue(i.id(), ANY, Optional.empty()), service.submit(i.id(), ANY))) {
            assertThat(o).isInstanceOfSatisfying(Outcome.Conflict.class,
                    c -> assertThat(c.rejection().id()).isEqualTo("LIFE-FROZEN"));
        }
    }

    @Test
    void return_needs_a_reason_and_a_returned_draft_is_edited_and_submitted_again() {
        StoredInvitation d = service.create(draft()).orElseThrow();
        service.submit(d.id(), ANY).orElseThrow();
        assertThat(service.returnToDrafter(d.id(), ANY, " ")).isInstanceOf(Outcome.Rejected.class);
        StoredInvitation r = service.returnToDrafter(d.id(), ANY, "Thiếu thành phần").orElseThrow();
        assertThat(r.status()).isEqualTo(Status.RETURNED);
        assertThat(r.reason()).isEqualTo("Thiếu thành phần");
        assertThat(service.saveDraft(d.id(), ANY, draft()).orElseThrow().status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void a_follow_up_links_both_ways_once_issued_and_is_numbered_in_its_own_series() {
        StoredInvitation original = service.issue(approved(draft()).id(), ANY, Optional.empty()).orElseThrow();
        StoredInvitation cancel = service.followUp(original.id(), FollowUpKind.CANCELLATION).orElseThrow();
        assertThat(cancel.follows().id()).isEqualTo(original.id());
        assertThat(cancel.follows().number()).isEqualTo("01/GM-UBND");
        assertThat(service.find(original.id()).orElseThrow().supersededBy()).as("only once issued").isNull();

        Invitation written = cancel.invitation().withBody(List.of(vn.giaymoi.domain.invitation.Point.paragraph(
                "Cuộc họp theo Giấy mời số 01/GM-UBND ngày 05/5/2026 sẽ không tổ chức vì lãnh đạo đi công tác."),
                vn.giaymoi.domain.invitation.Point.paragraph("Xin thông báo để các cơ quan, đơn vị, cá nhân biết./.")));
        service.saveDraft(cancel.id(), ANY, written).orElseThrow();
        service.submit(cancel.id(), ANY).orElseThrow();
        service.approve(cancel.id(), ANY).orElseThrow();
        StoredInvitation issued = service.issue(cancel.id(), ANY, Optional.empty()).orElseThrow();
        assertThat(issued.invitation().number()).hasToString("01/UBND");
        assertThat(service.find(original.id()).orElseThrow().supersededBy().id()).isEqualTo(cancel.id());
        assertThat(service.register(2026)).extracting(RegisterEntry::number, RegisterEntry::statusVi).containsExactly(
                org.assertj.core.groups.Tuple.tuple("01/GM-UBND", "hủy bởi 01/UBND"),
                org.assertj.core.groups.Tuple.tuple("01/UBND", "đã ban hành"));
    }

    @Test
    void only_an_issued_invitation_is_followed_up() {
        StoredInvitation d = service.create(draft()).orElseThrow();
        assertThat(service.followUp(d.id(), FollowUpKind.CORRECTION)).isInstanceOf(Outcome.Conflict.class);
        assertThat(service.followUp(InvitationId.random(), FollowUpKind.CORRECTION)).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void a_revoked_number_stays_in_the_register_and_is_never_given_again() {
        StoredInvitation first = service.issue(approved(draft()).id(), ANY, Optional.empty()).orElseThrow();
        StoredInvitation revoked = service.revoke(first.id(), ANY, "Cấp nhầm số cho văn bản chưa ký").orElseThrow();
        assertThat(revoked.status()).isEqualTo(Status.REVOKED);
        assertThat(revoked.invitation().number()).hasToString("01/GM-UBND");
        StoredInvitation next = service.issue(approved(draft()).id(), ANY, Optional.empty()).orElseThrow();
        assertThat(next.invitation().number()).hasToString("02/GM-UBND");
        assertThat(service.register(2026)).extracting(RegisterEntry::number, RegisterEntry::statusVi).containsExactly(
                org.assertj.core.groups.Tuple.tuple("01/GM-UBND", "đã thu hồi: Cấp nhầm số cho văn bản chưa ký"),
                org.assertj.core.groups.Tuple.tuple("02/GM-UBND", "đã ban hành"));
        assertThat(service.followUp(first.id(), FollowUpKind.REPLACEMENT)).isInstanceOf(Outcome.Conflict.class);
    }

    @Test
    void the_issue_preview_shows_the_next_number_and_the_findings_and_takes_nothing() {
        StoredInvitation a = approved(draft());
        IssuePreview p = service.previewIssue(a.id(), Optional.empty()).orElseThrow();
        assertThat(p.nextNumber()).isEqualTo(1);
        assertThat(p.passes()).isTrue();
        assertThat(service.issue(a.id(), ANY, Optional.empty()).orElseThrow().invitation().number().sequence()).isEqualTo("01");
    }

    @Test
    void the_calendar_is_tentative_until_issued_and_a_postponement_keeps_the_uid_seed_one_sequence_up() {
        StoredInvitation typed = service.create(Invitations.aGiayMoi()).orElseThrow(); // number and date typed by hand
        assertThat(service.calendar(typed.id()).orElseThrow().entry().standing())
                .isEqualTo(vn.giaymoi.domain.lifecycle.CalendarEntry.Standing.TENTATIVE);

        StoredInvitation original = service.issue(approved(draft()).id(), ANY, Optional.empty()).orElseThrow();
        CalendarView first = service.calendar(original.id()).orElseThrow();
        assertThat(first.entry()).isEqualTo(new vn.giaymoi.domain.lifecycle.CalendarEntry(original.id().toString(), 0,
                vn.giaymoi.domain.lifecycle.CalendarEntry.Standing.CONFIRMED));
        StoredInvitation later = service.followUp(original.id(), FollowUpKind.POSTPONEMENT).orElseThrow();
        assertThat(service.calendar(later.id()).orElseThrow().entry().uidSeed()).isEqualTo(original.id().toString());
        assertThat(service.calendar(later.id()).orElseThrow().entry().sequence()).isEqualTo(1);

        StoredInvitation cancel = service.followUp(original.id(), FollowUpKind.CANCELLATION).orElseThrow();
        Invitation written = cancel.invitation().withBody(List.of(vn.giaymoi.domain.invitation.Point.paragraph(
                "Cuộc họp sẽ không tổ chức vì lãnh đạo đi công tác./.")));
        service.saveDraft(cancel.id(), ANY, written).orElseThrow();
        service.submit(cancel.id(), ANY).orElseThrow();
        service.approve(cancel.id(), ANY).orElseThrow();
        service.issue(cancel.id(), ANY, Optional.empty()).orElseThrow();
        CalendarView cancelled = service.calendar(cancel.id()).orElseThrow();
        assertThat(cancelled.invitation()).as("the original's sessions").isEqualTo(original.invitation());
        assertThat(cancelled.entry().standing()).isEqualTo(vn.giaymoi.domain.lifecycle.CalendarEntry.Standing.CANCELLED);
        assertThat(service.calendar(original.id()).orElseThrow().entry().standing())
                .isEqualTo(vn.giaymoi.domain.lifecycle.CalendarEntry.Standing.CANCELLED);
    }
}
