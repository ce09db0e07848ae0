package vn.giaymoi.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.giaymoi.application.port.out.Account;
import vn.giaymoi.application.port.out.AccountRefusal;
import vn.giaymoi.application.port.out.AccountStore;
import vn.giaymoi.application.port.out.AuditAction;
import vn.giaymoi.application.port.out.AuditEntry;
import vn.giaymoi.application.port.out.CredentialKind;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.port.out.Organisation;
import vn.giaymoi.application.port.out.OrganisationId;
import vn.giaymoi.application.port.out.Role;
import vn.giaymoi.application.port.out.StoreRefusal;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.application.port.out.UserId;
import vn.giaymoi.domain.lifecycle.Lifecycle;
import vn.giaymoi.domain.lifecycle.RegisterSeries;

/**
 * Hợp đồng kho tài khoản (the contract of {@link AccountStore}, and of {@link InvitationStore#forOrganisation}):
 * organisations, users, sessions and tokens, the audit log, and one organisation never seeing another's
 * invitations or numbers. A JUnit test interface, so every store contract class runs it (SQLite, H2, PostgreSQL,
 * in memory).
 */
interface AccountStoreContract {
    Instant T = Instant.parse("2026-05-01T02:00:00.123456Z");

    /** The account store under test, holding only the schema's first organisation. */
    AccountStore accounts();

    /** The invitation store of the same database. */
    InvitationStore invitations();

    private Organisation anOrganisation(String name) {
        return accounts().createOrganisation(new Organisation(OrganisationId.random(), name, true, false), T);
    }

    private Account aUser(String username, OrganisationId org, Role... roles) {
        return accounts().createUser(new Account(UserId.random(), username, "$2y$10$hash-of-" + username,
                "Nguyễn Văn " + username, org, Set.of(roles), false, 0, null), T);
    }

    @Test
    default void the_schema_starts_with_the_first_organisation_and_new_ones_are_listed_by_name() {
        assertThat(accounts().organisations()).extracting(Organisation::id).containsExactly(OrganisationId.FIRST);
        Organisation b = anOrganisation("Sở Tài chính");
        Organisation a = anOrganisation("Sở Nội vụ");

        assertThat(accounts().organisations()).extracting(Organisation::name)
                .containsExactly("Cơ quan", "Sở Nội vụ", "Sở Tài chính");
        assertThat(accounts().organisation(b.id())).contains(b);
        accounts().updateOrganisation(new Organisation(a.id(), "Sở Nội vụ tỉnh Lào Cai", false, true));
        assertThat(accounts().organisation(a.id())).contains(new Organisation(a.id(), "Sở Nội vụ tỉnh Lào Cai",
                false, true));
    }

    @Test
    default void a_profile_document_is_kept_as_written() {
        Organisation o = anOrganisation("Sở Nội vụ");
        String yaml = "issuer:\n  name: SỞ NỘI VỤ  # ghi chú giữ nguyên\n";

        assertThat(accounts().profile(o.id())).isEmpty();
        accounts().saveProfile(o.id(), yaml);
        assertThat(accounts().profile(o.id())).contains(yaml);
        assertThatThrownBy(() -> accounts().saveProfile(OrganisationId.random(), yaml))
                .isInstanceOf(AccountRefusal.NoSuchOrganisation.class);
    }

    @Test
    default void users_read_back_whole_and_a_username_is_taken_once() {
        Organisation o = anOrganisation("Sở Nội vụ");
        Account lan = aUser("lan", o.id(), Role.DRAFTER, Role.CLERK);

        assertThat(accounts().user("lan")).contains(lan);
        assertThat(accounts().user(lan.id())).contains(lan);
        assertThat(accounts().users(o.id())).containsExactly(lan);
        assertThat(accounts().userCount()).isEqualTo(1);
        assertThatThrownBy(() -> aUser("lan", OrganisationId.FIRST, Role.ADMIN))
                .isInstanceOf(AccountRefusal.UsernameTaken.class);
        assertThatThrownBy(() -> aUser("minh", OrganisationId.random(), Role.ADMIN))
                .isInstanceOf(AccountRefusal.NoSuchOrganisation.class);
        assertThat(accounts().userCount()).isEqualTo(1);
    }

