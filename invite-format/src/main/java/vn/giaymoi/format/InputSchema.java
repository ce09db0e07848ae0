package vn.giaymoi.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Lược đồ tệp giấy mời (JSON Schema, draft 2020-12, of the input format): the resource
 * {@code vn/giaymoi/format/giaymoi.schema.json}, kept equal to the records of {@code vn.giaymoi.format.dto} by a test;
 * the organisation profile, a separate document kind, has its own, {@code profile.schema.json}.
 */
public final class InputSchema {
    /** Resource name, relative to this package. */
    public static final String RESOURCE = "giaymoi.schema.json";
    /** The profile's schema resource ({@code kind: ho-so-co-quan}). */
    public static final String PROFILE_RESOURCE = "profile.schema.json";

    private InputSchema() {}

    /** The schema's JSON text. */
    public static String json() {
        return resource(RESOURCE);
    }

    /** The organisation profile's schema JSON text. */
    public static String profileJson() {
        return resource(PROFILE_RESOURCE);
    }

    private static String resource(String name) {
        try (InputStream in = InputSchema.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource " + name + " missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
