package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.message.Messages;

/**
 * The decree reference in the repository ({@code docs/decree-reference.md}) lists every rule with the basis its
 * findings cite, and what a user reads cites the legal text itself, never a file of the project.
 */
class DecreeReferenceTest {
    private static final Path PAGE = Path.of("..", "docs", "decree-reference.md");

    @Test
    void every_rule_has_its_row_with_the_basis_its_findings_cite() throws IOException {
        String page = Files.readString(PAGE);
        List<String> missing = new ArrayList<>();
        for (Rule r : RuleEngine.standard().rules()) {
            String basis = ((AbstractRule) r).basis().replace("|", "\\|");
            String row = "| `" + r.id() + "` | " + r.title().replace("|", "\\|") + " | " + basis + " |";
            if (!page.contains(row)) missing.add(row);
        }
        assertThat(missing).as("rows to add to (or correct in) %s", PAGE).isEmpty();
    }

    @Test
    void no_basis_title_or_message_cites_a_project_file() {
        List<String> cited = new ArrayList<>();
        for (Rule r : RuleEngine.standard().rules()) {
            String basis = ((AbstractRule) r).basis();
            if (basis.matches("(?s).*\\.(md|java|tsv)\\b.*")) cited.add(r.id() + " basis: " + basis);
        }
        for (Locale l : List.of(Messages.VI, Messages.EN)) {
            for (String key : Messages.keys(l)) {
                String text = Messages.text(l, key);
                if (text.matches("(?s).*\\.(md|java|tsv)\\b.*")) cited.add(key + ": " + text);
            }
        }
        assertThat(cited).isEmpty();
    }
}
