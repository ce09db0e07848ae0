package vn.giaymoi.store.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded SQLite file in a temporary folder: the default store. */
class SqliteInvitationStoreTest extends InvitationStoreContract {
    @TempDir
    Path folder;

    private String url;
    private int databases;

    @Override
    void freshTarget() {
        url = "jdbc:sqlite:" + folder.resolve("giaymoi-" + ++databases + ".db").toAbsolutePath();
    }

    @Override
    Database connect() {
        return Database.open(url, null, null);
    }

    @Override
    void dropTarget() {
        // the temporary folder goes with the test
    }
}
