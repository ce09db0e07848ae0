package vn.giaymoi.application.port.out;

import java.util.List;

/**
 * Giữ phiên bản (version retention): a save of a draft keeps the first saved content and the latest
 * {@link #keepLatest} saved contents, and thins older saved contents in the same transaction. Every lifecycle step
 * (submitted, approved, returned, issued, revoked) is kept, and so every version of an issued invitation: nothing is
 * removed once an invitation is issued, because it can no longer be saved.
 *
 * @param keepLatest how many of the latest saved contents (status {@link Status#DRAFT}) stay
 */
public record VersionRetention(int keepLatest) {
    /** The policy of every store: the latest 50 saved contents plus the first. */
    public static final VersionRetention DEFAULT = new VersionRetention(50);

    public VersionRetention {
        if (keepLatest < 1) throw new IllegalArgumentException("keepLatest must be 1 or more: " + keepLatest);
    }

    /**
     * The versions to remove after a save, given every version of the invitation oldest first: saved contents (status
     * draft) other than version 1 and older than the latest {@link #keepLatest} saved contents.
     */
    public List<Integer> thinned(List<StoredInvitation> history) {
        List<StoredInvitation> drafts = history.stream().filter(s -> s.status() == Status.DRAFT).toList();
        if (drafts.size() <= keepLatest) return List.of();
        int cutoff = drafts.get(drafts.size() - keepLatest).version();
        return drafts.stream().map(StoredInvitation::version).filter(v -> v > 1 && v < cutoff).toList();
    }
}
