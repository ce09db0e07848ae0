package vn.giaymoi.web.boot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.application.port.out.InvitationQuery;
import vn.giaymoi.application.port.out.InvitationStore;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Parsed;
import vn.giaymoi.format.Syntax;

/**
 * Giấy mời mẫu (samples): on first start, when the store is empty, saves the seed examples bundled under
 * {@code samples/} (copied from {@code examples/} at build time) as drafts, so a new user has something to open.
 * They belong to the first organisation, the one the first start names after the samples' issuer.
 */
final class SampleLoader {
    private static final Logger LOG = LoggerFactory.getLogger(SampleLoader.class);
    static final String FOLDER = "samples";

    private SampleLoader() {}

    /** Loads the samples if the store holds nothing; returns how many were saved. */
    static int loadIfEmpty(InvitationStore store, InvitationFormat format, Clock clock) {
        if (!store.search(InvitationQuery.all()).isEmpty()) return 0;
        int saved = 0;
        for (Map.Entry<String, String> sample : read().entrySet()) {
            Parsed parsed = format.read(sample.getValue(), Syntax.YAML, sample.getKey());
            if (parsed instanceof Parsed.Ok ok) {
                store.create(ok.invitation(), clock.instant());
                saved++;
            } else {
                ((Parsed.Failed) parsed).problems().forEach(p -> LOG.warn("Bỏ qua mẫu: {}", p.display()));
            }
        }
        LOG.info("Đã nạp {} giấy mời mẫu", saved);
        return saved;
    }

    /** The issuer of the first bundled sample that reads, on one line: the first organisation's name. */
    static java.util.Optional<String> firstIssuer(InvitationFormat format) {
        for (Map.Entry<String, String> sample : read().entrySet()) {
            if (format.read(sample.getValue(), Syntax.YAML, sample.getKey()) instanceof Parsed.Ok ok) {
                String name = ok.invitation().issuer().fullName();
                if (!name.isBlank()) return java.util.Optional.of(name);
            }
        }
        return java.util.Optional.empty();
    }

    /** The bundled sample files by name, sorted; from the jar or from the classes folder. */
    static Map<String, String> read() {
        URL url = SampleLoader.class.getClassLoader().getResource(FOLDER);
        if (url == null) return Map.of();
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return readFolder(fs.getPath(FOLDER));
                }
            }
            return readFolder(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            LOG.warn("Không đọc được giấy mời mẫu", e);
            return Map.of();
        }
    }

    private static Map<String, String> readFolder(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Path p : files) {
            try (InputStream in = Files.newInputStream(p)) {
                out.put(p.getFileName().toString(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
