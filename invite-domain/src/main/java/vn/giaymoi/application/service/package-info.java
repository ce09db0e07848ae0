/**
 * 10. Ca sử dụng (use cases): {@link vn.giaymoi.application.service.InvitationService} checks, saves, moves
 * through the lifecycle and numbers invitations over a store, a rule engine and a clock, and answers each step as an
 * {@link vn.giaymoi.application.service.Outcome}. The web server and the command line only translate to and from it.
 */
package vn.giaymoi.application.service;
