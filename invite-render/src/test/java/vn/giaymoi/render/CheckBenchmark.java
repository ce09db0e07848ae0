package vn.giaymoi.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;

/**
 * Checks per second of the whole real corpus (the four seeds and invite-format's src/test/resources/real), with
 * the decree rules alone ({@code anchor}: ND30, MEET, REFORM) and with every standard rule ({@code all}: also the
 * wording, place-name and QĐ 45 rules), so the cost of the added rules is a ratio measured in one run. It lives
 * here because this module already runs JMH ({@code -Pbench}) and reads the input format in its tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CheckBenchmark {
    @Param({"anchor", "all"})
    public String rules;

    private RuleEngine engine;
    private final List<Invitation> corpus = new ArrayList<>();
    private final CheckContext context = CheckContext.draft(LocalDate.of(2026, 5, 6));

    @Setup
    public void setUp() throws IOException {
        RuleEngine standard = RuleEngine.standard();
        engine = rules.equals("all") ? standard : new RuleEngine(standard.rules().stream()
                .filter(r -> r.id().startsWith("ND30-") || r.id().startsWith("MEET-") || r.id().startsWith("REFORM-")).toList());
        Seeds.ALL.forEach(s -> corpus.add(Seeds.invitation(s)));
        try (Stream<Path> files = Files.list(Path.of("..", "invite-format", "src", "test", "resources", "real"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                corpus.add(new InvitationFormat().read(p).fold(i -> i, problems -> {
                    throw new IllegalStateException(p + ": " + problems);
                }));
            }
        }
    }

    /** One pass over the corpus: its findings go to the blackhole. */
    @Benchmark
    public void checkCorpus(Blackhole sink) {
        for (Invitation inv : corpus) sink.consume(engine.check(inv, context));
    }
}
