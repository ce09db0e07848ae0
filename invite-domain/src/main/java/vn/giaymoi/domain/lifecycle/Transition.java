package vn.giaymoi.domain.lifecycle;

import java.util.Objects;

/** Bước chuyển (transition): the state a step leads to, or the rejection that refuses it. */
public sealed interface Transition permits Transition.Moved, Transition.Refused {
    /** The step is allowed and leads to {@code to}. */
    record Moved(Lifecycle to) implements Transition {
        public Moved {
            Objects.requireNonNull(to, "to");
        }
    }

    /** The step is not allowed in the current state. */
    record Refused(Rejection why) implements Transition {
        public Refused {
            Objects.requireNonNull(why, "why");
        }
    }
}
