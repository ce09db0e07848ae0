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
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;

/**
 * Giấy mời mẫu (the invitations the round trip runs on): every {@code examples/*.yaml}, and every complete
 * invitation written as a text block in the other modules' tests (the real-invitation fixtures among them).
 */
final class Corpus {
    private static final InvitationFormat FORMAT = new InvitationFormat();
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern TEXT_BLOCK = Pattern.compile("(?s)static final String (\\w+) = \"\"\"\\n(.*?)\"\"\";");

    private Corpus() {}

    static Map<String, Invitation> all() {
        Map<String, Invitation> out = new LinkedHashMap<>(examples());
        out.putAll(fixtures());
        out.values().removeIf(inv -> !imported(inv));
        return out;
    }

    /**
     * The documents the importer reads today: a State giấy mời or công văn. The Party's format, Thông báo and Công
     * điện came later (their headings, openings and recipient lines are not read back yet), so they are not scored.
     */
    static boolean imported(Invitation inv) {
        return !inv.isParty() && (inv.kind() == InvitationKind.GIAY_MOI || inv.kind() == InvitationKind.CONG_VAN);
    }

    static Map<String, Invitation> examples() {
        Map<String, Invitation> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
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
