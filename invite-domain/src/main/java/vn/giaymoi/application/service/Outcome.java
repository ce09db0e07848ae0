package vn.giaymoi.application.service;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.domain.lifecycle.Rejection;
import vn.giaymoi.domain.rules.Finding;

/**
 * Kết quả (the outcome of a use case): done, or one of the expected ways to say no. Unexpected failures are
 * exceptions, never an outcome. Edges turn outcomes into HTTP statuses or exit codes in one place each.
 *
 * @param <T> what a done use case gives
 */
public sealed interface Outcome<T>
        permits Outcome.Done, Outcome.Rejected, Outcome.Conflict, Outcome.NotFound, Outcome.Forbidden {

    /** Làm xong. */
    record Done<T>(T value) implements Outcome<T> {
        public Done {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Bị từ chối vì nội dung (rejected for what the caller sent or wrote): the findings say where and why; the
     * caller fixes them and tries again.
     */
    record Rejected<T>(String messageVi, String messageEn, List<Finding> findings) implements Outcome<T> {
        public Rejected {
            Objects.requireNonNull(messageVi, "messageVi");
            Objects.requireNonNull(messageEn, "messageEn");
            findings = List.copyOf(findings);
        }
    }

    /**
     * Xung đột (conflict with the invitation's current state): the step is not allowed in its state, or a newer
     * version was saved than the one the caller read ({@link Kind#STALE}).
     */
    record Conflict<T>(Kind kind, Rejection rejection, int currentVersion) implements Outcome<T> {
        public Conflict {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(rejection, "rejection");
        }

        /** Why it conflicts. */
        public enum Kind {
            /** The lifecycle does not allow the step in the current state. */
            STATE,
            /** The caller read an older version than the latest. */
            STALE
        }
    }

    /** Không tìm thấy. */
    record NotFound<T>(InvitationId id) implements Outcome<T> {
        public NotFound {
            Objects.requireNonNull(id, "id");
        }
    }

    /** Không có quyền (the caller may not take this step; roles come with accounts). */
    record Forbidden<T>(String messageVi, String messageEn) implements Outcome<T> {
        public Forbidden {
            Objects.requireNonNull(messageVi, "messageVi");
            Objects.requireNonNull(messageEn, "messageEn");
        }
    }

    /** The same outcome with a done value mapped. */
    @SuppressWarnings("unchecked")
    default <R> Outcome<R> map(Function<? super T, ? extends R> f) {
        if (this instanceof Done<T> d) return new Done<>(f.apply(d.value()));
        return (Outcome<R>) this; // every other outcome carries no value
    }

    /** The value of a done outcome. */
    default T orElseThrow() {
        if (this instanceof Done<T> d) return d.value();
        throw new IllegalStateException("not done: " + this);
    }
}
