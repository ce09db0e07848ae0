/**
 * 2. Cuộc họp (the meeting): the typed facts a point of the content states, so that the rules, the calendar file
 * and the printed sentence agree. A {@link vn.giaymoi.domain.meeting.Session} (when), a
 * {@link vn.giaymoi.domain.meeting.Venue} (where), an {@link vn.giaymoi.domain.meeting.Invitee} or an
 * {@link vn.giaymoi.domain.meeting.AttendeeGroup} (who), an {@link vn.giaymoi.domain.meeting.AgendaItem}, a
 * {@link vn.giaymoi.domain.meeting.Programme} and a {@link vn.giaymoi.domain.meeting.Requirement}; several in one
 * sentence are a {@link vn.giaymoi.domain.meeting.CombinedFact}. The point's wording shows them through
 * placeholders ({@code Thời gian: {start}}; see {@link vn.giaymoi.domain.text.Wording}).
 * Next: {@link vn.giaymoi.domain.delegation}.
 */
package vn.giaymoi.domain.meeting;
