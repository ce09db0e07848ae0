package vn.giaymoi.application.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kho tài khoản thử trong bộ nhớ (in-memory account store, shipped in the domain test-jar): the {@link AccountStore}
 * contract without a database, held by the same contract suite as the real stores. Like the schema, it starts with
 * the {@link OrganisationId#FIRST first organisation}. Thread-safe (one lock).
 */
public final class InMemoryAccountStore implements AccountStore {
    private final Map<OrganisationId, Organisation> organisations = new LinkedHashMap<>();
    private final Map<OrganisationId, String> profiles = new HashMap<>();
    private final Map<UserId, Account> users = new LinkedHashMap<>();
    private final Map<String, Credential> credentials = new HashMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();

    private record Credential(UserId user, Instant expiresAt) {}

    public InMemoryAccountStore() {
        organisations.put(OrganisationId.FIRST, new Organisation(OrganisationId.FIRST, "Cơ quan", true, true));
    }

    @Override
    public synchronized Organisation createOrganisation(Organisation organisation, Instant at) {
        organisations.put(organisation.id(), organisation);
        return organisation;
    }

    @Override
    public synchronized void updateOrganisation(Organisation organisation) {
        if (!organisations.containsKey(organisation.id())) {
            throw new AccountRefusal.NoSuchOrganisation(organisation.id());
        }
        organisations.put(organisation.id(), organisation);
    }

    @Override
    public synchronized List<Organisation> organisations() {
        return organisations.values().stream().sorted(Comparator.comparing(Organisation::name)).toList();
    }

    @Override
    public synchronized Optional<Organisation> organisation(OrganisationId id) {
        return Optional.ofNullable(organisations.get(id));
    }

    @Override
    public synchronized Optional<String> profile(OrganisationId id) {
        return Optional.ofNullable(profiles.get(id));
    }

    @Override
    public synchronized void saveProfile(OrganisationId id, String document) {
        if (!organisations.containsKey(id)) throw new AccountRefusal.NoSuchOrganisation(id);
        profiles.put(id, document);
    }

    @Override
    public synchronized Account createUser(Account account, Instant at) {
        if (!organisations.containsKey(account.organisation())) {
            throw new AccountRefusal.NoSuchOrganisation(account.organisation());
        }
        if (user(account.username()).isPresent()) throw new AccountRefusal.UsernameTaken(account.username());
        users.put(account.id(), account);
        return account;
    }

    @Override
    public synchronized Optional<Account> user(String username) {
        return users.values().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public synchronized Optional<Account> user(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized List<Account> users(OrganisationId organisation) {
        return users.values().stream().filter(a -> a.organisation().equals(organisation))
                .sorted(Comparator.comparing(Account::username)).toList();
    }

    @Override
    public synchronized long userCount() {
        return users.size();
    }

    @Override
    public synchronized int failedLogin(UserId id) {
        Account a = users.get(id);
        if (a == null) return 0;
        users.put(id, with(a, a.passwordHash(), a.failedAttempts() + 1, a.lockedUntil()));
        return a.failedAttempts() + 1;
    }

    @Override
    public synchronized void lock(UserId id, Instant until) {
        Account a = users.get(id);
        if (a != null) users.put(id, with(a, a.passwordHash(), a.failedAttempts(), until));
    }

    @Override
    public synchronized void loginSucceeded(UserId id) {
        Account a = users.get(id);
        if (a != null) users.put(id, with(a, a.passwordHash(), 0, null));
    }

    @Override
    public synchronized void changePassword(UserId id, String passwordHash) {
        Account a = users.get(id);
        if (a == null) return;
        users.put(id, with(a, passwordHash, a.failedAttempts(), a.lockedUntil()));
        credentials.values().removeIf(c -> c.user().equals(id));
    }

    @Override
    public synchronized boolean deleteUser(UserId id) {
        credentials.values().removeIf(c -> c.user().equals(id));
        return users.remove(id) != null;
    }

    private static Account with(Account a, String hash, int failed, Instant lockedUntil) {
        return new Account(a.id(), a.username(), hash, a.fullName(), a.organisation(), a.roles(),
                a.installationAdmin(), failed, lockedUntil);
    }

    @Override
    public synchronized void saveCredential(String tokenHash, UserId user, CredentialKind kind, Instant createdAt,
            Instant expiresAt) {
        credentials.put(tokenHash, new Credential(user, expiresAt));
    }

    @Override
    public synchronized Optional<Account> credential(String tokenHash, Instant now) {
        Credential c = credentials.get(tokenHash);
        if (c == null || !now.isBefore(c.expiresAt())) return Optional.empty();
        return user(c.user());
    }

    @Override
    public synchronized void deleteCredential(String tokenHash) {
        credentials.remove(tokenHash);
    }

    @Override
    public synchronized void audit(AuditEntry entry) {
        audit.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> audit(OrganisationId organisation, InvitationId invitation) {
        return audit.stream().filter(e -> e.organisation().equals(organisation) && e.invitation().equals(invitation))
                .toList();
    }
}
