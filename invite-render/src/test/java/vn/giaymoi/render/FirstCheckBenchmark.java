package vn.giaymoi.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;

/**
 * The first check in a fresh JVM (what {@code giaymoi check} pays once): a real document that names no district
 * or commune ({@code anchor}) against one that names communes, which reads the registry of every district and
 * commune (administrative-units-2025.tsv) on first use. Single shot per fork, many forks:
 * {@code mvn -Pbench -pl invite-render -am -DskipTests verify -Djmh.args="FirstCheckBenchmark -f 20 -wi 0 -i 1"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FirstCheckBenchmark {
    /** anchor: a press briefing of the football federation (no place names); communes: a commune council's notice. */
    @Param({"014-vff-hop-bao-2014.yaml", "027-gia-hanh-ha-tinh-hdnd-xa-tiep-xuc-cu-tri-2025.yaml"})
    public String document;

    private Invitation invitation;
    private final CheckContext context = CheckContext.draft(LocalDate.of(2026, 5, 6));

    @Setup
    public void setUp() {
        Path p = Path.of("..", "invite-format", "src", "test", "resources", "real", document);
        invitation = new InvitationFormat().read(p).fold(i -> i, problems -> {
            throw new IllegalStateException(p + ": " + problems);
        });
    }

    @Benchmark
    public java.util.List<Finding> firstCheck() {
        return RuleEngine.standard().check(invitation, context);
    }
}
