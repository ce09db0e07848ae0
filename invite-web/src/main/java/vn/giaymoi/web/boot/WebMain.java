package vn.giaymoi.web.boot;

import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.application.service.AccountService;
import vn.giaymoi.application.service.InvitationService;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.domain.sending.ReminderSchedule;
import vn.giaymoi.domain.sending.RetryPolicy;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.mail.DeliveryWorker;
import vn.giaymoi.mail.ReminderWorker;
import vn.giaymoi.mail.IssuedPdf;
import vn.giaymoi.mail.Sending;
import vn.giaymoi.mail.SmtpSettings;
import vn.giaymoi.mail.SmtpTransport;
import vn.giaymoi.render.InvitationRenderer;
import vn.giaymoi.store.jdbc.Database;
import vn.giaymoi.web.auth.BcryptPasswords;
import vn.giaymoi.store.jdbc.StoreException;

/**
 * Điểm khởi động máy chủ (the web composition root): reads the configuration, opens the store, loads the samples
 * into an empty store and starts the HTTP server. {@code java -jar giaymoi-web.jar [--port 8080] [--db JDBC-URL]}.
 */
public final class WebMain {
    private static final Logger LOG = LoggerFactory.getLogger(WebMain.class);
    /** How often due reminders are looked for. */
    private static final Duration REMINDER_CHECK = Duration.ofMinutes(5);

    private WebMain() {}

    public static void main(String[] args) {
        WebConfig config;
        Database database;
        Optional<SmtpSettings> smtp;
        ReminderSchedule reminders;
        try {
            config = WebConfig.parse(args, System.getenv());
            smtp = SmtpSettings.from(config.smtpUrl(), System.getenv());
            reminders = ReminderWorker.schedule(System.getenv());
            database = openDatabase(config);
        } catch (IllegalArgumentException | StoreException e) {
            LOG.error("Không khởi động được: {}", e.getMessage());
            System.exit(2);
            return;
        }
        InvitationStore store = database.invitations();
        Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")); // issue dates are Vietnamese dates, whatever the server's zone
        try {
            FirstStart.run(new AccountService(database.accounts(), new BcryptPasswords(), clock), new InvitationFormat(),
                    System.getenv(FirstStart.PASSWORD_VARIABLE))
                    .ifPresent(admin -> FirstStart.sampleProfile(database.accounts(), admin));
        } catch (IllegalArgumentException e) {
            LOG.error("Không khởi động được: {}", e.getMessage());
            database.close();
            System.exit(2);
            return;
        }
        SampleLoader.loadIfEmpty(store, new InvitationFormat(), clock);
        Vertx vertx = Vertx.vertx();
        Sending sending = sending(config, database, smtp, clock);
        DeliveryWorker worker = new DeliveryWorker(database.sending(), () -> smtp.map(SmtpTransport::new),
                RetryPolicy.STANDARD, clock, workerName());
        worker.start(Duration.ofSeconds(5));
        ReminderWorker reminding = new ReminderWorker(sending, reminders);
        reminding.start(REMINDER_CHECK);
        if (smtp.isEmpty()) LOG.warn("Chưa cấu hình máy chủ thư (--smtp hoặc GIAYMOI_SMTP_URL): thư gửi đi chờ trong hộp thư đi");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            reminding.close();
            worker.close();
            vertx.close().await();
            database.close();
        }, "giaymoi-shutdown"));
        WebServer.start(vertx, config, store, new WebServer.Accounts(database.accounts(), new BcryptPasswords()), clock,
                        RuleEngine.standard(), WebServer.Limits.DEFAULT, new InvitationRenderer()::render, sending,
                        new WebServer.Signing(database.signing(), SignatureTrust.fromEnvironment(), System::getenv))
                .onSuccess(web -> LOG.info("Giấy mời: máy chủ chạy tại http://localhost:{}/ ({})", web.port(), config))
                .onFailure(e -> {
                    LOG.error("Không mở được cổng {}: {}", config.port(), e.getMessage());
                    System.exit(1);
                });
    }

    /**
     * Gửi giấy mời: reply links point at {@code GIAYMOI_PUBLIC_URL} (the address recipients can open, default
     * {@code http://localhost:PORT}); messages are sent from the SMTP settings' address, else {@code GIAYMOI_MAIL_FROM}.
     */
    static Sending sending(WebConfig config, Database database, Optional<SmtpSettings> smtp, Clock clock) {
        String publicUrl = Optional.ofNullable(System.getenv("GIAYMOI_PUBLIC_URL")).filter(s -> !s.isBlank())
                .orElse("http://localhost:" + config.port());
        String from = smtp.map(SmtpSettings::from).orElse(Optional.ofNullable(System.getenv("GIAYMOI_MAIL_FROM"))
                .filter(s -> !s.isBlank()).orElse("giaymoi@localhost"));
        return new Sending(new InvitationService(database.invitations(), RuleEngine.standard(), clock), database.sending(),
                IssuedPdf.signedOrDrawn(database.signing(), new InvitationRenderer(clock)), clock, publicUrl, from);
    }

    /** Unique among the servers on one database: host and process. */
    private static String workerName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }

    /**
     * Mở cơ sở dữ liệu (opens the database): the embedded SQLite file {@code ./data/giaymoi.db} (an earlier version's
     * {@code ./data/giaymoi.mv.db} is imported into it once) unless a JDBC URL is configured ({@code jdbc:sqlite:},
     * {@code jdbc:postgresql:}, or {@code jdbc:h2:} for an earlier version's file); the schema is migrated on open.
     *
     * @throws IllegalArgumentException when the URL names an unsupported database
     * @throws StoreException when the database cannot be reached or migrated
     */
    static Database openDatabase(WebConfig config) {
        if (config.dbUrl() == null) return Database.openDefault();
        boolean h2 = config.dbUrl().startsWith("jdbc:h2:");
        String user = config.dbUser() != null ? config.dbUser() : h2 ? Database.DEFAULT_USER : null;
        String password = config.dbPassword() != null ? config.dbPassword() : h2 ? Database.DEFAULT_PASSWORD : null;
        return Database.open(config.dbUrl(), user, password);
    }
}
