package vn.giaymoi.web.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.giaymoi.render.Format;

/**
 * Bộ nhớ đệm bản dựng (render cache): the answers to {@code POST /render} by the SHA-256 of what was sent (format,
 * content type, body), so an editor's preview that sends the same draft again is answered without parsing or
 * drawing it. Bounded by the bytes it holds, least recently used first out. Only formats whose bytes depend on the
 * body alone are kept (not iCalendar, whose DTSTAMP is the time of drawing). Thread-safe.
 */
final class RenderCache {
    /** A cached answer: its headers and body. */
    record Answer(String mediaType, String disposition, Buffer body) {
        void send(RoutingContext ctx) {
            ctx.response().putHeader("Content-Type", mediaType).putHeader("Content-Disposition", disposition).end(body);
        }
    }

    private final long maxBytes;
    private final Map<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    RenderCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** True when answers in {@code format} may be kept. */
    static boolean keeps(Format format) {
        return format != Format.ICS;
    }

    /** The key of a request: the hash of the format, the content type and the body. */
    static String key(Format format, String contentType, Buffer body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(format.name().getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            if (contentType != null) sha.update(contentType.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            if (body != null) sha.update(body.getBytes());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    synchronized Answer get(String key) {
        return answers.get(key);
    }

    /** Keeps {@code answer} (unless it alone exceeds the bound), dropping the least recently used to fit; returns it. */
    synchronized Answer put(String key, Answer answer) {
        long size = answer.body().length();
        if (size > maxBytes) return answer;
        Answer old = answers.put(key, answer);
        if (old != null) bytes -= old.body().length();
        bytes += size;
        Iterator<Answer> eldest = answers.values().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().body().length();
            eldest.remove();
        }
        return answer;
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return answers.size();
    }
}
