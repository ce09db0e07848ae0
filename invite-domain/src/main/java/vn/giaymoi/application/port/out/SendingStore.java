package vn.giaymoi.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import vn.giaymoi.domain.sending.Delivery;
import vn.giaymoi.domain.sending.Recipient;
import vn.giaymoi.domain.sending.Reply;

/**
 * Hộp thư đi và sổ người nhận (the durable outbox and the recipients of each meeting). Messages wait here until a
 * worker hands them to the mail server; each is taken by exactly one worker at a time. Thread-safe; every method is
 * one transaction.
 *
 * <p>A message moves {@code queued → claimed → sending → sent}, or back to {@code queued} (a retry) or to
 * {@code failed}. {@code claimed} means a worker has reserved it and has not begun to hand it over; {@code sending}
 * means the hand-over began, so after a crash only a {@code sending} message may already be in the recipient's
 * mailbox.
 */
public interface SendingStore {
    /**
     * Một người nhận đã lưu (a recipient of a meeting as stored).
     *
     * @param id the recipient's id (in the reply link)
     * @param meeting the first invitation of the meeting's chain of follow-ups (its calendar UID seed)
     * @param recipient who
     * @param delegatedBy the recipient who sent this stand-in, or {@code null}
     * @param removed true when a later follow-up no longer names them (they were sent a cancellation)
     * @param reply the answer, or {@code null} while none is recorded
     * @param repliedAt when the answer was recorded, or {@code null}
     * @param repliedVia {@code link}, or the clerk who recorded a phone answer
     * @param delivery the state of the latest message to them, or {@code null} when none was queued (no address)
     */
    record StoredRecipient(UUID id, UUID meeting, Recipient recipient, UUID delegatedBy, boolean removed, Reply reply,
            Instant repliedAt, String repliedVia, Delivery delivery) {
        public StoredRecipient {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(recipient, "recipient");
        }
    }

    /**
     * Một thư trong hộp thư đi (one message of the outbox).
     *
     * @param id the row's id
     * @param recipient the recipient's id
     * @param invitation the invitation the message carries
     * @param purpose why it is sent: {@code invitation}, {@code update}, {@code cancel}, {@code reminder}, {@code stand-in}
     * @param messageId the RFC 5322 Message-ID written in {@code content}; the same request queues it once
     * @param from the envelope sender
     * @param to the envelope recipient
     * @param content the whole MIME message as it goes on the wire
     */
    record OutgoingMail(UUID id, UUID recipient, InvitationId invitation, String purpose, String messageId, String from,
            String to, byte[] content) {
        public OutgoingMail {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(content, "content");
        }
    }

    /** A recipient and the message queued for them in one step (no message when they have no address). */
    record Queued(StoredRecipient recipient, OutgoingMail mail) {}

    /** The recipients of {@code meeting}, stand-ins included, in the order they were first added. */
    List<StoredRecipient> recipients(UUID meeting);

    Optional<StoredRecipient> recipient(UUID id);

    /**
     * Saves the recipients (new ones added, known ones' contacts and {@code removed} updated) and queues their
     * messages, in one transaction. A message whose Message-ID is already queued is not queued again.
     *
     * @return how many messages were newly queued
     */
    int queue(List<Queued> items, Instant now);

    /**
     * Reserves up to {@code limit} messages due at {@code now} for {@code worker} until {@code now + lease}: queued
     * ones whose next try is due, and reserved ones whose worker's lease ran out (the worker died). With several
     * servers on one database, a message is reserved by one worker only.
     */
    List<OutgoingMail> claim(String worker, int limit, Instant now, Duration lease);

    /** Marks the hand-over of a reserved message as begun; false when {@code worker} no longer holds it. */
    boolean handingOver(UUID mail, String worker, Instant now);

    /** The server accepted the message; the invitation's audit log says so ({@link AuditAction#DELIVERED}). */
    void sent(UUID mail, String worker, Instant at);

    /** Puts the message back in the queue for another try at {@code next}, with why this one failed. */
    void retry(UUID mail, String worker, String error, Instant next);

    /**
     * Gives the message up: the server refused it for good, or every try failed; the invitation's audit log says so
     * ({@link AuditAction#DELIVERY_FAILED}, at {@code at}).
     */
    void failed(UUID mail, String worker, String reason, Instant at);

    /** How many tries a message has had (for the retry policy). */
    int attempts(UUID mail);

    /** Whether the outbox holds a message with this Message-ID, whatever its state. */
    boolean hasMessage(String messageId);

    /** Records {@code reply} for the recipient: {@code via} is {@code link} or the clerk's name. */
    void reply(UUID recipient, Reply reply, String via, Instant at);

    /**
     * The secret the reply links are signed with, made at random the first time and kept in the database, so that
     * every server on it signs alike and a restart keeps links valid.
     */
    byte[] replySecret();

    /**
     * Appends a line to the audit log of the organisation that owns {@code invitation} (sending works across
     * organisations; the invitation knows its own).
     */
    void audit(InvitationId invitation, String actor, AuditAction action, String detail, Instant at);

    /**
     * Runs {@code work} in one transaction of this store's database: the calls it makes on this thread to the stores of
     * the same database (queueing messages, then {@link #audit}) commit together, or none does when it throws.
     */
    default <T> T inOneTransaction(Supplier<T> work) {
        return work.get();
    }
}
