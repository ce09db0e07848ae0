package vn.giaymoi.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The words PostgreSQL's full-text index holds ({@link SearchText#tokens}) and the query it answers
 * ({@link SearchText#tsQuery}) must never lose a match of the phrase test ({@link SearchText#likePattern}), which every
 * database applies afterwards: checked here without a database, over the same token and prefix rules.
 */
class SearchTextTest {

    /**
     * {@link SearchColumns#fold} folds Latin text char by char from a table: on random text of Vietnamese letters
     * (composed and decomposed), Latin-1 and Latin Extended letters, marks, digits, punctuation, Greek (a final sigma
     * lower-cases by its neighbour), Turkish İ, CJK and surrogate pairs it gives what its definition gives on the whole
     * text, and the words are the runs of {@code [\\p{L}\\p{N}]} of that text.
     */
    @Test
    void folding_char_by_char_gives_what_folding_the_whole_text_gives() {
        Random random = new Random(10);
        String[] pieces = {"a", "Đ", "đ", "ư", "Ư", "ơ", "ắ", "Ề", "ợ", "ỹ", "Ý", "e\u0301", "o\u031b\u0323", "\u0300",
            "ß", "Æ", "ĳ", "ǅ", "ɐ", "Ø", "é", "1", "½", "²", "Ⅻ", "٣", " ", "/", "-", ",", "\t", "\n", "\u00a0",
            "ΣΑΣ", "Σ", "ς", "İ", "ı", "中", "\uD835\uDC00", "\uD83D\uDE00", "\u0000", "x\u20dd", "ᾼ", "ǰ", "…", "–", "“", "”", "₁", "⁴", "\u2000", "\u2028", "\u00ad"};
        Pattern notAWord = Pattern.compile("[^\\p{L}\\p{N}]+");
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0, n = random.nextInt(12); p < n; p++) text.append(pieces[random.nextInt(pieces.length)]);
            String raw = text.toString();
            assertThat(SearchColumns.fold(raw)).as(raw).isEqualTo(SearchColumns.foldWhole(raw));
            List<String> expected = Arrays.stream(notAWord.split(SearchColumns.foldWhole(SearchColumns.withoutNul(raw))))
                    .filter(w -> !w.isEmpty()).toList();
            assertThat(SearchText.words(raw)).as(raw).isEqualTo(expected);
        }
        assertThat(SearchColumns.fold("Chuyển đổi số ĐẢNG")).isEqualTo("chuyen doi so dang");
    }

    @Test
    void the_index_holds_the_words_and_each_two_neighbours_written_together() {
        assertThat(SearchText.tokens(SearchText.ofText("Nguyễn Văn An, 01/GM-SNV")))
                .isEqualTo("'nguyen' 'nguyenvan' 'van' 'vanan' 'an' 'an01' '01' '01gm' 'gm' 'gmsnv' 'snv'");
    }

    @Test
    void the_query_asks_for_a_word_as_a_prefix_and_a_phrase_by_its_whole_pairs() {
        assertThat(SearchText.tsQuery(SearchText.phrases("01/GM-SN hop")))
                .isEqualTo("'01gm' & 'hop':*");
        assertThat(SearchText.tsQuery(SearchText.phrases("do huu 01/GM"), Map.of("do", List.of("do", "doan"),
                "huu", List.of()))).as("a word as the words it starts, when they are known")
                .isEqualTo("('do' | 'doan') & 'huu':* & '01gm':*");
        assertThat(SearchText.tsQuery(SearchText.phrases("01/G 01/GM-SN"), Map.of("g", List.of("gm", "gd"),
                "sn", List.of("snv")))).as("the last word typed in part, as the pairs it may make")
                .isEqualTo("('01gm' | '01gd') & ('gmsnv') & '01gm'");
        assertThat(SearchText.tsQuery(SearchText.phrases("01/GM"))).as("one pair: typed in part, so a prefix")
                .isEqualTo("'01gm':*");
        assertThat(SearchText.tsQuery(SearchText.phrases("nguyen van"))).as("words typed apart: each anywhere")
                .isEqualTo("'nguyen':* & 'van':*");
    }

    @Test
    void a_word_too_long_for_the_index_is_left_out_of_the_index_and_of_the_query() {
        String longWord = "a".repeat(SearchText.MAX_TOKEN + 1);
        assertThat(SearchText.tokens(SearchText.ofText("hop " + longWord))).isEqualTo("'hop'");
        assertThat(SearchText.tsQuery(SearchText.phrases(longWord))).isEmpty();
        assertThat(SearchText.tsQuery(SearchText.phrases("hop " + longWord))).isEqualTo("'hop':*");
    }

    @Test
    void every_phrase_the_text_holds_is_found_by_the_index_query() {
        Random random = new Random(18);
        String[] vocabulary = {"a", "an", "anh", "van", "nguyen", "01", "1", "gm", "snv", "gmsnv", "hop", "hoi"};
        int matched = 0;
        int refused = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder raw = new StringBuilder();
            for (int w = 0, n = 1 + random.nextInt(12); w < n; w++) raw.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
            String text = SearchText.ofText(raw.toString());
            StringBuilder typed = new StringBuilder();
            for (int w = 0, n = 1 + random.nextInt(3); w < n; w++) {
                String word = vocabulary[random.nextInt(vocabulary.length)];
                typed.append(random.nextInt(3) == 0 ? word.substring(0, 1 + random.nextInt(word.length())) : word)
                        .append(random.nextBoolean() ? " " : "/");
            }
            List<List<String>> phrases = SearchText.phrases(typed.toString());
            boolean like = phrases.stream().allMatch(p -> text.contains(" " + String.join(" ", p)));
            boolean index = answers(SearchText.tokens(text), SearchText.tsQuery(phrases));
            // the same query with each one-word phrase asked as the words it starts (V9.1's word list: every word)
            Map<String, List<String>> starting = new HashMap<>();
            for (List<String> p : phrases) {
                if (p.isEmpty()) continue;
                String start = p.get(p.size() - 1);
                starting.put(start, Arrays.stream(vocabulary).distinct().filter(w -> w.startsWith(start)).toList());
            }
            boolean asWords = answers(SearchText.tokens(text), SearchText.tsQuery(phrases, starting));
            if (like) {
                assertThat(index).as("text %s, typed %s", text, typed).isTrue();
                assertThat(asWords).as("as words: text %s, typed %s", text, typed).isTrue();
                matched++;
            } else if (!index) {
                refused++;
            }
        }
        assertThat(matched).as("phrases found").isGreaterThan(1_000);
        assertThat(refused).as("rows the index alone leaves out").isGreaterThan(1_000);
    }

    /** How PostgreSQL answers {@code tokens @@ query} for an AND of quoted terms, some with {@code :*}. */
    private static boolean answers(String tokens, String query) {
        Set<String> have = Arrays.stream(tokens.split(" ")).map(t -> t.replace("'", "")).collect(Collectors.toSet());
        List<String> terms = new ArrayList<>(Arrays.asList(query.split(" & ")));
        return terms.stream().allMatch(term -> {
            if (term.startsWith("(")) {
                return Arrays.stream(term.substring(1, term.length() - 1).split(" \\| "))
                        .anyMatch(t -> have.contains(t.replace("'", "")));
            }
            String word = term.replace("'", "").replace(":*", "");
            return term.endsWith(":*") ? have.stream().anyMatch(t -> t.startsWith(word)) : have.contains(word);
        });
    }
}
