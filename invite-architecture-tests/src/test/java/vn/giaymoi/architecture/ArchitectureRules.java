package vn.giaymoi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.modules.syntax.AllowedModuleDependencies.allow;
import static com.tngtech.archunit.library.modules.syntax.ModuleDependencyScope.consideringOnlyDependenciesInAnyPackage;
import static com.tngtech.archunit.library.modules.syntax.ModuleRuleDefinition.modules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.Arrays;
import java.util.List;

/**
 * The global architecture rules of giaymoi (style.md section 3.3), written once and evaluated twice:
 * <ul>
 *   <li>against the production classes of every module ({@link GlobalArchitectureTest}, base {@value #BASE}), and</li>
 *   <li>against small fixture code bases under {@code vn.giaymoi.archfixture} that break them on purpose
 *       ({@link ArchitectureRulesFixtureTest}).</li>
 * </ul>
 * Every rule is therefore built by a factory method that takes the base package; the {@code static final}
 * fields are the rules for the real code. Patterns are always anchored to the base package.
 *
 * <p>Module graph (Maven edges, mirrored here; {@code domain} and {@code application} both live in
 * {@code invite-domain} but are kept apart so the model never depends on use cases):
 * <pre>
 *   application -> domain
 *   format      -> domain, application
 *   render      -> domain, application
 *   importer    -> domain, application, format   (reads DOCX/TXT/PDF invitations; POI and PDFBox confined)
 *   store       -> domain, application, format
 *   sign        -> domain, application
 *   mail        -> domain, application, render   (sending, outbox worker, reply links; Jakarta Mail confined)
 *   web, cli    -> domain, application, format, render, store, sign (store only from *.boot); web also mail
 * </pre>
 */
public final class ArchitectureRules {

    public static final String BASE = "vn.giaymoi";

    // ---------------------------------------------------------------- rules for the real code base

    public static final ArchRule DOMAIN_USES_ONLY_THE_JDK = domainUsesOnlyTheJdk(BASE);
    public static final ArchRule MODULES_RESPECT_THE_ALLOWED_GRAPH = modulesRespectTheAllowedGraph(BASE);
    public static final ArchRule EDGES_DO_NOT_DEPEND_ON_EACH_OTHER = edgesDoNotDependOnEachOther(BASE);
    public static final ArchRule NO_CYCLES_BETWEEN_MODULES = noCyclesBetweenModules(BASE);
    public static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = noCyclesBetweenPackages(BASE);
    public static final ArchRule ONLY_COMPOSITION_ROOTS_TOUCH_THE_STORE = onlyCompositionRootsTouchTheStore(BASE);
    public static final ArchRule THIRD_PARTY_LIBRARIES_ARE_CONFINED = thirdPartyLibrariesAreConfined(BASE);

    public static final ArchRule NO_STANDARD_STREAMS = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("CLI output goes through picocli's spec, web output through the response, diagnostics through SLF4J");
    public static final ArchRule NO_GENERIC_EXCEPTIONS = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
            .because("expected rejections are values; exceptions name the bug or infrastructure failure (P6)");
    public static final ArchRule NO_JAVA_UTIL_LOGGING = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("we log through SLF4J (Logback in the executables)");

    private ArchitectureRules() {}

    // ---------------------------------------------------------------- factories (base package as parameter)

