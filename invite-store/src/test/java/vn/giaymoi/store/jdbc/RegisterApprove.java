package vn.giaymoi.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.domain.lifecycle.Lifecycle;

/**
 * Duyệt trước khi đo sổ (approve before a register run), not a test: brings submitted, then draft, invitations of
 * {@link ProvinceGenerator}'s data to APPROVED through the store's own lifecycle steps ({@code move}: a draft is
 * submitted, then approved), until {@code target} invitations are approved, so that every run of {@link RegisterLoad}
 * has enough to issue. Each step writes its version and moves the head as a user's would.
 *
 * <p>Run by {@code bench/province-scale.sh approve}: {@code RegisterApprove URL USER PASSWORD TARGET THREADS}.
 */
public final class RegisterApprove {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterApprove.class);

    private RegisterApprove() {}

    public static void main(String[] args) throws Exception {
        int target = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        try (Database db = Database.open(args[0], args[1], args[2])) {
            InvitationStore store = db.invitations();
            List<Object[]> todo = new ArrayList<>(); // id, version, submitted?
            try (Connection c = db.dataSource().getConnection()) {
                int approved;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM invitation WHERE status = 'APPROVED' AND NOT deleted");
                        ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    approved = rs.getInt(1);
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT id, current_version, status FROM invitation"
                        + " WHERE status IN ('SUBMITTED', 'DRAFT') AND NOT deleted"
                        + " ORDER BY status DESC, id LIMIT ?")) { // submitted first: one step each
                    ps.setInt(1, Math.max(0, target - approved));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            todo.add(new Object[] {rs.getObject(1, UUID.class), rs.getInt(2),
                                "SUBMITTED".equals(rs.getString(3))});
                        }
                    }
                }
                c.rollback();
                LOG.info("{} approved; approving {} more, {} threads", approved, todo.size(), threads);
            }
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    int moved = 0;
                    for (int i; (i = next.getAndIncrement()) < todo.size(); ) {
                        InvitationId id = new InvitationId((UUID) todo.get(i)[0]);
                        int version = (Integer) todo.get(i)[1];
                        try {
                            if (!(Boolean) todo.get(i)[2]) {
                                version = store.move(id, version, Lifecycle::submit, Instant.now()).version();
                            }
                            store.move(id, version, Lifecycle::approve, Instant.now());
                            moved++;
                        } catch (RuntimeException e) { // e.g. a deadlock with the background word fill: skipped
                            LOG.warn("approve {} failed: {}", id, e.getMessage());
                        }
                    }
                    return moved;
                }));
            }
            int moved = 0;
            for (Future<Integer> f : done) moved += f.get();
            pool.shutdown();
            // a lifecycle step copies the searchable text but not its words (V8.1), which the store adds when it
            // opens the database: added now, so that the register run's start-up does not
            int words = ((JdbcInvitationStore) store).fillSearchText();
            LOG.info("RESULT approved {} more; words added to {} versions", moved, words);
        }
    }
}
