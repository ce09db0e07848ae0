package vn.giaymoi.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giaymoi.application.port.out.AccountStore;
import vn.giaymoi.application.port.out.AuditAction;
import vn.giaymoi.application.port.out.AuditEntry;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.InvitationSummary;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.Link;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.Status;
import vn.giaymoi.application.port.out.StoreRefusal;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.port.out.SummaryPage;
import vn.giaymoi.application.service.AuditedInvitationStore;
import vn.giaymoi.domain.delegation.AuthorityLine;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.invitation.Marker;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.lifecycle.Drafting;
import vn.giaymoi.domain.lifecycle.FollowUpKind;
import vn.giaymoi.domain.lifecycle.Lifecycle;
import vn.giaymoi.domain.lifecycle.RegisterSeries;

/**
 * The store contract ({@link StoreContract}) plus what only a database store must do (restarts, rollbacks, several
 * servers on one database), run against SQLite, PostgreSQL and H2 by the subclasses. Each test gets an empty database
 * ({@link #freshTarget()}); {@link #openDatabase()} may be called several times to simulate several servers or a
 * restart.
 */
abstract class InvitationStoreContract extends StoreContract {
    private final List<Database> opened = new ArrayList<>();
    Database db;

    /** Prepares an empty database for one test. */
    abstract void freshTarget() throws Exception;

    /** Opens a new pool on the current test's database (a new "server"). */
    abstract Database connect();

    /** Removes what {@link #freshTarget()} made. */
    abstract void dropTarget() throws Exception;

    final Database openDatabase() {
        Database d = connect();
        opened.add(d);
        return d;
    }

    @BeforeEach
    void openStore() throws Exception {
        freshTarget();
        db = openDatabase();
        store = db.invitations();
        accounts = db.accounts();
    }

    @AfterEach
    void closeStores() throws Exception {
        opened.forEach(Database::close);
        opened.clear();
        dropTarget();
    }

