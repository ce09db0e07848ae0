package vn.giaymoi.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.giaymoi.domain.invitation.Invitation;

/**
 * Chữ để tìm (searchable text): the words of an invitation, folded ({@link SearchColumns#fold}: lower case, no
 * diacritics, đ as d) and separated by single spaces, with a space at both ends, so that every database finds a word
 * the same way. The words are those of the number as printed ({@code 01/GM-SNV} gives {@code 01 gm snv}) and of every
 * text of the stored document: subject, issuer, addressees and invitees, units, body, signer, distribution.
 *
 * <p>A query ({@link #phrases}) is a list of phrases, one per blank-separated word typed; a phrase matches when its
 * words follow each other in the text, the first starting a word and the last possibly cut short ({@code chuyen}
 * finds {@code chuyển}, {@code 01/GM} finds {@code 01/GM-SNV}). Folding happens here, in Java, for every database:
 * PostgreSQL needs no {@code unaccent} extension (nor a superuser to create it) and gives the same answers as SQLite
 * and H2.
 */
final class SearchText {
    /**
     * Longest text kept for searching, in chars: beyond it a document's words are not found. PostgreSQL's full-text
     * index counts word positions only up to 16,383 and refuses a tsvector over 1 MB; 100,000 chars stay far below.
     */
    static final int MAX_CHARS = 100_000;

    /** Longest token of {@link #tokens}, in chars (a {@code tsvector} word may not exceed 2,047 bytes). */
    static final int MAX_TOKEN = 200;

    /** A placeholder of a point's text ({@code {date}}, {@code {units:; }}): its value is found, not its name. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchText() {}

    /** The searchable text of {@code inv}, whose stored document is {@code json}. */
    static String of(Invitation inv, String json) {
        StringBuilder raw = new StringBuilder(inv.number().toString());
        try {
            collect(JSON.readTree(json), raw);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the document the format just wrote is not JSON", e);
        }
        return ofText(raw.toString());
    }

    /** The searchable text of plain {@code text}. */
    static String ofText(String text) {
        List<String> words = words(text);
        StringBuilder out = new StringBuilder(" ");
        for (String w : words) {
            if (out.length() + w.length() + 1 > MAX_CHARS) break;
            out.append(w).append(' ');
        }
        return out.toString();
    }

    /**
     * The phrases of a query, each its folded words; empty when the query is blank. A typed word with no letter or
     * digit ({@code %}, {@code -}) gives an empty phrase, which no invitation matches.
     */
    static List<List<String>> phrases(String query) {
        if (query == null || query.isBlank()) return List.of();
        List<List<String>> out = new ArrayList<>();
        for (String typed : query.strip().split("\\s+")) out.add(words(typed));
        return out;
    }

