package vn.giaymoi.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationStore;

/**
 * Tải sổ đăng ký số (number register load), not a test: one "server" (this process, its own connection pool) issuing
 * approved invitations of {@link ProvinceGenerator}'s data from {@code threads} threads between two wall-clock
 * instants, so that several processes started together measure the same window. Takes the approved invitations
 * whose position in id order is {@code part} modulo {@code parts}: two servers never try the same one, and each
 * issue is a real one (lock, lifecycle check, next number of the series, new frozen version).
 *
 * <p>Run by {@code bench/province-scale.sh}:
 * {@code RegisterLoad URL USER PASSWORD THREADS START_EPOCH_MS SECONDS PART PARTS ISSUE_DATE}.
 */
public final class RegisterLoad {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterLoad.class);

    private RegisterLoad() {}

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[3]);
        long start = Long.parseLong(args[4]);
        long end = start + Long.parseLong(args[5]) * 1000;
        int part = Integer.parseInt(args[6]);
        int parts = Integer.parseInt(args[7]);
        LocalDate issueDate = LocalDate.parse(args[8]);
        try (Database db = Database.open(args[0], args[1], args[2])) {
            InvitationStore store = db.invitations();
            ConcurrentLinkedQueue<InvitationId> approved = new ConcurrentLinkedQueue<>();
            try (Connection c = db.dataSource().getConnection();
                    PreparedStatement ps = c.prepareStatement("SELECT id FROM invitation WHERE status = 'APPROVED'"
                            + " ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    if (i % parts == part) approved.add(new InvitationId(rs.getObject(1, UUID.class)));
                }
                c.rollback();
            }
            LOG.info("server {}/{}: {} approved invitations to issue, {} threads", part + 1, parts, approved.size(),
                    threads);
            Thread.sleep(Math.max(0, start - System.currentTimeMillis()));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            // the second half of the window is the steady state: the first is spent warming the JIT up
            long half = start + (end - start) / 2;
            List<Future<long[]>> counts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                counts.add(pool.submit(() -> {
                    long issued = 0;
                    long failed = 0;
                    long late = 0;
                    InvitationId id;
                    while (System.currentTimeMillis() < end && (id = approved.poll()) != null) {
                        try {
                            store.issue(id, issueDate, Instant.now());
                            issued++;
                            if (System.currentTimeMillis() >= half) late++;
                        } catch (RuntimeException e) {
                            failed++;
                            LOG.warn("issue {} failed: {}", id, e.getMessage());
                        }
                    }
                    return new long[] {issued, failed, late};
                }));
            }
            long issued = 0;
            long failed = 0;
            long late = 0;
            for (Future<long[]> f : counts) {
                issued += f.get()[0];
                failed += f.get()[1];
                late += f.get()[2];
            }
            pool.shutdown();
            long stopped = Math.min(System.currentTimeMillis(), end);
            double seconds = (stopped - start) / 1000.0;
            double lateSeconds = Math.max(0.001, (stopped - half) / 1000.0);
            LOG.info(String.format(Locale.ROOT, "RESULT server %d/%d: %d issued, %d failed in %.1f s = %.0f issues/s;"
                    + " second half: %d in %.1f s = %.1f late-issues/s", part + 1, parts, issued, failed, seconds,
                    issued / seconds, late, lateSeconds, late / lateSeconds));
        }
    }
}
