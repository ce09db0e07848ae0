package vn.giaymoi.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.SummaryPage;

/**
 * Tải đọc cấp tỉnh (province read load), not a test: list, search and open on the database {@link ProvinceGenerator}
 * filled, through the store as a server calls it, from {@code threads} threads at once; prints p50, p95, p99 and the
 * maximum of each kind of request. The organisations, words, numbers and ids asked for are drawn from the data.
 *
 * <p>Run by {@code bench/province-scale.sh}: {@code ProvinceLoad URL USER PASSWORD THREADS REQUESTS_PER_KIND}.
 */
public final class ProvinceLoad {
    private static final Logger LOG = LoggerFactory.getLogger(ProvinceLoad.class);
    private static final String[] WORDS = {"chuyen doi so", "cai cach hanh chinh", "thien tai", "nong thon moi",
        "ngan sach", "moi truong", "dat dai", "giao thong", "giam ngheo", "khen thuong", "dau tu cong", "hoi nghi",
        "tap huan", "so ket", "tong ket", "toa dam", "chinh quyen so", "sap xep don vi"};

    private ProvinceLoad() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int threads = Integer.parseInt(args[3]);
        int requests = Integer.parseInt(args[4]);
        try (Database db = Database.open(url, args[1], args[2])) {
            InvitationStore store = db.invitations();
            // the words of versions written before V9.1, which a server adds in the background: measured with them
            long fillStart = System.nanoTime();
            ((JdbcInvitationStore) store).fillSearchWords(() -> false);
            LOG.info(String.format(Locale.ROOT, "search words known (V9.1's fill, if any, took %.1f s)",
                    (System.nanoTime() - fillStart) / 1e9));
            List<OrganisationId> organisations = new ArrayList<>();
            List<InvitationId> ids = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            List<String> names = new ArrayList<>();
            try (Connection c = db.dataSource().getConnection()) {
                c.setReadOnly(true);
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM organisation WHERE id <> ? ORDER BY id")) {
                    ps.setObject(1, OrganisationId.FIRST.value());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) organisations.add(new OrganisationId(rs.getObject(1, java.util.UUID.class)));
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT v.invitation_id, v.doc_number, v.symbol,"
                        + " v.document FROM invitation_version v TABLESAMPLE SYSTEM (1) LIMIT 5000");
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(new InvitationId(rs.getObject(1, java.util.UUID.class)));
                        if (!rs.getString(2).isEmpty()) numbers.add(rs.getString(2) + "/" + rs.getString(3));
                        java.util.regex.Matcher m = java.util.regex.Pattern.compile("đồng chí ([^,]+),")
                                .matcher(rs.getString(4));
                        if (m.find()) names.add(SearchColumns.fold(m.group(1)));
                    }
                }
                c.rollback();
            }
            LOG.info("{} organisations, {} sampled ids, {} numbers, {} contact names", organisations.size(), ids.size(),
                    numbers.size(), names.size());
            Random pick = new Random(42);
            // one organisation's requests go through its own store, as a server scopes a user's (organisation_id)
            InvitationStore[] org = organisations.stream().map(((JdbcInvitationStore) store)::forOrganisation)
                    .toArray(InvitationStore[]::new);
            List<Scenario> scenarios = List.of(
                    new Scenario("list: whole province, page 1..20", i -> () ->
                            store.summaries(InvitationQuery.all(), 1 + i % 20, SummaryPage.DEFAULT_SIZE)),
                    new Scenario("list: one organisation, page 1..5", i -> () -> org[i % org.length].summaries(
                            InvitationQuery.all(), 1 + i % 5,
                            SummaryPage.DEFAULT_SIZE)),
                    new Scenario("search: subject words, province", i -> () ->
                            store.summaries(InvitationQuery.text(WORDS[i % WORDS.length]), 1, SummaryPage.DEFAULT_SIZE)),
                    new Scenario("search: subject words, one organisation", i -> () -> org[i % org.length].summaries(
                            InvitationQuery.text(WORDS[i % WORDS.length]), 1,
                            SummaryPage.DEFAULT_SIZE)),
                    new Scenario("search: number (01/GM-SNV), province", i -> () -> store.summaries(
                            InvitationQuery.text(numbers.get(i % numbers.size())), 1, SummaryPage.DEFAULT_SIZE)),
                    new Scenario("search: person without accents, province", i -> () -> store.summaries(
                            InvitationQuery.text(names.get(i % names.size())), 1, SummaryPage.DEFAULT_SIZE)),
                    new Scenario("search: meeting-date week, province", i -> {
                        LocalDate from = LocalDate.of(2024, 1, 8).plusDays(7L * (i % 150));
                        return () -> store.summaries(InvitationQuery.all().withMeeting(from, from.plusDays(6)), 1,
                                SummaryPage.DEFAULT_SIZE);
                    }),
                    new Scenario("search: words + issue-date month, one organisation", i -> {
                        LocalDate from = LocalDate.of(2024, 1, 1).plusMonths(i % 34);
                        return () -> org[i % org.length].summaries(InvitationQuery.text(WORDS[i % WORDS.length])
                                .withIssued(from, from.plusMonths(1).minusDays(1)),
                                1, SummaryPage.DEFAULT_SIZE);
                    }),
                    new Scenario("open: one invitation by id", i -> () -> store.find(ids.get(pick.nextInt(ids.size())))));
            // -Donly=search (or list, open, …): the kinds whose name holds it, to re-measure one part
            String only = System.getProperty("only", "");
            scenarios = scenarios.stream().filter(s -> s.name.contains(only)).toList();
            for (Scenario s : scenarios) s.run(threads, Math.max(20, requests / 10)); // warm-up: JIT, caches
            LOG.info(String.format(Locale.ROOT, "%-52s %8s %8s %8s %8s %8s", "request (" + threads + " threads)",
                    "n", "p50 ms", "p95 ms", "p99 ms", "max ms"));
            for (Scenario s : scenarios) {
                double[] ms = s.run(threads, requests);
                LOG.info(String.format(Locale.ROOT, "%-52s %8d %8.1f %8.1f %8.1f %8.1f", s.name, ms.length,
                        at(ms, 0.50), at(ms, 0.95), at(ms, 0.99), ms[ms.length - 1]));
            }
        }
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)];
    }

    /** A kind of request: the {@code i}-th request of a run. */
    private record Scenario(String name, IntFunction<Runnable> request) {
        /** The latencies of {@code n} requests from {@code threads} threads, in ms, sorted. */
        double[] run(int threads, int n) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<double[]>> parts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int first = t;
                    parts.add(pool.submit(() -> {
                        List<Double> own = new ArrayList<>();
                        for (int i = first; i < n; i += threads) {
                            Runnable r = request.apply(i);
                            long start = System.nanoTime();
                            r.run();
                            own.add((System.nanoTime() - start) / 1e6);
                        }
                        return own.stream().mapToDouble(Double::doubleValue).toArray();
                    }));
                }
                double[] all = new double[0];
                for (Future<double[]> f : parts) {
                    double[] part = f.get();
                    double[] joined = Arrays.copyOf(all, all.length + part.length);
                    System.arraycopy(part, 0, joined, all.length, part.length);
                    all = joined;
                }
                Arrays.sort(all);
                return all;
            } finally {
                pool.shutdown();
            }
        }
    }
}
