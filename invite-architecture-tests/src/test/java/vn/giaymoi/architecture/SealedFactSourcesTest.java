package vn.giaymoi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giaymoi.domain.meeting.Fact;

/**
 * {@link Fact} is sealed, and the domain's sources are legal outside the named module too: in the unnamed module (a team that
 * builds the sources jar without {@code module-info}, an IDE, a shading build) the compiler accepts a sealed type
 * only when every permitted kind is in its package (JLS 8.1.6). With {@code Assignment} in another package this
 * compile failed ("class in unnamed module cannot extend a sealed class in a different package"). Here, not in
 * the domain's tests, because those run inside the module, which does not read {@code java.compiler}.
 */
class SealedFactSourcesTest {
    @Test
    void everyKindOfFactIsPermittedAndFinal() {
        assertThat(Fact.class.isSealed()).isTrue();
        for (Class<?> kind : Fact.class.getPermittedSubclasses()) {
            assertThat(kind.getPackage()).isEqualTo(Fact.class.getPackage());
            assertThat(kind.isRecord()).as(kind.getSimpleName()).isTrue();
        }
    }

    @Test
    void theFactsCompileInTheUnnamedModule(@TempDir Path work) throws Exception {
        Path sources = unnamed(Path.of("..", "invite-domain", "src", "main", "java"), work.resolve("src"));
        Path out = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(problems, null, null);
                var meeting = Files.list(sources.resolve("vn/giaymoi/domain/meeting"))) {
            List<Path> units = meeting.filter(p -> p.toString().endsWith(".java")).toList();
            StringWriter log = new StringWriter();
            boolean ok = javac.getTask(log, files, problems,
                    List.of("--release", "17", "-d", out.toString(), "-sourcepath", sources.toString(), "-proc:none"),
                    null, files.getJavaFileObjectsFromPaths(units)).call();
            assertThat(problems.getDiagnostics()).filteredOn(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR).isEmpty();
            assertThat(ok).as(log.toString()).isTrue();
        }
        assertThat(out.resolve("vn/giaymoi/domain/meeting/Assignment.class")).exists();
    }

    /** A copy of the sources without {@code module-info.java}, as a build on the class path sees them. */
    private static Path unnamed(Path from, Path to) throws Exception {
        try (var all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (p.getFileName().toString().equals("module-info.java")) continue;
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }
}
