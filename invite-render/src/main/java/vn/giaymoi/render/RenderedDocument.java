package vn.giaymoi.render;

import java.util.Objects;

/**
 * Văn bản đã dựng (a rendered document): its bytes and format.
 *
 * @param format the format
 * @param bytes the content
 */
public record RenderedDocument(Format format, byte[] bytes) {
    public RenderedDocument {
        Objects.requireNonNull(format, "format");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String mediaType() {
        return format.mediaType();
    }
}
