package vn.giaymoi.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.Status;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.format.InvitationFormat;

/**
 * The behaviour every {@link InvitationStore} on a real database must have, run against H2 and PostgreSQL by the
 * subclasses. Each test gets an empty database ({@link #freshTarget()}); {@link #openDatabase()} may be called
 * several times to simulate several servers or a restart.
 */
abstract class InvitationStoreContract {
    private static final Instant T0 = Instant.parse("2026-05-01T02:00:00.123456789Z");

    private final List<Database> opened = new ArrayList<>();
    Database db;
    InvitationStore store;

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
    }

    @AfterEach
    void closeStores() throws Exception {
        opened.forEach(Database::close);
        opened.clear();
        dropTarget();
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    // ------------------------------------------------------------------ versions

    @Test
    void create_saves_version_1_of_a_draft_that_reads_back_equal() {
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
        StoredInvitation v3 = store.update(v1.id(), Drafts.draft("Họp lần ba"), at(2));

        assertThat(List.of(v1.version(), v2.version(), v3.version())).containsExactly(1, 2, 3);
        assertThat(store.history(v1.id())).containsExactly(v1, v2, v3);
        assertThat(store.history(v1.id())).extracting(s -> s.invitation().subject().plain())
                .containsExactly("Họp lần một", "Họp lần hai", "Họp lần ba");
        assertThat(store.find(v1.id())).contains(v3);
    }

    @Test
    void unknown_invitations_are_not_found_and_cannot_be_changed() {
        InvitationId nobody = InvitationId.random();

        assertThat(store.find(nobody)).isEmpty();
        assertThat(store.history(nobody)).isEmpty();
        assertThat(store.delete(nobody)).isFalse();
        assertThatThrownBy(() -> store.update(nobody, Drafts.draft(), T0)).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining(nobody.toString());
        assertThatThrownBy(() -> store.issue(nobody, LocalDate.of(2026, 5, 5), T0))
                .isInstanceOf(NoSuchElementException.class);
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
        assertThatThrownBy(() -> store.update(gone.id(), Drafts.draft(), at(3)))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void closing_and_reopening_the_database_keeps_everything() {
        StoredInvitation a = store.create(Drafts.draft("Họp trước khi tắt máy"), at(0));
        StoredInvitation a2 = store.update(a.id(), Drafts.draft("Họp trước khi tắt máy, bản hai"), at(1));
        StoredInvitation issued = store.issue(store.create(Drafts.draft("Đã ban hành"), at(2)).id(),
                LocalDate.of(2026, 5, 5), at(3));
        db.close();

        InvitationStore reopened = openDatabase().invitations();

        assertThat(reopened.find(a.id())).contains(a2);
        assertThat(reopened.history(a.id())).containsExactly(a, a2);
        assertThat(reopened.find(issued.id())).contains(issued);
        StoredInvitation next = reopened.issue(a.id(), LocalDate.of(2026, 5, 6), at(4));
        assertThat(next.invitation().number().sequence()).as("the register survives the restart").isEqualTo("02");
    }

    // ------------------------------------------------------------------ search

    @Test
    void search_finds_by_words_of_the_subject_with_or_without_diacritics() {
        StoredInvitation cds = store.create(Drafts.draft("Dự họp triển khai **chuyển đổi số** năm 2026"), at(0));
        StoredInvitation budget = store.create(Drafts.draft("Họp bàn dự toán ngân sách"), at(1));

        assertThat(ids(new InvitationQuery("chuyển đổi", null, null, null))).containsExactly(cds.id());
        assertThat(ids(new InvitationQuery("CHUYEN DOI SO", null, null, null))).containsExactly(cds.id());
        assertThat(ids(new InvitationQuery("ngân   sách dự", null, null, null))).containsExactly(budget.id());
        assertThat(ids(new InvitationQuery("họp", null, null, null))).containsExactly(budget.id(), cds.id());
        assertThat(ids(new InvitationQuery("chuyển ngân", null, null, null))).isEmpty();
        assertThat(ids(new InvitationQuery("%", null, null, null))).as("LIKE wildcards are literal").isEmpty();
        assertThat(ids(new InvitationQuery("_", null, null, null))).isEmpty();
        assertThat(ids(new InvitationQuery("  ", null, null, null))).containsExactly(budget.id(), cds.id());
    }

    @Test
    void search_matches_the_latest_version_only_newest_first() {
        StoredInvitation a = store.create(Drafts.draft("Họp về đất đai"), at(0));
        StoredInvitation b = store.create(Drafts.draft("Họp về môi trường"), at(1));
        store.update(a.id(), Drafts.draft("Họp về giao thông"), at(2));

        assertThat(ids(new InvitationQuery("đất đai", null, null, null))).isEmpty();
        assertThat(ids(new InvitationQuery("giao thông", null, null, null))).containsExactly(a.id());
        assertThat(ids(InvitationQuery.all())).containsExactly(a.id(), b.id());
    }

    @Test
    void search_filters_by_status_and_by_meeting_or_issue_date() {
        StoredInvitation may = store.create(Drafts.meetingOn("Họp tháng năm", LocalDate.of(2026, 5, 20)), at(0));
        StoredInvitation june = store.create(Drafts.meetingOn("Họp tháng sáu", LocalDate.of(2026, 6, 10)), at(1));
        StoredInvitation july = store.create(Drafts.meetingOn("Họp tháng bảy", LocalDate.of(2026, 7, 15)), at(2));
        store.issue(june.id(), LocalDate.of(2026, 6, 1), at(3));

        assertThat(ids(new InvitationQuery(null, Status.ISSUED, null, null))).containsExactly(june.id());
        assertThat(ids(new InvitationQuery(null, Status.DRAFT, null, null))).containsExactly(july.id(), may.id());
        assertThat(ids(new InvitationQuery(null, null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30))))
                .containsExactly(june.id());
        assertThat(ids(new InvitationQuery(null, null, LocalDate.of(2026, 6, 11), null)))
                .containsExactly(july.id());
        assertThat(ids(new InvitationQuery(null, null, null, LocalDate.of(2026, 5, 31)))).containsExactly(may.id());
        assertThat(ids(new InvitationQuery(null, null, LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 2))))
                .as("issued on 1 June, meeting on 10 June: the issue date matches").containsExactly(june.id());
        assertThat(ids(new InvitationQuery("tháng", Status.DRAFT, LocalDate.of(2026, 7, 1), null)))
                .containsExactly(july.id());
    }

    private List<InvitationId> ids(InvitationQuery query) {
        return store.search(query).stream().map(StoredInvitation::id).toList();
    }

    // ------------------------------------------------------------------ issuing

    @Test
    void issuing_refuses_a_version_other_than_the_one_checked_and_takes_no_number() {
        StoredInvitation checked = store.create(Drafts.draft(), at(0));
        store.update(checked.id(), Drafts.draft("Sửa sau khi kiểm tra"), at(1));

        assertThatThrownBy(() -> store.issue(checked.id(), checked.version(), LocalDate.of(2026, 5, 5), at(2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("kiểm tra lại");
        assertThat(store.find(checked.id()).orElseThrow().status()).isEqualTo(Status.DRAFT);
        assertThat(store.issue(checked.id(), 2, LocalDate.of(2026, 5, 5), at(3)).invitation().number().sequence())
                .as("the refused attempt used no number").isEqualTo("01");
    }

    @Test
    void issuing_numbers_dates_and_freezes_a_new_version() {
        StoredInvitation draft = store.create(Drafts.draft(), at(0));

        StoredInvitation issued = store.issue(draft.id(), LocalDate.of(2026, 5, 5), at(1));

        assertThat(issued.version()).isEqualTo(2);
        assertThat(issued.status()).isEqualTo(Status.ISSUED);
        assertThat(issued.invitation().number().toString()).isEqualTo("01/GM-UBND");
        assertThat(issued.invitation().dateLine().printed()).isEqualTo("Hà Tĩnh, ngày 05 tháng 5 năm 2026");
        assertThat(issued.invitation().isDraft()).isFalse();
        assertThat(issued.invitation().withNumber(draft.invitation().number())
                .withDateLine(draft.invitation().dateLine())).as("nothing else changes").isEqualTo(draft.invitation());
        assertThat(store.find(draft.id())).contains(issued);
        assertThat(store.history(draft.id())).containsExactly(draft, issued);

        assertThatThrownBy(() -> store.update(draft.id(), Drafts.draft(), at(2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("đã ban hành");
        assertThatThrownBy(() -> store.delete(draft.id())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.issue(draft.id(), LocalDate.of(2026, 5, 6), at(2)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.history(draft.id())).as("refused changes leave no trace").hasSize(2);

        StoredInvitation copy = store.create(issued.invitation(), at(3));
        assertThat(copy.id()).isNotEqualTo(issued.id());
        assertThat(copy.status()).isEqualTo(Status.DRAFT);
        assertThat(store.issue(copy.id(), LocalDate.of(2026, 5, 7), at(4)).invitation().number().sequence())
                .isEqualTo("02");
    }

    @Test
    void each_issuer_and_symbol_has_its_own_series() {
        List<String> numbers = List.of(
                        Drafts.draft(), Drafts.draft(),
                        Drafts.withSymbol(Drafts.draft(), "GM-VP"),
                        Drafts.fromCommune(Drafts.draft()), Drafts.draft(),
                        Drafts.fromCommune(Drafts.draft()))
                .stream()
                .map(d -> store.issue(store.create(d, T0).id(), LocalDate.of(2026, 3, 2), T0))
                .map(s -> s.invitation().number().toString())
                .toList();

        assertThat(numbers).containsExactly("01/GM-UBND", "02/GM-UBND", "01/GM-VP", "01/GM-UBND", "03/GM-UBND",
                "02/GM-UBND");
    }

    @Test
    void numbering_restarts_at_01_on_the_first_of_january() {
        List<LocalDate> days = List.of(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2026, 12, 31));
        List<String> printed = new ArrayList<>();
        for (LocalDate day : days) {
            Invitation issued = store.issue(store.create(Drafts.draft(), T0).id(), day, T0).invitation();
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
    void a_failed_issue_rolls_back_its_number_and_its_version() {
        StoredInvitation first = store.create(Drafts.draft("Lần ban hành hỏng"), at(0));
        StoredInvitation second = store.create(Drafts.draft("Lần ban hành tiếp"), at(1));
        JdbcInvitationStore failing = new JdbcInvitationStore(db.dataSource(), (id, number) -> {
            throw new IllegalStateException("máy chủ hỏng giữa chừng khi ban hành số " + number);
        });

        assertThatThrownBy(() -> failing.issue(first.id(), LocalDate.of(2026, 5, 5), at(2)))
                .hasMessageContaining("số 1");

        assertThat(store.find(first.id())).contains(first);
        assertThat(store.history(first.id())).containsExactly(first);
        assertThat(store.issue(second.id(), LocalDate.of(2026, 5, 5), at(3)).invitation().number().sequence())
                .as("no gap: the failed issue's number is handed out again").isEqualTo("01");
        assertThat(store.issue(first.id(), LocalDate.of(2026, 5, 5), at(4)).invitation().number().sequence())
                .isEqualTo("02");
    }

    /**
     * Two pools are two servers on one database. 2 × 8 threads issue 400 drafts of one series, and one issue in
     * twenty fails once after taking its number (then succeeds on retry): the numbers are exactly 1..400.
     */
    @Test
    void concurrent_issues_from_two_servers_give_every_number_once_without_gaps() throws Exception {
        int servers = 2;
        int threadsPerServer = 8;
        int issuesPerThread = 25;
        int total = servers * threadsPerServer * issuesPerThread;
        List<InvitationId> drafts = IntStream.range(0, total)
                .mapToObj(i -> store.create(Drafts.draft("Họp số " + i), at(i)).id()).toList();
        Set<InvitationId> failOnce = ConcurrentHashMap.newKeySet();
        IntStream.range(0, total).filter(i -> i % 20 == 7).forEach(i -> failOnce.add(drafts.get(i)));
        int planned = failOnce.size();
        AtomicInteger failures = new AtomicInteger();
        JdbcInvitationStore.IssueHook crashSome = (id, number) -> {
            if (failOnce.remove(id)) {
                failures.incrementAndGet();
                throw new IllegalStateException("sự cố giả lập sau khi lấy số " + number);
            }
        };
        List<JdbcInvitationStore> serverStores = new ArrayList<>();
        for (int s = 0; s < servers; s++) serverStores.add(new JdbcInvitationStore(openDatabase().dataSource(), crashSome));

        List<Integer> numbers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(servers * threadsPerServer);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < servers * threadsPerServer; t++) {
                JdbcInvitationStore server = serverStores.get(t % servers);
                List<InvitationId> mine = drafts.subList(t * issuesPerThread, (t + 1) * issuesPerThread);
                running.add(pool.submit(() -> {
                    for (InvitationId id : mine) numbers.add(issueRetrying(server, id));
                    return null;
                }));
            }
            for (Future<?> f : running) f.get(5, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }

        assertThat(failures.get()).isEqualTo(planned).isEqualTo(20);
        assertThat(numbers).hasSize(total).doesNotHaveDuplicates();
        assertThat(numbers.stream().sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, total).boxed().toList());
        assertThat(store.search(new InvitationQuery(null, Status.ISSUED, null, null))).hasSize(total)
                .allSatisfy(s -> assertThat(s.version()).isEqualTo(2));
    }

    private static int issueRetrying(InvitationStore server, InvitationId id) {
        try {
            return server.issue(id, LocalDate.of(2026, 8, 1), T0).invitation().number().number().orElseThrow();
        } catch (IllegalStateException simulated) {
            return server.issue(id, LocalDate.of(2026, 8, 1), T0).invitation().number().number().orElseThrow();
        }
    }

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
    void a_nul_character_is_refused_naming_the_field_and_nothing_is_saved() {
        // the character policy of the input format (issue 10): a NUL broke every PDF of a stored invitation
        Invitation withNul = Drafts.draft("Họp giao\u0000ban tháng 5");

        assertThatThrownBy(() -> store.create(withNul, T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subject").hasMessageContaining("U+0000");
        assertThat(store.search(InvitationQuery.all())).isEmpty();
    }
}
