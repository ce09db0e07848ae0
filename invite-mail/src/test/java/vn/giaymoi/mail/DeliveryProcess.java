package vn.giaymoi.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import vn.giaymoi.domain.sending.RetryPolicy;
import vn.giaymoi.store.jdbc.Database;

/**
 * A server that only delivers, for {@link CrashSafetyTest} to kill with SIGKILL: opens the database of {@code args[0]}
 * and delivers to the SMTP server on port {@code args[1]} until killed.
 */
public final class DeliveryProcess {
    private DeliveryProcess() {}

    public static void main(String[] args) throws Exception {
        Database db = Database.open(args[0], null, null);
        SmtpSettings smtp = SmtpSettings.from("smtp+plain://127.0.0.1:" + args[1],
                Map.of("GIAYMOI_MAIL_FROM", "vanthu@hatinh.gov.vn")).orElseThrow();
        DeliveryWorker worker = new DeliveryWorker(db.sending(), () -> Optional.of(new SmtpTransport(smtp)),
                RetryPolicy.STANDARD, Clock.systemUTC(), "killed-" + ProcessHandle.current().pid());
        worker.start(Duration.ofMillis(50));
        Thread.sleep(Long.MAX_VALUE);
    }
}
