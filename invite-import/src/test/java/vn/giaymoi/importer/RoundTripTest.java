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

/**
 * import(render(x)) gives back x, for every example and every fixture kept as a file or a text block, from DOCX and
 * from text.
 *
 * <p>"Every field" is the whole model as the input format writes it (every key of its JSON tree), compared path by
 * path, with these normalisations only: a point's wording is compared as printed (its placeholders filled, so
 * {@code {date}} and {@code {date:dd/MM/yyyy}} printing 06/11/2021 agree), without emphasis for the text file (which
 * has none); a marker is compared by its style (the sample {@code a)} and {@code b)} are one style); a point whose
 * wording begins with a marker as that marker and the rest; and, for the text file only, an opening that no marked
 * point follows as the first unmarked point ({@link Fields#openingAsPoint}: plain text prints them alike). Two groups are
 * judged apart, each stated here rather than skipped:
 * <ul>
 *   <li>fields no rendering prints, which no import can recover: contacts (for sending only), the issuer's level and
 *       province and the meeting form (inferred by the importer from the name, place and wording, not printed), the
 *       office an invitation is sent for ({@code onBehalfOf}, printed only in the calendar file), and the issuer of a
 *       cited document named only in the wording ({@link #NOT_PRINTED});
 *   <li>typed facts (sessions, venues, groups, invitees, agenda, tasks, requirements, programmes, cited documents): the
 *       wording they print must come back (it is compared as printed above), and the facts themselves are scored
 *       with floors, as a fact neither the wording nor the rest of the document names (a task's deliverable
 *       written as a summary) cannot come back. They are reported per kind ({@link FactScore}): all their fields, those the wording names
 *       through a placeholder (which an import can recover), and the fact fields typed where the source kept the
 *       author's text (the real corpus leaves many sessions and places untyped; a ceiling keeps the import from
 *       typing more than it reads).
 * </ul>
 */
class RoundTripTest {
    private static final InvitationRenderer RENDER = new InvitationRenderer();
    private static final InvitationFormat FORMAT = new InvitationFormat();
    private static final InvitationImporter IMPORTER = new InvitationImporter();
    /** Field paths that no rendering prints. */
    static final String NOT_PRINTED = "(?s)(\\S*\\.)?contacts(\\[\\d+])?(\\.\\S*)?|issuer\\.(level|province)|form|onBehalfOf"
            + "|opening\\.basis\\[\\d+]\\.issuer";

    private static String path(String diff) {
        String rest = diff.substring(diff.indexOf(' ', diff.indexOf(' ') + 1) + 1);
        return rest.contains(":") ? rest.substring(0, rest.indexOf(':')) : rest;
    }

    /** A difference in a field no rendering prints. */
    static boolean unprinted(String diff) {
        return path(diff).matches(NOT_PRINTED);
    }

    /** A difference in a typed fact. */
    static boolean isFact(String diff) {
        return factPath(path(diff) + ":");
    }

    static boolean factPath(String path) {
        if (path.substring(0, path.indexOf(':')).matches(NOT_PRINTED)) return false;
        return path.matches("(?s)\\S*\\.(session|venue|group|invitee|agenda|task|requirement|programme)\\..*")
                || path.matches("(?s)opening\\.basis\\[\\d+]\\..*");
    }

    /** The share of typed facts recovered when this floor was set (see target/import-score/round-trip.txt). */
    private static final double FACTS_FLOOR = 0.99;
    /**
     * The share of the typed facts the wording names through a placeholder: every one comes back but seed-004's joint
     * lead (below), 934 of 936.
     */
    private static final double NAMED_FACTS_FLOOR = 0.997;
    /**
     * Per kind, the share recovered when these floors were set, so that one kind's progress does not hide another's
     * loss. What is still missed no line of the document prints: a quota's unit and its representative named only in
     * the contacts (every-field), a multi-day session's end (a breadth fixture), and a Công điện's venue level, which
     * comes from the issuer only for a venue under its label; and one task whose two units the seed reads as a joint
     * lead, where the import reads the first as the lead and the second as its partner, as seed-004 does elsewhere.
     */
    private static final Map<String, Double> KIND_FLOORS = Map.of("agenda", 1.0, "basis", 1.0, "group", 1.0,
            "invitee", 0.99, "programme", 1.0, "requirement", 1.0, "session", 0.99, "task", 0.98, "venue", 0.98);
    /**
     * Fact fields typed where the source kept the author's text (a real document's untyped "Thời gian: 07 giờ 30 phút,
     * ngày 29/10/2025", a venue's level taken from the issuer's) when this ceiling was set.
     */
    private static final int SPURIOUS_CEILING = 307;

