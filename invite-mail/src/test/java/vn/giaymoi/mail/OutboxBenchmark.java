package vn.giaymoi.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.InvitationId;
import vn.giaymoi.store.jdbc.Database;

/**
 * Đo hộp thư đi (not a test; {@code bench/outbox-bench.sh}): queue and deliver one invitation to N recipients (500 by
 * default) against GreenMail in this JVM, on SQLite (and PostgreSQL when {@code GIAYMOI_TEST_PG_URL} is set). The
 * anchor, measured in the same run on the same server, hands the same N messages to SMTP directly, with no outbox:
 * the ratio is what durability costs.
 */
public final class OutboxBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxBenchmark.class);

    private OutboxBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            for (int round = 1; round <= rounds; round++) {
                Path folder = Files.createTempDirectory("outbox-bench");
                try (MailFixture f = new MailFixture(Database.openEmbedded(folder))) {
                    InvitationId id = f.issue(MailFixture.yaml(n));
                    long t0 = System.nanoTime();
                    int queued = MailFixture.done(f.sending.send(id, new Sender("bench"))).queued();
                    long t1 = System.nanoTime();
                    try (DeliveryWorker w = f.worker(smtp.getSmtp().getPort(), "bench")) {
                        while (w.runOnce() > 0) {
                            // until the outbox is empty
                        }
                    }
                    long t2 = System.nanoTime();
                    int received = smtp.getReceivedMessages().length;
                    // the anchor: the same messages, as received, straight to SMTP: one connection, no database
                    List<byte[]> contents = new ArrayList<>();
                    for (var m : smtp.getReceivedMessages()) {
                        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                        m.writeTo(bytes);
                        contents.add(bytes.toByteArray());
                    }
                    smtp.purgeEmailFromAllMailboxes();
                    SmtpTransport direct = new SmtpTransport(SmtpSettings.from("smtp+plain://127.0.0.1:"
                            + smtp.getSmtp().getPort(), Map.of()).orElseThrow());
                    long t3 = System.nanoTime();
                    try (MailTransport.Connection c = direct.open()) {
                        for (byte[] content : contents) c.send("anchor@test.gov.vn", content);
                    }
                    long t4 = System.nanoTime();
                    smtp.purgeEmailFromAllMailboxes();
                    double queue = (t1 - t0) / 1e9;
                    double deliver = (t2 - t1) / 1e9;
                    double anchor = (t4 - t3) / 1e9;
                    LOG.info("round {}: {} recipients, {} queued, {} received; queue {} s, deliver {} s ({} msg/s);"
                                    + " anchor (direct SMTP, no outbox) {} s; deliver/anchor = {}", round, n, queued,
                            received, fmt(queue), fmt(deliver), fmt(queued / deliver), fmt(anchor), fmt(deliver / anchor));
                }
            }
        } finally {
            smtp.stop();
        }
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
