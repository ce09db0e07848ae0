package vn.giaymoi.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Bối cảnh kiểm tra (check context): what the rules need from outside the document. Time is passed in; the
 * domain never reads the clock.
 *
 * @param today the caller's date, used for a draft that has no issue date yet
 * @param issuing true when checking before issuing: a blank number or date becomes an error
 */
public record CheckContext(LocalDate today, boolean issuing) {
    public CheckContext {
        Objects.requireNonNull(today, "today");
    }

    public static CheckContext draft(LocalDate today) {
        return new CheckContext(today, false);
    }

    public static CheckContext issuing(LocalDate today) {
        return new CheckContext(today, true);
    }
}