    /** The fields of {@code inv} its printed wording names, as the file of format {@code f} is compared. */
    private static java.util.Set<String> named(Invitation inv, Format f) {
        Map<String, String> printed = RealisticDocxScoreTest.printed(inv);
        return (f == Format.TXT ? Fields.openingAsPoint(printed) : printed).keySet();
    }

    /** For a fact's difference, the wording of its point as printed, so a report line shows what the import read. */
    private static String wording(String diff, Map<String, String> fields) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^(\\S*?)\\.(session|venue|group|invitee|agenda|task|requirement|programme)\\.").matcher(diff);
        String text = m.find() ? fields.get(m.group(1) + ".text") : null;
        return text == null ? "" : " in «" + text + "»";
    }

    @Test
    void every_example_and_fixture_comes_back_from_its_docx_and_its_text() {
        Map<String, Invitation> corpus = new java.util.LinkedHashMap<>(Corpus.files());
        corpus.putAll(Corpus.fixtures());
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
        List<String> report = new ArrayList<>();
        int total = 0;
        int right = 0;
        FactScore facts = new FactScore();
        for (var e : corpus.entrySet()) {
            for (Format f : List.of(Format.DOCX, Format.TXT)) {
                byte[] bytes = RENDER.render(e.getValue(), f).bytes();
                var source = f == Format.DOCX ? DocxSource.read(bytes, e.getKey() + ".docx")
                        : TextSource.read(bytes, e.getKey() + ".txt");
                ImportResult result = IMPORTER.read(source);
                String yaml = FORMAT.write(result.draft(), Syntax.YAML);
                Parsed back = FORMAT.read(yaml, Syntax.YAML, e.getKey());
                Map<String, String> expected = Fields.of(e.getValue(), f == Format.TXT);
                if (f == Format.TXT) expected = Fields.openingAsPoint(expected);
                total += expected.size();
                if (back instanceof Parsed.Ok ok) {
                    Map<String, String> got = Fields.of(ok.invitation(), f == Format.TXT);
                    if (f == Format.TXT) got = Fields.openingAsPoint(got);
                    facts.add(expected, got, named(e.getValue(), f));
                    List<String> diff = Fields.differences(expected, got);
                    right += expected.size() - (int) diff.stream().filter(d -> !d.contains("unexpected")).count();
                    for (String d : diff) report.add(e.getKey() + " " + f + " " + d + wording(d, expected));
                } else {
                    facts.add(expected, Map.of(), named(e.getValue(), f));
                    report.add(e.getKey() + " " + f + " does not read back: " + back + "\n" + yaml);
                }
            }
        }
        // typed facts are judged apart: a fact no line of the document prints (a task's deliverable written as a
        // summary) cannot come back from any rendering
        List<String> printed = report.stream().filter(d -> !isFact(d) && !unprinted(d)).toList();
        long unprinted = report.stream().filter(RoundTripTest::unprinted).count();
        Score.write("round-trip.txt", String.format("round trip over %d invitations, DOCX and text: %d/%d fields right"
                + " (%.1f %%); typed facts %d/%d (%.1f %%), of them named by the wording %d/%d (%.1f %%); typed fact"
                + " fields where the source kept text %d; printed fields wrong %d; unprinted fields not recovered %d%n%s%n%s%n",
                corpus.size(), right, total, 100.0 * right / total, facts.right(), facts.total(), 100 * facts.share(),
                facts.namedRight(), facts.named(), 100 * facts.namedShare(), facts.spurious(), printed.size(), unprinted,
                facts.table(), String.join("\n", report)));
        assertThat(printed).as("every printed field comes back").isEmpty();
        assertThat(facts.share()).as("typed facts recovered\n" + facts.table()).isGreaterThanOrEqualTo(FACTS_FLOOR);
        assertThat(facts.namedShare()).as("typed facts the wording names, recovered\n" + facts.table())
                .isGreaterThanOrEqualTo(NAMED_FACTS_FLOOR);
        assertThat(facts.spurious()).as("fact fields typed where the source kept text\n" + facts.table())
                .isLessThanOrEqualTo(SPURIOUS_CEILING);
        KIND_FLOORS.forEach((kind, floor) -> assertThat(facts.share(kind)).as(kind + " facts recovered\n" + facts.table())
                .isGreaterThanOrEqualTo(floor));
    }
}
