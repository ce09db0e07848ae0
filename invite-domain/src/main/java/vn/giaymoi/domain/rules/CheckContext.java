package vn.giaymoi.domain.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Bối cảnh kiểm tra (check context): what the rules need from outside the document. Time is passed in; the
 * domain never reads the clock.
 *
 * @param today the caller's date, used for a draft that has no issue date yet
 * @param issuing true when checking before issuing: a blank number or date becomes an error, and the issuing
 *     guards ({@link IssuingGuards}) apply
 * @param latestInSeries the latest issue date already in the register series the document will be numbered in, or
 *     {@code null} when the series is empty or not known (a file checked on its own)
 */
public record CheckContext(LocalDate today, boolean issuing, LocalDate latestInSeries) {
    public CheckContext {
        Objects.requireNonNull(today, "today");
    }

    public CheckContext(LocalDate today, boolean issuing) {
        this(today, issuing, null);
    }

    public static CheckContext draft(LocalDate today) {
        return new CheckContext(today, false);
    }

    public static CheckContext issuing(LocalDate today) {
        return new CheckContext(today, true);
    }

    /** The same context, knowing the latest issue date of the document's series. */
    public CheckContext afterSeries(Optional<LocalDate> latest) {
        return new CheckContext(today, issuing, latest.orElse(null));
    }
}
