package vn.giaymoi.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.InvitationId;

/**
 * Nhật ký gửi (what sending tells the audit log): every send, reply and phone reply. The accounts module's audit
 * log implements it at merge; until then {@link #LOG} writes the server log.
 */
@FunctionalInterface
public interface SendingAudit {
    /**
     * @param actor who acted: the clerk's name, or {@code recipient:<id>} for a reply through a link
     * @param action {@code send}, {@code reply}, {@code phone-reply}, {@code remind}
     * @param invitation the invitation concerned
     * @param detail what happened, in a few words
     */
    void record(String actor, String action, InvitationId invitation, String detail);

    /** Writes each entry to the server log. */
    SendingAudit LOG = new SendingAudit() {
        private final Logger log = LoggerFactory.getLogger(SendingAudit.class);

        @Override
        public void record(String actor, String action, InvitationId invitation, String detail) {
            log.info("audit {} {} {}: {}", actor, action, invitation, detail);
        }
    };
}
