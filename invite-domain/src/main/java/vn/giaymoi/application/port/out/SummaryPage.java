package vn.giaymoi.application.port.out;

import java.util.List;

/**
 * Một trang danh sách (one page of the invitation list).
 *
 * @param items the summaries on this page, newest first
 * @param page the page number, from 1
 * @param size how many summaries a full page holds
 * @param total how many invitations match the query over all pages, or {@link #COUNT_LIMIT} when more do and
 *     {@code totalCapped}
 * @param totalCapped whether more than {@link #COUNT_LIMIT} match: a store may stop counting there, so that a page
 *     of a province's million invitations costs the same as an office's
 */
public record SummaryPage(List<InvitationSummary> items, int page, int size, long total, boolean totalCapped) {
    /** Largest page a caller may ask for. */
    public static final int MAX_SIZE = 200;

    /** The page size when the caller names none. */
    public static final int DEFAULT_SIZE = 50;

    /**
     * How far a store needs to count the matches (the list says "more than" beyond it, and pages on while pages are
     * full): counting further costs a search over a province's million invitations more than the page itself.
     */
    public static final int COUNT_LIMIT = 1_000;

    /** A page with the exact total. */
    public SummaryPage(List<InvitationSummary> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }

    public SummaryPage {
        items = List.copyOf(items);
        checkBounds(page, size);
        if (total < 0) throw new IllegalArgumentException("total must not be negative: " + total);
    }

    /** Refuses a page below 1 or a size outside 1…{@link #MAX_SIZE}. */
    public static void checkBounds(int page, int size) {
        if (page < 1) throw new IllegalArgumentException("page must be 1 or more: " + page);
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1…" + MAX_SIZE + ": " + size);
        }
    }

    /** How many summaries come before this page. */
    public static long offset(int page, int size) {
        return (long) (page - 1) * size;
    }
}
