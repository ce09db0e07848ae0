package vn.giaymoi.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.Link;
import vn.giaymoi.application.port.out.Status;
import vn.giaymoi.application.port.out.StoreRefusal;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.port.out.SummaryPage;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.lifecycle.ApprovalPolicy;
import vn.giaymoi.domain.lifecycle.CalendarEntry;
import vn.giaymoi.domain.lifecycle.Drafting;
import vn.giaymoi.domain.lifecycle.FollowUpKind;
import vn.giaymoi.domain.lifecycle.Lifecycle;
import vn.giaymoi.domain.lifecycle.RegisterSeries;
import vn.giaymoi.domain.lifecycle.Rejection;
import vn.giaymoi.domain.lifecycle.Transition;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.domain.rules.Severity;

/**
 * Nghiệp vụ giấy mời (the invitation use cases): save, submit, approve, return, issue, duplicate, follow up,
 * revoke, delete, and the outgoing register. The web API and the CLI call these and only translate; each returns
 * an {@link Outcome}. Time comes from the injected clock (Vietnam's day decides "today").
 */
public final class InvitationService {
    private final InvitationStore store;
    private final RuleEngine rules;
    private final Clock clock;
    private final Supplier<ApprovalPolicy> approval;

    /** The use cases of an organisation that requires approval before issuing. */
    public InvitationService(InvitationStore store, RuleEngine rules, Clock clock) {
        this(store, rules, clock, () -> ApprovalPolicy.REQUIRED);
    }

    /**
     * @param approval the organisation's approval policy, asked only when issuing (it may read the store)
     */
    public InvitationService(InvitationStore store, RuleEngine rules, Clock clock, Supplier<ApprovalPolicy> approval) {
        this.store = Objects.requireNonNull(store, "store");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.approval = Objects.requireNonNull(approval, "approval");
    }

    /** The organisation's approval policy (what issuing allows). */
    public ApprovalPolicy approval() {
        return approval.get();
    }

    /** Today where the clock's zone is. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- queries ------------------------------------------------------------------------------------------

    public Outcome<StoredInvitation> find(InvitationId id) {
        return store.find(id).<Outcome<StoredInvitation>>map(Outcome.Done::new).orElseGet(() -> new Outcome.NotFound<>(id));
    }

    public Outcome<List<StoredInvitation>> history(InvitationId id) {
        List<StoredInvitation> all = store.history(id);
        return all.isEmpty() ? new Outcome.NotFound<>(id) : new Outcome.Done<>(all);
    }

    public List<StoredInvitation> search(InvitationQuery query) {
        return store.search(query);
    }

    /** One page of the list as summaries (see {@link InvitationStore#summaries}). */
    public SummaryPage summaries(InvitationQuery query, int page, int size) {
        return store.summaries(query, page, size);
    }

    /**
     * Sổ đăng ký văn bản đi of {@code year}: every number taken that year, issued or revoked, by series and number
     * (NĐ 30/2020/NĐ-CP, Điều 16).
     */
    public List<RegisterEntry> register(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return store.search(InvitationQuery.all().withIssued(from, to)).stream()
                .filter(s -> s.state().issued())
                .filter(s -> s.invitation().dateLine().date().map(d -> d.getYear() == year).orElse(false))
                .sorted(Comparator.comparing((StoredInvitation s) -> s.invitation().number().symbol())
                        .thenComparingInt(s -> s.invitation().number().number().orElse(0)))
                .map(InvitationService::entry)
                .toList();
    }

    private static RegisterEntry entry(StoredInvitation s) {
        Invitation inv = s.invitation();
        String signer = inv.signature().signer() != null ? inv.signature().signer()
                : String.join(" ", inv.signature().printedLines());
        return new RegisterEntry(s.id(), inv.number().toString(), inv.dateLine().date().orElseThrow(),
                inv.kind().label(), inv.subject().plain(), signer, s.status(), s.reason(), s.supersededBy());
    }

    /** The longest chain of follow-ups followed back to its first invitation. */
    private static final int MAX_CHAIN = 32;

    /**
     * Lịch (the calendar of a stored invitation): tentative until issued, confirmed once issued, cancelled when it is
     * revoked or an issued cancellation supersedes it. Every invitation of a chain of follow-ups (except a
     * correction, which changes no meeting) keeps the first one's UID with one more SEQUENCE per step.
     */
    public Outcome<CalendarView> calendar(InvitationId id) {
        Optional<StoredInvitation> found = store.find(id);
        if (found.isEmpty()) return new Outcome.NotFound<>(id);
        StoredInvitation s = found.get();
        InvitationId seed = s.id();
        int sequence = 0;
        StoredInvitation step = s;
        while (step.follows() != null && step.follows().kind() != FollowUpKind.CORRECTION && sequence < MAX_CHAIN) {
            Optional<StoredInvitation> before = store.find(step.follows().id());
            if (before.isEmpty()) break;
            step = before.get();
            seed = step.id();
            sequence++;
        }
        Invitation content = s.invitation();
        CalendarEntry.Standing standing;
        if (s.follows() != null && s.follows().kind() == FollowUpKind.CANCELLATION) {
            Optional<StoredInvitation> cancelled = store.find(s.follows().id());
            if (cancelled.isPresent()) content = cancelled.get().invitation();
            standing = s.status() == Status.ISSUED ? CalendarEntry.Standing.CANCELLED : CalendarEntry.Standing.TENTATIVE;
        } else if (s.status() == Status.REVOKED
                || s.supersededBy() != null && s.supersededBy().kind() == FollowUpKind.CANCELLATION) {
            standing = CalendarEntry.Standing.CANCELLED;
        } else {
            standing = s.status() == Status.ISSUED ? CalendarEntry.Standing.CONFIRMED : CalendarEntry.Standing.TENTATIVE;
        }
        return new Outcome.Done<>(new CalendarView(content, new CalendarEntry(seed.toString(), sequence, standing)));
    }

