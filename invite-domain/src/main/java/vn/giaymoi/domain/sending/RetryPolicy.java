package vn.giaymoi.domain.sending;

import java.time.Duration;
import java.util.Optional;

/**
 * Gửi lại (when to try a message again): doubling waits from {@code first} up to {@code longest}, at most
 * {@code attempts} tries; a permanent refusal (5xx) is never retried.
 *
 * @param first the wait after the first failure
 * @param longest the longest wait
 * @param attempts tries before the message is marked failed
 */
public record RetryPolicy(Duration first, Duration longest, int attempts) {
    /** 30 s, 1 min, 2 min, … up to 1 h; 12 tries (about 7 hours). */
    public static final RetryPolicy STANDARD = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 12);

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || attempts < 1) {
            throw new IllegalArgumentException("retry policy: 0 < first <= longest, attempts >= 1");
        }
    }

    /**
     * The wait before the next try after {@code attemptsSoFar} failed tries (1 after the first), or empty when the
     * message should be given up.
     */
    public Optional<Duration> nextWait(int attemptsSoFar, boolean permanent) {
        if (permanent || attemptsSoFar >= attempts) return Optional.empty();
        Duration wait = first;
        for (int i = 1; i < attemptsSoFar && wait.compareTo(longest) < 0; i++) wait = wait.multipliedBy(2);
        return Optional.of(wait.compareTo(longest) > 0 ? longest : wait);
    }
}
