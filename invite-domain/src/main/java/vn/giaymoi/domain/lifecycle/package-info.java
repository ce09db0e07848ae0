/**
 * 8. Vòng đời (lifecycle): an invitation's states as types ({@link vn.giaymoi.domain.lifecycle.Lifecycle}: draft,
 * submitted, approved, issued, revoked …), each step a {@link vn.giaymoi.domain.lifecycle.Transition}; follow-up
 * documents (postponing, changing, cancelling a meeting) are drafted by {@link vn.giaymoi.domain.lifecycle.Drafting}.
 * Next: {@link vn.giaymoi.application.port.out}.
 */
package vn.giaymoi.domain.lifecycle;
