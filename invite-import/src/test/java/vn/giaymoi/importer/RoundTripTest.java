package vn.giaymoi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.importer.source.DocxSource;
import vn.giaymoi.importer.source.TextSource;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.InvitationRenderer;

/** import(render(x)) gives back x, field by field, for every example and fixture, from DOCX and from text. */
class RoundTripTest {
    private static final InvitationRenderer RENDER = new InvitationRenderer();
    private static final InvitationFormat FORMAT = new InvitationFormat();
    private static final InvitationImporter IMPORTER = new InvitationImporter();

    /** A typed fact's field, or a field the page never prints (the issuer of a cited document named elsewhere). */
    static boolean isFact(String diff) {
        return factPath(diff.substring(diff.indexOf(' ', diff.indexOf(' ') + 1) + 1));
    }

    static boolean factPath(String path) {
        return path.matches("(?s)\\S*\\.(session|venue|group|invitee|agenda|task)\\..*")
                || path.matches("(?s)(opening\\.basis\\[\\d+]\\.issuer|issuer\\.province):.*");
    }

    @Test
    void every_example_and_fixture_comes_back_from_its_docx_and_its_text() {
        Map<String, Invitation> corpus = Corpus.all();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(7);
        List<String> report = new ArrayList<>();
        int total = 0;
        int right = 0;
        for (var e : corpus.entrySet()) {
            for (Format f : List.of(Format.DOCX, Format.TXT)) {
                byte[] bytes = RENDER.render(e.getValue(), f).bytes();
                var source = f == Format.DOCX ? DocxSource.read(bytes, e.getKey() + ".docx")
                        : TextSource.read(bytes, e.getKey() + ".txt");
                ImportResult result = IMPORTER.read(source);
                String yaml = FORMAT.write(result.draft(), Syntax.YAML);
                Parsed back = FORMAT.read(yaml, Syntax.YAML, e.getKey());
                Map<String, String> expected = Fields.of(e.getValue(), f == Format.TXT);
                total += expected.size();
                if (back instanceof Parsed.Ok ok) {
                    List<String> diff = Fields.differences(expected, Fields.of(ok.invitation(), f == Format.TXT));
                    right += expected.size() - (int) diff.stream().filter(d -> !d.contains("unexpected")).count();
                    diff.forEach(d -> report.add(e.getKey() + " " + f + " " + d));
                } else {
                    report.add(e.getKey() + " " + f + " does not read back: " + back + "\n" + yaml);
                }
            }
        }
        // typed facts are judged apart: a fact the wording never prints (a task's deliverable, the units behind
        // "các sở, ngành: Tài chính, …") cannot come back from any rendering
        List<String> printed = report.stream().filter(d -> !isFact(d)).toList();
        long factTotal = corpus.values().stream().mapToLong(i -> Fields.of(i, false).keySet().stream()
                .filter(p -> factPath(p + ":")).count()).sum() * 2;
        long factWrong = report.stream().filter(RoundTripTest::isFact).filter(d -> !d.contains("unexpected")).count();
        Score.write("round-trip.txt", String.format("round trip over %d invitations, DOCX and text: %d/%d fields right"
                + " (%.1f %%); typed facts %d/%d%n%s%n", corpus.size(), right, total, 100.0 * right / total,
                factTotal - factWrong, factTotal, String.join("\n", report)));
        assertThat(printed).as("every printed field comes back").isEmpty();
        assertThat((double) (factTotal - factWrong) / factTotal).as("typed facts recovered").isGreaterThan(0.55);
    }
}
