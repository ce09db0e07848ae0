/**
 * 6. Quy tắc (rules): check an invitation against the decree. {@link vn.giaymoi.domain.rules.RuleEngine#standard()}
 * runs every {@link vn.giaymoi.domain.rules.Rule} of the product and returns
 * {@link vn.giaymoi.domain.rules.Finding}s: a stable rule id, the field path, the message in Vietnamese and English
 * (looked up by key in {@link vn.giaymoi.domain.message.Messages}), the section of the decree it rests on and, when
 * there is one right answer, a {@link vn.giaymoi.domain.rules.Fix}:
 * <pre>{@code
 * List<Finding> findings = RuleEngine.standard().check(inv, CheckContext.draft(LocalDate.of(2026, 5, 4)));
 * Invitation fixed = RuleEngine.applyFixes(inv, findings);
 * }</pre>
 * Time is passed in ({@link vn.giaymoi.domain.rules.CheckContext}); a rule never reads the clock.
 *
 * <p>The engine reads the invitation once per check into an {@link vn.giaymoi.domain.rules.InvitationView} — the
 * numbered outline, every fact with the {@link vn.giaymoi.domain.invitation.FieldPath} of its point, the meeting and
 * the printed texts — and hands that view to every rule. A team's own rule implements
 * {@link vn.giaymoi.domain.rules.Rule#check(vn.giaymoi.domain.invitation.Invitation, CheckContext)}, or overrides
 * {@link vn.giaymoi.domain.rules.Rule#check(InvitationView, CheckContext)} to share the view.
 * Next: {@link vn.giaymoi.domain.message}.
 */
package vn.giaymoi.domain.rules;
