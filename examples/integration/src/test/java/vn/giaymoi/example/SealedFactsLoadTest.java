package vn.giaymoi.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.meeting.Fact;

/**
 * {@code Fact} is sealed: the domain jar must load both ways an integrator uses it — on the class path (the unnamed
 * module, as every module of this build and most teams' builds use it) and on the module path (the named module
 * {@code vn.giaymoi.domain}). Each test loads the jar in a loader of its own, apart from this test's class path,
 * and initialises every kind of fact.
 */
class SealedFactsLoadTest {
    private static final String MODULE = "vn.giaymoi.domain";
    private static final List<String> KINDS = List.of("Session", "Venue", "AttendeeGroup", "Invitee", "AgendaItem",
            "Assignment", "Programme", "Requirement", "CombinedFact");

    /** The domain as this build packaged it: the jar (in {@code verify}), or its classes (in {@code test}). */
    private static Path domain() throws Exception {
        return Path.of(Fact.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void loadsOnTheClassPath() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {domain().toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> fact = Class.forName(Fact.class.getName(), true, loader);
            assertThat(fact).isNotSameAs(Fact.class);
            assertThat(fact.getModule().isNamed()).isFalse();
            everyKindLoads(fact, loader);
        }
    }

    @Test
    void loadsOnTheModulePath() throws Exception {
        ModuleLayer boot = ModuleLayer.boot();
        Configuration config = boot.configuration().resolve(ModuleFinder.of(domain()), ModuleFinder.of(), Set.of(MODULE));
        ModuleLayer layer = boot.defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader(MODULE);
        Class<?> fact = Class.forName(Fact.class.getName(), true, loader);
        assertThat(fact.getModule().getName()).isEqualTo(MODULE);
        assertThat(fact.getModule().getDescriptor().exports()).anyMatch(e -> e.source().equals("vn.giaymoi.domain.meeting"));
        everyKindLoads(fact, loader);
    }

    private static void everyKindLoads(Class<?> fact, ClassLoader loader) throws Exception {
        assertThat(fact.isSealed()).isTrue();
        assertThat(Arrays.stream(fact.getPermittedSubclasses()).map(Class::getSimpleName)).containsExactlyInAnyOrderElementsOf(KINDS);
        for (String kind : KINDS) {
            Class<?> c = Class.forName("vn.giaymoi.domain.meeting." + kind, true, loader);
            assertThat(c.getClassLoader()).isSameAs(loader);
            assertThat(fact.isAssignableFrom(c)).as(kind).isTrue();
            assertThat(c.getModule()).isSameAs(fact.getModule());
        }
    }
}
