package vn.giaymoi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.giaymoi.architecture.ArchitectureRules.Library;

/**
 * Proves each rule can fail (P12): every fixture package under {@code vn.giaymoi.archfixture} is a tiny code base
 * with its own base package; {@code compliant} follows every rule, the others break one rule on purpose.
 */
class ArchitectureRulesFixtureTest {

    private static final String FIXTURES = "vn.giaymoi.archfixture";
    private static final String COMPLIANT = FIXTURES + ".compliant";

    private static JavaClasses importFixture(String base) {
        return new ClassFileImporter().importPackages(base);
    }

    private static EvaluationResult evaluate(Function<String, ArchRule> rule, String base) {
        return rule.apply(base).evaluate(importFixture(base));
    }

    static Stream<Arguments> customRulesAndTheirViolatingFixture() {
        return Stream.of(
                Arguments.of("domain_uses_only_the_jdk", (Function<String, ArchRule>) ArchitectureRules::domainUsesOnlyTheJdk,
                        "domain_uses_jackson"),
                Arguments.of("domain_uses_only_the_jdk", (Function<String, ArchRule>) ArchitectureRules::domainUsesOnlyTheJdk,
                        "application_uses_picocli"),
                Arguments.of("modules_respect_the_allowed_graph",
                        (Function<String, ArchRule>) ArchitectureRules::modulesRespectTheAllowedGraph, "render_uses_store"),
                Arguments.of("modules_respect_the_allowed_graph",
                        (Function<String, ArchRule>) ArchitectureRules::modulesRespectTheAllowedGraph, "domain_uses_application"),
                Arguments.of("edges_do_not_depend_on_each_other",
                        (Function<String, ArchRule>) ArchitectureRules::edgesDoNotDependOnEachOther, "web_uses_cli"),
                Arguments.of("edges_do_not_depend_on_each_other",
                        (Function<String, ArchRule>) ArchitectureRules::edgesDoNotDependOnEachOther, "cli_uses_web"),
                Arguments.of("no_cycles_between_modules",
                        (Function<String, ArchRule>) ArchitectureRules::noCyclesBetweenModules, "render_store_cycle"),
                Arguments.of("no_cycles_between_packages",
                        (Function<String, ArchRule>) ArchitectureRules::noCyclesBetweenPackages, "package_cycle"),
                Arguments.of("only_composition_roots_touch_the_store",
                        (Function<String, ArchRule>) ArchitectureRules::onlyCompositionRootsTouchTheStore, "handler_uses_store"),
                Arguments.of("third_party_libraries_are_confined",
                        (Function<String, ArchRule>) ArchitectureRules::thirdPartyLibrariesAreConfined, "libraries_misplaced"));
    }

    @ParameterizedTest(name = "{0} is broken by archfixture.{2}")
    @MethodSource("customRulesAndTheirViolatingFixture")
    void each_custom_rule_is_broken_by_its_fixture(String ruleName, Function<String, ArchRule> rule, String fixture) {
        assertThat(evaluate(rule, FIXTURES + "." + fixture).hasViolation()).as(ruleName).isTrue();
    }

    static Stream<Arguments> customRules() {
        return Stream.of(
                Arguments.of("domain_uses_only_the_jdk", (Function<String, ArchRule>) ArchitectureRules::domainUsesOnlyTheJdk),
                Arguments.of("modules_respect_the_allowed_graph",
                        (Function<String, ArchRule>) ArchitectureRules::modulesRespectTheAllowedGraph),
                Arguments.of("edges_do_not_depend_on_each_other",
                        (Function<String, ArchRule>) ArchitectureRules::edgesDoNotDependOnEachOther),
                Arguments.of("no_cycles_between_modules", (Function<String, ArchRule>) ArchitectureRules::noCyclesBetweenModules),
                Arguments.of("no_cycles_between_packages", (Function<String, ArchRule>) ArchitectureRules::noCyclesBetweenPackages),
                Arguments.of("only_composition_roots_touch_the_store",
                        (Function<String, ArchRule>) ArchitectureRules::onlyCompositionRootsTouchTheStore),
                Arguments.of("third_party_libraries_are_confined",
                        (Function<String, ArchRule>) ArchitectureRules::thirdPartyLibrariesAreConfined));
    }

    @ParameterizedTest(name = "{0} holds on the compliant fixture")
    @MethodSource("customRules")
    void each_custom_rule_holds_on_the_compliant_fixture(String ruleName, Function<String, ArchRule> rule) {
        EvaluationResult result = evaluate(rule, COMPLIANT);
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    @ParameterizedTest(name = "{0} confinement is broken by archfixture.libraries_misplaced")
    @EnumSource(Library.class)
    void each_library_confinement_is_broken_by_its_fixture(Library library) {
        String base = FIXTURES + ".libraries_misplaced";
        assertThat(library.confinedRule(base).evaluate(importFixture(base)).hasViolation()).isTrue();
    }

    @ParameterizedTest(name = "{0} confinement holds on the compliant fixture")
    @EnumSource(Library.class)
    void each_library_confinement_holds_on_the_compliant_fixture(Library library) {
        EvaluationResult result = library.confinedRule(COMPLIANT).evaluate(importFixture(COMPLIANT));
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    @Test
    void coding_rules_are_broken_by_their_fixtures() {
        assertThat(ArchitectureRules.NO_STANDARD_STREAMS
                .evaluate(importFixture(FIXTURES + ".coding.standard_streams")).hasViolation()).isTrue();
        assertThat(ArchitectureRules.NO_GENERIC_EXCEPTIONS
                .evaluate(importFixture(FIXTURES + ".coding.generic_exceptions")).hasViolation()).isTrue();
        assertThat(ArchitectureRules.NO_JAVA_UTIL_LOGGING
                .evaluate(importFixture(FIXTURES + ".coding.java_util_logging")).hasViolation()).isTrue();
    }

    @Test
    void coding_rules_hold_on_the_compliant_fixture() {
        JavaClasses compliant = importFixture(COMPLIANT);
        assertThat(ArchitectureRules.NO_STANDARD_STREAMS.evaluate(compliant).hasViolation()).isFalse();
        assertThat(ArchitectureRules.NO_GENERIC_EXCEPTIONS.evaluate(compliant).hasViolation()).isFalse();
        assertThat(ArchitectureRules.NO_JAVA_UTIL_LOGGING.evaluate(compliant).hasViolation()).isFalse();
    }
}
