package vn.giaymoi.domain.invitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giaymoi.domain.meeting.Assignment;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.meeting.AgendaItem;
import vn.giaymoi.domain.meeting.AttendeeGroup;
import vn.giaymoi.domain.meeting.Fact;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.meeting.MeetingForm;
import vn.giaymoi.domain.meeting.Programme;
import vn.giaymoi.domain.meeting.Requirement;
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
 * @param sessionVenues the venue of a session, by the session's index, when written in or under its point
 * @param programmes programmes with time slots, with their points' paths
 * @param requirements requirements on attendees (dress, documents, app)
 */
public record Meeting(List<Session> sessions, List<Venue> venues, MeetingForm form, List<Seat> invitees,
        List<AgendaItem> agenda, List<Located<Assignment>> assignments, Map<Integer, Venue> sessionVenues,
        List<Located<Programme>> programmes, List<Requirement> requirements) {
    public Meeting {
        sessions = List.copyOf(sessions);
        venues = List.copyOf(venues);
        invitees = List.copyOf(invitees);
        agenda = List.copyOf(agenda);
        assignments = List.copyOf(assignments);
        sessionVenues = Map.copyOf(sessionVenues);
        programmes = List.copyOf(programmes);
        requirements = List.copyOf(requirements);
    }

    /** A meeting without per-session venues, programmes or requirements. */
    public Meeting(List<Session> sessions, List<Venue> venues, MeetingForm form, List<Seat> invitees,
            List<AgendaItem> agenda, List<Located<Assignment>> assignments) {
        this(sessions, venues, form, invitees, agenda, assignments, Map.of(), List.of(), List.of());
    }

    /** The typed facts of {@code content}, an invitation's numbered content, in reading order; {@code form} as stated. */
    public static Meeting of(Outline content, MeetingForm form) {
        Gathered g = new Gathered();
        gather(content.entries(), null, -1, g);
        return new Meeting(g.sessions, g.venues, form, g.seats, g.agenda, g.tasks, g.sessionVenues, g.programmes,
                g.requirements);
    }

    /** What {@link #of} collects while it walks the content. */
    private static final class Gathered {
        final List<Session> sessions = new ArrayList<>();
        final List<Venue> venues = new ArrayList<>();
        final List<Seat> seats = new ArrayList<>();
        final List<AgendaItem> agenda = new ArrayList<>();
        final List<Located<Assignment>> tasks = new ArrayList<>();
        final java.util.Map<Integer, Venue> sessionVenues = new java.util.HashMap<>();
        final List<Located<Programme>> programmes = new ArrayList<>();
        final List<Requirement> requirements = new ArrayList<>();
    }

    /** {@code session} is the index of the session whose point encloses these entries, or -1. */
    private static void gather(List<Outline.Entry> entries, AdministrativeLevel level, int session, Gathered g) {
        for (Outline.Entry e : entries) {
            AdministrativeLevel here = level;
            int enclosing = session;
            List<Fact> facts = e.point().facts();
            for (Fact fact : facts) {
                if (fact instanceof Session s) {
                    g.sessions.add(s);
                    enclosing = g.sessions.size() - 1;
                }
            }
            for (Fact fact : facts) {
                if (fact instanceof Venue v) {
                    g.venues.add(v);
                    if (enclosing >= 0) g.sessionVenues.putIfAbsent(enclosing, v);
                } else if (fact instanceof Invitee i) g.seats.add(new Seat(i, level, e.path()));
                else if (fact instanceof AgendaItem a) g.agenda.add(a);
                else if (fact instanceof Assignment a) g.tasks.add(new Located<>(a, e.path()));
                else if (fact instanceof AttendeeGroup ag) here = ag.level();
                else if (fact instanceof Programme p) g.programmes.add(new Located<>(p, e.path()));
                else if (fact instanceof Requirement r) g.requirements.add(r);
            }
            gather(e.children(), here, enclosing, g);
        }
    }

    /**
     * Where the {@code index}-th session sits: the venue written in the session's own point or under it (two
     * regional sessions in two cities), else the main venue — the one at the issuer's level, else the first.
     */
    public Optional<Venue> venueOf(int index, AdministrativeLevel issuerLevel) {
        Venue own = sessionVenues.get(index);
        if (own != null) return Optional.of(own);
        return venues.stream().filter(v -> v.level() != null && v.level() == issuerLevel).findFirst()
                .or(() -> venues.stream().filter(v -> !sessionVenues.containsValue(v)).findFirst())
                .or(() -> venues.stream().findFirst());
    }

    /** The session a programme belongs to: the one on the programme's date, else the first. */
    public Optional<Session> sessionOf(Programme programme) {
        if (programme.date() == null) return firstSession();
        return sessions.stream()
                .filter(s -> !programme.date().isBefore(s.date()) && !programme.date().isAfter(s.lastDate()))
                .findFirst();
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
