package vn.giaymoi.application.port.out;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Tài khoản (a local user account) of one organisation.
 *
 * @param username unique across the installation
 * @param passwordHash the library's hash string (bcrypt), never the password
 * @param roles what the user may do in the organisation
 * @param installationAdmin whether the user may create organisations (the first admin)
 * @param failedAttempts wrong passwords since the last successful login
 * @param lockedUntil no login before this moment, or {@code null}
 */
public record Account(UserId id, String username, String passwordHash, String fullName, OrganisationId organisation,
        Set<Role> roles, boolean installationAdmin, int failedAttempts, Instant lockedUntil) {
    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(organisation, "organisation");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether a login at {@code now} is refused because of earlier wrong passwords. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
