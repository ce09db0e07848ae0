package vn.giaymoi.web.boot;

import io.vertx.core.Vertx;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.format.InvitationFormat;

/**
 * Điểm khởi động máy chủ (the web composition root): reads the configuration, opens the store, loads the samples
 * into an empty store and starts the HTTP server. {@code java -jar giaymoi-web.jar [--port 8080] [--db JDBC-URL]}.
 */
public final class WebMain {
    private static final Logger LOG = LoggerFactory.getLogger(WebMain.class);

    private WebMain() {}

    public static void main(String[] args) {
        WebConfig config;
        InvitationStore store;
        try {
            config = WebConfig.parse(args, System.getenv());
            store = openStore(config);
        } catch (IllegalArgumentException e) {
            LOG.error("Không khởi động được: {}", e.getMessage());
            System.exit(2);
            return;
        }
        Clock clock = Clock.systemDefaultZone();
        SampleLoader.loadIfEmpty(store, new InvitationFormat(), clock);
        Vertx vertx = Vertx.vertx();
        WebServer.start(vertx, config, store, clock)
                .onSuccess(web -> LOG.info("Giấy mời: máy chủ chạy tại http://localhost:{}/ ({})", web.port(), config))
                .onFailure(e -> {
                    LOG.error("Không mở được cổng {}: {}", config.port(), e.getMessage());
                    vertx.close();
                    System.exit(1);
                });
    }

    /**
     * Mở kho (opens the store): the transient in-memory store when no database is configured. This build has no
     * database store yet, so a configured URL is refused rather than silently ignored (saved work would be lost).
     *
     * @throws IllegalArgumentException when a database URL is configured
     */
    static InvitationStore openStore(WebConfig config) {
        if (config.dbUrl() != null) {
            throw new IllegalArgumentException("bản này chưa có kho cơ sở dữ liệu; bỏ --db / GIAYMOI_DB_URL để dùng kho tạm "
                    + "trong bộ nhớ (dữ liệu mất khi tắt máy chủ)");
        }
        LOG.warn("Chưa cấu hình cơ sở dữ liệu (--db): dùng kho tạm trong bộ nhớ, dữ liệu mất khi tắt máy chủ");
        return new TransientInvitationStore();
    }
}
