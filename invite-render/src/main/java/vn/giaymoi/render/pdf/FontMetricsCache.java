package vn.giaymoi.render.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bộ nhớ đệm số đo phông (font metrics cache) shared by every PDF rendering: the few fonts never change, so their
 * widths and heights are read once rather than once per document. Thread-safe.
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {
    private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
        values.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
        return values.computeIfAbsent(key, k -> {
            try {
                return loader.call();
            } catch (Exception e) {
                throw new IllegalStateException("không đọc được số đo phông chữ " + k, e);
            }
        });
    }

    @Override
    public FSCacheValue get(String key) {
        return values.get(key);
    }
}
