package vn.giaymoi.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.render.Seeds;
import vn.giaymoi.render.layout.LayoutBuilder;

/**
 * Golden test: each example renders to text that holds every word of its real seed document, in the seed's order.
 * Words are compared after NFC, after removing markdown emphasis ({@code *}), and with spaces around {@code /}
 * ignored (a seed's bold number left {@code 5771 /UBND-KSTTHC}, which ND30 writes without the space).
 */
class SeedGoldenTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "004"})
    void renders_every_word_of_the_seed_in_order(String seed) throws IOException {
        Parsed parsed = new InvitationFormat().read(EXAMPLES.resolve("seed-" + seed + ".yaml"));
        String text = parsed.fold(
                inv -> new TextRenderer().render(LayoutBuilder.of(inv)),
                problems -> { throw new AssertionError("example does not parse: " + problems); });
        String expected = resource("/seeds/seed-" + seed + ".txt");

        List<String> missing = missingInOrder(words(expected), words(text));
        assertThat(missing).as("seed words not found in order in:%n%s", text).isEmpty();
    }

    /** The seed words that cannot be matched, in order, against the rendered words (empty when all are). */
    static List<String> missingInOrder(List<String> seedWords, List<String> renderedWords) {
        return Seeds.missingInOrder(seedWords, renderedWords);
    }

    static List<String> words(String s) {
        return Seeds.words(s);
    }

    private static String resource(String name) throws IOException {
        try (var in = SeedGoldenTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @org.junit.jupiter.api.Test
    void the_comparison_fails_when_a_word_is_missing_or_out_of_order() {
        assertThat(missingInOrder(words("a b c"), words("a x b c"))).isEmpty();
        assertThat(missingInOrder(words("a b c"), words("a c b"))).hasSize(1);
        assertThat(missingInOrder(words("**a** b"), words("a"))).hasSize(1);
        assertThat(Files.exists(EXAMPLES)).isTrue();
    }
}
