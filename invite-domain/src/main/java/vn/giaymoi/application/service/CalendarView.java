package vn.giaymoi.application.service;

import java.util.Objects;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.lifecycle.CalendarEntry;

/**
 * Lịch của một giấy mời đã lưu (what the calendar download of a stored invitation shows): the meeting's content and
 * where it stands.
 *
 * @param invitation the content whose sessions are the events (a cancellation shows the cancelled original's)
 * @param entry UID seed, SEQUENCE and STATUS
 */
public record CalendarView(Invitation invitation, CalendarEntry entry) {
    public CalendarView {
        Objects.requireNonNull(invitation, "invitation");
        Objects.requireNonNull(entry, "entry");
    }
}
