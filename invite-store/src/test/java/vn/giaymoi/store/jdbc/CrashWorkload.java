package vn.giaymoi.store.jdbc;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.service.AuditedInvitationStore;
import vn.giaymoi.domain.lifecycle.Lifecycle;

/**
 * The server side of {@link CrashTest}, run in its own JVM: several threads create, update, submit, approve
 * and issue invitations without end, like a busy office, each write with its audit line (as the web makes them), and
 * after each call returns (is committed) append one line to an
 * acknowledgement file: {@code C|U|I id version [number]} (U: any later version). The test kills this JVM with SIGKILL mid-work.
 */
final class CrashWorkload {
    /** Every invitation is issued on this day, so all numbers come from one series of the register. */
    static final LocalDate ISSUE_DATE = LocalDate.of(2026, 5, 5);

    private final InvitationStore store;
    private final OutputStream acks;

    private CrashWorkload(InvitationStore store, OutputStream acks) {
        this.store = store;
        this.acks = acks;
    }

    public static void main(String[] args) throws IOException {
        Database db = Database.open(args[0], args[3], args[4]);
        // every write with its audit line, as the web makes them
        InvitationStore audited = new AuditedInvitationStore(db.invitations().forOrganisation(OrganisationId.FIRST),
                db.accounts(), OrganisationId.FIRST, "workload", Clock.systemUTC());
        CrashWorkload workload = new CrashWorkload(audited, new FileOutputStream(args[1], true));
        for (int t = 0; t < Integer.parseInt(args[2]); t++) {
            int thread = t;
            new Thread(() -> workload.run(thread), "workload-" + t).start();
        }
    }

    private void run(int thread) {
        try {
            for (int i = 0; ; i++) {
                String subject = "Luồng " + thread + ", giấy mời " + i;
                StoredInvitation created = store.create(Drafts.draft(subject), Instant.now());
                acknowledge("C", created, "");
                StoredInvitation updated = store.update(created.id(), Drafts.draft(subject + ", bản hai"), Instant.now());
                acknowledge("U", updated, "");
                StoredInvitation submitted = store.move(updated.id(), updated.version(), Lifecycle::submit, Instant.now());
                acknowledge("U", submitted, "");
                StoredInvitation approved = store.move(submitted.id(), submitted.version(), Lifecycle::approve,
                        Instant.now());
                acknowledge("U", approved, "");
                StoredInvitation issued = store.issue(approved.id(), approved.version(), ISSUE_DATE, Instant.now());
                acknowledge("I", issued, " " + issued.invitation().number().number().orElseThrow());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One write call per line, so a kill leaves whole lines and at most one cut last line. */
    private void acknowledge(String operation, StoredInvitation saved, String extra) throws IOException {
        byte[] line = (operation + " " + saved.id() + " " + saved.version() + extra + "\n")
                .getBytes(StandardCharsets.UTF_8);
        synchronized (acks) {
            acks.write(line);
        }
    }
}
