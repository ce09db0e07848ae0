package vn.giaymoi.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.giaymoi.application.port.out.AccountStore;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.InvitationSummary;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.Link;
import vn.giaymoi.application.port.out.Status;
import vn.giaymoi.application.port.out.StoreRefusal;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.port.out.SummaryPage;
import vn.giaymoi.application.port.out.VersionRetention;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.lifecycle.ApprovalPolicy;
import vn.giaymoi.domain.lifecycle.Drafting;
import vn.giaymoi.domain.lifecycle.FollowUpKind;
import vn.giaymoi.domain.lifecycle.Lifecycle;
import vn.giaymoi.domain.lifecycle.RegisterSeries;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.format.InvitationFormat;

/**
 * Hợp đồng kho (the contract of {@link InvitationStore}): what every store does, run against SQLite, H2, PostgreSQL
 * ({@link InvitationStoreContract}) and the in-memory store of the tests ({@link InMemoryStoreContractTest}), so no
 * test passes on behaviour only a fake has. Shipped in this module's test-jar. Subclasses set {@link #store} to an
 * empty store before each test.
 */
public abstract class StoreContract implements AccountStoreContract {
    static final Instant T0 = Instant.parse("2026-05-01T02:00:00.123456789Z");

    /** The store under test, empty at the start of each test. */
    protected InvitationStore store;

    /** The account store of the same database, holding only the first organisation at the start of each test. */
    protected AccountStore accounts;

    @Override
    public AccountStore accounts() {
        return accounts;
    }

