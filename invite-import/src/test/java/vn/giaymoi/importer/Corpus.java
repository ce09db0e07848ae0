package vn.giaymoi.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;

/**
 * Giấy mời mẫu (the invitations the round trip runs on): every {@code examples/*.yaml} (State and Party giấy mời,
 * công văn, Thông báo, Công điện), and every complete invitation written as a text block in the other modules' tests.
 */
final class Corpus {
    private static final InvitationFormat FORMAT = new InvitationFormat();
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern TEXT_BLOCK = Pattern.compile("(?s)static final String (\\w+) = \"\"\"\\n(.*?)\"\"\";");

    private Corpus() {}

    static Map<String, Invitation> all() {
        Map<String, Invitation> out = new LinkedHashMap<>(examples());
        out.putAll(fixtures());
        return out;
    }

    static Map<String, Invitation> examples() {
        return yamlFiles(ROOT.resolve("examples"));
    }

    /**
     * Every invitation kept as a file: {@code examples/*.yaml} and every {@code .yaml} under any module's
     * {@code src/test/resources} (the real corpus, the breadth fixtures, the every-field file, the contacts files),
     * walked so that a fixture added anywhere joins the round trip. A YAML file there that is not an invitation
     * (an organisation profile, {@code kind: ho-so-co-quan}) is left out by its kind; any other file must read.
     * Files with the same content are kept once, under the first path.
     */
    static Map<String, Invitation> files() {
        Map<String, Invitation> out = new LinkedHashMap<>(examples());
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            modules.map(m -> m.resolve("src/test/resources")).filter(Files::isDirectory).sorted().forEach(dirs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    String yaml = Files.readString(f);
                    if (!yaml.matches("(?s)(.*\\n)?kind: .*") || yaml.contains("kind: ho-so-co-quan") || !seen.add(yaml)) {
                        continue;
                    }
                    out.put(ROOT.relativize(f).toString(), ok(FORMAT.read(f), f.toString()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /**
     * The real corpus of invite-format: one public convening document per file (Giấy mời, Thông báo, Công điện of
     * State and Party bodies, HĐND, schools, communes). Scored on its own: it measures what the importer still misses.
     */
    static Map<String, Invitation> real() {
        return yamlFiles(ROOT.resolve("invite-format/src/test/resources/real"));
    }

    private static Map<String, Invitation> yamlFiles(Path dir) {
        Map<String, Invitation> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.put(f.getFileName().toString(), ok(FORMAT.read(f), f.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Text blocks holding a whole invitation in the tests of invite-format, invite-render, invite-cli, invite-web. */
    static Map<String, Invitation> fixtures() {
        Map<String, Invitation> out = new LinkedHashMap<>();
        List<Path> sources = new ArrayList<>();
        for (String module : List.of("invite-format", "invite-render", "invite-cli", "invite-web", "invite-store")) {
            Path dir = ROOT.resolve(module).resolve("src/test/java");
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path source : sources) {
            String java;
            try {
                java = Files.readString(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Matcher m = TEXT_BLOCK.matcher(java);
            while (m.find()) {
                String yaml = m.group(2).stripIndent().translateEscapes();
                if (!yaml.contains("kind:") || !yaml.contains("signature:")) continue;
                if (FORMAT.read(yaml, Syntax.YAML, m.group(1)) instanceof Parsed.Ok ok) {
                    out.put(source.getFileName().toString().replace(".java", "") + "." + m.group(1), ok.invitation());
                }
            }
        }
        return out;
    }

    private static Invitation ok(Parsed parsed, String name) {
        if (parsed instanceof Parsed.Ok ok) return ok.invitation();
        throw new AssertionError(name + ": " + parsed);
    }
}
