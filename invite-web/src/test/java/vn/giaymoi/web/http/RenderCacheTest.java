package vn.giaymoi.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;
import vn.giaymoi.render.Format;

class RenderCacheTest {
    private static RenderCache.Answer answer(int bytes) {
        return new RenderCache.Answer("text/html", "inline", Buffer.buffer(new byte[bytes]));
    }

    @Test
    void the_key_is_the_request_format_type_and_body_and_nothing_else() {
        Buffer body = Buffer.buffer("kind: giay-moi\nsubject: Họp");
        String key = RenderCache.key(Format.HTML, "application/yaml", body);
        assertThat(RenderCache.key(Format.HTML, "application/yaml", Buffer.buffer("kind: giay-moi\nsubject: Họp")))
                .isEqualTo(key);
        assertThat(RenderCache.key(Format.PDF, "application/yaml", body)).isNotEqualTo(key);
        assertThat(RenderCache.key(Format.HTML, "application/json", body)).isNotEqualTo(key);
        assertThat(RenderCache.key(Format.HTML, "application/yaml", Buffer.buffer("kind: giay-moi\nsubject: Hop")))
                .isNotEqualTo(key);
    }

    @Test
    void holds_no_more_than_its_bound_dropping_the_least_recently_used() {
        RenderCache cache = new RenderCache(1000);
        cache.put("a", answer(400));
        cache.put("b", answer(400));
        assertThat(cache.get("a")).isNotNull(); // a is now the most recently used
        cache.put("c", answer(400));
        assertThat(cache.get("b")).as("least recently used, dropped").isNull();
        assertThat(cache.get("a")).isNotNull();
        assertThat(cache.get("c")).isNotNull();
        assertThat(cache.bytes()).isEqualTo(800);
        cache.put("huge", answer(1001));
        assertThat(cache.get("huge")).as("larger than the whole bound").isNull();
        assertThat(cache.bytes()).isLessThanOrEqualTo(1000);
    }

    @Test
    void a_calendar_is_never_kept_because_its_stamp_is_the_time_of_drawing() {
        assertThat(RenderCache.keeps(Format.ICS)).isFalse();
        assertThat(RenderCache.keeps(Format.HTML)).isTrue();
        assertThat(RenderCache.keeps(Format.PDF)).isTrue();
    }
}