    @Override
    public InvitationStore invitations() {
        return store;
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    /** A new draft taken through submit and approve, ready to issue. */
    StoredInvitation approved(Invitation draft, Instant at) {
        StoredInvitation s = store.create(draft, at);
        s = store.move(s.id(), s.version(), Lifecycle::submit, at);
        return store.move(s.id(), s.version(), Lifecycle::approve, at);
    }

    StoredInvitation issueNew(Invitation draft, LocalDate date) {
        StoredInvitation a = approved(draft, T0);
        return store.issue(a.id(), a.version(), date, T0);
    }

    List<InvitationId> ids(InvitationQuery query) {
        return store.search(query).stream().map(StoredInvitation::id).toList();
    }

    // ------------------------------------------------------------------ pages of summaries

    @Test
    void summaries_come_in_pages_newest_first_with_the_total_and_the_fields_of_the_latest_version() {
        List<StoredInvitation> saved = new ArrayList<>();
        for (int i = 0; i < 7; i++) saved.add(store.create(Drafts.draft("Họp số " + i), at(i)));
        StoredInvitation edited = store.update(saved.get(0).id(), Drafts.meetingOn("Họp số 0, sửa lại",
                LocalDate.of(2026, 6, 3)), at(10));

        SummaryPage first = store.summaries(InvitationQuery.all(), 1, 3);
        SummaryPage last = store.summaries(InvitationQuery.all(), 3, 3);

        assertThat(first.total()).isEqualTo(7);
        assertThat(first.page()).isEqualTo(1);
        assertThat(first.size()).isEqualTo(3);
        assertThat(first.items()).extracting(InvitationSummary::id)
                .containsExactly(edited.id(), saved.get(6).id(), saved.get(5).id());
        assertThat(first.items().get(0)).isEqualTo(InvitationSummary.of(edited));
        assertThat(first.items().get(0).meetingDate()).isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(first.items().get(0).number()).isEqualTo(edited.invitation().number().toString());
        assertThat(last.items()).extracting(InvitationSummary::id).containsExactly(saved.get(1).id());
        assertThat(store.summaries(InvitationQuery.all(), 4, 3).items()).isEmpty();
        assertThat(store.summaries(InvitationQuery.all(), 4, 3).total()).isEqualTo(7);
    }

    @Test
    void summaries_combine_the_filters_with_paging_and_show_an_issued_number() {
        StoredInvitation issued = issueNew(Drafts.draft("Hội nghị chuyển đổi số"), LocalDate.of(2026, 5, 5));
        for (int i = 0; i < 4; i++) store.create(Drafts.draft("Họp chuyển đổi số " + i), at(i + 1));
        store.create(Drafts.draft("Họp giao ban"), at(9));

        SummaryPage words = store.summaries(new InvitationQuery("chuyen doi so", null, null, null, null), 2, 2);
        SummaryPage drafts = store.summaries(new InvitationQuery("chuyen doi so", Status.DRAFT, null, null, null), 1, 10);
        SummaryPage issuedOnly = store.summaries(new InvitationQuery(null, Status.ISSUED, null, null, null), 1, 10);

        assertThat(words.total()).isEqualTo(5);
        assertThat(words.items()).hasSize(2);
        assertThat(drafts.total()).isEqualTo(4);
        assertThat(issuedOnly.items()).containsExactly(InvitationSummary.of(store.find(issued.id()).orElseThrow()));
        assertThat(issuedOnly.items().get(0).number()).startsWith("01/");
        assertThat(issuedOnly.items().get(0).issueDate()).isEqualTo(LocalDate.of(2026, 5, 5));
    }

    @Test
    void a_page_or_size_out_of_bounds_is_refused() {
        assertThatThrownBy(() -> store.summaries(InvitationQuery.all(), 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.summaries(InvitationQuery.all(), 1, SummaryPage.MAX_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------ version retention

    @Test
    void saving_a_draft_keeps_the_first_and_the_latest_50_saved_contents_and_every_lifecycle_step() {
        int keep = VersionRetention.DEFAULT.keepLatest();
        StoredInvitation s = store.create(Drafts.draft("Bản 1"), at(0));
        s = store.move(s.id(), s.version(), Lifecycle::submit, at(1));
        s = store.move(s.id(), s.version(), l -> l.returnWith("Sửa thành phần"), at(2));
        for (int i = 2; i <= keep + 5; i++) s = store.update(s.id(), s.version(), Drafts.draft("Bản " + i), at(2 + i));

        List<StoredInvitation> history = store.history(s.id());

        assertThat(history).filteredOn(v -> v.status() == Status.DRAFT).hasSize(keep + 1);
        assertThat(history.get(0).version()).isEqualTo(1);
        assertThat(history.get(0).invitation().subject().plain()).isEqualTo("Bản 1");
        assertThat(history).extracting(StoredInvitation::status).contains(Status.SUBMITTED, Status.RETURNED);
        assertThat(history.get(history.size() - 1)).isEqualTo(s);
        assertThat(history).extracting(v -> v.invitation().subject().plain())
                .doesNotContain("Bản 2", "Bản 5").contains("Bản 6", "Bản " + (keep + 5));
        assertThat(history).extracting(StoredInvitation::version).isSorted().doesNotHaveDuplicates();

        StoredInvitation issued = store.issue(approvedAgain(s).id(), store.find(s.id()).orElseThrow().version(),
                LocalDate.of(2026, 5, 5), at(100));
        assertThat(store.history(s.id())).hasSize(history.size() + 3);
        assertThat(store.history(s.id()).get(store.history(s.id()).size() - 1)).isEqualTo(issued);
    }

    private StoredInvitation approvedAgain(StoredInvitation s) {
        StoredInvitation submitted = store.move(s.id(), s.version(), Lifecycle::submit, at(98));
        return store.move(s.id(), submitted.version(), Lifecycle::approve, at(99));
    }

    @Test
    void the_retention_policy_thins_only_saved_contents_between_the_first_and_the_latest() {
        InvitationId id = InvitationId.random();
        List<StoredInvitation> history = new ArrayList<>();
        Status[] statuses = {Status.DRAFT, Status.DRAFT, Status.SUBMITTED, Status.RETURNED, Status.DRAFT, Status.DRAFT,
                Status.DRAFT};
        for (int v = 1; v <= statuses.length; v++) {
            history.add(new StoredInvitation(id, v, statuses[v - 1], Drafts.draft(), T0,
                    statuses[v - 1] == Status.RETURNED ? "lý do" : null, null, null));
        }

        assertThat(new VersionRetention(2).thinned(history)).containsExactly(2, 5);
        assertThat(new VersionRetention(5).thinned(history)).isEmpty();
    }

    // ------------------------------------------------------------------ versions

    @Test
    void create_saves_version_1_of_a_draft_that_reads_back_equal_to_the_microsecond() {
        StoredInvitation saved = store.create(Drafts.draft(), T0);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.status()).isEqualTo(Status.DRAFT);
        assertThat(saved.invitation()).isEqualTo(Drafts.draft());
        assertThat(saved.savedAt()).isEqualTo(Instant.parse("2026-05-01T02:00:00.123456Z"));
        assertThat(store.find(saved.id())).contains(saved);
    }

    @Test
    void three_saves_give_versions_1_2_3_and_history_keeps_all_three() {
        StoredInvitation v1 = store.create(Drafts.draft("Họp lần một"), at(0));
        StoredInvitation v2 = store.update(v1.id(), Drafts.draft("Họp lần hai"), at(1));
        StoredInvitation v3 = store.update(v1.id(), 2, Drafts.draft("Họp lần ba"), at(2));

        assertThat(List.of(v1.version(), v2.version(), v3.version())).containsExactly(1, 2, 3);
        assertThat(store.history(v1.id())).containsExactly(v1, v2, v3);
        assertThat(store.history(v1.id())).extracting(s -> s.invitation().subject().plain())
                .containsExactly("Họp lần một", "Họp lần hai", "Họp lần ba");
        assertThat(store.find(v1.id())).contains(v3);
    }

    @Test
    void a_save_over_a_version_other_than_the_one_read_is_a_version_conflict_and_saves_nothing() {
        StoredInvitation v1 = store.create(Drafts.draft("Bản gốc"), at(0));
        store.update(v1.id(), 1, Drafts.draft("Người thứ nhất lưu"), at(1));

        assertThatThrownBy(() -> store.update(v1.id(), 1, Drafts.draft("Người thứ hai lưu"), at(2)))
                .isInstanceOfSatisfying(StoreRefusal.VersionConflict.class, e -> {
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.current()).isEqualTo(2);
                });
        assertThat(store.history(v1.id())).hasSize(2);
        assertThat(store.find(v1.id()).orElseThrow().invitation().subject().plain()).isEqualTo("Người thứ nhất lưu");
    }

    @Test
    void unknown_invitations_are_not_found_and_cannot_be_changed() {
        InvitationId nobody = InvitationId.random();

        assertThat(store.find(nobody)).isEmpty();
        assertThat(store.history(nobody)).isEmpty();
        assertThat(store.delete(nobody)).isFalse();
        assertThatThrownBy(() -> store.update(nobody, 1, Drafts.draft(), T0)).isInstanceOf(StoreRefusal.NotFound.class)
                .hasMessageContaining(nobody.toString());
        assertThatThrownBy(() -> store.issue(nobody, 1, LocalDate.of(2026, 5, 5), T0))
                .isInstanceOf(StoreRefusal.NotFound.class);
        assertThatThrownBy(() -> store.move(nobody, 1, Lifecycle::submit, T0)).isInstanceOf(StoreRefusal.NotFound.class);
    }

    @Test
    void delete_removes_a_draft_from_the_list_but_keeps_its_versions() {
        StoredInvitation kept = store.create(Drafts.draft("Họp giữ lại"), at(0));
        StoredInvitation gone = store.create(Drafts.draft("Họp bỏ đi"), at(1));
        store.update(gone.id(), Drafts.draft("Họp bỏ đi, bản hai"), at(2));

        assertThat(store.delete(gone.id())).isTrue();

        assertThat(store.find(gone.id())).isEmpty();
        assertThat(store.search(InvitationQuery.all())).extracting(StoredInvitation::id).containsExactly(kept.id());
        assertThat(store.history(gone.id())).extracting(StoredInvitation::version).containsExactly(1, 2);
        assertThat(store.delete(gone.id())).isFalse();
        assertThatThrownBy(() -> store.update(gone.id(), Drafts.draft(), at(3))).isInstanceOf(StoreRefusal.NotFound.class);
    }

    // ------------------------------------------------------------------ search

    @Test
    void search_finds_by_words_of_the_subject_with_or_without_diacritics() {
        StoredInvitation cds = store.create(Drafts.draft("Dự họp triển khai **chuyển đổi số** năm 2026"), at(0));
        StoredInvitation budget = store.create(Drafts.draft("Họp bàn dự toán ngân sách"), at(1));

        assertThat(ids(new InvitationQuery("chuyển đổi", null, null, null, null))).containsExactly(cds.id());
        assertThat(ids(new InvitationQuery("CHUYEN DOI SO", null, null, null, null))).containsExactly(cds.id());
        assertThat(ids(new InvitationQuery("ngân   sách dự", null, null, null, null))).containsExactly(budget.id());
        assertThat(ids(new InvitationQuery("họp", null, null, null, null))).containsExactly(budget.id(), cds.id());
        assertThat(ids(new InvitationQuery("chuyển ngân", null, null, null, null))).isEmpty();
        assertThat(ids(new InvitationQuery("%", null, null, null, null))).as("LIKE wildcards are literal").isEmpty();
        assertThat(ids(new InvitationQuery("_", null, null, null, null))).isEmpty();
        assertThat(ids(new InvitationQuery("  ", null, null, null, null))).containsExactly(budget.id(), cds.id());
    }

    @Test
    void search_matches_the_latest_version_only_newest_first() {
        StoredInvitation a = store.create(Drafts.draft("Họp về đất đai"), at(0));
        StoredInvitation b = store.create(Drafts.draft("Họp về môi trường"), at(1));
        store.update(a.id(), Drafts.draft("Họp về giao thông"), at(2));

        assertThat(ids(new InvitationQuery("đất đai", null, null, null, null))).isEmpty();
        assertThat(ids(new InvitationQuery("giao thông", null, null, null, null))).containsExactly(a.id());
        assertThat(ids(InvitationQuery.all())).containsExactly(a.id(), b.id());
    }

    @Test
    void search_filters_by_status_and_separately_by_issue_date_and_by_meeting_date() {
        StoredInvitation may = store.create(Drafts.meetingOn("Họp tháng năm", LocalDate.of(2026, 5, 20)), at(0));
        StoredInvitation june = approved(Drafts.meetingOn("Họp tháng sáu", LocalDate.of(2026, 6, 10)), at(1));
        StoredInvitation july = store.create(Drafts.meetingOn("Họp tháng bảy", LocalDate.of(2026, 7, 15)), at(2));
        store.issue(june.id(), june.version(), LocalDate.of(2026, 6, 1), at(3));
        InvitationQuery all = InvitationQuery.all();

        assertThat(ids(all.withStatus(Status.ISSUED))).containsExactly(june.id());
        assertThat(ids(all.withStatus(Status.DRAFT))).containsExactly(july.id(), may.id());
        assertThat(ids(all.withIssued(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)))).containsExactly(june.id());
        assertThat(ids(all.withIssued(LocalDate.of(2026, 6, 2), null)))
                .as("met on 10 June but issued on 1 June; the drafts have no issue date").isEmpty();
        assertThat(ids(all.withMeeting(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 9))))
                .as("issued on 1 June, meeting on 10 June: the meeting filter reads only the meeting").isEmpty();
        assertThat(ids(all.withMeeting(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 10)))).containsExactly(june.id());
        assertThat(ids(all.withMeeting(LocalDate.of(2026, 6, 11), null))).containsExactly(july.id());
        assertThat(ids(all.withMeeting(null, LocalDate.of(2026, 5, 31)))).containsExactly(may.id());
        assertThat(ids(all.withMeeting(LocalDate.of(2026, 5, 1), null).withIssued(null, LocalDate.of(2026, 12, 31))))
                .as("both filters at once").containsExactly(june.id());
        assertThat(ids(new InvitationQuery("tháng", Status.DRAFT, null, null, null).withMeeting(LocalDate.of(2026, 7, 1), null)))
                .containsExactly(july.id());
    }

