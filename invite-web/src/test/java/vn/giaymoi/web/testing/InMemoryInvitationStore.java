package vn.giaymoi.web.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.Status;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.text.Texts;

/**
 * Kho thử trong bộ nhớ (in-memory store for tests): honours the {@link InvitationStore} contract (versions, frozen
 * issued invitations, a number register per issuer, symbol and year restarting at 01). Test-only, so the API
 * tests do not depend on which store {@code WebMain.openStore} picks. Thread-safe. Like a database, it must never
 * be called on a Vert.x event loop: every method fails with an {@link AssertionError} there, so a handler that
 * forgets to offload its store call turns its test red (a 500) instead of blocking the server in production.
 */
public final class InMemoryInvitationStore implements InvitationStore {
    private final Map<InvitationId, List<StoredInvitation>> versions = new LinkedHashMap<>();
    private final Set<InvitationId> deleted = new HashSet<>();
    /** Sổ đăng ký số (number register): last number given, per issuer, symbol and year. */
    private final Map<String, Integer> register = new HashMap<>();

    @Override
    public synchronized StoredInvitation create(Invitation invitation, Instant at) {
        offTheEventLoop();
        InvitationId id = InvitationId.random();
        StoredInvitation first = new StoredInvitation(id, 1, Status.DRAFT, invitation, at);
        List<StoredInvitation> list = new ArrayList<>();
        list.add(first);
        versions.put(id, list);
        return first;
    }

    @Override
    public synchronized StoredInvitation update(InvitationId id, Invitation invitation, Instant at) {
        offTheEventLoop();
        StoredInvitation last = latest(id);
        if (last.status() == Status.ISSUED) throw new IllegalStateException("giấy mời " + id + " đã ban hành, không sửa được");
        return append(last, Status.DRAFT, invitation, at);
    }

    @Override
    public synchronized Optional<StoredInvitation> find(InvitationId id) {
        offTheEventLoop();
        if (deleted.contains(id)) return Optional.empty();
        List<StoredInvitation> list = versions.get(id);
        return list == null ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    @Override
    public synchronized List<StoredInvitation> history(InvitationId id) {
        offTheEventLoop();
        List<StoredInvitation> list = versions.get(id);
        return list == null ? List.of() : List.copyOf(list);
    }

    @Override
    public synchronized List<StoredInvitation> search(InvitationQuery query) {
        offTheEventLoop();
        String words = query.text() == null || query.text().isBlank() ? null
                : Texts.nfc(query.text()).strip().toLowerCase(Locale.ROOT);
        return versions.entrySet().stream()
                .filter(e -> !deleted.contains(e.getKey()))
                .map(e -> e.getValue().get(e.getValue().size() - 1))
                .filter(s -> query.status() == null || s.status() == query.status())
                .filter(s -> words == null || s.invitation().subject().plain().toLowerCase(Locale.ROOT).contains(words))
                .filter(s -> inRange(s.invitation(), query.from(), query.to()))
                .sorted(Comparator.comparing(StoredInvitation::savedAt).reversed())
                .toList();
    }

    /** True when no bound is given, or the issue date or a session date lies within the bounds. */
    private static boolean inRange(Invitation inv, LocalDate from, LocalDate to) {
        if (from == null && to == null) return true;
        return Stream.concat(inv.dateLine().date().stream(), inv.meeting().sessions().stream().map(Session::date))
                .anyMatch(d -> d != null && (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to)));
    }

    @Override
    public synchronized boolean delete(InvitationId id) {
        offTheEventLoop();
        Optional<StoredInvitation> last = find(id);
        if (last.isEmpty()) return false;
        if (last.get().status() == Status.ISSUED) throw new IllegalStateException("giấy mời " + id + " đã ban hành, không xóa được");
        deleted.add(id);
        return true;
    }

    @Override
    public synchronized StoredInvitation issue(InvitationId id, int expectedVersion, LocalDate issueDate, Instant at) {
        offTheEventLoop();
        StoredInvitation last = latest(id);
        if (last.status() == Status.ISSUED) throw new IllegalStateException("giấy mời " + id + " đã ban hành");
        if (last.version() != expectedVersion) {
            throw new IllegalStateException("giấy mời " + id + " vừa được lưu bản " + last.version() + " sau bản đã kiểm tra");
        }
        Invitation inv = last.invitation();
        String key = registerKey(inv, issueDate.getYear());
        int next = register.merge(key, 1, Integer::sum);
        Invitation issued = inv.withNumber(inv.number().withNumber(next))
                .withDateLine(DateLine.of(inv.dateLine().place(), issueDate));
        return append(last, Status.ISSUED, issued, at);
    }

    /** One series per issuer (its abbreviation, else its name), ký hiệu and calendar year (ND30 Điều 15). */
    public static String registerKey(Invitation inv, int year) {
        String issuer = inv.issuer().abbreviation() != null ? inv.issuer().abbreviation() : inv.issuer().fullName();
        return issuer + "|" + inv.number().symbol() + "|" + year;
    }

    private StoredInvitation latest(InvitationId id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("không có giấy mời " + id));
    }

    private StoredInvitation append(StoredInvitation last, Status status, Invitation inv, Instant at) {
        StoredInvitation next = new StoredInvitation(last.id(), last.version() + 1, status, inv, at);
        versions.get(last.id()).add(next);
        return next;
    }

    private static void offTheEventLoop() {
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            throw new AssertionError("store called on the event loop " + Thread.currentThread().getName());
        }
    }
}
