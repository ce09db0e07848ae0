package vn.giaymoi.archfixture.compliant.application;

/** Fixture: a use-case port that depends on the domain only. */
public interface ScheduleMeeting {
    vn.giaymoi.archfixture.compliant.domain.Meeting schedule(String subject);
}