    // ------------------------------------------------------------------ lifecycle

    @Test
    void each_step_is_a_new_version_with_the_same_content_and_a_reason_when_returned() {
        StoredInvitation d = store.create(Drafts.draft(), at(0));
        StoredInvitation s = store.move(d.id(), 1, Lifecycle::submit, at(1));
        StoredInvitation r = store.move(d.id(), 2, l -> l.returnWith("Thiếu thành phần mời"), at(2));

        assertThat(List.of(s.status(), r.status())).containsExactly(Status.SUBMITTED, Status.RETURNED);
        assertThat(r.reason()).isEqualTo("Thiếu thành phần mời");
        assertThat(r.invitation()).isEqualTo(d.invitation());
        assertThat(store.find(d.id())).contains(r);
        assertThat(store.update(d.id(), 3, Drafts.draft("Đã bổ sung"), at(3)).status())
                .as("a returned draft edited is a draft again").isEqualTo(Status.DRAFT);
    }

    @Test
    void a_submitted_invitation_is_issued_only_where_approval_is_not_required() {
        StoredInvitation d = store.create(Drafts.draft(), at(0));
        store.move(d.id(), 1, Lifecycle::submit, at(1));
        LocalDate on = LocalDate.of(2026, 5, 5);

        assertThatThrownBy(() -> store.issue(d.id(), 2, ApprovalPolicy.REQUIRED, on, at(2)))
                .isInstanceOfSatisfying(StoreRefusal.StepRefused.class,
                        e -> assertThat(e.rejection().id()).isEqualTo("LIFE-APPROVAL-REQUIRED"));
        assertThat(store.lastNumber(RegisterSeries.of(d.invitation(), 2026))).isZero();

        StoredInvitation issued = store.issue(d.id(), 2, ApprovalPolicy.NOT_REQUIRED, on, at(3));
        assertThat(issued.status()).isEqualTo(Status.ISSUED);
        assertThat(issued.invitation().number().number()).hasValue(1);
        assertThat(store.history(d.id())).extracting(StoredInvitation::status)
                .containsExactly(Status.DRAFT, Status.SUBMITTED, Status.ISSUED);

        StoredInvitation draft = store.create(Drafts.draft(), at(4));
        assertThatThrownBy(() -> store.issue(draft.id(), 1, ApprovalPolicy.NOT_REQUIRED, on, at(5)))
                .as("a draft is submitted first under either policy").isInstanceOf(StoreRefusal.StepRefused.class);
    }

