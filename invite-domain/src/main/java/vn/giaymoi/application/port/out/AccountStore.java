package vn.giaymoi.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Kho tài khoản (the account store): organisations and their profiles, users, login credentials (only a hash of each
 * session or token is kept) and the append-only audit log. Thread-safe; held by the contract tests in invite-store.
 */
public interface AccountStore {
    // ---- organisations

    /** Saves a new organisation. */
    Organisation createOrganisation(Organisation organisation, Instant at);

    /** Changes the name and settings of an existing organisation. */
    void updateOrganisation(Organisation organisation);

    /** Every organisation, by name. */
    List<Organisation> organisations();

    Optional<Organisation> organisation(OrganisationId id);

    /** The organisation's profile document (YAML or JSON, as saved), empty when none was saved. */
    Optional<String> profile(OrganisationId id);

    /** Replaces the profile document. */
    void saveProfile(OrganisationId id, String document);

    // ---- users

    /**
     * Saves a new account.
     *
     * @throws AccountRefusal.UsernameTaken when the username is in use
     * @throws AccountRefusal.NoSuchOrganisation when the account's organisation does not exist
     */
    Account createUser(Account account, Instant at);

    Optional<Account> user(String username);

    Optional<Account> user(UserId id);

    /** The organisation's users, by username. */
    List<Account> users(OrganisationId organisation);

    /** How many accounts exist (0 on the first start). */
    long userCount();

    /** Counts one more wrong password, atomically; returns the new count. */
    int failedLogin(UserId id);

    /** Refuses logins until {@code until}. */
    void lock(UserId id, Instant until);

    /** Clears the count of wrong passwords and any lock. */
    void loginSucceeded(UserId id);

    /** Replaces the password hash and ends every session and token of the user. */
    void changePassword(UserId id, String passwordHash);

    /**
     * Removes the account, its sessions and tokens (its personal data); the audit log keeps the username it recorded,
     * as the record of who did what.
     */
    boolean deleteUser(UserId id);

    // ---- sessions and tokens

    /** Saves the hash of a new session or token. */
    void saveCredential(String tokenHash, UserId user, CredentialKind kind, Instant createdAt, Instant expiresAt);

    /** The account a credential belongs to, if it exists and has not expired at {@code now}. */
    Optional<Account> credential(String tokenHash, Instant now);

    /** Ends a session or token. */
    void deleteCredential(String tokenHash);

    // ---- audit

    /** Appends one line; lines are never changed or removed. */
    void audit(AuditEntry entry);

    /** The lines of one invitation of the organisation, oldest first. */
    List<AuditEntry> audit(OrganisationId organisation, InvitationId invitation);

    /**
     * Runs {@code work} in one transaction of this store's database: the calls it makes on this thread to the stores
     * of the same database (an invitation store's step, then {@link #audit(AuditEntry)}) commit together, or none
     * does when {@code work} throws. A store without transactions just runs it.
     */
    default <T> T inOneTransaction(Supplier<T> work) {
        return work.get();
    }
}
