package vn.giaymoi.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The global rules (style.md 3.3) over the production classes of every module. */
@AnalyzeClasses(packages = ArchitectureRules.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class GlobalArchitectureTest {

    @ArchTest
    static final ArchRule domain_uses_only_the_jdk = ArchitectureRules.DOMAIN_USES_ONLY_THE_JDK;

    @ArchTest
    static final ArchRule modules_respect_the_allowed_graph = ArchitectureRules.MODULES_RESPECT_THE_ALLOWED_GRAPH;

    @ArchTest
    static final ArchRule edges_do_not_depend_on_each_other = ArchitectureRules.EDGES_DO_NOT_DEPEND_ON_EACH_OTHER;

    @ArchTest
    static final ArchRule no_cycles_between_modules = ArchitectureRules.NO_CYCLES_BETWEEN_MODULES;

    @ArchTest
    static final ArchRule no_cycles_between_packages = ArchitectureRules.NO_CYCLES_BETWEEN_PACKAGES;

    @ArchTest
    static final ArchRule only_composition_roots_touch_the_store =
            ArchitectureRules.ONLY_COMPOSITION_ROOTS_TOUCH_THE_STORE;

    @ArchTest
    static final ArchRule third_party_libraries_are_confined = ArchitectureRules.THIRD_PARTY_LIBRARIES_ARE_CONFINED;

    @ArchTest
    static final ArchRule no_standard_streams = ArchitectureRules.NO_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule no_generic_exceptions = ArchitectureRules.NO_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule no_java_util_logging = ArchitectureRules.NO_JAVA_UTIL_LOGGING;
}