    @Test
    void a_step_the_lifecycle_refuses_is_refused_by_the_store_and_writes_nothing() {
        StoredInvitation d = store.create(Drafts.draft(), at(0));
        store.move(d.id(), 1, Lifecycle::submit, at(1));

        assertThatThrownBy(() -> store.update(d.id(), 2, Drafts.draft("Sửa khi đang chờ duyệt"), at(2)))
                .isInstanceOfSatisfying(StoreRefusal.StepRefused.class, e -> assertThat(e.rejection().id()).isEqualTo("LIFE-STATE"));
        assertThatThrownBy(() -> store.issue(d.id(), 2, LocalDate.of(2026, 5, 5), at(2)))
                .as("submitted, not approved").isInstanceOf(StoreRefusal.StepRefused.class);
        assertThatThrownBy(() -> store.delete(d.id())).isInstanceOf(StoreRefusal.StepRefused.class);
        assertThatThrownBy(() -> store.move(d.id(), 2, l -> l.returnWith(" "), at(2)))
                .isInstanceOfSatisfying(StoreRefusal.StepRefused.class, e -> assertThat(e.rejection().id()).isEqualTo("LIFE-REASON"));
        assertThat(store.history(d.id())).hasSize(2);
        assertThat(store.lastNumber(RegisterSeries.of(d.invitation(), 2026))).isZero();
    }

