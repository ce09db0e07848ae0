package vn.giaymoi.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Lược đồ tệp giấy mời (JSON Schema, draft 2020-12, of the input format): the resource
 * {@code vn/giaymoi/format/giaymoi.schema.json}, kept equal to the records of {@code vn.giaymoi.format.dto} by a test.
 */
public final class InputSchema {
    /** Resource name, relative to this package. */
    public static final String RESOURCE = "giaymoi.schema.json";

    private InputSchema() {}

    /** The schema's JSON text. */
    public static String json() {
        try (InputStream in = InputSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource " + RESOURCE + " missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
