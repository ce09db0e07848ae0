package vn.giaymoi.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.format.InputProblem;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.format.dto.DateDto;
import vn.giaymoi.format.dto.InvitationDto;

/**
 * Check and save agree on every size and pattern limit. The limits are found by walking the {@code @Size} and
 * {@code @Pattern} annotations of the input format's records (not a hand list); for each, a real invitation of
 * {@code examples/} (or of the render fixtures, or {@code agree/every-field.yaml} for the fields none of them uses)
 * that has the field is changed to sit exactly at the limit, one over it, or off the pattern.
 * {@code giaymoi check FILE} (the YAML file read from disk), {@code POST /check} and {@code POST /invitations} (JSON
 * through the same reader) and importing (whose draft is read back as YAML) all read through
 * {@link InvitationFormat}; the test asserts that the file and the JSON give the same verdict with the same field
 * paths, and that whatever they accept the store saves and gives back equal, so no value passes check and fails save.
 */
class CheckAndSaveAgreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    /** A text that no pattern of the format accepts: no digits, no slash, no scheme, no prefix. */
    private static final String OFF_PATTERN = "§";

    private final InvitationFormat format = new InvitationFormat();
    private Database db;

    @TempDir
    Path folder;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite:" + folder.resolve("agree.db").toAbsolutePath(), null, null); // the default store
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A limit as declared: {@code body[].invitee.units[]}, the kind, the number or the expression. */
    record Limit(String path, String kind, int max, String regexp) {
        @Override
        public String toString() {
            return path + " " + kind + (regexp == null ? " " + max : "");
        }
    }

    @Test
    void every_size_and_pattern_limit_gives_the_same_verdict_to_check_and_save() throws Exception {
        List<Limit> limits = new ArrayList<>();
        collect(InvitationDto.class, "", new TreeSet<>(), limits);
        assertThat(limits).as("limits found on the records").hasSizeGreaterThan(60)
                .extracting(Limit::toString).contains("number size 200", "number pattern", "body items 200",
                        "body[].points items 200", "body[].task.deadlines[] pattern", "signature.authority[] pattern");

        Map<String, JsonNode> examples = new LinkedHashMap<>();
        for (Path dir : List.of(Path.of("..", "examples"), Path.of("..", "invite-render", "src", "test", "resources",
                "breadth"), Path.of("src", "test", "resources", "agree"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    examples.put(f.getFileName().toString(), YAML.readTree(Files.readString(f)));
                }
            }
        }
        List<String> notMet = new ArrayList<>();
        int cases = 0;
        int savedAtLimit = 0;
        for (Limit limit : limits) {
            Occurrence at = find(examples, limit);
            if (at == null) {
                notMet.add(limit.toString());
                continue;
            }
            if (limit.kind().equals("pattern")) {
                Verdict off = agree(at.with(OFF_PATTERN), limit);
                // refused at that field by the pattern (a placeholder of the value may fail with it: said too)
                assertThat(off.paths()).as("%s off its pattern", limit).contains(at.path());
                assertThat(off.messages().get(off.paths().indexOf(at.path()))).startsWith("'" + OFF_PATTERN + "' ");
                cases++;
                continue;
            }
            boolean text = limit.kind().equals("size");
            JsonNode value = at.value();
            if (text && !value.isTextual()) continue;
            Verdict atMax = agree(text ? at.with(padded(value.asText(), limit.max(), pattern(limits, limit)))
                    : at.repeated(limit.max()), limit);
            // at the limit nothing refuses it for its length (a value may still be wrong for the domain: both say so)
            assertThat(atMax.messages()).as("%s at its limit in %s", limit, at.example())
                    .noneMatch(m -> m.contains("giới hạn"));
            if (atMax.paths().isEmpty()) savedAtLimit++;
            Verdict over = agree(text ? at.with(padded(value.asText(), limit.max() + 1, pattern(limits, limit)))
                    : at.repeated(limit.max() + 1), limit);
            assertThat(over.paths()).as("%s one over its limit", limit).containsExactly(at.path());
            assertThat(over.messages().get(0)).as("%s one over its limit", limit).contains("giới hạn " + limit.max());
            cases += 2;
        }
        // every limit of the records is met in a real invitation, or the test says which ones are not
        assertThat(notMet).as("limits that no invitation of examples/ exercises (add the field to one)").isEmpty();
        assertThat(cases).isGreaterThan(100);
        // many values padded to their limit are still wrong for the domain (an e-mail or a phone number of 200
        // characters, 200 contacts of one unit): check and save refuse them alike, which is what this test is about
        assertThat(savedAtLimit).as("values at their limit that check accepted and the store saved").isGreaterThan(cases / 4);
    }

    /** What the reader said: the field paths of the problems (empty when accepted) and their messages. */
    record Verdict(List<String> paths, List<String> messages) {}

    /**
     * Reads {@code doc} as the CLI does (a YAML file) and as the API does (JSON), asserts that both say the same,
     * and saves what they accept.
     */
    private Verdict agree(JsonNode doc, Limit limit) throws Exception {
        Path file = folder.resolve("case.yaml");
        Files.writeString(file, YAML.writeValueAsString(doc));
        Verdict cli = verdict(format.read(file));
        Parsed api = format.read(JSON.writeValueAsString(doc), Syntax.JSON, "api");
        assertThat(verdict(api).paths()).as("%s: the CLI and the API read alike", limit).isEqualTo(cli.paths());
        if (api instanceof Parsed.Ok ok) {
            Invitation inv = ok.invitation();
            StoredInvitation saved = db.invitations().create(inv, Instant.now()); // throws if save refused it
            assertThat(db.invitations().find(saved.id())).as("%s saved whole", limit)
                    .map(StoredInvitation::invitation).contains(inv);
        }
        return cli;
    }

    private static Verdict verdict(Parsed parsed) {
        if (parsed instanceof Parsed.Failed failed) {
            return new Verdict(failed.problems().stream().map(InputProblem::path).toList(),
                    failed.problems().stream().map(InputProblem::message).toList());
        }
        return new Verdict(List.of(), List.of());
    }

    // ---- the limits, from the annotations ----------------------------------------------------------------

    private static void collect(Class<?> type, String path, Set<String> visited, List<Limit> out) {
        if (!visited.add(type.getName())) return; // sub-points have the limits of their parent point
        for (RecordComponent c : type.getRecordComponents()) {
            // a record written as its one value (a deadline) has that value's limits at its own path; the issue
            // date, written as a text or as {day, month, year}, has the limits of its parts at theirs
            boolean itself = c.getAccessor().isAnnotationPresent(JsonValue.class)
                    || type == DateDto.class && c.getName().equals("iso"); // date: 2026-05-12
            String here = itself ? path : (path.isEmpty() ? "" : path + ".") + c.getName();
            AnnotatedType declared = c.getAnnotatedType();
            declared(declared, c.getType(), here, out);
            if (declared instanceof AnnotatedParameterizedType p) {
                AnnotatedType element = p.getAnnotatedActualTypeArguments()[0];
                declared(element, (Class<?>) element.getType(), here + "[]", out);
                Class<?> e = (Class<?>) ((ParameterizedType) p.getType()).getActualTypeArguments()[0];
                if (e.isRecord()) collect(e, here + "[]", visited, out);
            } else if (c.getType().isRecord()) {
                collect(c.getType(), here, visited, out);
            }
        }
        visited.remove(type.getName());
    }

    private static void declared(AnnotatedType t, Class<?> raw, String path, List<Limit> out) {
        Size size = t.getAnnotation(Size.class);
        if (size != null) out.add(new Limit(path, List.class.isAssignableFrom(raw) ? "items" : "size", size.max(), null));
        Pattern pattern = t.getAnnotation(Pattern.class);
        if (pattern != null) out.add(new Limit(path, "pattern", 0, pattern.regexp()));
    }

    private static String pattern(List<Limit> limits, Limit limit) {
        return limits.stream().filter(l -> l.path().equals(limit.path()) && l.regexp() != null).map(Limit::regexp)
                .findFirst().orElse(null);
    }

    // ---- where a limit is met in an example -------------------------------------------------------------------

    /** The first place of a field in an example: its concrete path and the JSON pointer to it. */
    record Occurrence(String example, JsonNode doc, String path, List<Object> pointer) {
        JsonNode value() {
            return at(doc, pointer);
        }

        JsonNode with(String text) {
            JsonNode copy = doc.deepCopy();
            JsonNode parent = at(copy, pointer.subList(0, pointer.size() - 1));
            Object last = pointer.get(pointer.size() - 1);
            if (last instanceof Integer i) ((ArrayNode) parent).set(i, TextNode.valueOf(text));
            else ((ObjectNode) parent).put((String) last, text);
            return copy;
        }

        JsonNode repeated(int items) {
            JsonNode copy = doc.deepCopy();
            ArrayNode list = (ArrayNode) at(copy, pointer);
            JsonNode first = list.get(0);
            list.removeAll();
            for (int i = 0; i < items; i++) list.add(first.deepCopy());
            return copy;
        }
    }

    private static Occurrence find(Map<String, JsonNode> examples, Limit limit) {
        for (Map.Entry<String, JsonNode> e : examples.entrySet()) {
            Occurrence o = find(e.getKey(), e.getValue(), e.getValue(), "", List.of(), limit);
            if (o != null) return o;
        }
        return null;
    }

    private static Occurrence find(String name, JsonNode doc, JsonNode node, String path, List<Object> pointer,
            Limit limit) {
        // a sub-point has the limits of a point: body[1].points[0].task is body[].task
        if (path.replaceAll("(\\.points\\[\\d+])+(?=\\.)", "").replaceAll("\\[\\d+]", "[]").equals(limit.path())) {
            boolean fits = limit.kind().equals("items") ? node.isArray() && node.size() > 0 : node.isValueNode();
            return fits ? new Occurrence(name, doc, path, pointer) : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Occurrence o = find(name, doc, node.get(i), path + "[" + i + "]", with(pointer, i), limit);
                if (o != null) return o;
            }
        } else if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var f = it.next();
                Occurrence o = find(name, doc, f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(),
                        with(pointer, f.getKey()), limit);
                if (o != null) return o;
            }
        }
        return null;
    }

    /** {@code text} lengthened (or cut) to {@code length}, keeping its start so that its pattern still holds. */
    private static String padded(String text, int length, String pattern) {
        if (text.matches("\\d+") && text.length() <= length) return "0".repeat(length - text.length()) + text; // 05, 005
        StringBuilder b = new StringBuilder(text.length() > length ? text.substring(0, length) : text);
        boolean spaces = pattern == null;
        while (b.length() < length) b.append(spaces && b.length() % 5 == 0 ? ' ' : 'a');
        if (b.charAt(length - 1) == ' ') b.setCharAt(length - 1, 'a'); // the reader strips a trailing blank
        return b.toString();
    }

    private static JsonNode at(JsonNode doc, List<Object> pointer) {
        JsonNode n = doc;
        for (Object step : pointer) n = step instanceof Integer i ? n.get(i) : n.get((String) step);
        return n;
    }

    private static List<Object> with(List<Object> pointer, Object step) {
        List<Object> out = new ArrayList<>(pointer);
        out.add(step);
        return out;
    }
}
