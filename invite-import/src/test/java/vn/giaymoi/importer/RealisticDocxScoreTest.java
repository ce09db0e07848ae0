package vn.giaymoi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Outline;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.importer.source.DocxSource;
import vn.giaymoi.render.layout.LayoutBuilder;

/**
 * Giấy mời gõ tay (office-made DOCX): at least 20 documents typed the ways offices type them, built from the real
 * invitations in examples/ and the realistic fixtures, imported and scored field by field. The score counts every
 * field the page prints (a typed fact counts when its wording names it through a placeholder); flags no page shows
 * (chair, representative) are reported apart.
 */
class RealisticDocxScoreTest {
    private static final InvitationImporter IMPORTER = new InvitationImporter();
    private static final InvitationFormat FORMAT = new InvitationFormat();

    static List<OfficeDocx.Style> styles() {
        List<OfficeDocx.Style> out = new ArrayList<>();
        String[] fonts = {"Times New Roman", "Arial", "Times New Roman", "Tahoma"};
        OfficeDocx.Habits[] habits = {
            new OfficeDocx.Habits(true, false, true, false, false),
            new OfficeDocx.Habits(false, true, false, false, true),
            new OfficeDocx.Habits(true, false, false, true, true),
            new OfficeDocx.Habits(false, true, true, false, false),
        };
        for (int i = 0; i < 4; i++) {
            out.add(new OfficeDocx.Style(i % 2 == 0, i % 3 != 1, i == 1 || i == 3, fonts[i], i >= 2, i != 0, i == 3,
                    i % 2 == 1, i == 2, habits[i]));
        }
        // typed by hand with no table at all: the header and the closing on tabs, Kính gửi's first hyphen on its
        // line, sub-points pushed right with spaces, typed rules
        out.add(new OfficeDocx.Style(false, false, false, "Times New Roman", false, true, false, true, false,
                new OfficeDocx.Habits(false, false, false, false, false, true, true, false)));
        // the same with runs of spaces for tabs, markers typed without their space ("1.Thời gian:"), a table for the
        // closing only
        out.add(new OfficeDocx.Style(false, true, false, "Arial", false, false, true, false, false,
                new OfficeDocx.Habits(true, false, false, false, false, true, false, true)));
        return out;
    }

    @Test
    void office_made_docx_import_with_at_least_95_percent_of_printed_fields_right() {
        Measured m = score(Corpus.all(), "office-docx.txt");
        assertThat(m.documents()).isGreaterThanOrEqualTo(20);
        // the issue asks 95 %; the floor keeps what is reached
        assertThat(m.share()).as(m.report()).isGreaterThanOrEqualTo(Math.max(0.95, OFFICE_FLOOR));
    }

    /**
     * The real corpus (public documents, many of them Thông báo, schedules and Party documents) typed as offices type
     * them: measured and reported in {@code target/import-score/real-office-docx.txt}; the floor keeps what is reached.
     */
    @Test
    void the_real_corpus_typed_as_offices_type_it_is_measured() {
        Measured m = score(Corpus.real(), "real-office-docx.txt");
        assertThat(m.documents()).isGreaterThanOrEqualTo(90);
        assertThat(m.share()).as(m.report()).isGreaterThanOrEqualTo(FLOOR);
    }

    /** The share of the real corpus's printed fields reached when this floor was set (see the report). */
    private static final double FLOOR = 0.99;
    /** The share of the office-style set's printed fields reached when this floor was set. */
    private static final double OFFICE_FLOOR = 0.995;

    record Measured(int documents, int total, int right, String report) {
        double share() {
            return (double) right / total;
        }
    }

    private static Measured score(Map<String, Invitation> corpus, String reportName) {
        List<OfficeDocx.Style> styles = styles();
        int documents = 0;
        int printedTotal = 0;
        int printedRight = 0;
        Map<String, int[]> byField = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int k = 0;
        for (var e : corpus.entrySet()) {
            for (int s = 0; s < 3; s++) {
                OfficeDocx.Style style = styles.get((k++) % styles.size());
                byte[] docx = OfficeDocx.of(LayoutBuilder.of(e.getValue()), style);
                documents++;
                ImportResult result = IMPORTER.read(DocxSource.read(docx, e.getKey() + ".docx"));
                Parsed back = FORMAT.read(FORMAT.write(result.draft(), Syntax.YAML), Syntax.YAML, e.getKey());
                Map<String, String> expected = printed(e.getValue());
                Map<String, String> got = back instanceof Parsed.Ok ok ? Fields.of(ok.invitation(), true) : Map.of();
                if (back instanceof Parsed.Failed failed) {
                    misses.add(e.getKey() + " " + style + " does not read back: " + failed.problems());
                }
                for (var f : expected.entrySet()) {
                    String field = f.getKey().replaceAll("\\[\\d+]", "[]");
                    int[] c = byField.computeIfAbsent(field, x -> new int[2]);
                    c[1]++;
                    printedTotal++;
                    if (f.getValue().equals(got.get(f.getKey()))) {
                        c[0]++;
                        printedRight++;
                    } else {
                        misses.add(e.getKey() + " " + style + " " + f.getKey() + ": expected «" + f.getValue() + "» got «"
                                + got.get(f.getKey()) + "»");
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format("%d office-made DOCX, %d printed fields, %d right (%.1f %%)%n",
                documents, printedTotal, printedRight, 100.0 * printedRight / printedTotal));
        byField.forEach((f, c) -> report.append(String.format("%6.1f %%  %4d/%-4d %s%n", 100.0 * c[0] / c[1], c[0], c[1], f)));
        report.append("misses:\n").append(String.join("\n", misses));
        Score.write(reportName, report.toString());
        return new Measured(documents, printedTotal, printedRight, report.toString());
    }

    /** The fields a page prints: everything but typed facts no placeholder shows, and flags no page shows. */
    static Map<String, String> printed(Invitation inv) {
        Map<String, String> all = Fields.of(inv, true);
        Map<String, String> templates = new LinkedHashMap<>();
        for (Outline.Entry e : inv.outline().flatten()) {
            templates.put(e.path(), e.point().text() == null ? "" : e.point().text().markup());
        }
        Map<String, String> out = new LinkedHashMap<>();
        all.forEach((path, value) -> {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("^(.*)\\.(session|venue|group|invitee|agenda|task)\\.(\\w+)(?:\\[(\\d+)])?$").matcher(path);
            if (!m.matches()) {
                if (!path.matches("issuer\\.(province|level|abbreviation)|form|opening\\.basis\\[\\d+]\\.issuer")) {
                    out.put(path, value);
                }
                return;
            }
            String template = templates.getOrDefault(m.group(1), "");
            String placeholder = switch (m.group(3)) {
                case "arriveEarlyMinutes" -> "arriveEarly";
                case "deadlines" -> m.group(4).equals("0") ? "deadline" : "deadline" + (Integer.parseInt(m.group(4)) + 1);
                case "chair", "representative", "separateInvitation" -> null;
                default -> m.group(3);
            };
            if (placeholder != null && template.matches("(?s).*\\{" + placeholder + "(:[^}]*)?}.*")) out.put(path, value);
        });
        return out;
    }
}
