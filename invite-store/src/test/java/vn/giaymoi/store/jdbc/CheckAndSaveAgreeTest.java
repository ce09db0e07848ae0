package vn.giaymoi.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.application.port.out.StoredInvitation;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.format.InputProblem;
import vn.giaymoi.format.InputSchema;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;

/**
 * Check and save agree on every size limit: for each limit the input format declares (the schema states the dto
 * records' {@code @Size}, kept equal by {@code InputSchemaTest}), a value exactly at the limit is read (so
 * {@code giaymoi check} and {@code POST /check} accept it) and the store saves and returns it; one character or
 * one item more is refused by the reader, with that field's path, before any check or save. Found by walking the
 * four real invitations of {@code examples/} together with the schema.
 */
class CheckAndSaveAgreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SCHEMA = read(InputSchema.json());

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

    /** One limit met in a document: where, which keyword, how much. */
    private record Limit(String path, String keyword, int max, Consumer<JsonNode> atMax, Consumer<JsonNode> over) {}

    @Test
    void every_size_limit_is_accepted_at_the_limit_by_check_and_save_and_refused_one_over_by_both() throws Exception {
        Set<String> covered = new TreeSet<>();
        for (String seed : List.of("seed-000", "seed-001", "seed-002", "seed-004")) {
            JsonNode doc = new YAMLMapper().readTree(Files.readString(Path.of("..", "examples", seed + ".yaml")));
            List<Limit> limits = new ArrayList<>();
            collect(doc, SCHEMA, "", List.of(), limits);
            for (Limit limit : limits) {
                // one case per limit: the same field again in another point or seed adds nothing
                if (!covered.add(limit.path().replaceAll("\\[\\d+]", "[]") + " " + limit.keyword())) continue;
                JsonNode atMax = doc.deepCopy();
                limit.atMax().accept(atMax);
                Invitation inv = format.read(JSON.writeValueAsString(atMax), Syntax.JSON, seed).fold(i -> i, p -> {
                    throw new AssertionError(seed + " " + limit + " at its limit was refused: " + p);
                });
                StoredInvitation saved = db.invitations().create(inv, Instant.now());
                assertThat(db.invitations().find(saved.id())).as("%s %s saved", seed, limit.path())
                        .map(StoredInvitation::invitation).contains(inv);

                JsonNode over = doc.deepCopy();
                limit.over().accept(over);
                Parsed refused = format.read(JSON.writeValueAsString(over), Syntax.JSON, seed);
                assertThat(refused).as("%s %s one over its limit", seed, limit.path()).isInstanceOf(Parsed.Failed.class);
                assertThat(((Parsed.Failed) refused).problems()).extracting(InputProblem::path)
                        .as("%s one over its limit", limit.path()).containsExactly(limit.path());
                assertThat(((Parsed.Failed) refused).problems().get(0).message()).contains("giới hạn " + limit.max());
            }
        }
        // the columns the store keeps narrowly, and the long texts, are among them
        assertThat(covered).contains("issuer.name maxLength", "number maxLength", "subject maxLength",
                "opening.text maxLength", "body maxItems", "body[].text maxLength", "body[].points maxItems",
                "distribution maxItems", "distribution[] maxLength", "signature.signer maxLength",
                "opening.basis[].issuer maxLength");
    }

    /**
     * The limits met on the way through {@code node}: texts that can be lengthened without breaking their pattern
     * (the text keeps its start) and lists (their first item repeated).
     */
    private static void collect(JsonNode node, JsonNode schemaNode, String path, List<Object> pointer,
            List<Limit> out) {
        JsonNode s = resolve(schemaNode);
        if (s.has("oneOf")) return; // the issue date: its parts have their own patterns
        if (node.isTextual() && s.has("maxLength") && !s.has("enum") && !s.has("format")
                && (!s.has("pattern") || java.util.regex.Pattern.compile(s.get("pattern").asText())
                        .matcher(padded(node.asText(), s.get("maxLength").asInt() + 1)).find())) {
            int max = s.get("maxLength").asInt();
            String text = node.asText();
            out.add(new Limit(path, "maxLength", max, doc -> set(doc, pointer, padded(text, max)),
                    doc -> set(doc, pointer, padded(text, max + 1))));
        } else if (node.isArray()) {
            if (s.has("maxItems") && node.size() > 0) {
                int max = s.get("maxItems").asInt();
                out.add(new Limit(path, "maxItems", max, doc -> repeat(doc, pointer, max),
                        doc -> repeat(doc, pointer, max + 1)));
            }
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), s.path("items"), path + "[" + i + "]", with(pointer, i), out);
            }
        } else if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                if (s.path("properties").has(name)) {
                    collect(node.get(name), s.get("properties").get(name), path.isEmpty() ? name : path + "." + name,
                            with(pointer, name), out);
                }
            });
        }
    }

    private static String padded(String text, int length) {
        StringBuilder b = new StringBuilder(text.length() > length ? text.substring(0, length) : text);
        while (b.length() < length) b.append(b.length() % 5 == 0 ? ' ' : 'a');
        if (b.charAt(length - 1) == ' ') b.setCharAt(length - 1, 'a'); // the reader strips a trailing blank
        return b.toString();
    }

    private static void set(JsonNode doc, List<Object> pointer, String value) {
        JsonNode parent = at(doc, pointer.subList(0, pointer.size() - 1));
        Object last = pointer.get(pointer.size() - 1);
        if (last instanceof Integer i) ((ArrayNode) parent).set(i, TextNode.valueOf(value));
        else ((ObjectNode) parent).put((String) last, value);
    }

    private static void repeat(JsonNode doc, List<Object> pointer, int items) {
        ArrayNode list = (ArrayNode) at(doc, pointer);
        JsonNode first = list.get(0);
        list.removeAll();
        for (int i = 0; i < items; i++) list.add(first.deepCopy());
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

    private static JsonNode resolve(JsonNode s) {
        JsonNode at = s;
        while (at.has("$ref")) at = SCHEMA.at(at.get("$ref").asText().substring(1));
        return at;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