    // ---- drafting -----------------------------------------------------------------------------------------

    /** Soạn mới: version 1 of a draft. */
    public Outcome<StoredInvitation> create(Invitation invitation) {
        return new Outcome.Done<>(store.create(invitation, clock.instant()));
    }

    /** Lưu dự thảo: a new version; {@code expected} is the version the editor read (If-Match), if known. */
    public Outcome<StoredInvitation> saveDraft(InvitationId id, OptionalInt expected, Invitation invitation) {
        return attempt(id, () -> expected.isPresent()
                ? store.update(id, expected.getAsInt(), invitation, clock.instant())
                : store.update(id, invitation, clock.instant()));
    }

    /** Xóa dự thảo khỏi danh sách (versions are kept). */
    public Outcome<Boolean> delete(InvitationId id) {
        return attempt(id, () -> {
            if (!store.delete(id)) throw new StoreRefusal.NotFound(id);
            return true;
        });
    }

    /** Nhân bản: a new draft copied from any invitation, number and date blank. */
    public Outcome<StoredInvitation> duplicate(InvitationId id) {
        Optional<StoredInvitation> source = store.find(id);
        if (source.isEmpty()) return new Outcome.NotFound<>(id);
        return new Outcome.Done<>(store.create(Drafting.copyAsDraft(source.get().invitation(), today().getYear()),
                clock.instant()));
    }

    /**
     * Văn bản xử lý sau ban hành: a new draft of a {@code kind} follow-up, linked to the issued invitation {@code id}
     * (NĐ 30/2020/NĐ-CP, Điều 18.3).
     */
    public Outcome<StoredInvitation> followUp(InvitationId id, FollowUpKind kind) {
        Optional<StoredInvitation> found = store.find(id);
        if (found.isEmpty()) return new Outcome.NotFound<>(id);
        StoredInvitation original = found.get();
        if (original.status() != Status.ISSUED) {
            String why = original.status() == Status.REVOKED ? "đã thu hồi" : "chưa ban hành";
            return new Outcome.Conflict<>(Outcome.Conflict.Kind.STATE, new Rejection("LIFE-FOLLOW-UP",
                    "Giấy mời " + why + " nên không soạn văn bản " + kind.vietnamese() + " được; chỉ văn bản đã ban"
                            + " hành mới được đính chính, thay thế, hoãn, thay đổi hoặc hủy (NĐ 30/2020/NĐ-CP, Điều 18.3).",
                    "Only an issued invitation has follow-ups."), original.version());
        }
        Invitation draft = Drafting.followUp(kind, original.invitation(), today().getYear());
        Link link = new Link(original.id(), original.invitation().number().toString(), kind);
        return new Outcome.Done<>(store.create(draft, link, clock.instant()));
    }

    // ---- lifecycle ------------------------------------------------------------------------------------------

    /** Trình duyệt. */
    public Outcome<StoredInvitation> submit(InvitationId id, OptionalInt expected) {
        return step(id, expected, Lifecycle::submit);
    }

    /** Duyệt. */
    public Outcome<StoredInvitation> approve(InvitationId id, OptionalInt expected) {
        return step(id, expected, Lifecycle::approve);
    }

    /** Trả lại with the reason. */
    public Outcome<StoredInvitation> returnToDrafter(InvitationId id, OptionalInt expected, String reason) {
        return step(id, expected, s -> s.returnWith(reason));
    }

    /** Thu hồi a number issued by mistake: the number stays used and marked in the register. */
    public Outcome<StoredInvitation> revoke(InvitationId id, OptionalInt expected, String reason) {
        return step(id, expected, s -> s.revoke(reason));
    }

    private Outcome<StoredInvitation> step(InvitationId id, OptionalInt expected, Function<Lifecycle, Transition> step) {
        return attempt(id, () -> {
            int version = expected.isPresent() ? expected.getAsInt()
                    : store.find(id).orElseThrow(() -> new StoreRefusal.NotFound(id)).version();
            return store.move(id, version, step, clock.instant());
        });
    }

