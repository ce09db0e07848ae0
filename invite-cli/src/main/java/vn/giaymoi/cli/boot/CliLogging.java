package vn.giaymoi.cli.boot;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;

/**
 * Nhật ký của dòng lệnh (the command line's logging): libraries log through SLF4J to {@code java.util.logging}, which
 * the JDK has loaded already, so a {@code check} or {@code render} starts no logging framework. Warnings and errors
 * only, one line each on standard error. The JDK instantiates this class when a library first logs
 * ({@code java.util.logging.config.class}).
 */
public final class CliLogging {
    /** Reads the command line's logging settings into the JDK's log manager. */
    public CliLogging() throws IOException {
        try (InputStream in = CliLogging.class.getResourceAsStream("logging.properties")) {
            LogManager.getLogManager().readConfiguration(in);
        }
    }

    /**
     * Points the JDK's logging at these settings and JBoss Logging (Hibernate Validator's) and Commons Logging straight
     * at the JDK's logging, unless the user chose otherwise.
     */
    static void install() {
        if (System.getProperty("java.util.logging.config.file") == null) {
            System.getProperties().putIfAbsent("java.util.logging.config.class", CliLogging.class.getName());
        }
        System.getProperties().putIfAbsent("org.jboss.logging.provider", "jdk");
        // Commons Logging (PDFBox's, POI's) would go through the Log4j API and SLF4J to the same place
        System.getProperties().putIfAbsent("org.apache.commons.logging.LogFactory",
                "org.apache.commons.logging.impl.LogFactoryImpl");
        System.getProperties().putIfAbsent("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
    }
}