    // ------------------------------------------------------------------ issuing

    @Test
    void issuing_refuses_a_version_other_than_the_one_checked_and_takes_no_number() {
        StoredInvitation checked = approved(Drafts.draft(), at(0));
        store.move(checked.id(), checked.version(), l -> l.returnWith("Sửa tiêu đề"), at(1));
        StoredInvitation again = store.move(checked.id(), checked.version() + 1, Lifecycle::submit, at(2));
        again = store.move(checked.id(), again.version(), Lifecycle::approve, at(3));

        int stale = checked.version();
        assertThatThrownBy(() -> store.issue(checked.id(), stale, LocalDate.of(2026, 5, 5), at(4)))
                .isInstanceOf(StoreRefusal.VersionConflict.class).hasMessageContaining("làm lại");
        assertThat(store.find(checked.id()).orElseThrow().status()).isEqualTo(Status.APPROVED);
        assertThat(store.issue(checked.id(), again.version(), LocalDate.of(2026, 5, 5), at(5)).invitation().number()
                .sequence()).as("the refused attempt used no number").isEqualTo("01");
    }

    @Test
    void issuing_numbers_dates_and_freezes_a_new_version() {
        StoredInvitation draft = approved(Drafts.draft(), at(0));

        StoredInvitation issued = store.issue(draft.id(), draft.version(), LocalDate.of(2026, 5, 5), at(1));

        assertThat(issued.version()).isEqualTo(4);
        assertThat(issued.status()).isEqualTo(Status.ISSUED);
        assertThat(issued.invitation().number().toString()).isEqualTo("01/GM-UBND");
        assertThat(issued.invitation().dateLine().printed()).isEqualTo("Hà Tĩnh, ngày 05 tháng 5 năm 2026");
        assertThat(issued.invitation().isDraft()).isFalse();
        assertThat(issued.invitation().withNumber(draft.invitation().number())
                .withDateLine(draft.invitation().dateLine())).as("nothing else changes").isEqualTo(draft.invitation());
        assertThat(store.find(draft.id())).contains(issued);
        assertThat(store.history(draft.id())).extracting(StoredInvitation::status)
                .containsExactly(Status.DRAFT, Status.SUBMITTED, Status.APPROVED, Status.ISSUED);

        assertThatThrownBy(() -> store.update(draft.id(), 4, Drafts.draft(), at(2)))
                .isInstanceOf(StoreRefusal.AlreadyIssued.class).hasMessageContaining("Điều 18.3");
        assertThatThrownBy(() -> store.update(draft.id(), 1, Drafts.draft(), at(2)))
                .as("frozen, whatever version was read").isInstanceOf(StoreRefusal.AlreadyIssued.class);
        assertThatThrownBy(() -> store.delete(draft.id())).isInstanceOf(StoreRefusal.AlreadyIssued.class);
        assertThatThrownBy(() -> store.issue(draft.id(), 4, LocalDate.of(2026, 5, 6), at(2)))
                .isInstanceOf(StoreRefusal.AlreadyIssued.class);
        assertThat(store.history(draft.id())).as("refused changes leave no trace").hasSize(4);

        StoredInvitation copy = approved(Drafting.copyAsDraft(issued.invitation(), 2026), at(3));
        assertThat(store.issue(copy.id(), copy.version(), LocalDate.of(2026, 5, 7), at(4)).invitation().number().sequence())
                .isEqualTo("02");
    }

