package vn.giaymoi.application.port.out;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.lifecycle.ApprovalPolicy;
import vn.giaymoi.domain.lifecycle.Drafting;
import vn.giaymoi.domain.lifecycle.Lifecycle;
import vn.giaymoi.domain.lifecycle.RegisterSeries;
import vn.giaymoi.domain.lifecycle.Transition;
import vn.giaymoi.domain.meeting.Session;

/**
 * Kho thử trong bộ nhớ (in-memory store, shipped in the domain test-jar): the {@link InvitationStore} contract
 * without a database, held by the same contract suite as the real stores. Decisions go through
 * {@link LifecycleSteps} and the register is keyed by {@link RegisterSeries}, like the database stores.
 * Thread-safe (one lock).
 */
public final class InMemoryInvitationStore implements InvitationStore {
    private final Map<InvitationId, List<StoredInvitation>> versions = new LinkedHashMap<>();
    private final Map<InvitationId, Link> follows = new HashMap<>();
    private final Map<InvitationId, Link> supersededBy = new HashMap<>();
    private final Set<InvitationId> deleted = new HashSet<>();
    /** The organisation each invitation belongs to. */
    private final Map<InvitationId, OrganisationId> owners = new HashMap<>();
    /** Sổ đăng ký số (number register): last number given and its date, per organisation and series. */
    private final Map<Series, Integer> register = new HashMap<>();
    private final Map<Series, LocalDate> registerDates = new HashMap<>();
    private final VersionRetention retention = VersionRetention.DEFAULT;

    /** A register series of one organisation. */
    private record Series(OrganisationId organisation, RegisterSeries series) {}

    @Override
    public InvitationStore forOrganisation(OrganisationId organisation) {
        return new Scoped(this, organisation);
    }

    @Override
    public StoredInvitation create(Invitation invitation, Link follows, Instant at) {
        return create(OrganisationId.FIRST, invitation, follows, at);
    }

    private synchronized StoredInvitation create(OrganisationId organisation, Invitation invitation, Link follows,
            Instant at) {
        InvitationId id = InvitationId.random();
        owners.put(id, organisation);
        if (follows != null) this.follows.put(id, follows);
        StoredInvitation first = new StoredInvitation(id, 1, Status.DRAFT, invitation, micros(at), null, follows, null);
        List<StoredInvitation> list = new ArrayList<>();
        list.add(first);
        versions.put(id, list);
        return first;
    }

    @Override
    public synchronized StoredInvitation update(InvitationId id, int expectedVersion, Invitation invitation, Instant at) {
        StoredInvitation last = latest(id);
        Lifecycle next = LifecycleSteps.advance(id, last.version(), last.state(), expectedVersion, Lifecycle::edit);
        StoredInvitation saved = append(last, next, invitation, at);
        List<Integer> thinned = retention.thinned(versions.get(id));
        versions.get(id).removeIf(s -> thinned.contains(s.version()));
        return saved;
    }

    @Override
    public synchronized Optional<StoredInvitation> find(InvitationId id) {
        if (deleted.contains(id)) return Optional.empty();
        List<StoredInvitation> list = versions.get(id);
        return list == null ? Optional.empty() : Optional.of(linked(list.get(list.size() - 1)));
    }

    @Override
    public synchronized List<StoredInvitation> history(InvitationId id) {
        List<StoredInvitation> list = versions.get(id);
        return list == null ? List.of() : list.stream().map(this::linked).toList();
    }

    @Override
    public synchronized List<StoredInvitation> search(InvitationQuery query) {
        List<String> words = words(query.text());
        return versions.entrySet().stream()
                .filter(e -> !deleted.contains(e.getKey()))
                .map(e -> linked(e.getValue().get(e.getValue().size() - 1)))
                .filter(s -> query.status() == null || s.status() == query.status())
                .filter(s -> words.stream().allMatch(fold(s.invitation().subject().plain())::contains))
                .filter(s -> query.issued().contains(s.invitation().dateLine().date().orElse(null)))
                .filter(s -> query.meeting().contains(meetingDate(s.invitation())))
                .filter(s -> query.organisation() == null
                        || RegisterSeries.issuerKey(s.invitation().issuer()).equals(query.organisation()))
                .sorted(Comparator.comparing(StoredInvitation::savedAt).reversed())
                .toList();
    }

    @Override
    public synchronized SummaryPage summaries(InvitationQuery query, int page, int size) {
        SummaryPage.checkBounds(page, size);
        List<StoredInvitation> all = search(query);
        return new SummaryPage(all.stream().skip(SummaryPage.offset(page, size)).limit(size)
                .map(InvitationSummary::of).toList(), page, size, all.size());
    }

    /** The first session's day, or null. */
    private static LocalDate meetingDate(Invitation inv) {
        return inv.meeting().sessions().stream().findFirst().map(Session::date).orElse(null);
    }

    @Override
    public synchronized boolean delete(InvitationId id) {
        Optional<StoredInvitation> last = find(id);
        if (last.isEmpty()) return false;
        LifecycleSteps.deletable(last.get().state());
        deleted.add(id);
        return true;
    }

    @Override
    public synchronized StoredInvitation move(InvitationId id, int expectedVersion, Function<Lifecycle, Transition> step,
            Instant at) {
        StoredInvitation last = latest(id);
        Lifecycle next = LifecycleSteps.advance(id, last.version(), last.state(), expectedVersion, step);
        if (next instanceof Lifecycle.Issued) throw new IllegalArgumentException("issuing takes a number: use issue()");
        return append(last, next, last.invitation(), at);
    }

