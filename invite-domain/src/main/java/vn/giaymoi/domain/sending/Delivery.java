package vn.giaymoi.domain.sending;

import java.time.Instant;
import java.util.Objects;

/** Tình trạng gửi (where one message stands): waiting in the outbox, accepted by the mail server, or given up. */
public sealed interface Delivery {
    /** {@code queued}, {@code sent}, {@code failed}: the name in the API. */
    String wire();

    /**
     * Đang chờ gửi: not accepted yet (no mail server configured, the server unreachable, or not its turn).
     *
     * @param attempts how many times a worker has tried
     * @param lastError why the last attempt failed, or {@code null}
     */
    record Queued(int attempts, String lastError) implements Delivery {
        @Override
        public String wire() {
            return "queued";
        }
    }

    /** Đã gửi: the mail server accepted the message at {@code at}. */
    record Sent(Instant at) implements Delivery {
        public Sent {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String wire() {
            return "sent";
        }
    }

    /** Gửi không được: the server refused for good (an unknown address) or every retry failed. */
    record Failed(String reason) implements Delivery {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String wire() {
            return "failed";
        }
    }
}
