package vn.giaymoi.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giaymoi.domain.invitation.DocumentFormat;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.format.dto.ProfileDto;

/** The profile's JSON Schema says exactly what {@link ProfileDto} reads, with the same limits and codes. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProfileSchemaTest {
    private static final JsonNode SCHEMA = parse(InputSchema.profileJson());

    @Test
    void every_record_component_is_a_schema_property_and_back_with_equal_limits() {
        List<String> mismatches = new ArrayList<>();
        Set<Class<?>> visited = new HashSet<>();
        InputSchemaTest.compare(ProfileDto.class, SCHEMA, SCHEMA, "", mismatches, visited);
        assertThat(mismatches).isEmpty();
        assertThat(visited).extracting(Class::getSimpleName)
                .contains("ProfileDto", "Identity", "Footer", "UnitEntry", "Signer", "Settings");
    }

    @Test
    void the_walk_notices_a_limit_stated_differently() {
        JsonNode broken = parse(InputSchema.profileJson());
        ((ObjectNode) broken.at("/$defs/unit/properties/shortName")).put("maxLength", 7);
        List<String> mismatches = new ArrayList<>();
        InputSchemaTest.compare(ProfileDto.class, broken, broken, "", mismatches, new HashSet<>());
        assertThat(mismatches).containsExactly("units[].shortName: @Size max 100, schema maxLength 7");
    }

    @Test
    void codes_are_the_ones_the_domain_accepts() {
        assertThat(enumAt("/properties/kind")).containsExactly(ProfileDto.KIND);
        assertThat(enumAt("/$defs/identity/properties/level"))
                .isEqualTo(new TreeSet<>(Arrays.stream(AdministrativeLevel.values()).map(AdministrativeLevel::code).toList()));
        assertThat(enumAt("/$defs/identity/properties/format"))
                .isEqualTo(new TreeSet<>(Arrays.stream(DocumentFormat.values()).map(DocumentFormat::code).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ubnd-tinh-ha-tinh", "ban-tuyen-giao-tinh-uy-quang-ngai", "ubnd-phuong-thanh-sen"})
    void the_example_profiles_are_valid(String name) throws IOException {
        JsonNode doc = new YAMLMapper().readTree(Path.of("..", "examples", "profile", name + ".yaml").toFile());
        List<String> errors = new ArrayList<>();
        InputSchemaTest.validate(doc, SCHEMA, SCHEMA, "", errors);
        assertThat(errors).isEmpty();
    }

    @Test
    void a_wrong_profile_is_invalid() throws IOException {
        JsonNode doc = new YAMLMapper().readTree("""
                kind: giay-moi
                identities: [{name: UBND, place: A, colour: red}]
                signers: [{name: Nguyễn Văn A, title: CHỦ TỊCH, forms: [[CHỦ TỊCH]]}]
                settings: {approvalRequired: "có"}
                """);
        List<String> errors = new ArrayList<>();
        InputSchemaTest.validate(doc, SCHEMA, SCHEMA, "", errors);
        assertThat(String.join("\n", errors)).contains("kind: not one of", "identities[0]: unknown property colour",
                "signers[0].forms[0][0]: 'CHỦ TỊCH' does not match", "settings.approvalRequired: expected \"boolean\"");
    }

    private static Set<String> enumAt(String pointer) {
        Set<String> out = new TreeSet<>();
        SCHEMA.at(pointer).path("enum").forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("schema is not JSON", e);
        }
    }
}