    /** R1: the domain and the use cases are plain Java. */
    public static ArchRule domainUsesOnlyTheJdk(String base) {
        return classes().that().resideInAnyPackage(base + ".domain..", base + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(base + ".domain..", base + ".application..", "java..")
                .as("domain_uses_only_the_jdk")
                .because("the domain is framework-free; JSON, rendering, storage and delivery belong to edge modules (P1)");
    }

    /** R5: the module graph as data; mirrors the Maven dependency edges. */
    public static ArchRule modulesRespectTheAllowedGraph(String base) {
        return modules()
                .definedByPackages(base + ".(*)..")
                .should().respectTheirAllowedDependencies(
                        allow()
                                .fromModule("application").toModules("domain")
                                .fromModule("format").toModules("domain", "application")
                                .fromModule("render").toModules("domain", "application")
                                .fromModule("importer").toModules("domain", "application", "format")
                                .fromModule("store").toModules("domain", "application", "format")
                                .fromModule("sign").toModules("domain", "application")
                                .fromModule("mail").toModules("domain", "application", "render")
                                .fromModule("web").toModules("domain", "application", "format", "render", "store", "sign",
                                        "importer", "mail")
                                .fromModule("cli").toModules("domain", "application", "format", "render", "store", "sign",
                                        "importer"),
                        consideringOnlyDependenciesInAnyPackage(base + ".."))
                .as("modules_respect_the_allowed_graph")
                .because("dependencies point down only: core <- adapters <- delivery (style.md 3.1)");
    }

    /** R11: web and cli are independent delivery edges (Maven already forbids it; the rule documents it). */
    public static ArchRule edgesDoNotDependOnEachOther(String base) {
        return CompositeArchRule
                .of(noClasses().that().resideInAPackage(base + ".web..")
                        .should().dependOnClassesThat().resideInAPackage(base + ".cli.."))
                .and(noClasses().that().resideInAPackage(base + ".cli..")
                        .should().dependOnClassesThat().resideInAPackage(base + ".web.."))
                .as("edges_do_not_depend_on_each_other")
                .because("web and cli are independent composition roots; shared code belongs in a lower module");
    }

    /** R14: no cycles between the top-level packages (= modules). */
    public static ArchRule noCyclesBetweenModules(String base) {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles()
                .as("no_cycles_between_modules")
                .because("a cycle makes the module graph meaningless");
    }

    /** No cycles between any two packages, inside a module too (a cycle there hides a missing concept). */
    public static ArchRule noCyclesBetweenPackages(String base) {
        return slices().matching(base + ".(**)").should().beFreeOfCycles()
                .as("no_cycles_between_packages")
                .because("packages read top-down, like the modules they live in");
    }

    /** R6: web and cli reach the store only from their composition root. */
    public static ArchRule onlyCompositionRootsTouchTheStore(String base) {
        return noClasses().that()
                .resideOutsideOfPackages(base + ".store..", base + ".web.boot..", base + ".cli.boot..")
                .should().dependOnClassesThat().resideInAPackage(base + ".store..")
                .as("only_composition_roots_touch_the_store")
                .because("handlers and commands talk to ports; only WebMain/CliMain wire the store in (P8)");
    }

    /** R8: each third-party library is used only by the package that adapts it. */
    public static ArchRule thirdPartyLibrariesAreConfined(String base) {
        List<ArchRule> rules = Arrays.stream(Library.values()).map(library -> library.confinedRule(base)).toList();
        CompositeArchRule composite = CompositeArchRule.of(rules.get(0));
        for (ArchRule rule : rules.subList(1, rules.size())) {
            composite = composite.and(rule);
        }
        return composite.as("third_party_libraries_are_confined");
    }

    /** The libraries of R8 and the (base-relative) packages allowed to use them. Entries ending in ".." are
     * packages; the others are class names ("$*" also matches their nested classes). */
    public enum Library {
        THYMELEAF("Thymeleaf", List.of("org.thymeleaf.."), List.of("render.html")),
        OPENHTMLTOPDF("openhtmltopdf", List.of("com.openhtmltopdf.."), List.of("render.pdf")),
        PDFBOX("PDFBox", List.of("org.apache.pdfbox..", "org.apache.fontbox..", "org.apache.xmpbox.."),
                List.of("render.pdf", "sign", "importer.source")),
        /** Signing, and bcrypt for the web's password hashes (web.auth). */
        BOUNCY_CASTLE("Bouncy Castle", List.of("org.bouncycastle.."), List.of("sign", "web.auth")),
        /** Private keys live in key stores and on tokens: only the signing module opens them. */
        KEY_STORES_AND_PKCS11("key stores and PKCS#11 (java.security.KeyStore, Provider, sun.security.pkcs11)",
                List.of("sun.security.pkcs11..", "java.security.KeyStore", "java.security.KeyStore$*",
                        "java.security.Provider", "java.security.Provider$*", "javax.security.auth.callback.."),
                List.of("sign")),
        POI("Apache POI", List.of("org.apache.poi..", "org.openxmlformats.schemas.."),
                List.of("render.docx", "render.register", "importer.source", "importer.format")),
        ICAL4J("ical4j", List.of("net.fortuna.ical4j.."), List.of("render.ics")),
        VERTX("Vert.x", List.of("io.vertx.."), List.of("web")),
        PICOCLI("picocli", List.of("picocli.."), List.of("cli")),
        JACKSON("Jackson", List.of("com.fasterxml.jackson.."), List.of("format", "store", "web")),
        VALIDATION("Jakarta Validation/Hibernate Validator", List.of("jakarta.validation..", "org.hibernate.validator.."),
                List.of("format")),
        /** The domain -> input-format writer is generated in format (decision 36); the domain stays plain Java. */
        MAPSTRUCT("MapStruct", List.of("org.mapstruct.."), List.of("format")),
        JDBC("JDBC (java.sql)", List.of("java.sql.."), List.of("store")),
        FLYWAY("Flyway", List.of("org.flywaydb.."), List.of("store")),
        HIKARI("HikariCP", List.of("com.zaxxer.hikari.."), List.of("store")),
        JDBC_DRIVERS("JDBC drivers (SQLite, PostgreSQL, H2)", List.of("org.sqlite..", "org.postgresql..", "org.h2.."),
                List.of("store")),
        /** Mail goes out through one module: the outbox worker and the message composer. */
        JAKARTA_MAIL("Jakarta Mail/Angus", List.of("jakarta.mail..", "jakarta.activation..", "org.eclipse.angus.."),
                List.of("mail"));

        private final String displayName;
        private final List<String> libraryPackages;
        private final List<String> allowedSubpackages;

        private DescribedPredicate<JavaClass> belongToLibrary() {
            List<String> packages = libraryPackages.stream().filter(p -> p.endsWith("..")).toList();
            List<String> names = libraryPackages.stream().filter(p -> !p.endsWith("..")).toList();
            DescribedPredicate<JavaClass> inPackages = JavaClass.Predicates.resideInAnyPackage(packages.toArray(String[]::new));
            return names.isEmpty() ? inPackages : inPackages.or(DescribedPredicate.describe("named " + names,
                    (JavaClass c) -> names.stream().anyMatch(n -> n.endsWith("$*")
                            ? c.getName().startsWith(n.substring(0, n.length() - 1)) : c.getName().equals(n))));
        }

        Library(String displayName, List<String> libraryPackages, List<String> allowedSubpackages) {
            this.displayName = displayName;
            this.libraryPackages = libraryPackages;
            this.allowedSubpackages = allowedSubpackages;
        }

        public ArchRule confinedRule(String base) {
            String[] allowed = allowedSubpackages.stream().map(p -> base + "." + p + "..").toArray(String[]::new);
            return noClasses().that().resideOutsideOfPackages(allowed)
                    .should().dependOnClassesThat(belongToLibrary())
                    .as(displayName + " is used only in " + String.join(", ", allowed))
                    .because("one adapter package owns each library, so it can be swapped or upgraded in one place (R8)");
        }
    }
}
