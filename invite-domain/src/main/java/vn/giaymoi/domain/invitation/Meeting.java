package vn.giaymoi.domain.invitation;

import java.util.List;
import java.util.Optional;
import vn.giaymoi.domain.delegation.Assignment;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.meeting.AgendaItem;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.meeting.MeetingForm;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.meeting.Venue;

/**
 * Cuộc họp (the meeting): the typed facts of an invitation gathered from its content, in reading order — when,
 * where, in what form, who chairs, who attends at which level, what is discussed and who must do what.
 *
 * @param sessions the sessions (usually one)
 * @param venues venues and bridge points
 * @param form the form, when stated
 * @param invitees invitees with the level of the group they sit in
 * @param agenda agenda items
 * @param assignments task assignments
 */
public record Meeting(List<Session> sessions, List<Venue> venues, MeetingForm form, List<Seat> invitees,
        List<AgendaItem> agenda, List<Located<Assignment>> assignments) {
    public Meeting {
        sessions = List.copyOf(sessions);
        venues = List.copyOf(venues);
        invitees = List.copyOf(invitees);
        agenda = List.copyOf(agenda);
        assignments = List.copyOf(assignments);
    }

    /**
     * Chỗ ngồi (an invitee in its place).
     *
     * @param invitee who is invited
     * @param level the level of the enclosing attendee group, or {@code null}
     * @param path field path of the point that carries the invitee
     */
    public record Seat(Invitee invitee, AdministrativeLevel level, String path) {
        public Seat {
            java.util.Objects.requireNonNull(invitee, "thành phần mời");
            java.util.Objects.requireNonNull(path, "đường dẫn trường");
        }
    }

    /** Dữ kiện có vị trí (a fact with the field path of the point that carries it). */
    public record Located<T>(T value, String path) {
        public Located {
            java.util.Objects.requireNonNull(value, "dữ kiện");
            java.util.Objects.requireNonNull(path, "đường dẫn trường");
        }
    }

    /** The chair (chủ trì): the first invitee marked as chair. */
    public Optional<Invitee> chair() {
        return invitees.stream().map(Seat::invitee).filter(Invitee::chair).findFirst();
    }

    /** The first session. */
    public Optional<Session> firstSession() {
        return sessions.stream().findFirst();
    }
}
