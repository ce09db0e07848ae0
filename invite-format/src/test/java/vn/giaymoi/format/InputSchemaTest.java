package vn.giaymoi.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giaymoi.domain.invitation.Confidentiality;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Urgency;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.meeting.MeetingForm;
import vn.giaymoi.format.dto.DateDto;
import vn.giaymoi.format.dto.InvitationDto;

/**
 * The JSON Schema resource says exactly what the DTO records read: every record component is a schema property and
 * every schema property a record component, found by walking both together from {@link InvitationDto}. The seeds
 * are checked against the schema by a small evaluator of the keywords the schema uses (no validator dependency).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InputSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SCHEMA = parse(InputSchema.json());

    @Test
    void declares_draft_2020_12() {
        assertThat(SCHEMA.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void every_dto_record_component_is_a_schema_property_and_back() {
        List<String> mismatches = new ArrayList<>();
        Set<Class<?>> visited = new HashSet<>();
        compare(InvitationDto.class, SCHEMA, SCHEMA, "", mismatches, visited);
        assertThat(mismatches).isEmpty();
        // the walk reached every record of the dto package that the input can contain
        assertThat(visited).extracting(Class::getSimpleName).contains("InvitationDto", "IssuerDto", "DateDto",
                "OpeningDto", "Basis", "PointDto", "Session", "Venue", "Group", "Invitee", "Agenda", "Task",
                "Deadline", "SignatureDto", "Programme", "Slot", "Requirement", "Quota");
    }

    @Test
    void the_walk_notices_a_property_the_records_lack() throws IOException {
        ObjectMapper m = new ObjectMapper();
        JsonNode broken = m.readTree(InputSchema.json());
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("$defs").path("venue").path("properties"))
                .putObject("capacity").put("type", "integer");
        List<String> mismatches = new ArrayList<>();
        compare(InvitationDto.class, broken, broken, "", mismatches, new HashSet<>());
        assertThat(mismatches).containsExactly("body[].venue: schema has [capacity], records have []");
    }

    @Test
    void the_walk_notices_a_limit_the_schema_states_differently() throws IOException {
        JsonNode broken = new ObjectMapper().readTree(InputSchema.json());
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("properties").path("subject"))
                .put("maxLength", 9999);
        List<String> mismatches = new ArrayList<>();
        compare(InvitationDto.class, broken, broken, "", mismatches, new HashSet<>());
        assertThat(mismatches).containsExactly("subject: @Size max 2000, schema maxLength 9999");
    }

    @Test
    void enumerations_are_the_codes_the_domain_accepts() {
        assertThat(enumAt("/properties/kind"))
                .isEqualTo(codes(Arrays.stream(InvitationKind.values()).map(InvitationKind::code)));
        assertThat(enumAt("/$defs/level"))
                .isEqualTo(codes(Arrays.stream(AdministrativeLevel.values()).map(AdministrativeLevel::code)));
        assertThat(enumAt("/properties/format"))
                .isEqualTo(codes(Arrays.stream(vn.giaymoi.domain.invitation.DocumentFormat.values()).map(c -> c.code())));
        assertThat(enumAt("/$defs/session/properties/partOfDay"))
                .isEqualTo(codes(Arrays.stream(vn.giaymoi.domain.meeting.PartOfDay.values()).map(c -> c.code())));
        assertThat(enumAt("/$defs/requirement/properties/kind"))
                .isEqualTo(codes(Arrays.stream(vn.giaymoi.domain.meeting.Requirement.Kind.values()).map(c -> c.code())));
        assertThat(enumAt("/properties/form"))
                .isEqualTo(codes(Arrays.stream(MeetingForm.values()).map(MeetingForm::code)));
        assertThat(enumAt("/properties/urgency")).isEqualTo(codes(Arrays.stream(Urgency.values()).map(Enum::name)));
        assertThat(enumAt("/properties/confidentiality"))
                .isEqualTo(codes(Arrays.stream(Confidentiality.values()).map(Enum::name)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dang-giay-moi-27-GM-BTGTU", "dang-cong-van-1822-CV-BTGTU", "dang-thong-bao-hoi-nghi-bao-cao-vien",
            "cong-dien-10-CD-UBND-thanh-hoa", "../invite-render/src/test/resources/breadth/thong-bao-chuong-trinh",
            "../invite-render/src/test/resources/breadth/nhieu-ngay-hai-phien"})
    void the_examples_of_the_new_kinds_and_the_party_format_are_valid(String name) throws IOException {
        JsonNode doc = new YAMLMapper().readTree(Path.of("..", "examples", name + ".yaml").toFile());
        List<String> errors = new ArrayList<>();
        validate(doc, SCHEMA, SCHEMA, "", errors);
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "004"})
    void the_seed_examples_are_valid(String seed) throws IOException {
        JsonNode doc = new YAMLMapper().readTree(Path.of("..", "examples", "seed-" + seed + ".yaml").toFile());
        List<String> errors = new ArrayList<>();
        validate(doc, SCHEMA, SCHEMA, "", errors);
        assertThat(errors).isEmpty();
    }

    @Test
    void a_wrong_file_is_invalid() throws IOException {
        JsonNode doc = new YAMLMapper().readTree("""
                kind: thu-cong
                issuer: {name: UBND, colour: red}
                number: 5/GM-UBND
                place: Hà Tĩnh
                date: {day: "05", year: "2026"}
                subject: Họp
                body: [{marker: "1.", session: {date: 2026-05-12}}]
                signature: {signer: Nguyễn Văn A}
                """);
        List<String> errors = new ArrayList<>();
        validate(doc, SCHEMA, SCHEMA, "", errors);
        assertThat(String.join("\n", errors)).contains("kind: not one of", "issuer: unknown property colour",
                "date: matches 0 of 2", "body[0].session: matches none of anyOf", "signature: matches none of anyOf");
    }

    // ---- walking records and schema together -------------------------------------------------------------

    static void compare(Class<?> type, JsonNode node, JsonNode root, String path, List<String> out, Set<Class<?>> visited) {
        visited.add(type);
        JsonNode schema = objectBranch(resolve(node, root));
        if (schema == null) {
            // a record written as a single value (Deadline) must say so with @JsonValue
            if (Arrays.stream(type.getMethods()).noneMatch(m -> m.isAnnotationPresent(JsonValue.class))) {
                out.add(path + ": schema is not an object, but " + type.getSimpleName() + " has no @JsonValue");
            }
            return;
        }
        Set<String> components = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) components.add(c.getName());
        if (type == DateDto.class) components.remove("iso"); // the string alternative of oneOf
        Set<String> properties = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        if (!components.equals(properties)) {
            Set<String> onlySchema = new TreeSet<>(properties);
            onlySchema.removeAll(components);
            Set<String> onlyRecords = new TreeSet<>(components);
            onlyRecords.removeAll(properties);
            out.add((path.isEmpty() ? "(top)" : path) + ": schema has " + onlySchema + ", records have " + onlyRecords);
        }
        if (!"false".equals(schema.path("additionalProperties").asText())) {
            out.add(path + ": additionalProperties must be false, as the reader rejects unknown keys");
        }
        for (RecordComponent c : type.getRecordComponents()) {
            JsonNode property = schema.path("properties").path(c.getName());
            if (property.isMissingNode()) continue;
            compareLimits(type, c, resolve(property, root), root, (path.isEmpty() ? "" : path + ".") + c.getName(), out);
            Class<?> element = recordElement(c.getGenericType());
            if (element == null) continue;
            boolean list = c.getType() == List.class;
            JsonNode next = list ? resolve(property, root).path("items") : property;
            String here = (path.isEmpty() ? "" : path + ".") + c.getName() + (list ? "[]" : "");
            if (!visited.contains(element)) compare(element, next, root, here, out, visited);
        }
    }

    /**
     * The component's {@code @Size} is the schema's {@code maxLength} (a text) or {@code maxItems} (a list), and a
     * list element's {@code @Size} is its items' {@code maxLength}: the limits are declared once on the records and
     * stated again, equal, in the schema.
     */
    private static void compareLimits(Class<?> type, RecordComponent c, JsonNode property, JsonNode root, String path,
            List<String> out) {
        AnnotatedType declared;
        try {
            declared = type.getDeclaredField(c.getName()).getAnnotatedType();
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
        boolean list = c.getType() == List.class;
        compareLimit(declared.getAnnotation(Size.class), property, list ? "maxItems" : "maxLength", path, out);
        if (c.getType() == String.class) comparePattern(declared, property, path, out);
        if (list && declared instanceof AnnotatedParameterizedType p) {
            AnnotatedType element = p.getAnnotatedActualTypeArguments()[0];
            if (element.getType() == String.class) {
                compareLimit(element.getAnnotation(Size.class), resolve(property.path("items"), root), "maxLength",
                        path + "[]", out);
                comparePattern(element, resolve(property.path("items"), root), path + "[]", out);
            }
        }
    }

    /** A text's {@code @Pattern} is the schema's {@code pattern}: declared once on the records, stated equal. */
    private static void comparePattern(AnnotatedType declared, JsonNode schema, String path, List<String> out) {
        if (schema.isMissingNode() || schema.has("oneOf") || schema.has("format")) return;
        jakarta.validation.constraints.Pattern p = declared.getAnnotation(jakarta.validation.constraints.Pattern.class);
        String stated = schema.has("pattern") ? schema.get("pattern").asText() : "none";
        String mine = p == null ? "none" : p.regexp();
        if (!mine.equals(stated)) out.add(path + ": @Pattern " + mine + ", schema pattern " + stated);
    }

    private static void compareLimit(Size size, JsonNode schema, String keyword, String path, List<String> out) {
        if (schema.isMissingNode() || schema.has("properties") || schema.has("oneOf")) return; // objects: their parts
        String declared = size == null ? "none" : String.valueOf(size.max());
        String stated = schema.has(keyword) ? schema.get(keyword).asText() : "none";
        if (!declared.equals(stated)) out.add(path + ": @Size max " + declared + ", schema " + keyword + " " + stated);
    }

    /** The record type of a component, or of its list's elements; null for anything else. */
    private static Class<?> recordElement(Type t) {
        if (t instanceof Class<?> c) return c.isRecord() ? c : null;
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            return recordElement(p.getActualTypeArguments()[0]);
        }
        return null;
    }

    private static JsonNode objectBranch(JsonNode s) {
        if ("object".equals(s.path("type").asText())) return s;
        for (JsonNode alt : s.path("oneOf")) {
            if ("object".equals(alt.path("type").asText())) return alt;
        }
        return null;
    }

    private static JsonNode resolve(JsonNode s, JsonNode root) {
        JsonNode at = s;
        while (at.has("$ref")) at = root.at(at.get("$ref").asText().substring(1));
        return at;
    }

    // ---- a small evaluator for the keywords the schema uses ------------------------------------------------

    static void validate(JsonNode value, JsonNode schemaNode, JsonNode root, String path, List<String> out) {
        JsonNode s = resolve(schemaNode, root);
        String at = path.isEmpty() ? "(top)" : path;
        if (s.has("type") && !typeMatches(value, s.get("type"))) {
            out.add(at + ": expected " + s.get("type") + ", found " + value.getNodeType());
            return;
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode e : s.get("enum")) found |= e.equals(value);
            if (!found) out.add(at + ": not one of " + s.get("enum"));
        }
        if (s.has("pattern") && value.isValueNode()
                && !Pattern.compile(s.get("pattern").asText()).matcher(value.asText()).find()) {
            out.add(at + ": '" + value.asText() + "' does not match " + s.get("pattern").asText());
        }
        if (s.has("minLength") && value.isTextual() && value.asText().length() < s.get("minLength").asInt()) {
            out.add(at + ": shorter than " + s.get("minLength"));
        }
        if (s.has("minimum") && value.isNumber() && value.asLong() < s.get("minimum").asLong()) out.add(at + ": below minimum");
        if (s.has("maximum") && value.isNumber() && value.asLong() > s.get("maximum").asLong()) out.add(at + ": above maximum");
        if (s.has("oneOf")) {
            int matching = 0;
            for (JsonNode alt : s.get("oneOf")) {
                List<String> inner = new ArrayList<>();
                validate(value, alt, root, path, inner);
                if (inner.isEmpty()) matching++;
            }
            if (matching != 1) out.add(at + ": matches " + matching + " of " + s.get("oneOf").size() + " oneOf alternatives");
        }
        if (s.has("anyOf")) {
            boolean any = false;
            for (JsonNode alt : s.get("anyOf")) {
                List<String> inner = new ArrayList<>();
                validate(value, alt, root, path, inner);
                any |= inner.isEmpty();
            }
            if (!any) out.add(at + ": matches none of anyOf");
        }
        if (value.isObject()) {
            for (JsonNode r : s.path("required")) {
                if (!value.has(r.asText())) out.add(at + ": missing " + r.asText());
            }
            for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                String child = path.isEmpty() ? name : path + "." + name;
                if (s.path("properties").has(name)) validate(value.get(name), s.get("properties").get(name), root, child, out);
                else if (s.path("additionalProperties").isBoolean() && !s.get("additionalProperties").asBoolean()) {
                    out.add(at + ": unknown property " + name);
                }
            }
        }
        if (value.isArray() && s.has("items")) {
            for (int i = 0; i < value.size(); i++) validate(value.get(i), s.get("items"), root, path + "[" + i + "]", out);
        }
    }

    private static boolean typeMatches(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) if (typeMatches(value, t)) return true;
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static Set<String> enumAt(String pointer) {
        Set<String> out = new TreeSet<>();
        SCHEMA.at(pointer).path("enum").forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Set<String> codes(java.util.stream.Stream<String> names) {
        Set<String> out = new TreeSet<>();
        names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT).replace('_', '-')));
        return out;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("schema is not JSON", e);
        }
    }
}
