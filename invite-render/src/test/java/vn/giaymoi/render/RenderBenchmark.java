package vn.giaymoi.render;

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

/**
 * Renders per second of one seed in one format, layout included (JMH; run with {@code -Pbench}, not by
 * {@code verify}). One thread: the figure is per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RenderBenchmark {
    @Param({"000", "001", "002", "004"})
    public String seed;

    @Param({"HTML", "PDF", "DOCX"})
    public String format;

    private InvitationRenderer renderer;
    private Invitation invitation;
    private Format chosen;

    @Setup
    public void setUp() {
        renderer = new InvitationRenderer();
        invitation = Seeds.invitation(seed);
        chosen = Format.valueOf(format);
    }

    @Benchmark
    public byte[] render() {
        return renderer.render(invitation, chosen).bytes();
    }
}