    @Test
    void each_issuer_and_symbol_has_its_own_series() {
        List<String> numbers = Stream.of(Drafts.draft(), Drafts.draft(), Drafts.withSymbol(Drafts.draft(), "GM-VP"),
                        Drafts.fromCommune(Drafts.draft()), Drafts.draft(), Drafts.fromCommune(Drafts.draft()))
                .map(d -> issueNew(d, LocalDate.of(2026, 3, 2)).invitation().number().toString())
                .toList();

        assertThat(numbers).containsExactly("01/GM-UBND", "02/GM-UBND", "01/GM-VP", "01/GM-UBND", "03/GM-UBND",
                "02/GM-UBND");
        assertThat(store.lastNumber(RegisterSeries.of(Drafts.draft(), 2026))).isEqualTo(3);
        assertThat(store.lastNumber(RegisterSeries.of(Drafts.fromCommune(Drafts.draft()), 2026))).isEqualTo(2);
        assertThat(store.latestIssueDate(RegisterSeries.of(Drafts.draft(), 2026))).contains(LocalDate.of(2026, 3, 2));
        assertThat(store.latestIssueDate(RegisterSeries.of(Drafts.draft(), 2027))).isEmpty();
    }

    @Test
    void numbering_restarts_at_01_on_the_first_of_january() {
        List<LocalDate> days = List.of(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2026, 12, 31));
        List<String> printed = new ArrayList<>();
        for (LocalDate day : days) {
            Invitation issued = issueNew(Drafts.draft(), day).invitation();
            printed.add(issued.number() + " " + issued.dateLine().printed());
        }

