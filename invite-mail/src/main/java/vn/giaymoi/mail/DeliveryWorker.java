package vn.giaymoi.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.SendingStore;
import vn.giaymoi.application.port.out.SendingStore.OutgoingMail;
import vn.giaymoi.domain.sending.RetryPolicy;

/**
 * Người đưa thư (the background worker): reserves due messages, hands each to the mail server, records the
 * outcome, and waits when there is nothing to do. Without a mail server configured it reserves nothing: messages
 * wait in the outbox and leave once one is set.
 *
 * <p><b>Once and only once, as far as SMTP allows.</b> A message is marked {@code sending} (committed) before its
 * hand-over begins and {@code sent} (committed) after the server's 250. After a crash: a {@code claimed} message was
 * certainly not handed over, and is sent again by the next worker — one copy; a {@code sent} one is never sent
 * again; only a {@code sending} one is uncertain (the crash fell between the start of the hand-over and the commit of
 * its outcome). It is sent again, with the same Message-ID and calendar UID/SEQUENCE, because losing an invitation
 * is worse than a second identical copy, and the outbox says so on that recipient's row. At most one message per
 * crashed worker can be in that state. SMTP has no way to ask the server whether it already has a message, so
 * exactly-once across a crash inside that window cannot be promised by any client.
 */
public final class DeliveryWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    /** Longer than any hand-over can take (the transport's timeouts are 30 s per step). */
    public static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 50;

    private final SendingStore store;
    private final Supplier<Optional<MailTransport>> transport;
    private final RetryPolicy retries;
    private final Clock clock;
    private final String name;
    private volatile boolean running;
    private Thread thread;

    /**
     * @param transport the mail server as configured now (empty: none yet)
     * @param name this worker's name, unique among the servers on one database
     */
    public DeliveryWorker(SendingStore store, Supplier<Optional<MailTransport>> transport, RetryPolicy retries,
            Clock clock, String name) {
        this.store = Objects.requireNonNull(store, "store");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * One batch: reserves up to {@value #BATCH} due messages and delivers them.
     *
     * @return how many messages were handled (sent, retried or failed)
     */
    public int runOnce() {
        Optional<MailTransport> mail = transport.get();
        if (mail.isEmpty()) return 0;
        List<OutgoingMail> batch = store.claim(name, BATCH, clock.instant(), LEASE);
        if (batch.isEmpty()) return 0;
        MailTransport.Connection connection;
        try {
            connection = mail.get().open();
        } catch (MailTransport.MailFailure e) {
            batch.forEach(m -> later(m, e));
            return batch.size();
        }
        try (connection) {
            for (OutgoingMail m : batch) {
                if (!store.handingOver(m.id(), name, clock.instant())) continue; // lease lost: another worker has it
                try {
                    connection.send(m.to(), m.content());
                    store.sent(m.id(), name, clock.instant());
                } catch (MailTransport.MailFailure e) {
                    later(m, e);
                }
            }
        }
        return batch.size();
    }

    private void later(OutgoingMail m, MailTransport.MailFailure e) {
        int attempts = store.attempts(m.id());
        Optional<Duration> wait = retries.nextWait(attempts, e.permanent());
        if (wait.isPresent()) {
            Instant next = clock.instant().plus(wait.get());
            LOG.warn("thư {} tới {} chưa gửi được (lần {}), thử lại lúc {}: {}", m.messageId(), m.to(), attempts, next,
                    e.getMessage());
            store.retry(m.id(), name, e.getMessage(), next);
        } else {
            LOG.warn("thư {} tới {} không gửi được: {}", m.messageId(), m.to(), e.getMessage());
            store.failed(m.id(), name, e.getMessage(), clock.instant());
        }
    }

    /** Starts delivering in the background: a batch, then {@code idle} of rest whenever nothing was due. */
    public synchronized void start(Duration idle) {
        if (running) return;
        running = true;
        thread = new Thread(() -> {
            while (running) {
                int handled = 0;
                try {
                    handled = runOnce();
                } catch (RuntimeException e) {
                    LOG.error("hộp thư đi: lỗi khi gửi, thử lại sau {}", idle, e);
                }
                if (handled == 0) {
                    try {
                        Thread.sleep(idle.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }, "giaymoi-outbox-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops after the message in hand; a reserved rest returns to the queue when its lease runs out. */
    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(40).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
