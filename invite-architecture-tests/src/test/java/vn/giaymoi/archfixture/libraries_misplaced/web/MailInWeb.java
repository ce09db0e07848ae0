package vn.giaymoi.archfixture.libraries_misplaced.web;

/** Violates the Jakarta Mail confinement (mail only): the web queues messages through the sending service. */
public final class MailInWeb {
    private jakarta.mail.Session session;
}