        assertThat(printed).containsExactly(
                "01/GM-UBND Hà Tĩnh, ngày 30 tháng 12 năm 2026",
                "02/GM-UBND Hà Tĩnh, ngày 31 tháng 12 năm 2026",
                "01/GM-UBND Hà Tĩnh, ngày 01 tháng 01 năm 2027",
                "02/GM-UBND Hà Tĩnh, ngày 02 tháng 01 năm 2027",
                "03/GM-UBND Hà Tĩnh, ngày 31 tháng 12 năm 2026");
    }

    @Test
    void an_issue_dated_before_the_series_latest_is_refused_and_takes_no_number() {
        issueNew(Drafts.draft(), LocalDate.of(2026, 11, 29));
        StoredInvitation late = approved(Drafts.draft(), at(1));

        assertThatThrownBy(() -> store.issue(late.id(), late.version(), LocalDate.of(2026, 11, 2), at(2)))
                .isInstanceOfSatisfying(StoreRefusal.OutOfOrder.class,
                        e -> assertThat(e.latest()).isEqualTo(LocalDate.of(2026, 11, 29)));
        assertThat(store.find(late.id()).orElseThrow().status()).isEqualTo(Status.APPROVED);
        assertThat(store.issue(late.id(), late.version(), LocalDate.of(2026, 11, 29), at(3)).invitation().number()
                .sequence()).as("the same day is in order; no number was used").isEqualTo("02");
        assertThat(store.latestIssueDate(RegisterSeries.of(Drafts.draft(), 2026))).contains(LocalDate.of(2026, 11, 29));
    }

    @Test
    void a_revoked_number_stays_taken_and_marked() {
        StoredInvitation first = issueNew(Drafts.draft(), LocalDate.of(2026, 5, 5));
        StoredInvitation revoked = store.move(first.id(), first.version(), l -> l.revoke("Cấp nhầm số"), at(1));

        assertThat(revoked.status()).isEqualTo(Status.REVOKED);
        assertThat(revoked.reason()).isEqualTo("Cấp nhầm số");
        assertThat(revoked.invitation()).isEqualTo(first.invitation());
        assertThatThrownBy(() -> store.move(first.id(), revoked.version(), l -> l.revoke("lần hai"), at(2)))
                .isInstanceOf(StoreRefusal.AlreadyIssued.class);
        assertThatThrownBy(() -> store.delete(first.id())).isInstanceOf(StoreRefusal.AlreadyIssued.class);
        assertThat(issueNew(Drafts.draft(), LocalDate.of(2026, 5, 5)).invitation().number().sequence())
                .as("never reused").isEqualTo("02");
        assertThat(store.search(new InvitationQuery(null, Status.REVOKED, null, null, null))).extracting(StoredInvitation::id)
                .containsExactly(first.id());
    }

    @Test
    void issuing_a_checked_version_numbers_the_stored_content_never_the_content_the_caller_passes() {
        StoredInvitation approved = approved(Drafts.draft("Họp đã duyệt"), at(1));
        StoredInvitation read = store.find(approved.id()).orElseThrow();
        StoredInvitation altered = new StoredInvitation(read.id(), read.version(), read.status(),
                read.invitation().withSubject(RichText.of("Nội dung chưa duyệt")), read.savedAt(), read.reason(),
                read.follows(), read.supersededBy());

        StoredInvitation issued = store.issue(altered, ApprovalPolicy.REQUIRED, LocalDate.of(2026, 5, 5), at(2));

        assertThat(issued.invitation().subject().plain()).isEqualTo("Họp đã duyệt");
        assertThat(issued.invitation()).isEqualTo(Drafting.issuedAs(read.invitation(), 1, LocalDate.of(2026, 5, 5)));
        assertThat(store.find(approved.id())).contains(issued);
        StoredInvitation next = approved(Drafts.draft("Họp sau"), at(3));
        assertThat(store.issue(store.find(next.id()).orElseThrow(), ApprovalPolicy.REQUIRED, LocalDate.of(2026, 5, 5),
                at(4)).invitation()).as("the content the caller read, issued as it is")
                .isEqualTo(Drafting.issuedAs(next.invitation(), 2, LocalDate.of(2026, 5, 5)));
    }

    @Test
    void a_follow_up_is_linked_to_its_original_which_is_superseded_once_it_is_issued() {
        StoredInvitation original = issueNew(Drafts.draft(), LocalDate.of(2026, 5, 5));
        Link link = new Link(original.id(), "01/GM-UBND", FollowUpKind.POSTPONEMENT);
        StoredInvitation later = store.create(Drafting.followUp(FollowUpKind.POSTPONEMENT, original.invitation(), 2026),
                link, at(1));

        assertThat(later.follows()).isEqualTo(link);
        assertThat(store.find(later.id()).orElseThrow().follows()).isEqualTo(link);
        assertThat(store.find(original.id()).orElseThrow().supersededBy()).isNull();

        later = store.move(later.id(), 1, Lifecycle::submit, at(2));
        later = store.move(later.id(), 2, Lifecycle::approve, at(3));
        StoredInvitation issued = store.issue(later.id(), 3, LocalDate.of(2026, 5, 6), at(4));

        assertThat(issued.invitation().number()).hasToString("02/GM-UBND");
        assertThat(issued.follows()).isEqualTo(link);
        assertThat(store.find(later.id())).as("what issuing returns is what a read gives").contains(issued);
        StoredInvitation superseded = store.find(original.id()).orElseThrow();
        assertThat(superseded.supersededBy()).isEqualTo(new Link(later.id(), "02/GM-UBND", FollowUpKind.POSTPONEMENT));
        assertThat(superseded.status()).isEqualTo(Status.ISSUED);
        assertThat(superseded.version()).as("the original is not changed").isEqualTo(original.version());
    }

    @Test
    void concurrent_issuing_never_repeats_a_number() throws Exception {
        List<StoredInvitation> ready = new ArrayList<>();
        for (int i = 0; i < 40; i++) ready.add(approved(Drafts.draft(), T0));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (StoredInvitation a : ready) {
                numbers.add(pool.submit(() -> store.issue(a.id(), a.version(), LocalDate.of(2026, 5, 5), T0)
                        .invitation().number().sequence()));
            }
            List<String> got = new ArrayList<>();
            for (Future<String> f : numbers) got.add(f.get());
            assertThat(got).doesNotHaveDuplicates().hasSize(40).contains("01", "09", "10", "40");
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ content

    @Test
    void the_seed_documents_are_stored_and_read_back_unchanged() throws Exception {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            seeds = files.filter(f -> f.getFileName().toString().matches("seed-\\d+\\.yaml")).sorted().toList();
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(4);
        InvitationFormat format = new InvitationFormat();
        for (Path seed : seeds) {
            Invitation original = format.read(seed).fold(inv -> inv, problems -> {
                throw new AssertionError(seed + ": " + problems);
            });

            StoredInvitation saved = store.create(original, T0);

            assertThat(store.find(saved.id()).orElseThrow().invitation()).as(seed.toString()).isEqualTo(original);
        }
    }

    @Test
    void subjects_with_markup_and_vietnamese_text_survive_unchanged() {
        Invitation rich = Drafts.draft().withSubject(RichText.of("Họp *khẩn* về **Nghị định 30/2020/NĐ-CP** \\* ghi chú"));

        StoredInvitation saved = store.create(rich, T0);

        assertThat(store.find(saved.id()).orElseThrow().invitation().subject()).isEqualTo(rich.subject());
    }
}
