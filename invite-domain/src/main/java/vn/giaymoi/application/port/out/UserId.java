package vn.giaymoi.application.port.out;

import java.util.Objects;
import java.util.UUID;

/** Mã người dùng (user id). */
public record UserId(UUID value) {
    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