    /**
     * Xem trước khi ban hành (the issue dialog): the number the register would give now, the date, and every finding
     * of the issuing check. Nothing is taken.
     */
    public Outcome<IssuePreview> previewIssue(InvitationId id, Optional<LocalDate> date) {
        Optional<StoredInvitation> found = store.find(id);
        if (found.isEmpty()) return new Outcome.NotFound<>(id);
        StoredInvitation current = found.get();
        LocalDate on = date.orElse(today());
        RegisterSeries series = RegisterSeries.of(current.invitation(), on.getYear());
        List<Finding> findings = issuingCheck(current.invitation(), on, store.latestIssueDate(series));
        return new Outcome.Done<>(new IssuePreview(current, store.lastNumber(series) + 1, on, findings));
    }

    /**
     * Ban hành: checks the version read against every rule and issuing guard as it will be issued, then takes the
     * number in the store's transaction. An approved invitation is issued; a submitted one too when the
     * organisation's {@link ApprovalPolicy} does not require approval. Touches the store three times: read, the
     * series' latest date, issue.
     */
    public Outcome<StoredInvitation> issue(InvitationId id, OptionalInt expected, Optional<LocalDate> date) {
        Optional<StoredInvitation> found = store.find(id);
        if (found.isEmpty()) return new Outcome.NotFound<>(id);
        StoredInvitation current = found.get();
        if (expected.isPresent() && expected.getAsInt() != current.version() && !current.state().issued()) {
            return stale(new StoreRefusal.VersionConflict(id, expected.getAsInt(), current.version()));
        }
        ApprovalPolicy policy = approval();
        Transition allowed = policy.issue(current.state());
        if (allowed instanceof Transition.Refused r) return refused(StoreRefusal.of(r.why()), current.version());
        LocalDate on = date.orElse(today());
        Optional<LocalDate> latest = store.latestIssueDate(RegisterSeries.of(current.invitation(), on.getYear()));
        List<Finding> findings = issuingCheck(current.invitation(), on, latest);
        if (!RuleEngine.passes(findings)) return blocked(findings);
        // issue exactly the version checked: a save in between makes the store refuse, not number it unchecked
        try {
            return new Outcome.Done<>(store.issue(current, policy, on, clock.instant()));
        } catch (StoreRefusal.OutOfOrder e) {
            // another server issued a later date in between: the same finding as if it had been seen first
            return blocked(issuingCheck(current.invitation(), on, Optional.of(e.latest())));
        } catch (StoreRefusal e) {
            return refused(e, current.version());
        }
    }

    /** Every finding of {@code draft} checked as issued on {@code date} with a stand-in number. */
    private List<Finding> issuingCheck(Invitation draft, LocalDate date, Optional<LocalDate> latestInSeries) {
        Invitation asIssued = Drafting.issuedAs(draft, 1, date);
        return rules.check(asIssued, CheckContext.issuing(today()).afterSeries(latestInSeries));
    }

    private static <T> Outcome<T> blocked(List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        return new Outcome.Rejected<>("Chưa ban hành được: còn " + errors + " lỗi; sửa các mục trong findings rồi"
                + " ban hành lại.", "Not issued: " + errors + " errors; fix the findings and issue again.", findings);
    }

    // ---- refusals to outcomes ----------------------------------------------------------------------------------

    private <T> Outcome<T> attempt(InvitationId id, Supplier<T> write) {
        try {
            return new Outcome.Done<>(write.get());
        } catch (StoreRefusal e) {
            return refused(e, -1);
        }
    }

    private static <T> Outcome<T> refused(StoreRefusal e, int version) {
        if (e instanceof StoreRefusal.NotFound n) return new Outcome.NotFound<>(n.id());
        if (e instanceof StoreRefusal.VersionConflict v) return stale(v);
        Rejection r = e instanceof StoreRefusal.AlreadyIssued a ? a.rejection()
                : e instanceof StoreRefusal.StepRefused s ? s.rejection()
                : new Rejection("LIFE-STATE", e.getMessage(), e.getMessage());
        if (r.id().equals("LIFE-REASON")) {
            return new Outcome.Rejected<>(r.messageVi(), r.messageEn(), List.of(new Finding(r.id(), Severity.ERROR,
                    "reason", r.messageVi(), r.messageEn(), "lý do", "", "NĐ 30/2020 Điều 18", null)));
        }
        return new Outcome.Conflict<>(Outcome.Conflict.Kind.STATE, r, version);
    }

    private static <T> Outcome<T> stale(StoreRefusal.VersionConflict v) {
        return new Outcome.Conflict<>(Outcome.Conflict.Kind.STALE, new Rejection("LIFE-STALE",
                "Người khác vừa lưu bản " + v.current() + " sau bản " + v.expected() + " bạn đã mở; nội dung của bạn"
                        + " chưa được lưu. Hãy tải bản mới, so sánh rồi lưu lại.",
                "Someone saved version " + v.current() + " after the version " + v.expected()
                        + " you opened; nothing was saved."), v.current());
    }
}
