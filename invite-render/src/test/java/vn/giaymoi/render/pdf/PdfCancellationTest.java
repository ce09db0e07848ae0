package vn.giaymoi.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Point;
import vn.giaymoi.render.layout.LayoutBuilder;
import vn.giaymoi.render.layout.PageLayout;

/**
 * A render whose thread is interrupted (the server does so when the client leaves or the deadline passes) stops at
 * its next line instead of drawing the rest of a document nobody will read.
 */
class PdfCancellationTest {
    private final PdfRenderer renderer = new PdfRenderer();

    /**
     * About 2,000 pages, ten times what the input format lets a document be: long enough that a warm renderer on a
     * quiet machine is still drawing when the interrupt comes.
     */
    private static PageLayout huge() {
        Invitation inv = Invitations.aGiayMoi();
        List<Point> body = new ArrayList<>(inv.body());
        String sentence = "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội của địa phương; ";
        for (int i = 0; i < 1500; i++) body.add(body.size() - 1, Point.paragraph(sentence.repeat(55)));
        return LayoutBuilder.of(inv.withBody(body));
    }

    @Test
    void an_interrupted_thread_draws_nothing() {
        PageLayout page = huge();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> renderer.render(page)).isInstanceOf(CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).as("the flag stays for the caller").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void a_render_interrupted_midway_stops_at_once() throws InterruptedException {
        PageLayout page = huge();
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread drawing = new Thread(() -> {
            try {
                outcome.set(renderer.render(page));
            } catch (RuntimeException e) {
                outcome.set(e);
            }
        }, "pdf-cancellation-test");
        drawing.start();
        Thread.sleep(300);
        drawing.interrupt();
        drawing.join(10_000);
        assertThat(drawing.isAlive()).as("still drawing 10 s after the interrupt").isFalse();
        assertThat(outcome.get()).as("the render stopped instead of finishing its pages")
                .isInstanceOf(CancellationException.class);
    }
}
