package vn.giaymoi.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.Link;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.domain.lifecycle.Drafting;
import vn.giaymoi.domain.lifecycle.FollowUpKind;
import vn.giaymoi.domain.lifecycle.Lifecycle;
import vn.giaymoi.domain.lifecycle.RegisterSeries;

/** An earlier version's {@code data/giaymoi.mv.db} is copied into the SQLite default once, and kept. */
class H2ImportTest {
    private static final Instant T0 = Instant.parse("2026-05-04T08:00:00.123456Z");

    @TempDir
    Path data;

    @Test
    void the_first_start_copies_every_version_the_register_and_the_lifecycle_then_keeps_the_old_file() {
        StoredInvitation draft;
        StoredInvitation returned;
        StoredInvitation original;
        StoredInvitation correction;
        StoredInvitation revoked;
        List<StoredInvitation> before;
        try (Database h2 = Database.open("jdbc:h2:file:" + data.resolve("giaymoi").toAbsolutePath(),
                Database.DEFAULT_USER, Database.DEFAULT_PASSWORD)) {
            InvitationStore old = h2.invitations();
            draft = old.create(Drafts.draft("Họp giao ban tháng 5"), T0);
            draft = old.update(draft.id(), Drafts.draft("Họp giao ban tháng 5, bản hai"), T0.plusSeconds(60));
            returned = old.create(Drafts.draft("Họp bị trả lại"), T0);
            returned = old.move(returned.id(), 1, Lifecycle::submit, T0.plusSeconds(1));
            returned = old.move(returned.id(), 2, l -> l.returnWith("Sai địa điểm"), T0.plusSeconds(2));
            original = issued(old, Drafts.draft("Hội nghị chuyển đổi số"), null, LocalDate.of(2026, 5, 5));
            correction = issued(old, Drafting.followUp(FollowUpKind.CORRECTION, original.invitation(), 2026),
                    new Link(original.id(), original.invitation().number().toString(), FollowUpKind.CORRECTION),
                    LocalDate.of(2026, 5, 6));
            revoked = issued(old, Drafts.draft("Cấp nhầm"), null, LocalDate.of(2026, 5, 7));
            revoked = old.move(revoked.id(), revoked.version(), l -> l.revoke("Cấp nhầm số"), T0.plusSeconds(9));
            before = old.search(InvitationQuery.all());
        }
        assertThat(data.resolve("giaymoi.mv.db")).exists();

        try (Database db = Database.openEmbedded(data)) {
            InvitationStore store = db.invitations();
            assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
            assertThat(store.search(InvitationQuery.all())).containsExactlyElementsOf(before);
            assertThat(store.history(draft.id())).hasSize(2).last().isEqualTo(draft);
            assertThat(store.find(returned.id())).contains(returned);
            assertThat(store.history(returned.id())).hasSize(3);
            assertThat(store.find(original.id()).orElseThrow().supersededBy()).isNotNull();
            assertThat(store.find(correction.id())).contains(correction);
            assertThat(store.find(revoked.id())).contains(revoked);
            assertThat(store.search(InvitationQuery.text("chuyen doi so"))).as("the correction cites the original")
                    .extracting(StoredInvitation::id).containsExactlyInAnyOrder(original.id(), correction.id());
            RegisterSeries series = RegisterSeries.of(Drafts.draft(), 2026);
            assertThat(store.lastNumber(series)).isEqualTo(2);
            assertThat(store.latestIssueDate(series)).contains(LocalDate.of(2026, 5, 7));
            StoredInvitation next = issued(store, Drafts.draft("Sau khi chuyển"), null, LocalDate.of(2026, 5, 8));
            assertThat(next.invitation().number().sequence()).as("the register goes on").isEqualTo("03");
        }
        assertThat(data.resolve("giaymoi.mv.db")).doesNotExist();
        assertThat(data.resolve("giaymoi.mv.db.migrated")).exists();
        assertThat(data.resolve("giaymoi.db")).exists();
        assertThat(data.resolve("giaymoi.db.importing")).doesNotExist();

        // a second start opens the SQLite file and leaves the kept H2 file alone
        try (Database again = Database.openEmbedded(data)) {
            assertThat(again.invitations().search(InvitationQuery.all())).hasSize(before.size() + 1);
        }
    }

    @Test
    void an_import_cut_short_is_done_again_from_the_start() throws Exception {
        try (Database h2 = Database.open("jdbc:h2:file:" + data.resolve("giaymoi").toAbsolutePath(),
                Database.DEFAULT_USER, Database.DEFAULT_PASSWORD)) {
            h2.invitations().create(Drafts.draft("Họp trước khi nâng cấp"), T0);
        }
        Files.writeString(data.resolve("giaymoi.db.importing"), "nửa chừng"); // what a killed start leaves

        try (Database db = Database.openEmbedded(data)) {
            assertThat(db.invitations().search(InvitationQuery.all())).hasSize(1);
        }
    }

    @Test
    void without_an_old_file_a_new_sqlite_file_is_made_and_nothing_is_imported() {
        try (Database db = Database.openEmbedded(data.resolve("data"))) {
            assertThat(db.invitations().search(InvitationQuery.all())).isEmpty();
        }
        assertThat(data.resolve("data/giaymoi.db")).exists();
        assertThat(data.resolve("data/giaymoi.mv.db.migrated")).doesNotExist();
    }

    private static StoredInvitation issued(InvitationStore store, vn.giaymoi.domain.invitation.Invitation content,
            Link follows, LocalDate on) {
        StoredInvitation s = store.create(content, follows, T0);
        s = store.move(s.id(), 1, Lifecycle::submit, T0);
        s = store.move(s.id(), 2, Lifecycle::approve, T0);
        return store.issue(s.id(), 3, on, T0);
    }
}
