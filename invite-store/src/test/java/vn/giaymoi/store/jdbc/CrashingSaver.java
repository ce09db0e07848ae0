package vn.giaymoi.store.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.StoredInvitation;

/**
 * The server side of {@link H2DurabilityTest}, run in its own JVM: saves invitations without end and, after each
 * save returns (is committed), appends {@code id version} to an acknowledgement file. The test kills it mid-save.
 */
final class CrashingSaver {
    private CrashingSaver() {}

    public static void main(String[] args) throws IOException {
        Path acks = Path.of(args[1]);
        Database db = Database.open(args[0], Database.DEFAULT_USER, Database.DEFAULT_PASSWORD);
        InvitationStore store = db.invitations();
        for (int i = 0; ; i++) {
            StoredInvitation saved = store.create(Drafts.draft("Lưu lần " + i), Instant.now());
            acknowledge(acks, saved);
            acknowledge(acks, store.update(saved.id(), Drafts.draft("Lưu lần " + i + ", bản hai"), Instant.now()));
        }
    }

    private static void acknowledge(Path acks, StoredInvitation saved) throws IOException {
        Files.writeString(acks, saved.id() + " " + saved.version() + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
