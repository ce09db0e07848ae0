package vn.giaymoi.application.port.out;

import java.util.Objects;
import java.util.UUID;

/** Mã giấy mời (invitation id) in the store; never a bare UUID across a signature. */
public record InvitationId(UUID value) {
    public InvitationId {
        Objects.requireNonNull(value, "value");
    }

    public static InvitationId random() {
        return new InvitationId(UUID.randomUUID());
    }

    /** Reads the printed form; rejects anything that is not a UUID. */
    public static InvitationId parse(String text) {
        try {
            return new InvitationId(UUID.fromString(text.strip()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("mã giấy mời '" + text + "' không hợp lệ");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
