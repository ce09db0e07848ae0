package vn.giaymoi.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real invitations in examples/, as text. */
final class Examples {
    private Examples() {}

    /** The text of {@code examples/name}, exactly as on disk. */
    static String text(String name) {
        try {
            return Files.readString(Path.of("..", "examples", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