    @Test
    default void wrong_passwords_are_counted_by_concurrent_callers_without_losing_one() throws Exception {
        Account lan = aUser("lan", OrganisationId.FIRST, Role.DRAFTER);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int i = 0; i < 20; i++) counts.add(pool.submit(() -> accounts().failedLogin(lan.id())));
            List<Integer> seen = new ArrayList<>();
            for (Future<Integer> f : counts) seen.add(f.get());
            assertThat(seen).doesNotHaveDuplicates().hasSize(20);
        } finally {
            pool.shutdown();
        }
        assertThat(accounts().user(lan.id()).orElseThrow().failedAttempts()).isEqualTo(20);

        accounts().lock(lan.id(), T.plusSeconds(900));
        assertThat(accounts().user(lan.id()).orElseThrow().lockedAt(T)).isTrue();
        accounts().loginSucceeded(lan.id());
        Account after = accounts().user(lan.id()).orElseThrow();
        assertThat(after.failedAttempts()).isZero();
        assertThat(after.lockedUntil()).isNull();
    }

    @Test
    default void a_credential_finds_its_user_until_it_expires_and_a_password_change_ends_them_all() {
        Account lan = aUser("lan", OrganisationId.FIRST, Role.DRAFTER);
        accounts().saveCredential("a".repeat(64), lan.id(), CredentialKind.SESSION, T, T.plusSeconds(60));
        accounts().saveCredential("b".repeat(64), lan.id(), CredentialKind.TOKEN, T, T.plusSeconds(3600));

        assertThat(accounts().credential("a".repeat(64), T.plusSeconds(59))).contains(lan);
        assertThat(accounts().credential("a".repeat(64), T.plusSeconds(60))).as("expired").isEmpty();
        assertThat(accounts().credential("c".repeat(64), T)).isEmpty();
        accounts().deleteCredential("a".repeat(64));
        assertThat(accounts().credential("a".repeat(64), T)).isEmpty();

        accounts().changePassword(lan.id(), "$2y$10$new");
        assertThat(accounts().credential("b".repeat(64), T)).isEmpty();
        assertThat(accounts().user(lan.id()).orElseThrow().passwordHash()).isEqualTo("$2y$10$new");
    }

    @Test
    default void deleting_a_user_removes_the_account_and_its_sessions_and_keeps_the_audit_lines() {
        Account lan = aUser("lan", OrganisationId.FIRST, Role.DRAFTER);
        accounts().saveCredential("a".repeat(64), lan.id(), CredentialKind.SESSION, T, T.plusSeconds(60));
        StoredInvitation s = invitations().create(Drafts.draft(), T);
        accounts().audit(new AuditEntry(OrganisationId.FIRST, s.id(), "lan", AuditAction.CREATED, "", T));

        assertThat(accounts().deleteUser(lan.id())).isTrue();

        assertThat(accounts().user("lan")).isEmpty();
        assertThat(accounts().credential("a".repeat(64), T)).isEmpty();
        assertThat(accounts().audit(OrganisationId.FIRST, s.id())).extracting(AuditEntry::actor).containsExactly("lan");
    }

    @Test
    default void the_audit_log_keeps_every_line_in_order_for_its_organisation_only() {
        Organisation other = anOrganisation("Sở Tài chính");
        StoredInvitation s = invitations().create(Drafts.draft(), T);
        AuditEntry created = new AuditEntry(OrganisationId.FIRST, s.id(), "lan", AuditAction.CREATED, "", T);
        AuditEntry issued = new AuditEntry(OrganisationId.FIRST, s.id(), "minh", AuditAction.ISSUED,
                "số 01/GM-SNV", T.plusSeconds(5));
        accounts().audit(created);
        accounts().audit(issued);
        accounts().audit(new AuditEntry(other.id(), s.id(), "khách", AuditAction.DOWNLOADED, "pdf", T));

        assertThat(accounts().audit(OrganisationId.FIRST, s.id())).containsExactly(created, issued);
    }

    @Test
    default void an_organisation_sees_only_its_own_invitations_and_another_organisations_id_is_not_found() {
        Organisation a = anOrganisation("Sở Nội vụ");
        Organisation b = anOrganisation("Sở Tài chính");
        InvitationStore storeA = invitations().forOrganisation(a.id());
        InvitationStore storeB = invitations().forOrganisation(b.id());
        StoredInvitation mine = storeA.create(Drafts.draft("Họp của sở Nội vụ"), T);
        StoredInvitation theirs = storeB.create(Drafts.draft("Họp của sở Tài chính"), T);

        assertThat(storeA.find(theirs.id())).isEmpty();
        assertThat(storeA.history(theirs.id())).isEmpty();
        assertThat(storeA.search(InvitationQuery.all())).extracting(StoredInvitation::id).containsExactly(mine.id());
        assertThat(storeA.summaries(InvitationQuery.all(), 1, 10).total()).isEqualTo(1);
        assertThat(storeA.delete(theirs.id())).isFalse();
        assertThatThrownBy(() -> storeA.update(theirs.id(), 1, Drafts.draft("Sửa trộm"), T))
                .isInstanceOf(StoreRefusal.NotFound.class);
        assertThatThrownBy(() -> storeA.move(theirs.id(), 1, Lifecycle::submit, T))
                .isInstanceOf(StoreRefusal.NotFound.class);
        assertThatThrownBy(() -> storeA.issue(theirs.id(), 1, LocalDate.of(2026, 5, 5), T))
                .isInstanceOf(StoreRefusal.NotFound.class);
        assertThat(storeB.find(theirs.id()).orElseThrow().version()).as("nothing happened to it").isEqualTo(1);
        assertThat(invitations().find(theirs.id())).as("the whole installation sees both").isPresent();
        assertThat(invitations().forOrganisation(OrganisationId.FIRST).find(mine.id())).isEmpty();
    }

    @Test
    default void numbers_are_per_organisation_series() {
        Organisation a = anOrganisation("Sở Nội vụ");
        InvitationStore storeA = invitations().forOrganisation(a.id());
        InvitationStore first = invitations().forOrganisation(OrganisationId.FIRST);
        LocalDate day = LocalDate.of(2026, 5, 5);

        StoredInvitation inA = issue(storeA, day);
        StoredInvitation inFirst = issue(first, day);
        StoredInvitation againInA = issue(storeA, day);

        assertThat(inA.invitation().number().number()).hasValue(1);
        assertThat(inFirst.invitation().number().number()).as("its own series").hasValue(1);
        assertThat(againInA.invitation().number().number()).hasValue(2);
        RegisterSeries series = RegisterSeries.of(inA.invitation(), 2026);
        assertThat(storeA.lastNumber(series)).isEqualTo(2);
        assertThat(first.lastNumber(series)).isEqualTo(1);
        assertThat(invitations().lastNumber(series)).as("unscoped: the first organisation").isEqualTo(1);
    }

    private static StoredInvitation issue(InvitationStore store, LocalDate day) {
        StoredInvitation s = store.create(Drafts.draft(), T);
        s = store.move(s.id(), s.version(), Lifecycle::submit, T);
        s = store.move(s.id(), s.version(), Lifecycle::approve, T);
        return store.issue(s.id(), s.version(), day, T);
    }
}
