package vn.giaymoi.store.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an H2 file in a temporary folder (files of earlier versions; not durable, ADR 15). */
class H2InvitationStoreTest extends InvitationStoreContract {
    @TempDir
    Path folder;

    private String url;
    private int databases;

    @Override
    void freshTarget() {
        url = "jdbc:h2:file:" + folder.resolve("giaymoi-" + ++databases).toAbsolutePath();
    }

    @Override
    Database connect() {
        return Database.open(url, Database.DEFAULT_USER, Database.DEFAULT_PASSWORD);
    }

    @Override
    void dropTarget() {
        // the temporary folder goes with the test
    }
}
