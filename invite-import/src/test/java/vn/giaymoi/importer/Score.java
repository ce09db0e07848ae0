package vn.giaymoi.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a measured score under {@code target/import-score/}, where a reader of the build finds it. */
final class Score {
    private Score() {}

    static void write(String name, String text) {
        try {
            Path dir = Path.of("target", "import-score");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
