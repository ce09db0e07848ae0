package vn.giaymoi.web.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.Status;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.web.testing.InMemoryInvitationStore;

/** The port's contract, held by the production fallback store and by the tests' in-memory store alike. */
class InvitationStoreContractTest {
    private static final Instant T0 = Instant.parse("2026-05-05T01:00:00Z");

    static Stream<Supplier<InvitationStore>> stores() {
        return Stream.of(InMemoryInvitationStore::new);
    }

    private static Invitation draft() {
        Invitation i = Invitations.aGiayMoi();
        return i.withNumber(DocumentNumber.draft(i.number().symbol())).withDateLine(DateLine.draft("Hà Tĩnh", 2026));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void every_save_is_a_new_version(Supplier<InvitationStore> make) {
        InvitationStore store = make.get();
        StoredInvitation v1 = store.create(draft(), T0);
        StoredInvitation v2 = store.update(v1.id(), draft().withSubject(RichText.of("Họp lần hai")), T0.plusSeconds(60));
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(store.find(v1.id())).contains(v2);
        assertThat(store.history(v1.id())).containsExactly(v1, v2);
        assertThatThrownBy(() -> store.update(InvitationId.random(), draft(), T0)).isInstanceOf(NoSuchElementException.class);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void issued_invitations_are_frozen_and_numbered_per_issuer_symbol_and_year(Supplier<InvitationStore> make) {
        InvitationStore store = make.get();
        InvitationId a = store.create(draft(), T0).id();
        InvitationId b = store.create(draft(), T0).id();
        InvitationId c = store.create(draft(), T0).id();
        Invitation otherSymbol = draft().withNumber(DocumentNumber.draft("GM-VP"));
        InvitationId d = store.create(otherSymbol, T0).id();

        StoredInvitation ia = store.issue(a, LocalDate.of(2026, 5, 5), T0);
        assertThat(ia.status()).isEqualTo(Status.ISSUED);
        assertThat(ia.version()).isEqualTo(2);
        assertThat(ia.invitation().number()).hasToString("01/GM-UBND");
        assertThat(ia.invitation().dateLine().printed()).isEqualTo("Hà Tĩnh, ngày 05 tháng 5 năm 2026");
        assertThat(store.issue(b, LocalDate.of(2026, 12, 31), T0).invitation().number()).hasToString("02/GM-UBND");
        assertThat(store.issue(d, LocalDate.of(2026, 6, 1), T0).invitation().number()).hasToString("01/GM-VP");
        assertThat(store.issue(c, LocalDate.of(2027, 1, 2), T0).invitation().number()).hasToString("01/GM-UBND");

        assertThatThrownBy(() -> store.update(a, draft(), T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.issue(a, LocalDate.of(2026, 5, 6), T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.delete(a)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.issue(InvitationId.random(), LocalDate.of(2026, 5, 6), T0))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(store.find(a)).contains(ia);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void delete_hides_a_draft_but_keeps_its_versions(Supplier<InvitationStore> make) {
        InvitationStore store = make.get();
        StoredInvitation s = store.create(draft(), T0);
        assertThat(store.delete(s.id())).isTrue();
        assertThat(store.find(s.id())).isEmpty();
        assertThat(store.search(InvitationQuery.all())).isEmpty();
        assertThat(store.history(s.id())).containsExactly(s);
        assertThat(store.delete(s.id())).isFalse();
        assertThat(store.delete(InvitationId.random())).isFalse();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void search_by_text_status_and_dates_newest_first(Supplier<InvitationStore> make) {
        InvitationStore store = make.get();
        StoredInvitation older = store.create(draft(), T0);
        StoredInvitation newer = store.create(draft().withSubject(RichText.of("Họp Giao Ban")), T0.plusSeconds(5));
        assertThat(store.search(InvitationQuery.all())).extracting(StoredInvitation::id).containsExactly(newer.id(), older.id());
        assertThat(store.search(new InvitationQuery("giao ban", null, null, null))).extracting(StoredInvitation::id)
                .containsExactly(newer.id());
        store.issue(older.id(), LocalDate.of(2026, 5, 20), T0.plusSeconds(10));
        assertThat(store.search(new InvitationQuery(null, Status.ISSUED, null, null))).extracting(StoredInvitation::id)
                .containsExactly(older.id());
        // the meeting is on 12/5/2026 in both; only the issued one has the 20/5 issue date
        assertThat(store.search(new InvitationQuery(null, null, LocalDate.of(2026, 5, 15), null))).hasSize(1);
        assertThat(store.search(new InvitationQuery(null, null, LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 12)))).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void concurrent_issuing_never_repeats_a_number(Supplier<InvitationStore> make) throws Exception {
        InvitationStore store = make.get();
        List<InvitationId> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) ids.add(store.create(draft(), T0).id());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (InvitationId id : ids) {
                numbers.add(pool.submit(() -> store.issue(id, LocalDate.of(2026, 5, 5), T0).invitation().number().sequence()));
            }
            List<String> got = new ArrayList<>();
            for (Future<String> f : numbers) got.add(f.get());
            assertThat(got).doesNotHaveDuplicates().hasSize(40).contains("01", "09", "10", "40");
        } finally {
            pool.shutdownNow();
        }
    }
}
