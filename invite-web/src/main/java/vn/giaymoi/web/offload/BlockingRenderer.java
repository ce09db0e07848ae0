package vn.giaymoi.web.offload;

import io.vertx.core.Future;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.render.Format;
import vn.giaymoi.render.InvitationRenderer;
import vn.giaymoi.render.RenderedDocument;

/** Dựng văn bản ngoài vòng sự kiện (rendering off the event loop): the only door from HTTP handlers to rendering. */
public final class BlockingRenderer {
    private final InvitationRenderer renderer;
    private final Offload offload;

    public BlockingRenderer(InvitationRenderer renderer, Offload offload) {
        this.renderer = renderer;
        this.offload = offload;
    }

    public Future<RenderedDocument> render(Invitation invitation, Format format) {
        return offload.run(() -> renderer.render(invitation, format));
    }
}
