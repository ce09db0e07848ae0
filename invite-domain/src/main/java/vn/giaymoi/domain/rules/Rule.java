package vn.giaymoi.domain.rules;

import java.util.List;
import vn.giaymoi.domain.invitation.Invitation;

/**
 * Quy tắc (rule): one small named policy. A rule returns its findings as values and never throws for a document
 * it can read.
 */
public interface Rule {
    /** Stable identifier, e.g. {@code ND30-DATE-PAD}. */
    String id();

    /** What it checks, in Vietnamese (one line, for listings). */
    String title();

    List<Finding> check(Invitation invitation, CheckContext context);
}
