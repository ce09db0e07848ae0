package vn.giaymoi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InputProblem;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.InvitationRenderer;

/**
 * Fuzzing the pipeline reader → check → every renderer (txt, html, pdf, docx, ics): the real invitations of
 * {@code examples/}, changed at random places (any text, hostile placeholders, repeated lists, removed or nulled
 * keys, fractions for whole numbers) and written as YAML or JSON, or their text cut and spliced with any characters.
 * The invariant: a located problem, or a result that every renderer draws; never an exception. A bounded run in
 * {@code mvn verify} ({@code jqwik.tries.default} in {@code junit-platform.properties}); a longer one:
 * {@code mvn -pl invite-cli -am verify -Dtest=PipelineFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Djqwik.tries.default=5000}.
 */
class PipelineFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final InvitationFormat FORMAT = new InvitationFormat();
    private static final RuleEngine RULES = RuleEngine.standard();
    private static final InvitationRenderer RENDERER =
            new InvitationRenderer(Clock.fixed(Instant.parse("2026-05-05T01:00:00Z"), ZoneOffset.UTC));
    private static final List<String> SEEDS = List.of("seed-000", "seed-001", "seed-002", "seed-004");
    private static final List<String> HOSTILE = List.of("{date:}", "{units}", "{units}{units}{units}", "{deadline:HH}",
            "{start:HH giờ mm}", "{weekday:capital}", "{nope}", "{", "}", "{{", "thứ Sáu, ngày 17/5/2024 ",
            "\r", "\u0000", "\u001b[2J", "\uFFFE", "\uD800", "\u202E", "\u0085", "\t", "\n", "ATTACH:x", "**", "*",
            "V/v ", "KT. ", "Lưu: VT", "2025.9", "-", "[", "]");

    enum Kind { TEXT, PLACEHOLDER, DOUBLE_LIST, REMOVE, NULL, FRACTION }

    record Mutation(Kind kind, int where, String payload) {}

    @Provide
    Arbitrary<String> payload() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(120), Arbitraries.of(HOSTILE),
                Arbitraries.strings().withChars("{}:dHmstuniaeọ/ 0123456789\r\n").ofMaxLength(40));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.of(Kind.values()), Arbitraries.integers().between(0, 10_000), payload())
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property
    void a_changed_invitation_is_a_located_problem_or_renders_in_every_format(
            @ForAll("seeds") String seed, @ForAll("mutations") List<Mutation> changes, @ForAll boolean json)
            throws Exception {
        JsonNode doc = new YAMLMapper().readTree(Files.readString(Path.of("..", "examples", seed + ".yaml")));
        for (Mutation m : changes) apply(doc, m);
        Syntax syntax = json ? Syntax.JSON : Syntax.YAML;
        String text = json ? JSON.writeValueAsString(doc) : new YAMLMapper().writeValueAsString(doc);
        pipeline(text, syntax);
    }

    @Property
    void a_spliced_file_is_a_located_problem_or_renders_in_every_format(@ForAll("seeds") String seed,
            @ForAll("payload") String inserted, @ForAll double at, @ForAll double cut) throws Exception {
        String original = Files.readString(Path.of("..", "examples", seed + ".yaml"));
        int start = (int) (Math.abs(at) % 1 * original.length());
        int end = Math.min(original.length(), start + (int) (Math.abs(cut) % 1 * 40));
        pipeline(original.substring(0, start) + inserted + original.substring(end), Syntax.YAML);
    }

    @Provide
    Arbitrary<String> seeds() {
        return Arbitraries.of(SEEDS);
    }

    private static void pipeline(String text, Syntax syntax) {
        Parsed parsed = FORMAT.read(text, syntax, "fuzz");
        if (parsed instanceof Parsed.Failed failed) {
            assertThat(failed.problems()).isNotEmpty().allSatisfy(PipelineFuzzTest::located);
            return;
        }
        Invitation inv = ((Parsed.Ok) parsed).invitation();
        RULES.check(inv, CheckContext.draft(LocalDate.of(2026, 5, 5)));
        RULES.check(inv, CheckContext.issuing(LocalDate.of(2026, 5, 5)));
        for (Format f : Format.values()) {
            if (f == Format.ICS && inv.meeting().sessions().isEmpty()) continue; // refused with a message, by design
            assertThat(RENDERER.render(inv, f).bytes()).as("%s of %s", f, text).isNotEmpty();
        }
    }

    private static void located(InputProblem p) {
        assertThat(p.message()).isNotBlank().doesNotContain("Exception", "\tat ", "java.");
        assertThat(p.line() > 0 || !p.path().isEmpty()).as("located: %s", p).isTrue();
    }

    // ---- changing a document at a place picked by number --------------------------------------------------

    private static void apply(JsonNode doc, Mutation m) {
        List<Object[]> places = new ArrayList<>(); // {parent, key or index}
        collect(doc, places);
        if (places.isEmpty()) return;
        Object[] place = places.get(m.where() % places.size());
        JsonNode parent = (JsonNode) place[0];
        JsonNode value = parent.isArray() ? parent.get((Integer) place[1]) : parent.get((String) place[1]);
        switch (m.kind()) {
            case TEXT -> set(parent, place[1], JSON.getNodeFactory().textNode(m.payload()));
            case PLACEHOLDER -> set(parent, place[1], JSON.getNodeFactory().textNode(
                    (value.isTextual() ? value.asText() : "") + HOSTILE.get(m.where() % HOSTILE.size())));
            case DOUBLE_LIST -> {
                if (value.isArray() && value.size() < 300) ((ArrayNode) value).addAll(((ArrayNode) value).deepCopy());
            }
            case REMOVE -> {
                if (parent.isObject()) ((ObjectNode) parent).remove((String) place[1]);
                else ((ArrayNode) parent).remove((Integer) place[1]);
            }
            case NULL -> set(parent, place[1], JSON.getNodeFactory().nullNode());
            case FRACTION -> set(parent, place[1], JSON.getNodeFactory().numberNode(2025.9));
        }
    }

    private static void collect(JsonNode node, List<Object[]> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                out.add(new Object[] {node, name});
                collect(node.get(name), out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Object[] {node, i});
                collect(node.get(i), out);
            }
        }
    }

    private static void set(JsonNode parent, Object key, JsonNode value) {
        if (parent.isObject()) ((ObjectNode) parent).set((String) key, value);
        else ((ArrayNode) parent).set((Integer) key, value);
    }
}