    /**
     * The account store of this database, failing as a crash would right after writing each audit line, before the
     * transaction commits ({@code before}: right before writing it).
     */
    private AccountStore failingAtTheLine(boolean before) {
        AccountStore real = accounts;
        return (AccountStore) Proxy.newProxyInstance(AccountStore.class.getClassLoader(),
                new Class<?>[] {AccountStore.class}, (proxy, method, args) -> {
                    boolean line = method.getName().equals("audit") && args.length == 1;
                    if (line && before) throw new IllegalStateException("sự cố giả lập trước dòng nhật ký");
                    Object result;
                    try {
                        result = method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (line) throw new IllegalStateException("sự cố giả lập sau dòng nhật ký, trước khi ghi hẳn");
                    return result;
                });
    }

    private AuditedInvitationStore audited(AccountStore log) {
        return new AuditedInvitationStore(store.forOrganisation(OrganisationId.FIRST), log, OrganisationId.FIRST, "lan",
                java.time.Clock.fixed(at(9), java.time.ZoneOffset.UTC));
    }

    @Test
    void a_step_and_its_audit_line_are_one_transaction_so_a_failure_between_them_leaves_neither() {
        AuditedInvitationStore good = audited(accounts);
        StoredInvitation d = good.create(Drafts.draft("Họp giao ban"), at(0));
        StoredInvitation submitted = good.move(d.id(), 1, Lifecycle::submit, at(1));
        StoredInvitation approved = good.move(d.id(), 2, Lifecycle::approve, at(2));
        StoredInvitation other = good.create(Drafts.draft("Dự thảo sẽ xóa"), at(3));
        List<AuditEntry> lines = accounts.audit(OrganisationId.FIRST, d.id());
        assertThat(lines).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATED, AuditAction.SUBMITTED, AuditAction.APPROVED);
        int invitations = store.search(InvitationQuery.all()).size();

        for (boolean before : List.of(true, false)) {
            AuditedInvitationStore crashing = audited(failingAtTheLine(before));
            assertThatThrownBy(() -> crashing.create(Drafts.draft("Không được lưu"), at(4)))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> crashing.update(other.id(), 1, Drafts.draft("Bản hai không được lưu"), at(4)))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> crashing.move(other.id(), 1, Lifecycle::submit, at(4)))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> crashing.delete(other.id())).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> crashing.issue(d.id(), approved.version(), LocalDate.of(2026, 5, 5), at(4)))
                    .isInstanceOf(IllegalStateException.class);
        }

        assertThat(store.search(InvitationQuery.all())).as("no invitation created").hasSize(invitations);
        assertThat(store.history(other.id())).as("neither saved, submitted nor deleted").hasSize(1);
        assertThat(store.find(d.id())).contains(approved);
        assertThat(store.lastNumber(RegisterSeries.of(d.invitation(), 2026))).as("no number taken").isZero();
        assertThat(accounts.audit(OrganisationId.FIRST, d.id())).as("no line without its step").isEqualTo(lines);
        assertThat(accounts.audit(OrganisationId.FIRST, other.id())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATED);
        assertThat(submitted.status()).isEqualTo(Status.SUBMITTED);

        // after the failures the same steps go through, each with its line
        StoredInvitation issued = good.issue(d.id(), approved.version(), LocalDate.of(2026, 5, 5), at(5));
        assertThat(issued.invitation().number().sequence()).isEqualTo("01");
        assertThat(good.delete(other.id())).isTrue();
        assertThat(accounts.audit(OrganisationId.FIRST, d.id())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATED, AuditAction.SUBMITTED, AuditAction.APPROVED, AuditAction.ISSUED);
        assertThat(accounts.audit(OrganisationId.FIRST, other.id())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATED, AuditAction.DELETED);
    }

    @Test
    void closing_and_reopening_the_database_keeps_everything() {
        StoredInvitation a = store.create(Drafts.draft("Họp trước khi tắt máy"), at(0));
        StoredInvitation a2 = store.update(a.id(), Drafts.draft("Họp trước khi tắt máy, bản hai"), at(1));
        StoredInvitation issued = issueNew(Drafts.draft("Đã ban hành"), LocalDate.of(2026, 5, 5));
        db.close();

        InvitationStore reopened = openDatabase().invitations();
        store = reopened;

        assertThat(reopened.find(a.id())).contains(a2);
        assertThat(reopened.history(a.id())).containsExactly(a, a2);
        assertThat(reopened.find(issued.id())).contains(issued);
        StoredInvitation next = issueNew(Drafts.draft(), LocalDate.of(2026, 5, 6));
        assertThat(next.invitation().number().sequence()).as("the register survives the restart").isEqualTo("02");
    }

    /** Every database keeps the register under the one key every store uses: {@link RegisterSeries}. */
    @Test
    void a_version_saved_before_the_kind_column_lists_the_kind_of_its_document() throws Exception {
        StoredInvitation old = store.create(Drafts.draft("Họp trước V3"), at(0));
        StoredInvitation current = store.create(Drafts.draft("Họp sau V3"), at(1));
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "UPDATE invitation_version SET kind = NULL WHERE invitation_id = ?")) {
            ps.setObject(1, old.id().value());
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        assertThat(store.summaries(InvitationQuery.all(), 1, 10).items())
                .containsExactly(InvitationSummary.of(current), InvitationSummary.of(old));
    }

    @Test
    void the_register_row_is_keyed_by_the_register_series() throws Exception {
        Invitation commune = Drafts.fromCommune(Drafts.draft());
        issueNew(commune, LocalDate.of(2026, 3, 2));

        RegisterSeries series = RegisterSeries.of(commune, 2026);
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT issuer, symbol, register_year, last_number, last_issue_date FROM number_register");
                ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(new RegisterSeries(rs.getString(1), rs.getString(2), rs.getInt(3))).isEqualTo(series);
            assertThat(rs.getInt(4)).isEqualTo(1);
            assertThat(db.dialect().date(rs, "last_issue_date")).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(rs.next()).isFalse();
        }
        assertThat(series.issuer()).isEqualTo("ỦY BAN NHÂN DÂN XÃ CẨM XUYÊN");
    }

    @Test
    void a_failed_issue_rolls_back_its_number_and_its_version() {
        StoredInvitation first = approved(Drafts.draft("Lần ban hành hỏng"), at(0));
        StoredInvitation second = approved(Drafts.draft("Lần ban hành tiếp"), at(1));
        JdbcInvitationStore failing = new JdbcInvitationStore(db.dataSource(), db.dialect(), (id, number) -> {
            throw new IllegalStateException("máy chủ hỏng giữa chừng khi ban hành số " + number);
        });

        assertThatThrownBy(() -> failing.issue(first.id(), first.version(), LocalDate.of(2026, 5, 5), at(2)))
                .hasMessageContaining("số 1");

        assertThat(store.find(first.id())).contains(first);
        assertThat(store.history(first.id())).hasSize(3);
        assertThat(store.latestIssueDate(RegisterSeries.of(Drafts.draft(), 2026))).isEmpty();
        assertThat(store.issue(second.id(), second.version(), LocalDate.of(2026, 5, 5), at(3)).invitation().number()
                .sequence()).as("no gap: the failed issue's number is handed out again").isEqualTo("01");
        assertThat(store.issue(first.id(), first.version(), LocalDate.of(2026, 5, 5), at(4)).invitation().number()
                .sequence()).isEqualTo("02");
    }

    /**
     * Two pools are two servers on one database. 20 originals are issued first; then 2 × 8 threads issue 400
     * approved drafts, of which 40 are follow-ups of the originals (replacements in the giấy mời series, corrections
     * and cancellations in the công văn series), while 10 originals are revoked at the same time; one issue in
     * twenty fails once after taking its number (then succeeds on retry). Every series is numbered exactly 1..N and
     * no revoked number comes back.
     */
    @Test
    void concurrent_issues_follow_ups_and_revocations_from_two_servers_number_every_series_1_to_n() throws Exception {
        int servers = 2;
        int threadsPerServer = 8;
        int total = 400;
        List<StoredInvitation> originals = new ArrayList<>();
        for (int i = 0; i < 20; i++) originals.add(issueNew(Drafts.draft("Họp gốc " + i), LocalDate.of(2026, 8, 1)));
        List<StoredInvitation> ready = new ArrayList<>();
        FollowUpKind[] kinds = {FollowUpKind.REPLACEMENT, FollowUpKind.CORRECTION, FollowUpKind.CANCELLATION};
        for (int i = 0; i < total; i++) {
            Invitation draft;
            Link follows = null;
            if (i % 10 == 3) {
                StoredInvitation o = originals.get((i / 10) % originals.size());
                FollowUpKind kind = kinds[(i / 10) % kinds.length];
                draft = Drafting.followUp(kind, o.invitation(), 2026);
                follows = new Link(o.id(), o.invitation().number().toString(), kind);
            } else {
                draft = Drafts.draft("Họp số " + i);
            }
            StoredInvitation s = store.create(draft, follows, at(i));
            s = store.move(s.id(), 1, Lifecycle::submit, at(i));
            ready.add(store.move(s.id(), 2, Lifecycle::approve, at(i)));
        }
        Set<InvitationId> failOnce = ConcurrentHashMap.newKeySet();
        IntStream.range(0, total).filter(i -> i % 20 == 7).forEach(i -> failOnce.add(ready.get(i).id()));
        AtomicInteger failures = new AtomicInteger();
        JdbcInvitationStore.IssueHook crashSome = (id, number) -> {
            if (failOnce.remove(id)) {
                failures.incrementAndGet();
                throw new IllegalStateException("sự cố giả lập sau khi lấy số " + number);
            }
        };
        List<JdbcInvitationStore> serverStores = new ArrayList<>();
        for (int s = 0; s < servers; s++) {
            Database server = openDatabase();
            serverStores.add(new JdbcInvitationStore(server.dataSource(), server.dialect(), crashSome));
        }

        List<StoredInvitation> issued = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(servers * threadsPerServer + 1);
        try {
            List<Future<?>> running = new ArrayList<>();
            int perThread = total / (servers * threadsPerServer);
            for (int t = 0; t < servers * threadsPerServer; t++) {
                JdbcInvitationStore server = serverStores.get(t % servers);
                List<StoredInvitation> mine = ready.subList(t * perThread, (t + 1) * perThread);
                running.add(pool.submit(() -> {
                    for (StoredInvitation a : mine) issued.add(issueRetrying(server, a));
                    return null;
                }));
            }
            running.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    StoredInvitation o = originals.get(i * 2);
                    serverStores.get(i % servers).move(o.id(), o.version(), l -> l.revoke("Cấp nhầm số"), at(500));
                }
                return null;
            }));
            for (Future<?> f : running) f.get(5, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }

        assertThat(failures.get()).isEqualTo(20);
        Map<String, List<Integer>> bySeries = new HashMap<>();
        for (StoredInvitation s : store.search(InvitationQuery.all())) {
            if (s.status() == Status.ISSUED || s.status() == Status.REVOKED) {
                bySeries.computeIfAbsent(s.invitation().number().symbol(), k -> new ArrayList<>())
                        .add(s.invitation().number().number().orElseThrow());
            }
        }
        assertThat(bySeries.keySet()).containsExactlyInAnyOrder("GM-UBND", "UBND");
        int gm = 20 + total - 40 + 14; // originals, plain drafts, replacements
        int cv = 40 - 14;
        assertThat(bySeries.get("GM-UBND")).hasSize(gm).doesNotHaveDuplicates();
        assertThat(bySeries.get("GM-UBND").stream().sorted().toList()).isEqualTo(IntStream.rangeClosed(1, gm).boxed().toList());
        assertThat(bySeries.get("UBND").stream().sorted().toList()).isEqualTo(IntStream.rangeClosed(1, cv).boxed().toList());
        assertThat(store.search(new InvitationQuery(null, Status.REVOKED, null, null, null))).hasSize(10)
                .allSatisfy(s -> assertThat(s.invitation().number().number().orElseThrow()).isLessThanOrEqualTo(20));
        assertThat(store.lastNumber(RegisterSeries.of(Drafts.draft(), 2026))).isEqualTo(gm);
        assertThat(store.find(originals.get(3).id()).orElseThrow().supersededBy()).as("followed up by i=3").isNotNull();
    }

    private static StoredInvitation issueRetrying(InvitationStore server, StoredInvitation approved) {
        try {
            return server.issue(approved.id(), approved.version(), LocalDate.of(2026, 8, 1), T0);
        } catch (IllegalStateException simulated) {
            return server.issue(approved.id(), approved.version(), LocalDate.of(2026, 8, 1), T0);
        }
    }

    /**
     * Group commit (decision 55): two issues hold both of a server's groups open (their hook waits), while seven
     * more callers ask at the same moment; released, the seven are taken in one transaction by one of them. Each is
     * told its own outcome: the approved ones consecutive numbers in arrival order, the stale one, the unapproved one,
     * the one dated before an earlier caller's, and the one asked twice their refusals; none fails the others. Then
     * the same group again with one issue failing each time after it took its number (a crash inside the group): the
     * group's transaction rolls back, each issue runs again alone, the failing one's caller is told so, and the others
     * are numbered with no gap.
     */
    @Test
    void issues_asked_at_the_same_moment_are_taken_in_one_group_and_each_caller_gets_its_own_outcome()
            throws Exception {
        for (boolean crash : List.of(false, true)) {
            issueOneGroup(crash);
        }
    }

    private void issueOneGroup(boolean crash) throws Exception {
        LocalDate may5 = LocalDate.of(2026, 5, 5);
        LocalDate may6 = LocalDate.of(2026, 5, 6);
        int base = store.lastNumber(RegisterSeries.of(Drafts.draft(), 2026));
        StoredInvitation holdA = approved(Drafts.withSymbol(Drafts.draft("Giữ nhóm một"), "GM-VP"), at(0));
        StoredInvitation holdB = approved(Drafts.fromCommune(Drafts.draft("Giữ nhóm hai")), at(0));
        List<StoredInvitation> asked = new ArrayList<>();
        for (int i = 0; i < 3; i++) asked.add(approved(Drafts.draft("Họp cùng lúc " + i), at(1)));
        StoredInvitation stale = approved(Drafts.draft("Họp đã sửa"), at(1));
        StoredInvitation draft = store.create(Drafts.draft("Chưa duyệt"), at(1));
        StoredInvitation early = approved(Drafts.draft("Ngày lùi"), at(1));

        CountDownLatch release = new CountDownLatch(1);
        Set<InvitationId> holders = Set.of(holdA.id(), holdB.id());
        Map<InvitationId, Thread> committedBy = new ConcurrentHashMap<>();
        InvitationId crashing = asked.get(1).id();
        AtomicInteger crashes = new AtomicInteger();
        JdbcInvitationStore server = new JdbcInvitationStore(db.dataSource(), db.dialect(), (id, number) -> {
            if (holders.contains(id)) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (crash && id.equals(crashing)) {
                crashes.incrementAndGet();
                throw new IllegalStateException("sự cố giả lập giữa nhóm, sau khi lấy số " + number);
            }
            committedBy.put(id, Thread.currentThread());
        });
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            Set<Thread> callers = ConcurrentHashMap.newKeySet();
            Future<StoredInvitation> a = pool.submit(() -> server.issue(holdA.id(), holdA.version(), may5, at(2)));
            await(() -> server.issuesWaiting()[0] == 0 && server.issuesWaiting()[1] == 1);
            Future<StoredInvitation> b = pool.submit(() -> server.issue(holdB.id(), holdB.version(), may5, at(2)));
            await(() -> server.issuesWaiting()[0] == 0 && server.issuesWaiting()[1] == 0);
            // arrival order: the three, the stale one, the unapproved one, the early one, the first again
            List<Object[]> calls = new ArrayList<>();
            for (StoredInvitation s : asked) calls.add(new Object[] {s, s.version(), may6});
            calls.add(new Object[] {stale, stale.version() - 1, may6});
            calls.add(new Object[] {draft, draft.version(), may6});
            calls.add(new Object[] {early, early.version(), may5});
            calls.add(new Object[] {asked.get(0), asked.get(0).version(), may6});
            List<Future<Object>> outcomes = new ArrayList<>();
            for (Object[] call : calls) {
                int waitingBefore = server.issuesWaiting()[0];
                StoredInvitation s = (StoredInvitation) call[0];
                outcomes.add(pool.submit(() -> {
                    callers.add(Thread.currentThread());
                    try {
                        return server.issue(s.id(), (Integer) call[1], (LocalDate) call[2], at(3));
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
                await(() -> server.issuesWaiting()[0] == waitingBefore + 1);
            }
            release.countDown();
            assertThat(a.get(1, TimeUnit.MINUTES).status()).isEqualTo(Status.ISSUED);
            assertThat(b.get(1, TimeUnit.MINUTES).status()).isEqualTo(Status.ISSUED);
            List<Object> got = new ArrayList<>();
            for (Future<Object> f : outcomes) got.add(f.get(1, TimeUnit.MINUTES));

            // the three approved ones: consecutive numbers in arrival order; when the second fails inside the group
            // (once there, once again alone), its caller is told, and the third takes the next number
            int number = base;
            for (int i = 0; i < 3; i++) {
                if (crash && i == 1) {
                    assertThat(got.get(i)).isInstanceOf(IllegalStateException.class);
                    assertThat(store.find(asked.get(i).id()).orElseThrow().status()).isEqualTo(Status.APPROVED);
                    continue;
                }
                assertThat(got.get(i)).isInstanceOf(StoredInvitation.class);
                StoredInvitation issued = (StoredInvitation) got.get(i);
                assertThat(issued.invitation().number().number()).hasValue(++number);
                assertThat(store.find(issued.id())).contains(issued);
            }
            assertThat(got.get(3)).isInstanceOf(StoreRefusal.VersionConflict.class);
            assertThat(got.get(4)).isInstanceOf(StoreRefusal.StepRefused.class);
            assertThat(got.get(5)).isInstanceOf(StoreRefusal.OutOfOrder.class);
            assertThat(((StoreRefusal.OutOfOrder) got.get(5)).latest()).isEqualTo(may6);
            assertThat(got.get(6)).as("asked twice").isInstanceOf(StoreRefusal.class);
            assertThat(store.lastNumber(RegisterSeries.of(Drafts.draft(), 2026))).as("no gap, no number lost")
                    .isEqualTo(number);
            assertThat(store.find(stale.id()).orElseThrow().status()).isEqualTo(Status.APPROVED);
            assertThat(store.find(early.id()).orElseThrow().status()).isEqualTo(Status.APPROVED);
            assertThat(crashes.get()).isEqualTo(crash ? 2 : 0);
            if (!crash) { // one transaction, led by one of the callers: every issue's hook ran on one thread
                assertThat(committedBy.get(asked.get(0).id())).isSameAs(committedBy.get(asked.get(1).id()))
                        .isSameAs(committedBy.get(asked.get(2).id()));
                assertThat(callers).contains(committedBy.get(asked.get(0).id()));
            }
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    /** Waits, up to a minute, until {@code condition} holds. */
    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("condition not met within a minute");
            Thread.onSpinWait();
            Thread.sleep(1);
        }
    }

    @Test
    void an_issuer_or_symbol_too_wide_for_the_register_is_refused_naming_the_field_and_nothing_is_saved() {
        Invitation d = Drafts.draft();
        Invitation wideIssuer = new Invitation(d.kind(), new vn.giaymoi.domain.invitation.Issuer(null,
                "ỦY BAN NHÂN DÂN\n" + "TỈNH HÀ TĨNH ".repeat(50), "UBND", d.issuer().level(), "Hà Tĩnh"),
                d.number(), d.dateLine(), d.subject(), d.urgency(), d.confidentiality(), d.addressees(), d.opening(),
                d.body(), d.form(), d.distribution(), d.signature());
        // the input format's limit (250) is narrower than the register's column (500), so it speaks first
        assertThatThrownBy(() -> store.create(wideIssuer, T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issuer.name").hasMessageContaining("giới hạn 250");
        assertThatThrownBy(() -> store.create(Drafts.withSymbol(d, "GM-" + "A".repeat(200)), T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number").hasMessageContaining("200");

        StoredInvitation saved = store.create(d, T0);
        assertThatThrownBy(() -> store.update(saved.id(), Drafts.withSymbol(d, "GM-" + "A".repeat(200)), at(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.search(InvitationQuery.all())).hasSize(1);
        assertThat(store.history(saved.id())).hasSize(1);
    }

    @Test
    void a_version_saved_before_the_character_policy_still_opens() throws Exception {
        // saved by an earlier release, which let a control character through: it must open, not be lost
        StoredInvitation saved = store.create(Drafts.draft("Họp giao ban tháng 5"), T0);
        try (Connection c = db.dataSource().getConnection(); PreparedStatement read = c.prepareStatement(
                "SELECT document FROM invitation_version WHERE version = 1")) {
            String json;
            try (ResultSet rs = read.executeQuery()) {
                assertThat(rs.next()).isTrue();
                json = rs.getString(1);
            }
            assertThat(json).contains("Họp giao ban tháng 5");
            try (PreparedStatement write = c.prepareStatement("UPDATE invitation_version SET document = ?")) {
                write.setString(1, json.replace("Họp giao ban tháng 5", "Họp giao\\u0001ban tháng 5"));
                write.executeUpdate();
            }
            if (!c.getAutoCommit()) c.commit();
        }

        assertThat(store.find(saved.id()).orElseThrow().invitation().subject().plain()).isEqualTo("Họp giao\u0001ban tháng 5");
    }

    @Test
    void a_nul_character_is_refused_naming_the_field_and_nothing_is_saved() {
        // the character policy of the input format (issue 10): a NUL broke every PDF of a stored invitation
        Invitation withNul = Drafts.draft("Họp giao\u0000ban tháng 5");

        assertThatThrownBy(() -> store.create(withNul, T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subject").hasMessageContaining("U+0000");
        assertThat(store.search(InvitationQuery.all())).isEmpty();
    }

    // ------------------------------------------------------------------ search over the whole text (issue 13)

    /** A draft whose Thành phần names {@code person} and {@code unit}, signed by {@code signer}. */
    private static Invitation inviting(String subject, String person, String unit, String signer) {
        Invitation d = Drafts.draft(subject);
        List<Point> body = new ArrayList<>(d.body());
        body.set(0, Point.of(Marker.NUMBER, "Thành phần:",
                Point.of(Marker.DASH, "Bà {name}, {title};", Invitee.person(person, "Chuyên viên")),
                Point.of(Marker.DASH, "Đại diện lãnh đạo {units}.", Invitee.unit(unit))));
        return new Invitation(d.kind(), d.issuer(), d.number(), d.dateLine(), d.subject(), d.urgency(),
                d.confidentiality(), d.addressees(), d.opening(), body, d.form(), d.distribution(),
                new SigningAuthority(List.of(AuthorityLine.parse("KT. CHỦ TỊCH")), "PHÓ CHỦ TỊCH", signer));
    }

    @Test
    void search_finds_an_invitee_a_unit_and_a_signer_typed_without_accents_at_the_start_of_words() {
        StoredInvitation ngoc = store.create(inviting("Họp bàn kế hoạch", "Trần Thị Bích Ngọc",
                "Sở Tài nguyên và Môi trường", "Lê Đình Sơn"), at(0));
        StoredInvitation other = store.create(inviting("Họp bàn kế hoạch", "Phạm Minh Đức", "Sở Y tế",
                "Hoàng Văn Tâm"), at(1));

        assertThat(ids(InvitationQuery.text("tran thi bich ngoc"))).containsExactly(ngoc.id());
        assertThat(ids(InvitationQuery.text("TRẦN THỊ BÍCH NGỌC"))).containsExactly(ngoc.id());
        assertThat(ids(InvitationQuery.text("bich ngo"))).as("the last word as a prefix").containsExactly(ngoc.id());
        assertThat(ids(InvitationQuery.text("ich"))).as("a word is found from its start only").isEmpty();
        assertThat(ids(InvitationQuery.text("tai nguyen moi truong"))).containsExactly(ngoc.id());
        assertThat(ids(InvitationQuery.text("le dinh son"))).as("the signer").containsExactly(ngoc.id());
        assertThat(ids(InvitationQuery.text("pham minh duc"))).containsExactly(other.id());
        assertThat(ids(InvitationQuery.text("ngoc duc"))).as("every word must be found").isEmpty();
        assertThat(ids(InvitationQuery.text("phong hop"))).as("the body's words").containsExactly(other.id(), ngoc.id());
    }

    @Test
    void search_finds_an_issued_number_as_written_and_not_the_drafts_of_its_series() {
        StoredInvitation first = issueNew(Drafts.draft("Họp quý một"), LocalDate.of(2026, 5, 5));
        StoredInvitation second = issueNew(Drafts.draft("Họp quý hai"), LocalDate.of(2026, 5, 6));
        StoredInvitation draft = store.create(Drafts.draft("Họp quý ba"), at(9));

        assertThat(first.invitation().number().toString()).isEqualTo("01/GM-UBND");
        assertThat(ids(InvitationQuery.text("01/GM-UBND"))).containsExactly(first.id());
        assertThat(ids(InvitationQuery.text("02/gm-ubnd"))).containsExactly(second.id());
        assertThat(ids(InvitationQuery.text("03/GM-UBND"))).isEmpty();
        assertThat(ids(InvitationQuery.text("GM-UBND"))).as("the series: issued and drafts")
                .containsExactlyInAnyOrder(first.id(), second.id(), draft.id());
        assertThat(ids(InvitationQuery.text("UBND-GM"))).as("the words of a number in their order").isEmpty();
        assertThat(store.summaries(InvitationQuery.text("01/GM-UBND"), 1, 10).items())
                .extracting(InvitationSummary::number).containsExactly("01/GM-UBND");
    }

    @Test
    void search_filters_by_organisation_through_the_issuer_key() {
        StoredInvitation province = store.create(Drafts.draft("Họp tỉnh"), at(0));
        StoredInvitation commune = store.create(Drafts.fromCommune(Drafts.draft("Họp xã")), at(1));
        String communeKey = SearchColumns.issuerKey(commune.invitation().issuer());

        assertThat(ids(InvitationQuery.all().withOrganisation(communeKey))).containsExactly(commune.id());
        assertThat(ids(InvitationQuery.text("hop").withOrganisation(
                SearchColumns.issuerKey(province.invitation().issuer())))).containsExactly(province.id());
        assertThat(store.summaries(InvitationQuery.all().withOrganisation("không có"), 1, 10).total()).isZero();
    }

    @Test
    void versions_saved_before_the_searchable_text_are_found_after_the_database_is_opened_again() throws Exception {
        StoredInvitation old = store.create(inviting("Họp cũ", "Vũ Thị Hằng", "Sở Xây dựng", "Lê Văn B"), at(0));
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE invitation_version SET search_text = NULL")) {
            assertThat(ps.executeUpdate()).isEqualTo(1);
            if (!c.getAutoCommit()) c.commit();
        }
        assertThat(ids(InvitationQuery.text("vu thi hang"))).as("not searchable before").isEmpty();

        store = openDatabase().invitations();

        assertThat(ids(InvitationQuery.text("vu thi hang"))).containsExactly(old.id());
    }

    @Test
    void a_page_counts_its_matches_up_to_the_limit_and_says_when_more_match() throws Exception {
        StoredInvitation one = store.create(Drafts.draft("Họp đếm"), at(0));
        assertThat(store.summaries(InvitationQuery.text("hop dem"), 1, 10).totalCapped()).isFalse();
        String indexedWords = db.dialect().indexesWords() ? ", search_words" : ""; // PostgreSQL's index (V8.1)
        try (Connection c = db.dataSource().getConnection()) {
            db.dialect().begin(c, true);
            try (PreparedStatement head = c.prepareStatement("INSERT INTO invitation (id, current_version, status,"
                    + " deleted, created_at, updated_at) SELECT ?, current_version, status, deleted, created_at,"
                    + " updated_at FROM invitation WHERE id = ?");
                    PreparedStatement version = c.prepareStatement("INSERT INTO invitation_version (invitation_id,"
                            + " version, status, saved_at, document, subject, subject_search, issuer, symbol,"
                            + " doc_number, issue_date, meeting_date, kind, search_text" + indexedWords
                            + ") SELECT ?, version, status, saved_at, document, subject, subject_search, issuer,"
                            + " symbol, doc_number, issue_date, meeting_date, kind, search_text" + indexedWords
                            + " FROM invitation_version WHERE invitation_id = ?")) {
                for (int i = 0; i < SummaryPage.COUNT_LIMIT; i++) { // one more than the limit with the original
                    java.util.UUID copy = java.util.UUID.randomUUID();
                    for (PreparedStatement ps : List.of(head, version)) {
                        db.dialect().setUuid(ps, 1, copy);
                        db.dialect().setUuid(ps, 2, one.id().value());
                        ps.executeUpdate();
                    }
                }
            }
            db.dialect().commit(c);
        }

        for (InvitationQuery q : List.of(InvitationQuery.all(), InvitationQuery.text("hop dem"),
                InvitationQuery.all().withStatus(Status.DRAFT))) {
            SummaryPage page = store.summaries(q, 3, 10);
            assertThat(page.total()).as(q.toString()).isEqualTo(SummaryPage.COUNT_LIMIT);
            assertThat(page.totalCapped()).as(q.toString()).isTrue();
            assertThat(page.items()).hasSize(10);
        }
        assertThat(store.summaries(InvitationQuery.text("khong co"), 1, 10).totalCapped()).isFalse();
    }

    // ---- signing at issue time (V7) ---------------------------------------------------------------------------

    @org.junit.jupiter.api.Test
    void signing_settings_and_signed_copies_are_kept_replaced_and_survive_a_restart() {
        vn.giaymoi.application.port.out.SigningStore signing = db.signing();
        vn.giaymoi.application.port.out.OrganisationId first = vn.giaymoi.application.port.out.OrganisationId.FIRST;
        org.assertj.core.api.Assertions.assertThat(signing.settings(first)).isEmpty();
        signing.saveSettings(first, "{\"key\": 1}", at(1));
        signing.saveSettings(first, "{\"key\": 2}", at(2));
        org.assertj.core.api.Assertions.assertThat(signing.settings(first)).contains("{\"key\": 2}");

        StoredInvitation issued = issueNew(Drafts.draft(), LocalDate.of(2026, 5, 4));
        InvitationId id = issued.id();
        signing.markPending(id, at(3));
        org.assertj.core.api.Assertions.assertThat(signing.copy(id)).hasValueSatisfying(c -> {
            org.assertj.core.api.Assertions.assertThat(c.pending()).isTrue();
            org.assertj.core.api.Assertions.assertThat(c.problem()).isEmpty();
        });
        signing.signingFailed(id, "Máy chủ dấu thời gian không trả lời", at(4));
        org.assertj.core.api.Assertions.assertThat(signing.copy(id).orElseThrow().problem())
                .contains("Máy chủ dấu thời gian không trả lời");
        byte[] pdf = new byte[300_000];
        new java.util.Random(7).nextBytes(pdf);
        signing.saveSigned(id, pdf, at(5));

        Database restarted = openDatabase();
        vn.giaymoi.application.port.out.SigningStore.SignedCopy copy = restarted.signing().copy(id).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(copy.pending()).isFalse();
        org.assertj.core.api.Assertions.assertThat(copy.pdf().orElseThrow()).isEqualTo(pdf);
        org.assertj.core.api.Assertions.assertThat(copy.problem()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(copy.at()).isBetween(at(5).minusMillis(1), at(5).plusMillis(1));
        org.assertj.core.api.Assertions.assertThat(restarted.signing().settings(first)).contains("{\"key\": 2}");
        restarted.signing().forget(id);
        org.assertj.core.api.Assertions.assertThat(signing.copy(id)).isEmpty();
    }
}
