package vn.giaymoi.render;

import java.nio.charset.StandardCharsets;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.render.layout.LayoutBuilder;
import vn.giaymoi.render.layout.PageLayout;
import vn.giaymoi.render.text.TextRenderer;

/**
 * Bộ dựng văn bản (the renderer): one entry point that lays an invitation out once and draws it in the asked
 * format. Rendering blocks (PDF and DOCX are CPU work): call it off any event loop. Thread-safe.
 */
public final class InvitationRenderer {
    private final TextRenderer text = new TextRenderer();

    public RenderedDocument render(Invitation invitation, Format format) {
        PageLayout page = LayoutBuilder.of(invitation);
        return switch (format) {
            case TXT -> new RenderedDocument(format, text.render(page).getBytes(StandardCharsets.UTF_8));
        };
    }
}