    /** The folded words of {@code text}: runs of letters and digits ({@code [\\p{L}\\p{N}]+}). */
    static List<String> words(String text) {
        String folded = SearchColumns.fold(SearchColumns.withoutNul(text));
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) out.add(folded.substring(start));
        return out;
    }

    /** A letter or a number: what {@code \\p{L}} or {@code \\p{N}} matches. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** A phrase as a {@code LIKE} pattern over {@link #of}'s text (the words hold no wildcard character). */
    static String likePattern(List<String> phrase) {
        return "% " + String.join(" ", phrase) + "%";
    }

    /**
     * The words of searchable {@code text} ({@link #of}) and of each two neighbours written together ({@code cai cach
     * hanh} gives {@code cai cach hanh caicach cachhanh}), as a PostgreSQL {@code tsvector} literal without positions:
     * what V8.1's full-text index holds. A pair makes a phrase of common words rare in the index (a number typed as
     * one word, {@code 01/GM-SNV}, is the phrase {@code 01 gm snv}), so that the index alone leaves few rows to test. Tokens longer than
     * {@link #MAX_TOKEN} are left out (a tsvector refuses a word over 2 KB), here and in {@link #tsQuery}.
     */
    static String tokens(String text) {
        String[] words = text.strip().split(" ");
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) continue;
            out.add(words[i]);
            if (i + 1 < words.length) out.add(words[i] + words[i + 1]);
        }
        StringBuilder literal = new StringBuilder();
        for (String token : out) {
            if (token.length() > MAX_TOKEN) continue;
            if (!literal.isEmpty()) literal.append(' ');
            literal.append('\'').append(token).append('\''); // letters and digits only: nothing to escape
        }
        return literal.toString();
    }

    /**
     * The phrases as a PostgreSQL {@code tsquery} literal over {@link #tokens} that every match also matches: a
     * one-word phrase as a prefix, a two-word one by its pair as a prefix, a longer one by its whole pairs (its last
     * pair, whose last word may be typed in part, is left out: as a prefix the index would list every token that
     * starts with it, {@code ubndvp…} in a quarter of a province, while {@code 17ubnd} alone leaves a few thousand).
     * The index answers it exactly (no positions to check); the phrases themselves are then tested by
     * {@link #likePattern} on the few rows it gives ({@code caicach} could also come from {@code cai cach} split
     * elsewhere).
     */
    static String tsQuery(List<List<String>> phrases) {
        return tsQuery(phrases, true, Map.of());
    }

    /**
     * {@link #tsQuery} where a phrase whose last word {@code words} maps to the words starting with it (all of them,
     * in every version: V9.1's {@code search_word}) is asked by those words ({@code do} as {@code 'do' | 'doan' |
     * 'doi' | …}) or by the pairs they make with the word before ({@code 01/GM-SN} as {@code '01gm' & ('gmsnv')}): the
     * same rows, but the index steps through the rarest term's rows instead of first gathering every row of every
     * token with that start, two-word ones included ({@code dohuu}, {@code dongchi}: most of a province).
     */
    static String tsQuery(List<List<String>> phrases, Map<String, List<String>> words) {
        return tsQuery(phrases, true, words);
    }

    /**
     * {@link #tsQuery} without prefixes: the index lists only the invitations where each word or pair is whole, some
     * of the matches but quickly (a prefix of a common word lists every token that starts with it, {@code tai…} in
     * nearly every invitation). Enough to show that more than a bound match.
     */
    static String tsQueryWhole(List<List<String>> phrases) {
        return tsQuery(phrases, false, Map.of());
    }

    private static String tsQuery(List<List<String>> phrases, boolean prefixes, Map<String, List<String>> words) {
        List<String> terms = new ArrayList<>();
        for (List<String> phrase : phrases) {
            int last = phrase.size() - 1;
            if (last < 0) continue;
            // the words the last word, typed in part, may be, when known; before it, the word it follows, if any
            List<String> known = prefixes ? words.getOrDefault(phrase.get(last), List.of()) : List.of();
            String before = last == 0 ? "" : phrase.get(last - 1);
            boolean asWords = anyOf(terms, before, known);
            if (last == 0 && !asWords) term(terms, phrase.get(0), prefixes);
            if (last == 1 && !asWords) term(terms, phrase.get(0) + phrase.get(1), prefixes);
            // a phrase by its pairs alone: its words are common ("01", "gm") and their long lists cost more than they narrow
            for (int i = 0; i + 1 < last; i++) term(terms, phrase.get(i) + phrase.get(i + 1), false);
        }
        return String.join(" & ", terms);
    }

    /** Whether {@link #tsQuery} asks the index for a pair (far rarer than a word), or only for words typed apart. */
    static boolean asksPairs(List<List<String>> phrases) {
        return phrases.stream().anyMatch(phrase -> phrase.size() > 1);
    }

    /**
     * Adds {@code ('w1' | 'w2' | …)}, or the pairs {@code ('before w1' | …)} when {@code before} is not empty, of the
     * {@code words} a tsvector may hold; false when none may.
     */
    private static boolean anyOf(List<String> terms, String before, List<String> words) {
        List<String> any = new ArrayList<>();
        for (String word : words) term(any, before + word, false);
        if (any.isEmpty()) return false;
        terms.add("(" + String.join(" | ", any) + ")");
        return true;
    }

    private static void term(List<String> terms, String token, boolean prefix) {
        if (token.length() <= MAX_TOKEN) terms.add("'" + token + "'" + (prefix ? ":*" : ""));
    }

    private static void collect(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(' ').append(PLACEHOLDER.matcher(node.textValue()).replaceAll(" "));
        } else {
            for (JsonNode child : node) collect(child, out);
        }
    }
}