    @Override
    public synchronized StoredInvitation issue(InvitationId id, int expectedVersion, ApprovalPolicy approval,
            LocalDate issueDate, Instant at) {
        StoredInvitation last = latest(id);
        Lifecycle next = LifecycleSteps.advance(id, last.version(), last.state(), expectedVersion, approval::issue);
        RegisterSeries plain = RegisterSeries.of(last.invitation(), issueDate.getYear());
        Series series = new Series(owners.get(id), plain);
        LifecycleSteps.inOrder(plain, Optional.ofNullable(registerDates.get(series)), issueDate);
        int number = register.merge(series, 1, Integer::sum);
        registerDates.put(series, issueDate);
        StoredInvitation issued = append(last, next, Drafting.issuedAs(last.invitation(), number, issueDate), at);
        Link original = follows.get(id);
        if (original != null) {
            supersededBy.put(original.id(), new Link(id, issued.invitation().number().toString(), original.kind()));
        }
        return issued;
    }

    @Override
    public Optional<LocalDate> latestIssueDate(RegisterSeries series) {
        return latestIssueDate(OrganisationId.FIRST, series);
    }

    private synchronized Optional<LocalDate> latestIssueDate(OrganisationId organisation, RegisterSeries series) {
        return Optional.ofNullable(registerDates.get(new Series(organisation, series)));
    }

    @Override
    public int lastNumber(RegisterSeries series) {
        return lastNumber(OrganisationId.FIRST, series);
    }

    private synchronized int lastNumber(OrganisationId organisation, RegisterSeries series) {
        return register.getOrDefault(new Series(organisation, series), 0);
    }

    private synchronized boolean owns(OrganisationId organisation, InvitationId id) {
        return organisation.equals(owners.get(id));
    }

    /**
     * The view of one organisation: the whole store's methods behind a check that the invitation is the
     * organisation's (an invitation never changes organisation, so the check and the step need no common lock).
     */
    private static final class Scoped implements InvitationStore {
        private final InMemoryInvitationStore all;
        private final OrganisationId organisation;

        Scoped(InMemoryInvitationStore all, OrganisationId organisation) {
            this.all = all;
            this.organisation = organisation;
        }

        private InvitationId own(InvitationId id) {
            if (!all.owns(organisation, id)) throw new StoreRefusal.NotFound(id);
            return id;
        }

        @Override
        public InvitationStore forOrganisation(OrganisationId other) {
            return all.forOrganisation(other);
        }

        @Override
        public StoredInvitation create(Invitation invitation, Link follows, Instant at) {
            return all.create(organisation, invitation, follows, at);
        }

        @Override
        public StoredInvitation update(InvitationId id, int expectedVersion, Invitation invitation, Instant at) {
            return all.update(own(id), expectedVersion, invitation, at);
        }

        @Override
        public Optional<StoredInvitation> find(InvitationId id) {
            return all.owns(organisation, id) ? all.find(id) : Optional.empty();
        }

        @Override
        public List<StoredInvitation> history(InvitationId id) {
            return all.owns(organisation, id) ? all.history(id) : List.of();
        }

        @Override
        public List<StoredInvitation> search(InvitationQuery query) {
            return all.search(query).stream().filter(s -> all.owns(organisation, s.id())).toList();
        }

        @Override
        public SummaryPage summaries(InvitationQuery query, int page, int size) {
            SummaryPage.checkBounds(page, size);
            List<StoredInvitation> found = search(query);
            return new SummaryPage(found.stream().skip(SummaryPage.offset(page, size)).limit(size)
                    .map(InvitationSummary::of).toList(), page, size, found.size());
        }

        @Override
        public boolean delete(InvitationId id) {
            return all.owns(organisation, id) && all.delete(id);
        }

        @Override
        public StoredInvitation move(InvitationId id, int expectedVersion, Function<Lifecycle, Transition> step,
                Instant at) {
            return all.move(own(id), expectedVersion, step, at);
        }

        @Override
        public StoredInvitation issue(InvitationId id, int expectedVersion, ApprovalPolicy approval,
                LocalDate issueDate, Instant at) {
            return all.issue(own(id), expectedVersion, approval, issueDate, at);
        }

        @Override
        public Optional<LocalDate> latestIssueDate(RegisterSeries series) {
            return all.latestIssueDate(organisation, series);
        }

        @Override
        public int lastNumber(RegisterSeries series) {
            return all.lastNumber(organisation, series);
        }
    }

    private StoredInvitation latest(InvitationId id) {
        return find(id).orElseThrow(() -> new StoreRefusal.NotFound(id));
    }

    private StoredInvitation append(StoredInvitation last, Lifecycle state, Invitation inv, Instant at) {
        StoredInvitation next = new StoredInvitation(last.id(), last.version() + 1, Status.of(state), inv, micros(at),
                Status.reasonOf(state), follows.get(last.id()), null);
        versions.get(last.id()).add(next);
        return linked(next);
    }

    /** The version with the links the invitation has now (a follow-up issued later supersedes it). */
    private StoredInvitation linked(StoredInvitation s) {
        return new StoredInvitation(s.id(), s.version(), s.status(), s.invitation(), s.savedAt(), s.reason(),
                follows.get(s.id()), supersededBy.get(s.id()));
    }

    /** Like the databases, keeps time to the microsecond. */
    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace("\0", ""), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String text) {
        if (text == null) return List.of();
        return Arrays.stream(fold(text).split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
