package vn.giaymoi.web.offload;

import io.vertx.core.Future;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.lifecycle.CalendarEntry;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.InvitationRenderer;
import vn.giaymoi.render.RenderedDocument;

/** Dựng văn bản ngoài vòng sự kiện (rendering off the event loop): the only door from HTTP handlers to rendering. */
public final class BlockingRenderer {
    /** What draws a document; the server's is {@link InvitationRenderer#render(Invitation, Format, CalendarEntry)}. */
    @FunctionalInterface
    public interface Drawing {
        RenderedDocument draw(Invitation invitation, Format format, CalendarEntry entry);
    }

    private final Drawing drawing;
    private final Offload offload;

    public BlockingRenderer(InvitationRenderer renderer, Offload offload) {
        this(renderer::render, offload);
    }

    public BlockingRenderer(Drawing drawing, Offload offload) {
        this.drawing = drawing;
        this.offload = offload;
    }

    public Future<RenderedDocument> render(Invitation invitation, Format format) {
        return render(invitation, format, null);
    }

    /** Draws a stored invitation; a calendar follows {@code entry} (its lifecycle). */
    public Future<RenderedDocument> render(Invitation invitation, Format format, CalendarEntry entry) {
        return offload.run(() -> drawing.draw(invitation, format, entry));
    }
}
