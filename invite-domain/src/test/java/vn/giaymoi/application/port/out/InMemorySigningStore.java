package vn.giaymoi.application.port.out;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Kho ký số thử trong bộ nhớ (in-memory signing store, shipped in the domain test-jar): the {@link SigningStore}
 * contract without a database. Thread-safe (one lock).
 */
public final class InMemorySigningStore implements SigningStore {
    private final Map<OrganisationId, String> settings = new HashMap<>();
    private final Map<InvitationId, SignedCopy> copies = new HashMap<>();

    @Override
    public synchronized Optional<String> settings(OrganisationId organisation) {
        return Optional.ofNullable(settings.get(organisation));
    }

    @Override
    public synchronized void saveSettings(OrganisationId organisation, String document, Instant at) {
        settings.put(organisation, document);
    }

    @Override
    public synchronized Optional<SignedCopy> copy(InvitationId invitation) {
        return Optional.ofNullable(copies.get(invitation));
    }

    @Override
    public synchronized void markPending(InvitationId invitation, Instant at) {
        copies.put(invitation, new SignedCopy(invitation, Optional.empty(), Optional.empty(), at));
    }

    @Override
    public synchronized void signingFailed(InvitationId invitation, String problem, Instant at) {
        copies.put(invitation, new SignedCopy(invitation, Optional.empty(), Optional.of(problem), at));
    }

    @Override
    public synchronized void saveSigned(InvitationId invitation, byte[] pdf, Instant at) {
        copies.put(invitation, new SignedCopy(invitation, Optional.of(pdf.clone()), Optional.empty(), at));
    }

    @Override
    public synchronized void forget(InvitationId invitation) {
        copies.remove(invitation);
    }
}
