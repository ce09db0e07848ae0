package vn.giaymoi.domain.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Thông điệp (message catalogue): the text of every rule and every error code, looked up by key in
 * {@code giaymoi-messages/messages_<language>.properties} (UTF-8, {@link MessageFormat} patterns with {@code {0}}
 * arguments). Vietnamese ({@code vi}) and English ({@code en}) ship with the domain jar.
 *
 * <p>A team adds a language by putting {@code giaymoi-messages/messages_fr.properties} on the class path, and rewords
 * a message without forking by putting {@code giaymoi-messages/custom_vi.properties} (or {@code custom_en}, …) there:
 * its keys replace the shipped ones. A language without a message for a key falls back to Vietnamese, the language
 * of the decree; a key known nowhere is returned as it is, so a missing text never hides the finding.
 */
public final class Messages {
    /** Vietnamese, the default language of every message. */
    public static final Locale VI = Locale.forLanguageTag("vi");
    /** English. */
    public static final Locale EN = Locale.ENGLISH;

    private static final String FOLDER = "giaymoi-messages/";
    private static final Map<String, Map<String, String>> LOADED = new ConcurrentHashMap<>();

    private Messages() {}

    /** The text of {@code key} in {@code locale} with {@code args} filled in. */
    public static String text(Locale locale, String key, List<String> args) {
        String pattern = pattern(locale, key);
        if (pattern == null) pattern = pattern(VI, key);
        if (pattern == null) return key;
        return new MessageFormat(pattern, locale).format(args.toArray());
    }

    /** The text of {@code key} in {@code locale}. */
    public static String text(Locale locale, String key, String... args) {
        return text(locale, key, List.of(args));
    }

    /** True when {@code locale}'s own catalogue (without falling back) has a message for {@code key}. */
    public static boolean has(Locale locale, String key) {
        return pattern(locale, key) != null;
    }

    /** Every key of {@code locale}'s own catalogue, sorted. */
    public static Set<String> keys(Locale locale) {
        return Collections.unmodifiableSet(new TreeSet<>(catalogue(locale).keySet()));
    }

    private static String pattern(Locale locale, String key) {
        return catalogue(locale).get(key);
    }

    private static Map<String, String> catalogue(Locale locale) {
        return LOADED.computeIfAbsent(locale.getLanguage(), Messages::load);
    }

    private static Map<String, String> load(String language) {
        Properties p = new Properties();
        read(p, FOLDER + "messages_" + language + ".properties");
        read(p, FOLDER + "custom_" + language + ".properties"); // a team's rewording wins
        Map<String, String> out = new ConcurrentHashMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    private static void read(Properties into, String resource) {
        try {
            ClassLoader loader = Messages.class.getClassLoader();
            for (URL url : Collections.list(loader.getResources(resource))) {
                try (InputStream in = url.openStream(); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    into.load(r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("không đọc được " + resource, e);
        }
    }
}
