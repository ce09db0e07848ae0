package vn.giaymoi.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

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

    /** The folded words of {@code text}: runs of letters and digits. */
    static List<String> words(String text) {
        return Arrays.stream(NOT_A_WORD.split(SearchColumns.fold(SearchColumns.withoutNul(text))))
                .filter(w -> !w.isEmpty()).toList();
    }

    /** A phrase as a {@code LIKE} pattern over {@link #of}'s text (the words hold no wildcard character). */
    static String likePattern(List<String> phrase) {
        return "% " + String.join(" ", phrase) + "%";
    }

    /** A phrase as a PostgreSQL {@code tsquery}: its words in order, the last one as a prefix. */
    static String tsQuery(List<String> phrase) {
        return String.join(" <-> ", phrase) + ":*";
    }

    private static void collect(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(' ').append(PLACEHOLDER.matcher(node.textValue()).replaceAll(" "));
        } else {
            for (JsonNode child : node) collect(child, out);
        }
    }
}
