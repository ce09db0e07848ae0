package vn.giaymoi.application.service;

import java.time.LocalDate;
import java.util.List;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.RuleEngine;

/**
 * Xem trước ban hành (what issuing would do now): the number the register would give if no one else issues first,
 * the date, and the findings of the issuing check.
 *
 * @param current the version that would be issued
 * @param nextNumber the next number of its series
 * @param date the issue date
 * @param findings every finding; errors block issuing
 */
public record IssuePreview(StoredInvitation current, int nextNumber, LocalDate date, List<Finding> findings) {
    public IssuePreview {
        findings = List.copyOf(findings);
    }

    public boolean passes() {
        return RuleEngine.passes(findings);
    }
}
