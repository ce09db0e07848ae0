package vn.giaymoi.application.port.out;

import java.util.Objects;
import java.util.UUID;

/** Mã cơ quan (organisation id): the tenant an invitation, its register, its users and its audit belong to. */
public record OrganisationId(UUID value) {
    /**
     * The first organisation, created by the schema (V4) so that invitations saved before accounts existed have an
     * owner; the first start names it after the samples' issuer.
     */
    public static final OrganisationId FIRST = new OrganisationId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    /** Reads the printed form; rejects anything that is not a UUID. */
    public static OrganisationId parse(String text) {
        try {
            return new OrganisationId(UUID.fromString(text.strip()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("mã cơ quan '" + text + "' không hợp lệ");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
